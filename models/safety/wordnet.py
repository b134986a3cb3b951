"""Word lists drawn from WordNet 3.0 (Debian's wordnet-base, /usr/share/wordnet), so that the
synthetic prompts name many more people, things, weapons and drugs than a hand-written list.

Only words WordNet has seen tagged in its corpus (cntlist.rev) are kept: common words, not
obscure senses. Without wordnet-base installed every list is empty and the generator uses its
hand-written lists alone.
"""
import functools
import os

WORDNET = "/usr/share/wordnet"


@functools.lru_cache(maxsize=None)
def _data(pos):
    """{offset: (lemmas, [(pointer, offset)])} for one part of speech."""
    synsets = {}
    path = os.path.join(WORDNET, f"data.{pos}")
    if not os.path.exists(path):
        return synsets
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split(" | ")[0].split()
            offset, count = fields[0], int(fields[3], 16)
            lemmas = [fields[4 + 2 * i] for i in range(count)]
            at = 4 + 2 * count
            pointers = []
            for i in range(int(fields[at])):
                symbol, target = fields[at + 1 + 4 * i], fields[at + 2 + 4 * i]
                pointers.append((symbol, target))
            synsets[offset] = (lemmas, pointers)
    return synsets


@functools.lru_cache(maxsize=None)
def _tagged():
    """Lemmas with at least one sense tagged in the corpus: a filter for common words."""
    words = set()
    path = os.path.join(WORDNET, "cntlist.rev")
    if os.path.exists(path):
        with open(path, encoding="latin-1") as f:
            for line in f:
                key, _, count = line.split()
                if int(count) > 0:
                    words.add(key.split("%")[0])
    return words


@functools.lru_cache(maxsize=None)
def _index(pos):
    index = {}
    path = os.path.join(WORDNET, f"index.{pos}")
    if not os.path.exists(path):
        return index
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split()
            synsets = int(fields[2])
            index[fields[0]] = fields[-synsets:]
    return index


def hyponyms(pos, lemma, sense=1, instances=False, common=True, max_words=3):
    """Every lemma under the given sense of a word (the sense itself included), as text."""
    offsets = _index(pos).get(lemma)
    if not offsets or sense > len(offsets):
        return []
    data, tagged = _data(pos), _tagged()
    kinds = {"~", "~i"} if instances else {"~"}
    seen, stack, out = set(), [offsets[sense - 1]], set()
    while stack:
        offset = stack.pop()
        if offset in seen or offset not in data:
            continue
        seen.add(offset)
        lemmas, pointers = data[offset]
        for word in lemmas:
            word = word.split("(")[0]
            if (not common or word.lower() in tagged) and word.count("_") < max_words and word.isascii():
                out.add(word.replace("_", " "))
        stack.extend(target for symbol, target in pointers if symbol in kinds)
    return sorted(out)


def plural(noun):
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith("man"):
        return noun[:-3] + "men"
    return noun + "s"


def article(noun):
    return ("an " if noun[0].lower() in "aeiou" else "a ") + noun


@functools.lru_cache(maxsize=None)
def people():
    """Kinds of person ('accountant', 'grandparent'): anyone a violent request could target."""
    return [w for w in hyponyms("noun", "person") if w.islower() and len(w) > 2]


@functools.lru_cache(maxsize=None)
def relatives():
    return [w for w in hyponyms("noun", "relative") + hyponyms("noun", "spouse") + hyponyms("noun", "friend")
            if w.islower()]


@functools.lru_cache(maxsize=None)
def things():
    """Foods, plants, animals and objects: what no discrimination can be aimed at."""
    words = set()
    for lemma, sense in (("food", 2), ("fruit", 1), ("vegetable", 1), ("animal", 1), ("plant", 2), ("furniture", 1),
                         ("container", 1), ("device", 1), ("vehicle", 1), ("toy", 1), ("beverage", 1), ("tool", 1)):
        words.update(w for w in hyponyms("noun", lemma, sense) if w.islower() and " " not in w and len(w) > 3)
    return sorted(words)


@functools.lru_cache(maxsize=None)
def weapons():
    return [w for w in hyponyms("noun", "weapon") + hyponyms("noun", "explosive device") if w.islower()]


@functools.lru_cache(maxsize=None)
def hard_drugs():
    return [w for w in hyponyms("noun", "hard drug") + hyponyms("noun", "hallucinogen") + hyponyms("noun", "narcotic")
            if w.islower()]


@functools.lru_cache(maxsize=None)
def crimes():
    return [w for w in hyponyms("noun", "crime") + hyponyms("noun", "felony") if w.islower()]


@functools.lru_cache(maxsize=None)
def killing_verbs():
    """Verbs under kill, injure and attack ('strangle', 'maim', 'assault')."""
    words = set()
    for lemma, sense in (("kill", 1), ("injure", 1), ("attack", 1), ("torture", 1), ("murder", 1), ("strike", 1)):
        words.update(w for w in hyponyms("verb", lemma, sense) if w.islower())
    return sorted(words)


if __name__ == "__main__":
    for name in ("people", "relatives", "things", "weapons", "hard_drugs", "crimes", "killing_verbs"):
        items = globals()[name]()
        print(name, len(items), items[:40])
