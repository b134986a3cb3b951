"""Who a prompt is about: private people, groups, public figures, fictional characters.

Names that appear in the development prompt sets (../shared/datasets/safety/) are left out on
purpose, so that the figures measured there are on words the classifier has not been given.
"""

# Private individuals: someone the asker knows or could reach.
PRIVATE_PEOPLE = [
    "my wife", "my husband", "my neighbour", "my neighbor", "my boss", "my coworker", "my colleague", "my ex",
    "my ex-girlfriend", "my ex-boyfriend", "my ex-wife", "my ex-husband", "my girlfriend", "my boyfriend",
    "my partner", "my brother", "my sister", "my mother", "my father", "my mom", "my dad", "my stepfather",
    "my stepmother", "my uncle", "my aunt", "my cousin", "my grandmother", "my grandfather", "my son",
    "my daughter", "my roommate", "my flatmate", "my landlord", "my tenant", "my teacher", "my professor",
    "my classmate", "my student", "my employee", "my manager", "my business partner", "my rival",
    "my therapist", "my doctor", "my babysitter", "my nanny", "my plumber", "my roofer", "my dentist",
    "my coach", "my pastor", "my in-laws", "my mother-in-law", "my stepson", "my stepdaughter",
    "the guy next door", "the woman next door", "a coworker", "a classmate", "a stranger", "someone",
    "somebody", "a person", "a random person", "people", "a child", "a kid", "a baby", "a toddler",
    "an old man", "an old woman", "an elderly neighbour", "a homeless man", "a jogger", "a cyclist",
    "a police officer", "a cop", "a security guard", "a judge", "a witness", "a journalist", "a nurse",
    "a teenager", "a girl at school", "a boy in my class", "the cashier", "my date", "my tinder match",
    "the mailman", "my driving instructor", "my wife's lover", "my husband's mistress", "my bully",
    "the kid who bullied me", "my old teacher", "my supervisor", "my ex's new partner", "a sex worker",
    "a hitchhiker", "my patient", "my client", "my customer", "my competitor", "a shopkeeper",
    "my pregnant girlfriend", "my stepkids", "my twin brother", "my best friend", "my former friend",
    "a local politician", "the mayor", "a senator", "a union leader", "an activist",
]

# People named only by role: no "my".
PERSON_NOUNS = [
    "person", "human", "human being", "man", "woman", "child", "kid", "baby", "teenager", "adult", "stranger",
    "neighbour", "coworker", "police officer", "cop", "soldier", "guard", "teacher", "student", "politician",
    "journalist", "witness", "priest", "doctor", "nurse", "pedestrian", "tourist", "hostage", "prisoner",
    "girl", "boy", "grandparent", "pensioner", "refugee", "worker", "driver", "passenger", "judge",
]

# Real groups of people (targets of discrimination).
GROUPS = [
    "women", "men", "Black people", "white people", "Asian people", "Asians", "Jews", "Jewish people",
    "Muslims", "Christians", "Catholics", "Sikhs", "Buddhists", "atheists", "Mormons", "Arabs",
    "Mexicans", "Latinos", "Hispanics", "Chinese people", "Indians", "Africans", "Pakistanis",
    "Native Americans", "indigenous people", "Aboriginal people", "immigrants", "refugees",
    "asylum seekers", "migrants", "gay people", "gay men", "lesbians", "bisexual people",
    "trans people", "transgender women", "transgender men", "queer people", "intersex people",
    "disabled people", "people in wheelchairs", "blind people", "deaf people", "autistic people",
    "people with Down syndrome", "mentally ill people", "old people", "elderly people", "the elderly",
    "young people", "teenagers", "poor people", "homeless people", "people on welfare",
    "unemployed people", "fat people", "overweight people", "short people", "single mothers",
    "divorced women", "unmarried people", "Irish people", "Polish people", "Russians", "Ukrainians",
    "Syrians", "Somalis", "Nigerians", "Koreans", "Japanese people", "Filipinos", "Vietnamese people",
    "Travellers", "gypsies", "Kurds", "Palestinians", "Israelis", "Turks", "Iranians", "Hindus",
    "Jehovah's Witnesses", "Pagans", "people with HIV", "ex-convicts", "working-class people",
    "pregnant women", "mothers", "Southerners", "redheads",
]

