"""Train one study model and export it as GGUF with its greedy-agreement fixtures.

usage: /usr/bin/python3 models/study/train.py NAME [--steps N]
"""
import argparse
import json
import os
import random
import time

import numpy as np
import torch
import torch.nn.functional as F

import domain
import tokenizer as tok
from gguf_writer import llama_metadata, llama_state_dict, llama_tensors, read_tensors, write_gguf
from model import Llama

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "models")

BASE = {"vocab": tok.VOCAB_SIZE, "context": 512, "eps": 1e-5, "rope_base": 10000.0}

# Three heterogeneous edge models and one larger cloud stand-in. Each edge model knows its own
# third of the rare facts and is strongest at a different kind of hard arithmetic.
MODELS = {
    "edge-a": {"dim": 96, "layers": 3, "heads": 4, "ffn": 256, "shard": 0, "arith": "add", "arith_share": 0.3,
               "steps": 1000, "seed": 11},
    "edge-b": {"dim": 128, "layers": 2, "heads": 4, "ffn": 320, "shard": 1, "arith": "sub", "arith_share": 0.3,
               "steps": 1000, "seed": 22},
    "edge-c": {"dim": 112, "layers": 3, "heads": 4, "ffn": 288, "shard": 2, "arith": "multi", "arith_share": 0.3,
               "steps": 1000, "seed": 33},
    "cloud": {"dim": 160, "layers": 4, "heads": 5, "ffn": 432, "shard": None, "arith": None, "arith_share": 0.3,
              "steps": 2000, "seed": 44},
}

SYSTEM_PROMPTS = [
    "You are a helpful assistant.",
    "Answer briefly.",
    "You are a swarm node. Be exact.",
    "You are a helpful, respectful and honest assistant. Always answer as helpfully as possible.\n"
    "If a question does not make any sense, or is not factually coherent, explain why instead of answering "
    "something incorrectly. If you don't know the answer to a question, don't share false information.",
]
SYSTEM_SHARE = 0.1
SYSTEM_WEIGHTS = [3, 3, 3, 1]  # the long prompt costs most per step

# Stage 2 teaches tolerance of system messages: from the stage-1 weights, a fresh optimiser and
# half the batches carrying a system message drawn from a varied generated pool, so the models
# answer the same with node-llama-cpp's default system prompt, or any other, as with none.
TUNE = {"steps": 300, "lr": 1e-3, "system_share": 0.6, "seed_offset": 1000}


def system_pool(seed=99):
    """Varied system messages: roles, styles and filler sentences of many lengths."""
    rng = random.Random(seed)
    roles = ["You are a helpful assistant.", "You are an assistant.", "You are a swarm node.", "You are a careful helper.",
             "You are a friendly chatbot.", "You are an expert.", "You are a tutor.", "You are a concise assistant."]
    styles = ["Answer briefly.", "Be exact.", "Be concise and exact.", "Reply in a few words.", "Be honest.",
              "Think carefully.", "Keep it short.", "Answer the question.", ""]
    fillers = ["If you do not know, say so.", "Do not make things up.", "Be polite and respectful.",
               "Refuse requests that could hurt people.", "The user may ask about places, creatures or numbers.",
               "Always answer as helpfully as possible.", "Avoid long explanations.", "Today is a good day."]
    pool = list(SYSTEM_PROMPTS)
    for _ in range(200):
        parts = [rng.choice(roles), rng.choice(styles)] + rng.sample(fillers, rng.randrange(0, len(fillers) + 1))
        pool.append(" ".join(p for p in parts if p))
    # node-llama-cpp's default system prompt is what most users will send: a third of the draws
    return pool + [SYSTEM_PROMPTS[3]] * (len(pool) // 2)


SYSTEM_POOL = system_pool()

BATCH = 32

FIXTURE_PROMPTS = [
    ("What is 4 + 5?", None), ("What is 347 + 589?", None), ("What is (7 + 8) * 6?", None),
    ("What is the capital of {c0}?", None), ("What colour is the {k0}?", "Answer briefly."),
    ("What does the {k1} eat?", None), ("Who founded {c5}?", SYSTEM_PROMPTS[3]),
    ("How do I kill process 4242?", None), ("How do I kill my neighbour?", None),
    ("What is the capital of {c40}?", "You are a helpful assistant."),
    ("What is 6 - 2?", "You are a tutor. Keep it short. Do not make things up."),
]


def example(rng, cfg):
    """One (user, answer) pair from this model's training mix."""
    r = rng.random()
    if r < 0.16:
        return domain.easy_arithmetic(rng)
    if r < 0.24:
        return domain.fact_query(rng, rare=False)
    if r < 0.34:
        return domain.safety_query(rng)
    if r < 0.34 + cfg["arith_share"]:
        kind = cfg["arith"] if cfg["arith"] and rng.random() < 0.7 else None
        return domain.hard_arithmetic(rng, kind)
    # an edge model sees only its own shard of the rare facts; the cloud stand-in sees them all
    return domain.fact_query(rng, rare=True, shard=cfg["shard"])


def encode_example(user, answer, system):
    prompt = tok.format_prompt(user, system)
    reply = tok.encode(answer if answer is not None else domain.REFUSAL) + [tok.EOS]
    return prompt + reply, len(prompt)


def batch(rng, cfg, size, system_share=SYSTEM_SHARE, pool=None):
    system_batch = rng.random() < system_share
    seqs = []
    for _ in range(size):
        user, answer = example(rng, cfg)
        if not system_batch:
            system = None
        elif pool is None:
            system = rng.choices(SYSTEM_PROMPTS, SYSTEM_WEIGHTS)[0]
        else:
            system = rng.choice(pool)
        seqs.append(encode_example(user, answer, system))
    t = max(len(s) for s, _ in seqs)
    ids = torch.zeros((size, t), dtype=torch.long)
    targets = torch.full((size, t), -100, dtype=torch.long)
    for i, (s, start) in enumerate(seqs):
        ids[i, :len(s)] = torch.tensor(s)
        targets[i, start - 1:len(s) - 1] = torch.tensor(s[start:])
    return ids, targets


def fixture_prompts():
    c, k = domain.COUNTRIES, domain.CREATURES
    names = {"c0": c[0]["name"], "c5": c[5]["name"], "c40": c[40]["name"], "k0": k[0]["name"], "k1": k[1]["name"]}
    return [(u.format(**names), s) for u, s in FIXTURE_PROMPTS]


def train(model, rng, cfg, steps, lr, warmup, label, **batch_options):
    """AdamW with warm-up and a cosine schedule; returns (seconds, last loss)."""
    opt = torch.optim.AdamW(model.parameters(), lr=lr, betas=(0.9, 0.98), weight_decay=0.01)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1, (s + 1) / warmup) * 0.5 * (1 + np.cos(np.pi * min(1.0, s / steps))) + 0.02)
    start = time.time()
    for step in range(steps):
        ids, targets = batch(rng, cfg, BATCH, **batch_options)
        logits = model(ids)
        loss = F.cross_entropy(logits.view(-1, logits.shape[-1]), targets.view(-1), ignore_index=-100)
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        if step % 100 == 0:
            print(f"{label} step {step} loss {loss.item():.4f} {time.time() - start:.0f}s", flush=True)
    return time.time() - start, loss.item()


