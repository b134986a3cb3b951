"""The study tokenizer (tokenizer.py) with whole words added, for the guard model.

The Llama Guard prompt is some 700 characters long; one token per character would make a
tiny model's training slow and its attention diffuse. So the vocabulary also holds frequent
words, each as '▁word' together with every prefix '▁w', '▁wo', … : llama.cpp's SPM tokenizer
only reaches a token through merges whose every step is itself a token, and with only
'▁'-initial pieces added, every word grows left to right into its longest prefix in the
vocabulary, whatever the scores. encode() below does exactly that, so training sees the ids
node-llama-cpp will feed the model. Words at the start of a line have no '▁' and stay
characters, as do words not in the vocabulary.
"""
import tokenizer as base

SPACE = base.SPACE


class GuardTokenizer:
    def __init__(self, words):
        pieces = set()
        for word in words:
            for end in range(2, len(word) + 2):
                pieces.add(SPACE + word[:end - 1])
        self.pieces = sorted(p for p in pieces if p not in base.CHAR_ID)
        self.TOKENS = base.TOKENS + self.pieces
        self.TOKEN_TYPES = base.TOKEN_TYPES + [1] * len(self.pieces)
        self.SCORES = base.SCORES + [0.0] * len(self.pieces)
        self.VOCAB_SIZE = len(self.TOKENS)
        self.UNK, self.BOS, self.EOS = base.UNK, base.BOS, base.EOS
        self.CHAT_TEMPLATE = base.CHAT_TEMPLATE
        self.piece_id = {p: len(base.TOKENS) + i for i, p in enumerate(self.pieces)}

    def encode(self, text):
        ids = []
        for i, chunk in enumerate(text.replace(" ", SPACE).split(SPACE)):
            if i > 0:
                chunk = SPACE + chunk
            # the longest prefix reachable by merges: pieces are prefix-closed, so grow until one is missing
            end = 0
            for n in range(2, len(chunk) + 1):
                if chunk[:n] not in self.piece_id:
                    break
                end = n
            if end:
                ids.append(self.piece_id[chunk[:end]])
            ids.extend(base.encode(chunk[end:]))
        return ids

    def decode(self, ids):
        out = []
        for i in ids:
            if i >= len(base.TOKENS):
                out.append(self.TOKENS[i].replace(SPACE, " "))
            else:
                out.append(base.decode([i]))
        return "".join(out)
