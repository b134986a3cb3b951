"""A character-level SentencePiece-style vocabulary, as llama.cpp's SPM tokenizer reads it.

Ids: 0 <unk>, 1 <s>, 2 </s>, then the 256 byte tokens <0x00>..<0xFF>, then one token per
printable ASCII character, with '▁' standing for the space. Any other character falls back
to its UTF-8 bytes, exactly as llama.cpp does. add_space_prefix is false: no leading '▁'.
"""
UNK, BOS, EOS = 0, 1, 2
SPACE = "\u2581"
BYTE_OFFSET = 3
CHARS = [SPACE] + [chr(c) for c in range(0x21, 0x7F)]

TOKENS = ["<unk>", "<s>", "</s>"] + [f"<0x{b:02X}>" for b in range(256)] + CHARS
# token_type as llama.cpp defines it: 1 normal, 2 unknown, 3 control, 6 byte.
TOKEN_TYPES = [2, 3, 3] + [6] * 256 + [1] * len(CHARS)
SCORES = [0.0] * (BYTE_OFFSET + 256) + [-float(i) for i in range(len(CHARS))]
CHAR_ID = {c: BYTE_OFFSET + 256 + i for i, c in enumerate(CHARS)}
VOCAB_SIZE = len(TOKENS)


def encode(text):
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
            out.append(TOKENS[i].replace(SPACE, " "))
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