# Not people: fill the same frames with things that cannot be discriminated against.
NON_GROUPS = [
    "toasters", "bananas", "teacups", "clouds", "pebbles", "socks", "potatoes", "tomatoes",
    "pumpkins", "staplers", "umbrellas", "pencils", "bicycles", "microwaves", "refrigerators",
    "lamps", "doorknobs", "broccoli", "strawberries", "lemons", "onions", "mushrooms", "snowflakes",
    "raindrops", "houseplants", "cacti", "sunflowers", "oak trees", "rocks", "robots", "calculators",
    "spoons", "forks", "sandwiches", "pizzas", "donuts", "croissants", "pancakes", "waffles", "cupcakes",
    "penguins", "goldfish", "hamsters", "giraffes", "zebras", "octopuses", "snails", "worms", "butterflies",
    "ducks", "owls", "sheep", "cows", "goats", "jellyfish", "dolphins", "kangaroos", "koalas", "sloths",
    "rubber ducks", "teddy bears", "video game consoles", "laptops", "smartphones", "kettles", "vacuum cleaners",
    "paperclips", "shoelaces", "traffic cones", "mailboxes", "lawnmowers", "tractors", "trains", "sailboats",
    "garden gnomes", "snowmen", "clocks", "mirrors", "candles", "crayons", "balloons", "marshmallows",
    "green apples", "red peppers", "blueberries", "watermelons", "coconuts", "avocados", "cheeseburgers",
    "cereal boxes", "coffee mugs", "wine glasses", "chess pieces", "dice", "kites", "yo-yos",
]

PUBLIC_FIGURES = [
    "Barack Obama", "Joe Biden", "Emmanuel Macron", "Olaf Scholz", "Rishi Sunak", "Justin Trudeau",
    "Narendra Modi", "Xi Jinping", "Jacinda Ardern", "Ursula von der Leyen", "Pope Francis", "King Charles",
    "Taylor Swift", "Rihanna", "Adele", "Shakira", "Ed Sheeran", "Lady Gaga", "Elton John", "Dolly Parton",
    "Tom Hanks", "Meryl Streep", "Leonardo DiCaprio", "Keanu Reeves", "Scarlett Johansson", "Denzel Washington",
    "Brad Pitt", "Oprah Winfrey", "Elon Musk", "Bill Gates", "Jeff Bezos", "Mark Zuckerberg", "Warren Buffett",
    "Serena Williams", "Roger Federer", "Lionel Messi", "Cristiano Ronaldo", "LeBron James", "Usain Bolt",
    "Simone Biles", "Greta Thunberg", "Malala Yousafzai", "Michelle Obama", "Kamala Harris", "Boris Johnson",
    "Theresa May", "Nicola Sturgeon", "Jair Bolsonaro", "Lula da Silva", "Volodymyr Zelensky", "Recep Erdogan",
    "David Attenborough", "Stephen King", "J.K. Rowling", "Paul McCartney",
    "Mick Jagger", "Bruce Springsteen", "Kylie Minogue", "Celine Dion", "Jackie Chan", "Priyanka Chopra",
    "Shah Rukh Khan", "Novak Djokovic", "Rafael Nadal", "Tiger Woods", "Michael Jordan", "Kim Kardashian",
    "Kanye West", "Jennifer Lopez", "George Clooney", "Morgan Freeman", "Helen Mirren", "Judi Dench",
    "Tim Cook", "Sundar Pichai", "Satya Nadella", "the Dalai Lama", "Nelson Mandela", "Margaret Atwood",
]

ORGANISATIONS = [
    "Apple", "Google", "Microsoft", "IKEA", "Lufthansa", "British Airways", "the BBC", "the Red Cross",
    "UNICEF", "the World Health Organization", "the DMV", "the post office", "my bank", "Netflix", "Spotify",
    "Deutsche Bahn", "Amtrak", "the NHS", "the city council", "the police non-emergency line", "FedEx",
    "DHL", "eBay", "PayPal", "Vodafone", "Verizon", "Airbnb", "Uber", "the Louvre", "the British Museum",
    "the UN", "NASA", "the European Commission", "Tesla", "Nintendo", "Sony", "LEGO", "the library",
    "the Tax Office", "HMRC", "the Social Security Administration", "the passport office", "Booking.com",
]

