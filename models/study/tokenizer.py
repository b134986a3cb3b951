"""A character-level SentencePiece-style vocabulary, as llama.cpp's SPM tokenizer reads it.

Ids: 0 <unk>, 1 <s>, 2 </s>, then the 256 byte tokens <0x00>..<0xFF>, then one token per
printable ASCII character, with '▁' standing for the space, then the reasoning tags <think>
and </think> in a reasoning model's vocabulary. Any other character falls back to its UTF-8
bytes, exactly as llama.cpp does. add_space_prefix is false: no leading '▁'.

TOKENS (354) is the vocabulary of every model that does not reason, as before the tags
existed (guard_tokenizer.py extends it); REASONING holds it with the two tags appended. The
tags are user-defined tokens (llama.cpp's token type 4, as Qwen3 and DeepSeek-R1 files mark
them): llama.cpp matches them in text whole and prints them as text, so a thought segment
reads `<think>…</think>` to a client, and costs two tokens, not fifteen.
"""
import re

UNK, BOS, EOS = 0, 1, 2
SPACE = "\u2581"
BYTE_OFFSET = 3
CHARS = [SPACE] + [chr(c) for c in range(0x21, 0x7F)]

TOKENS = ["<unk>", "<s>", "</s>"] + [f"<0x{b:02X}>" for b in range(256)] + CHARS
# token_type as llama.cpp defines it: 1 normal, 2 unknown, 3 control, 4 user-defined, 6 byte.
TOKEN_TYPES = [2, 3, 3] + [6] * 256 + [1] * len(CHARS)
SCORES = [0.0] * (BYTE_OFFSET + 256) + [-float(i) for i in range(len(CHARS))]
CHAR_ID = {c: BYTE_OFFSET + 256 + i for i, c in enumerate(CHARS)}
VOCAB_SIZE = len(TOKENS)

THINK_OPEN, THINK_CLOSE = "<think>", "</think>"
SPECIAL = [THINK_OPEN, THINK_CLOSE]
SPECIAL_ID = {t: VOCAB_SIZE + i for i, t in enumerate(SPECIAL)}
THINK_OPEN_ID, THINK_CLOSE_ID = SPECIAL_ID[THINK_OPEN], SPECIAL_ID[THINK_CLOSE]
_SPECIAL_SPLIT = re.compile("(" + "|".join(re.escape(t) for t in SPECIAL) + ")")


def encode(text, special=True):
    """Token ids of text; with `special`, the reasoning tags become their own tokens, as in llama.cpp."""
    if special:
        ids = []
        for part in _SPECIAL_SPLIT.split(text):
            ids.extend([SPECIAL_ID[part]] if part in SPECIAL_ID else encode(part, special=False))
        return ids
    ids = []
    for ch in text.replace(" ", SPACE):
        if ch in CHAR_ID:
            ids.append(CHAR_ID[ch])
        else:
            ids.extend(BYTE_OFFSET + b for b in ch.encode("utf-8"))
    return ids


def decode(ids):
    out, pending = [], bytearray()
    for i in ids:
        if BYTE_OFFSET <= i < BYTE_OFFSET + 256:
            pending.append(i - BYTE_OFFSET)
            continue
        if pending:
            out.append(pending.decode("utf-8", errors="replace"))
            pending = bytearray()
        if i >= BYTE_OFFSET + 256:
            out.append(SPECIAL[i - VOCAB_SIZE] if i >= VOCAB_SIZE else TOKENS[i].replace(SPACE, " "))
    if pending:
        out.append(pending.decode("utf-8", errors="replace"))
    return "".join(out)


# The chat format. CHAT_TEMPLATE renders exactly what format_chat() builds, so node-llama-cpp
# formats a chat for these models the way they were trained.
CHAT_TEMPLATE = (
    "{{ bos_token }}"
    "{% for message in messages %}"
    "{% if message['role'] == 'system' %}{{ 'System: ' + message['content'] + '\n' }}"
    "{% elif message['role'] == 'user' %}{{ 'User: ' + message['content'] + '\n' }}"
    "{% elif message['role'] == 'assistant' %}{{ 'Assistant: ' + message['content'] + eos_token + '\n' }}"
    "{% endif %}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ 'Assistant: ' }}{% endif %}"
)


def format_prompt(user, system=None):
    """Token ids of a one-turn chat up to the point where the assistant starts answering."""
    text = (f"System: {system}\n" if system else "") + f"User: {user}\nAssistant: "
    return [BOS] + encode(text)


class _Vocabulary:
    """What the GGUF writer needs of a vocabulary."""

    def __init__(self, tokens, token_types, scores):
        self.TOKENS, self.TOKEN_TYPES, self.SCORES, self.VOCAB_SIZE = tokens, token_types, scores, len(tokens)
        self.UNK, self.BOS, self.EOS, self.CHAT_TEMPLATE = UNK, BOS, EOS, CHAT_TEMPLATE


PLAIN = _Vocabulary(TOKENS, TOKEN_TYPES, SCORES)
REASONING = _Vocabulary(TOKENS + SPECIAL, TOKEN_TYPES + [4] * len(SPECIAL), SCORES + [0.0] * len(SPECIAL))
