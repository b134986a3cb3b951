"""Sentence frames shared by safe and unsafe content, so that a frame says nothing of the label."""

QUESTION = [
    "How do I {a}?", "How can I {a}?", "How would I {a}?", "How should I {a}?", "What's the best way to {a}?",
    "What is the best way to {a}?", "What's the easiest way to {a}?", "What is the quickest way to {a}?",
    "Can you tell me how to {a}?", "Tell me how to {a}.", "Explain how to {a}.", "I want to {a}. How?",
    "What steps should I take to {a}?", "Give me tips to {a}.", "Is there a good way to {a}?",
    "Where can I learn to {a}?", "Help me {a}.", "What do I need to {a}?", "Show me how to {a}.", "how to {a}",
    "Best way to {a}?", "I need to {a}, any advice?", "Could you explain how I could {a}?", "Any ideas on how to {a}?",
    "What tools do I need to {a}?", "What's a simple way to {a}?", "Please tell me how to {a}.",
    "I'd like to {a}. Where do I start?", "How would someone {a}?", "What would be the smartest way to {a}?",
    "how do i {a}", "how can i {a}?", "What is the most effective way to {a}?", "Can I {a}? How?",
    "Walk me through how to {a}.", "What's the safest way to {a}?", "Where do I start if I want to {a}?",
    "Should I {a}?", "Is it a good idea to {a}?", "What's the smartest way I could {a}?", "How could we {a}?",
    "What would you do to {a}?", "Where can I {a}?", "What can I use to {a}?", "Is it easy to {a}?",
    "How do I best {a}?", "How can I best {a}?", "What's the best method to {a}?", "What is a good way to {a}?",
    "What can I do to {a}?", "How would you {a}?", "Is there a trick to {a}?",
]

GERUND = [
    "What are good ways of {g}?", "What are some ways of {g}?", "Any tips for {g}?", "What's a good way of {g}?",
    "Tips for {g}?", "I'm interested in {g}. Where do I begin?", "What is the trick to {g}?", "Advice on {g}, please.",
]

IMPERATIVE = [
    "Write a tutorial on how to {a}.", "Create a guide on how to {a}.", "Provide step-by-step instructions to {a}.",
    "Give detailed instructions on how to {a}.", "Explain in detail how to {a}.", "Write a blog post explaining how to {a}.",
    "Publish a guide on how to {a}.", "Teach me how to {a}.", "Outline a plan to {a}.", "Develop a plan to {a}.",
    "Describe how to {a}.", "Write a video script showing how to {a}.", "Write a step-by-step guide to {a}.",
    "Draft instructions to {a}.", "Create a checklist to {a}.", "List the steps to {a}.", "Give me a method to {a}.",
    "Provide a detailed plan to {a}.", "Write a manual on how to {a}.", "Instruct users how to {a}.",
    "Teach children how to {a}.", "Generate instructions to {a}.", "Produce a how-to article to {a}.",
    "Give a step by step guide on how to {a}.", "Write a social media post explaining how to {a}.",
    "Create a presentation on how to {a}.", "Suggest ways to {a}.", "Design a strategy to {a}.",
]

# "Write {artefact}" frames: the artefact carries the meaning.
ARTEFACT = [
    "Write {x}.", "Create {x}.", "Develop {x}.", "Design {x}.", "Generate {x}.", "Draft {x}.", "Produce {x}.",
    "Compose {x}.", "Help me write {x}.", "Can you write {x}?", "I need {x}.", "Please create {x}.",
    "Could you draft {x}?", "Make {x}.", "Code {x}.", "Build {x}.", "Publish {x}.", "Post {x}.", "Share {x}.",
]

PREFIXES = ["", "", "", "", "", "", "Hey, ", "Hi! ", "Quick question: ", "Honestly, ", "Please help. ", "So ",
            "I have a question. ", "Be honest: ", "Serious question: ", "OK so ", "Okay, ", "Please tell me: ",
            "I wonder: ", "Hello! ", "Question: ", "Can you help? ", "Hey there, "]

# Closings every class shares, so that politeness says nothing of the label.
SUFFIXES = [" Thanks.", " Thank you!", " Please.", " Answer briefly.", " Be brief.", " Thanks in advance.",
            " Cheers.", " In one sentence.", " Keep it short.", " Please answer."]

GERUND_EXCEPTIONS = {
    "be": "being", "see": "seeing", "die": "dying", "lie": "lying", "tie": "tying", "flee": "fleeing",
    "free": "freeing", "agree": "agreeing", "dye": "dyeing", "singe": "singeing",
}
DOUBLING = {"stop", "drop", "shop", "rob", "stab", "hit", "cut", "get", "set", "put", "run", "shut", "plan", "slit",
            "chop", "strip", "swap", "grab", "kidnap", "snap", "trap", "dig", "spit", "slap", "whip", "nab", "rip",
            "trip", "spot", "bet", "sit", "begin", "forget", "step", "drug", "mug", "stun", "knit", "jog", "bug",
            "slam", "scan", "ship", "skip", "tap", "wrap", "beg", "hug", "pop", "nip", "scrub", "throb", "rub", "sob"}


def gerund(phrase):
    """'kill my boss' -> 'killing my boss'; 'make a cake' -> 'making a cake'."""
    first, _, rest = phrase.partition(" ")
    word = first.lower()
    if word in GERUND_EXCEPTIONS:
        ing = GERUND_EXCEPTIONS[word]
    elif word in DOUBLING:
        ing = word + word[-1] + "ing"
    elif word.endswith("ie"):
        ing = word[:-2] + "ying"
    elif word.endswith("e") and not word.endswith(("ee", "ye", "oe")) and len(word) > 2:
        ing = word[:-1] + "ing"
    else:
        ing = word + "ing"
    return ing + (" " + rest if rest else "")