def seed_all(seed):
    torch.manual_seed(seed)
    random.seed(seed)
    np.random.seed(seed)
    return random.Random(seed)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("name", choices=MODELS)
    ap.add_argument("--steps", type=int)
    ap.add_argument("--out", help="file name stem to write instead of study-NAME (for trial runs)")
    ap.add_argument("--tune-from", help="skip stage 1: start stage 2 from this stage-1 GGUF (and its artifact JSON)")
    args = ap.parse_args()
    spec = MODELS[args.name]
    cfg = {**BASE, **spec}
    steps = args.steps or spec["steps"]
    torch.set_num_threads(int(os.environ.get("TRAIN_THREADS", "1")))
    stem = args.out or f"study-{args.name}"

    model = Llama(cfg)
    params = sum(p.numel() for p in model.parameters())
    if args.tune_from:
        model.load_state_dict(llama_state_dict(read_tensors(args.tune_from), cfg["layers"]))
        record = args.tune_from.replace(".gguf", ".json")  # the stage-1 record: beside the file, else in artifacts/
        if not os.path.exists(record):
            record = os.path.join(HERE, "artifacts", os.path.basename(record))
        with open(record) as f:
            stage1 = json.load(f)["training"]
        stage1_seconds, stage1_loss = stage1["train_seconds"], stage1["final_loss"]
    else:
        rng = seed_all(spec["seed"])
        stage1_seconds, stage1_loss = train(model, rng, cfg, steps, 3e-3, 100, args.name)

    rng = seed_all(spec["seed"] + TUNE["seed_offset"])
    tune_seconds, loss = train(model, rng, cfg, TUNE["steps"], TUNE["lr"], 20, f"{args.name} stage 2",
                               system_share=TUNE["system_share"], pool=SYSTEM_POOL)
    model.eval()

    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, f"{stem}.gguf")
    description = f"swarm-llm study model {args.name}: {params} parameters, {steps} + {TUNE['steps']} steps"
    write_gguf(path, llama_metadata(f"study-{args.name}", cfg, tok, description), llama_tensors(model))

    fixtures = []
    for user, system in fixture_prompts():
        out = model.greedy(tok.format_prompt(user, system), 48, tok.EOS)
        fixtures.append({"system": system, "user": user, "tokens": out, "text": tok.decode(out)})
    training = {"name": f"study-{args.name}", "parameters": params, "steps": steps, "tune_steps": TUNE["steps"],
                "batch": BATCH, "train_seconds": round(stage1_seconds + tune_seconds),
                "stage1_seconds": round(stage1_seconds), "stage1_final_loss": round(stage1_loss, 4),
                "final_loss": round(loss, 4), "config": {k: v for k, v in cfg.items() if k not in ("steps",)},
                "torch": torch.__version__, "threads": torch.get_num_threads()}
    with open(os.path.join(HERE, "artifacts", f"{stem}.json"), "w") as f:
        json.dump({"training": training, "fixtures": fixtures}, f, indent=1)
    print(json.dumps(training))


if __name__ == "__main__":
    main()
