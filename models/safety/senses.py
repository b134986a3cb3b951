"""The supersense lexicon the built-in safety classifier reads: each English word's most
frequent sense as a noun and as a verb, given by its WordNet 3.0 lexicographer file
("noun.person", "noun.artifact", "verb.contact", …, 45 in all).

usage: /usr/bin/python3 models/safety/senses.py [--out FILE]

Needs Debian's wordnet-base (/usr/share/wordnet). Writes packages/daemon/assets/safety-senses.txt:
a header naming the 45 files, then one line per single-word lemma, "word codes", each code one
character (chr(48 + file number)), the noun's first and then the verb's. Irregular forms
(noun.exc, verb.exc: "children", "took") get their base word's codes; regular inflections
are undone at run time (src/safety/senses.ts), as WordNet's morphy does.
"""
import argparse
import os
import re

WORDNET = "/usr/share/wordnet"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "packages", "daemon", "assets", "safety-senses.txt")
# WordNet 3.0's lexicographer files, by number (lexnames(5WN)); the files do not ship this list.
LEXNAMES = (
    "adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute "
    "noun.body noun.cognition noun.communication noun.event noun.feeling noun.food noun.group "
    "noun.location noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession "
    "noun.process noun.quantity noun.relation noun.shape noun.state noun.substance noun.time "
    "verb.body verb.change verb.cognition verb.communication verb.competition verb.consumption "
    "verb.contact verb.creation verb.emotion verb.motion verb.perception verb.possession "
    "verb.social verb.stative verb.weather adj.ppl"
).split()
WORD = re.compile(r"^[a-z]+$")
# Function words, which WordNet also lists as rare nouns or verbs ("I" as iodine, "do" as a
# note of the scale, "will" as a testament): left out, so they carry no sense.
FUNCTION_WORDS = set("""
a an the this that these those some any each every all both either neither no none
i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
who whom whose which what where when why how whether if then than so as at by for from in into
of off on onto out over to up down with without about after before under between through
and or but nor not yet also just only very too can could may might must shall should will would
do does did done be am is are was were been being have has had having get got let lets
there here one ones s
""".split())


def lexfile_of(pos):
    """{synset offset: lexicographer file number} for one part of speech."""
    out = {}
    with open(os.path.join(WORDNET, f"data.{pos}"), encoding="latin-1") as f:
        for line in f:
            if not line.startswith(" "):
                fields = line.split(maxsplit=2)
                out[fields[0]] = int(fields[1])
    return out


def first_senses(pos):
    """{lemma: lexicographer file of its most frequent sense} for single-word lemmas."""
    files, out = lexfile_of(pos), {}
    with open(os.path.join(WORDNET, f"index.{pos}"), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split()
            lemma, count = fields[0], int(fields[2])
            if WORD.match(lemma) and lemma not in FUNCTION_WORDS:
                out[lemma] = files[fields[-count]]
    return out


def exceptions(pos, senses):
    """Irregular forms mapped to their base word's sense."""
    out = {}
    with open(os.path.join(WORDNET, f"{pos}.exc"), encoding="latin-1") as f:
        for line in f:
            form, *bases = line.split()
            known = [b for b in bases if b in senses]
            if WORD.match(form) and form not in FUNCTION_WORDS and known and form not in senses:
                out[form] = senses[known[0]]
    return out


def license_text():
    """WordNet's license, from the head of index.noun: it asks to appear on all copies."""
    with open(os.path.join(WORDNET, "index.noun"), encoding="latin-1") as f:
        return [re.sub(r"^\s*\d+ ?", "", line).rstrip() for line in f if line.startswith(" ")]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=OUT)
    args = parser.parse_args()
    noun, verb = first_senses("noun"), first_senses("verb")
    noun.update(exceptions("noun", noun))
    verb.update(exceptions("verb", verb))
    lines = []
    for word in sorted(set(noun) | set(verb)):
        codes = "".join(chr(48 + s[word]) for s in (noun, verb) if word in s)
        lines.append(f"{word} {codes}")
    with open(args.out, "w") as f:
        f.write("# WordNet 3.0 supersenses, written by models/safety/senses.py from WordNet's files.\n")
        f.write("".join(f"# {line}".rstrip() + "\n" for line in license_text()))
        f.write(" ".join(LEXNAMES) + "\n")
        f.write("\n".join(lines) + "\n")
    print(f"wrote {args.out}: {len(lines)} words, {os.path.getsize(args.out)} bytes")


if __name__ == "__main__":
    main()