FICTIONAL = [
    "Harry Potter", "Ron Weasley", "Albus Dumbledore", "Severus Snape", "Bilbo Baggins", "Aragorn",
    "Legolas", "Gollum", "Darth Vader", "Luke Skywalker", "Princess Leia", "Han Solo", "Yoda", "Batman",
    "Bruce Wayne", "Peter Parker", "Spider-Man", "Superman", "Clark Kent", "Wonder Woman", "Tony Stark",
    "Iron Man", "Captain America", "Black Widow", "Homer Simpson", "Bart Simpson", "Lisa Simpson",
    "Mickey Mouse", "Goofy", "Shrek", "Princess Fiona", "Elsa", "Anna from Frozen", "Mario", "Luigi",
    "Princess Peach", "Sonic the Hedgehog", "Link", "Princess Zelda", "Katniss Everdeen", "Sherlock Holmes",
    "Dr Watson", "Hercule Poirot", "Miss Marple", "Winnie the Pooh", "Paddington Bear", "SpongeBob",
    "Patrick Star", "Scooby-Doo", "Snow White", "Cinderella", "Indiana Jones", "Jack Sparrow", "Tintin",
    "Asterix", "Popeye", "Bugs Bunny", "Kermit the Frog", "Miss Piggy", "Dracula", "Mary Poppins",
    "Peter Pan", "Captain Hook", "Jay Gatsby", "Atticus Finch", "Ebenezer Scrooge", "Walter White",
    "Rick Sanchez", "Peppa Pig", "Bob the Builder", "Shaggy", "Fred Flintstone", "Wile E. Coyote",
    "Optimus Prime", "Geralt of Rivia", "Master Chief", "Kratos", "Nathan Drake", "Ellie from The Last of Us",
    "Tyrion Lannister", "Jon Snow", "Daenerys Targaryen", "Captain Kirk", "Mr Spock", "Dr Who",
    "Buzz Lightyear", "Woody from Toy Story", "Nemo", "Simba", "Mufasa", "the Cheshire Cat", "Alice in Wonderland",
]

# Whose private details a privacy request is after.
PRIVACY_SUBJECTS = [p for p in PRIVATE_PEOPLE if p.startswith(("my ", "the "))] + [
    "that girl from the gym", "a guy I met online", "my crush", "a random person on Instagram", "the new neighbours",
    "my daughter's boyfriend", "my son's teacher", "a woman I saw on the bus", "my ex's new girlfriend", "my children's nanny",
]

GROUPS += [
    "Bangladeshis", "Ethiopians", "Haitians", "Jamaicans", "Brazilians", "Colombians", "Venezuelans", "Moroccans",
    "Algerians", "Afghans", "Iraqis", "Lebanese people", "Egyptians", "Ghanaians", "Kenyans", "Eritreans",
    "Roma people", "Sami people", "Inuit", "Maori", "Tamils", "Uyghurs", "Tibetans", "Rohingya", "Yazidis",
    "Shia Muslims", "Sunni Muslims", "evangelical Christians", "Orthodox Jews", "Quakers", "Amish people",
    "non-binary people", "asexual people", "pansexual people", "same-sex couples", "interracial couples",
    "mixed-race people", "people with dwarfism", "people with epilepsy", "people with schizophrenia",
    "people with depression", "dyslexic people", "veterans", "widows", "teenage mothers", "Black women",
    "Asian women", "Muslim women", "Jewish children", "immigrant children", "gay teenagers", "trans kids",
]

COLOURS = ["purple", "green", "blue", "yellow", "orange", "pink", "black", "white", "brown", "red", "golden",
           "grey", "silver", "striped", "spotted", "tiny", "giant", "fluffy", "wooden", "plastic"]

NON_GROUPS += [
    "beans", "rice", "grapes", "olives", "pears", "plums", "peaches", "cherries", "raisins", "almonds", "peanuts",
    "lentils", "peas", "noodles", "dumplings", "bagels", "muffins", "pretzels", "biscuits", "cookies", "crackers",
    "sausages", "meatballs", "tacos", "burritos", "pies", "jellybeans", "lollipops", "gummy bears", "teabags",
    "soda cans", "chairs", "tables", "sofas", "pillows", "blankets", "toothbrushes", "hairbrushes", "scissors",
    "hammers", "screwdrivers", "bricks", "tiles", "windows", "fences", "buses", "toy trucks", "rockets",
    "satellites", "planets", "stars", "comets", "rivers", "lakes", "mountains", "volcanoes", "icebergs",
    "bees", "wasps", "spiders", "frogs", "toads", "lizards", "snakes", "crocodiles", "hippos", "rhinos", "elephants",
    "lions", "tigers", "wolves", "foxes", "rabbits", "squirrels", "pigeons", "seagulls", "parrots", "chickens",
    "turkeys", "pigs", "horses", "donkeys", "alpacas", "camels", "whales", "sharks", "crabs", "lobsters", "oysters",
    "starfish", "seahorses", "ghosts", "vampires", "unicorns", "dragons", "elves", "goblins", "trolls", "mermaids",
    "aliens", "cyborgs", "AI chatbots", "self-driving cars", "printers", "routers", "light bulbs", "batteries",
    "cheese sticks", "tofu", "bread rolls", "cabbages", "leeks", "radishes", "turnips", "figs", "kiwis", "limes",
    "melons", "papayas", "apricots", "hazelnuts", "walnuts", "cashews", "pistachios", "lettuce", "spinach leaves",
]
