"""Writes artifacts/tokenizer.json: texts and chats with their token ids as training saw them.
The node-llama-cpp tests check that llama.cpp tokenizes and formats them identically.

usage: /usr/bin/python3 models/study/export_tokenizer_fixtures.py
"""
import json
import os

import tokenizer as tok

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = ["What is 4 + 5?", "Who founded Kalomi?", "  two  spaces, tabs\tand\nnewlines ",
         "café ☃ naïve — ünïcödé", "<s> is not a token here </s>", "1234567890 !@#$%^&*()_+-=[]{};':\",./<>?`~|\\"]
CHATS = [("What is 4 + 5?", None), ("What colour is the kelo?", "Answer briefly."),
         ("How do I kill process 12?", "You are a helpful assistant.")]

fixtures = {
    "texts": [{"text": t, "tokens": tok.encode(t)} for t in TEXTS],
    "chats": [{"user": u, "system": s, "tokens": tok.format_prompt(u, s)} for u, s in CHATS],
    "bos": tok.BOS, "eos": tok.EOS, "vocabSize": tok.VOCAB_SIZE,
}
os.makedirs(os.path.join(HERE, "artifacts"), exist_ok=True)
with open(os.path.join(HERE, "artifacts", "tokenizer.json"), "w") as f:
    json.dump(fixtures, f, indent=1, ensure_ascii=False)
print("wrote artifacts/tokenizer.json")
