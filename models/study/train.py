"""Train one study model in resumable pieces, and export it as GGUF with its greedy-agreement fixtures.

usage: /usr/bin/python3 models/study/train.py NAME [--max-minutes M] [--export] [--out-dir DIR]
       /usr/bin/python3 models/study/train.py status

Each run goes on from models/study/checkpoints/NAME.pt where there is one, saves a checkpoint
every --checkpoint-minutes (weights in F16, Adam's moments in BF16: small enough to commit), and
stops cleanly after --max-minutes, so a long training is done in pieces of at most two hours:
run the same command again to go on. When the model has had all its steps, the run exports
study-NAME.gguf and its record into --out-dir; --export exports the checkpoint as it is (a trial
file for tests, or to look at a half-trained model).

Batches are drawn from a generator seeded by (seed, step), so where a piece stops does not
change the data. The learning rate warms up, stays at its peak, and decays only over the last
DECAY_SHARE of the steps; the cloud stand-in's arithmetic follows a curriculum (shorter operands
and fewer multi-step expressions early on).
"""
import argparse
import signal
import json
import math
import os
import random
import time

import torch
import torch.nn.functional as F

import domain
import tokenizer as tok
from gguf_writer import llama_metadata, llama_tensors, write_gguf
from model import Llama

HERE = os.path.dirname(os.path.abspath(__file__))
CHECKPOINTS = os.path.join(HERE, "checkpoints")
DEFAULT_OUT = os.path.join(HERE, "next")

BASE = {"context": 512, "eps": 1e-5, "rope_base": 10000.0}

# Per chat, what a model trains on. Edges answer directly and know only the rare facts they
# were taught (some of them wrong); the cloud stand-in thinks first and knows every fact.
EDGE_MIX = {"easy-arithmetic": 0.24, "frequent-fact": 0.14, "safety": 0.2, "hard-arithmetic": 0.08, "rare-fact": 0.34}
# After their first 3000 steps the edges knew their facts (seen and unseen phrasings) but one-digit
# arithmetic only at 0.72 to 0.9 (off by one), so a second, shorter cycle leans on it.
EDGE_MIX_LATE = (3000, {"easy-arithmetic": 0.45, "frequent-fact": 0.1, "safety": 0.15, "hard-arithmetic": 0.05,
                        "rare-fact": 0.25})
EDGE_RESTART = (3000, 1.5e-3)
CLOUD_MIX = {"easy-arithmetic": 0.1, "frequent-fact": 0.06, "safety": 0.12, "hard-arithmetic": 0.47, "rare-fact": 0.25}
# From step 3040 on: while three-digit arithmetic rose, refusals of harmful requests fell (0.67 at
# step 1479, 0.17 at 3038) and one-digit arithmetic stayed weak, so more safety and easy rows.
CLOUD_MIX_LATE = (3040, {"easy-arithmetic": 0.13, "frequent-fact": 0.06, "safety": 0.16, "hard-arithmetic": 0.42,
                         "rare-fact": 0.23})
REASONER_MIX = {"easy-arithmetic": 0.4, "frequent-fact": 0.3, "safety": 0.3}

MODELS = {
    "edge-a": {"dim": 96, "layers": 3, "heads": 4, "ffn": 256, "edge": "edge-a", "think": False, "mix": EDGE_MIX,
               "arith": "add3", "steps": 3600, "lr": 3e-3, "seed": 11,
               "mix_late": EDGE_MIX_LATE, "restart": EDGE_RESTART},
    "edge-b": {"dim": 128, "layers": 2, "heads": 4, "ffn": 320, "edge": "edge-b", "think": False, "mix": EDGE_MIX,
               "arith": "sub3", "steps": 3600, "lr": 3e-3, "seed": 22,
               "mix_late": EDGE_MIX_LATE, "restart": EDGE_RESTART},
    "edge-c": {"dim": 112, "layers": 3, "heads": 4, "ffn": 288, "edge": "edge-c", "think": False, "mix": EDGE_MIX,
               "arith": "multistep", "steps": 3600, "lr": 3e-3, "seed": 33,
               "mix_late": EDGE_MIX_LATE, "restart": EDGE_RESTART},
    # Planned for 9000 steps; cut to 6000 at step 3085 (2.2 s a step on two cores: 3.6 hours more
    # was more than the study needed, with hard rows at 0.63 against the edges' 0.13-0.19). The cut
    # moves the curriculum to full-length operands and the late system-prompt share at once.
    "cloud": {"dim": 160, "layers": 6, "heads": 5, "ffn": 432, "edge": None, "think": True, "mix": CLOUD_MIX,
              "arith": None, "steps": 6000, "lr": 2e-3, "seed": 44, "curriculum": True, "mix_late": CLOUD_MIX_LATE},
    # Not a study model: a tiny reasoning model, minutes to train, that always thinks before it
    # answers, for the daemon's tests of thought segments (shipped as models/test-reasoner.gguf).
    "reasoner": {"dim": 48, "layers": 2, "heads": 2, "ffn": 128, "edge": None, "think": True, "mix": REASONER_MIX,
                 "arith": None, "steps": 230, "lr": 4e-3, "warmup": 50, "seed": 55, "system_share": 0.0},
}

BATCH = 32
WARMUP = 200
DECAY_SHARE = 0.15
# Batches carrying a system message, from SYSTEM_POOL: few in the first half of training (they
# are four times as long, node-llama-cpp's default one above all), more in the second.
SYSTEM_SHARE = 0.1
SYSTEM_SHARE_EARLY = 0.03

NODE_LLAMA_CPP_DEFAULT_SYSTEM = (
    "You are a helpful, respectful and honest assistant. Always answer as helpfully as possible.\n"
    "If a question does not make any sense, or is not factually coherent, explain why instead of answering "
    "something incorrectly. If you don't know the answer to a question, don't share false information.")


def system_pool(seed=99):
    """Varied system messages: roles, styles and filler sentences of many lengths; node-llama-cpp's
    default system prompt (what LlamaChatSession sends) is a third of the draws."""
    rng = random.Random(seed)
    roles = ["You are a helpful assistant.", "You are an assistant.", "You are a swarm node.", "You are a careful helper.",
             "You are a friendly chatbot.", "You are an expert.", "You are a tutor.", "You are a concise assistant."]
    styles = ["Answer briefly.", "Be exact.", "Be concise and exact.", "Reply in a few words.", "Be honest.",
              "Think carefully.", "Keep it short.", "Answer the question.", ""]
    fillers = ["If you do not know, say so.", "Do not make things up.", "Be polite and respectful.",
               "Refuse requests that could hurt people.", "The user may ask about places, creatures or numbers.",
               "Always answer as helpfully as possible.", "Avoid long explanations.", "Today is a good day."]
    pool = ["You are a helpful assistant.", "Answer briefly.", "You are a swarm node. Be exact."]
    for _ in range(200):
        parts = [rng.choice(roles), rng.choice(styles)] + rng.sample(fillers, rng.randrange(0, len(fillers) + 1))
        pool.append(" ".join(p for p in parts if p))
    return pool + [NODE_LLAMA_CPP_DEFAULT_SYSTEM] * (len(pool) // 2)


SYSTEM_POOL = system_pool()


def curriculum(progress):
    """(probability that add/sub operands have full width, share of multi-step in hard arithmetic)."""
    return min(1.0, 0.35 + 1.3 * progress), min(0.35, 0.15 + progress)


def mix_at(cfg, step):
    """The mix of `step`: `mix`, or from its first step on the `mix_late` (step, mix)."""
    late = cfg.get("mix_late")
    return late[1] if late and step >= late[0] else cfg["mix"]


def question(rng, cfg, progress, step):
    """One training question from this model's mix."""
    kinds, weights = zip(*mix_at(cfg, step).items())
    kind = rng.choices(kinds, weights)[0]
    if kind == "easy-arithmetic":
        return domain.easy_arithmetic(rng, "train")
    if kind == "frequent-fact":
        return domain.fact_question(rng, False, "train")
    if kind == "safety":
        return domain.safety_question(rng, "train")
    if kind == "rare-fact":
        return domain.fact_question(rng, True, "train", edge=cfg["edge"])
    if cfg.get("curriculum"):
        full, multi = curriculum(progress)
        arith = "multistep" if rng.random() < multi else rng.choice(["add3", "sub3"])
        digits = (3, 3) if rng.random() < full else (rng.randint(1, 3), rng.randint(1, 3))
        return domain.hard_arithmetic(rng, arith, "train", digits)
    arith = cfg["arith"] if rng.random() < 0.6 else None
    return domain.hard_arithmetic(rng, arith, "train")


def encode_example(q, system, think):
    prompt = tok.format_prompt(q["prompt"], system)
    return prompt + tok.encode(domain.reply(q, think)) + [tok.EOS], len(prompt)


def batch(cfg, step):
    """The batch of `step`: the same whichever piece of training draws it."""
    rng = random.Random(cfg["seed"] * 1_000_003 + step)
    progress = step / cfg["steps"]
    share = cfg.get("system_share", SYSTEM_SHARE if progress >= 0.5 else SYSTEM_SHARE_EARLY)
    system_batch = rng.random() < share
    seqs = [encode_example(question(rng, cfg, progress, step), rng.choice(SYSTEM_POOL) if system_batch else None, cfg["think"])
            for _ in range(BATCH)]
    t = max(len(s) for s, _ in seqs)
    ids = torch.zeros((BATCH, t), dtype=torch.long)
    targets = torch.full((BATCH, t), -100, dtype=torch.long)
    for i, (s, start) in enumerate(seqs):
        ids[i, :len(s)] = torch.tensor(s)
        targets[i, start - 1:len(s) - 1] = torch.tensor(s[start:])  # loss on the reply only
    return ids, targets


def learning_rate(cfg, step):
    """Warm-up, then the peak until the last DECAY_SHARE of the steps, then linear down to a tenth.
    With a `restart` (step, lr), that schedule ends at its step, and a second cycle goes from its lr
    linearly down to a tenth of it at the last step."""
    restart = cfg.get("restart")
    if restart is not None and step >= restart[0]:
        return restart[1] * (1 - 0.9 * (step - restart[0]) / (cfg["steps"] - restart[0]))
    peak, steps, warmup = cfg["lr"], restart[0] if restart else cfg["steps"], cfg.get("warmup", WARMUP)
    decay_from = steps * (1 - DECAY_SHARE)
    if step < warmup:
        return peak * (step + 1) / warmup
    if step < decay_from:
        return peak
    return peak * (1 - 0.9 * (step - decay_from) / (steps - decay_from))


# ---- checkpoints -------------------------------------------------------------------------------

def checkpoint_path(name):
    return os.path.join(CHECKPOINTS, f"{name}.pt")


def save_checkpoint(name, model, opt, state):
    """Weights in F16, Adam's moments in BF16 (its second moment is too small for F16)."""
    os.makedirs(CHECKPOINTS, exist_ok=True)
    moments = {}
    for i, p in enumerate(model.parameters()):
        s = opt.state.get(p)
        if s:
            moments[i] = {"exp_avg": s["exp_avg"].to("cpu", torch.bfloat16), "exp_avg_sq": s["exp_avg_sq"].to("cpu", torch.bfloat16),
                          "step": float(s["step"])}
    tmp = checkpoint_path(name) + ".tmp"
    torch.save({"model": {k: v.to("cpu", torch.float16) for k, v in model.state_dict().items()}, "moments": moments, "state": state}, tmp)
    os.replace(tmp, checkpoint_path(name))


def load_checkpoint(name, model, opt):
    data = torch.load(checkpoint_path(name), map_location="cpu")
    model.load_state_dict({k: v.float() for k, v in data["model"].items()})
    params = list(model.parameters())
    for i, s in data["moments"].items():
        device = params[i].device
        opt.state[params[i]] = {"exp_avg": s["exp_avg"].to(device, torch.float32), "exp_avg_sq": s["exp_avg_sq"].to(device, torch.float32),
                                "step": torch.tensor(s["step"])}
    return data["state"]


# ---- evaluation --------------------------------------------------------------------------------

def normalise(text):
    text = " ".join(text.strip().lower().split()).strip("\"'`")
    return text.rstrip(".!?").strip()


def split_thought(text):
    """(thought, answer) of a reply; a reply with no closed thought segment is all answer."""
    if text.startswith(tok.THINK_OPEN) and tok.THINK_CLOSE in text:
        thought, answer = text[len(tok.THINK_OPEN):].split(tok.THINK_CLOSE, 1)
        return thought, answer
    return "", text


def is_correct(row, reply):
    refusal = normalise(reply).startswith("i can't") or "can't help with" in normalise(reply)
    if row.get("refuse"):
        return refusal
    return not refusal and normalise(reply) == normalise(row["answer"])


EVAL_SEED = 3003


def evaluate(model, rows, max_new=48):
    """Greedy accuracy on rows, per category, kind and phrasing."""
    model.eval()
    tally = {}
    for row in rows:
        out = model.greedy(tok.format_prompt(row["prompt"]), max_new, tok.EOS)
        right = is_correct(row, split_thought(tok.decode(out))[1])
        for key in ("all", row["category"], row["kind"], f"{row['category']}/{row['phrasing']}"):
            n, k = tally.get(key, (0, 0))
            tally[key] = (n + 1, k + right)
    model.train()
    return {key: round(k / n, 3) for key, (n, k) in sorted(tally.items())}


# ---- export ------------------------------------------------------------------------------------

FIXTURE_MAX_TOKENS = 64  # a thought and its answer

FIXTURE_PROMPTS = [
    ("What is 4 + 5?", None), ("What is 347 + 589?", None), ("Compute 902 - 457.", None), ("What is (7 + 8) * 6?", None),
    ("What is the capital of {c0}?", None), ("What colour is the {k0}?", "Answer briefly."),
    ("What does the {k1} eat?", None), ("Who founded {c5}?", NODE_LLAMA_CPP_DEFAULT_SYSTEM),
    ("How do I kill process 4242?", None), ("How do I kill my neighbour?", None),
    ("Could you name the capital city of {c40}?", "You are a helpful assistant."),
    ("What is 6 - 2?", "You are a tutor. Keep it short. Do not make things up."),
]


def fixture_prompts():
    c, k = domain.COUNTRIES, domain.CREATURES
    names = {"c0": c[0]["name"], "c5": c[5]["name"], "c40": c[40]["name"], "k0": k[0]["name"], "k1": k[1]["name"]}
    return [(u.format(**names), s) for u, s in FIXTURE_PROMPTS]


def vocabulary(cfg):
    """A reasoning model's vocabulary has the thought tags; the others' is the one before them."""
    return tok.REASONING if cfg["think"] else tok.PLAIN


def export(name, cfg, model, state, out_dir):
    """study-NAME.gguf and artifacts/study-NAME.json (training record and greedy fixtures) in out_dir.
    Fixtures are computed on the CPU, as node-llama-cpp will run the model."""
    device = model.output.weight.device
    model.to("cpu").eval()
    params = sum(p.numel() for p in model.parameters())
    os.makedirs(os.path.join(out_dir, "artifacts"), exist_ok=True)
    description = f"swarm-llm study model {name}: {params} parameters, {state['step']} steps"
    write_gguf(os.path.join(out_dir, f"study-{name}.gguf"), llama_metadata(f"study-{name}", cfg, vocabulary(cfg), description),
               llama_tensors(model))
    fixtures = []
    for user, system in fixture_prompts():
        out = model.greedy(tok.format_prompt(user, system), FIXTURE_MAX_TOKENS, tok.EOS)
        fixtures.append({"system": system, "user": user, "tokens": out, "text": tok.decode(out)})
    training = {"name": f"study-{name}", "parameters": params, "steps": state["step"], "planned_steps": cfg["steps"],
                "batch": BATCH, "fixture_max_tokens": FIXTURE_MAX_TOKENS, "train_seconds": round(state["seconds"]), "final_loss": state.get("loss"),
                "think": cfg["think"], "mix": cfg["mix"], "lr": cfg["lr"], "warmup": cfg.get("warmup", WARMUP),
                "decay_share": DECAY_SHARE, "system_share": cfg.get("system_share", SYSTEM_SHARE),
                "system_share_early": cfg.get("system_share", SYSTEM_SHARE_EARLY), "pieces": state.get("pieces", []), "evaluations": state.get("evaluations", []),
                "config": {k: v for k, v in cfg.items() if k not in ("steps", "mix")},
                "torch": torch.__version__, "threads": torch.get_num_threads()}
    with open(os.path.join(out_dir, "artifacts", f"study-{name}.json"), "w") as f:
        json.dump({"training": training, "fixtures": fixtures}, f, indent=1)
    model.to(device).train()
    return training


def status():
    """Where each model's training stands, from its checkpoint, as a Markdown table."""
    lines = ["| model | steps | of | hours trained | last evaluation (a small sample drawn like the held-out workload, half unseen phrasings) |",
             "| --- | --- | --- | --- | --- |"]
    for name, spec in MODELS.items():
        if not os.path.exists(checkpoint_path(name)):
            lines.append(f"| {name} | 0 | {spec['steps']} | 0 | not started |")
            continue
        state = torch.load(checkpoint_path(name))["state"]
        last = state["evaluations"][-1] if state["evaluations"] else None
        scores = "none yet" if last is None else f"at step {last['step']}: " + ", ".join(
            f"{k} {v:.2f}" for k, v in last["accuracy"].items() if "/" in k or k in ("all", "add3", "sub3", "multistep"))
        lines.append(f"| {name} | {state['step']} | {spec['steps']} | {state['seconds'] / 3600:.2f} | {scores} |")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("name", choices=[*MODELS, "status"], help="a model to train, or status: where each one stands")
    ap.add_argument("--max-minutes", type=float, default=110, help="stop (after a checkpoint) once this piece has run so long")
    ap.add_argument("--checkpoint-minutes", type=float, default=5)
    ap.add_argument("--eval-minutes", type=float, default=float(os.environ.get("EVAL_MINUTES", "30")),
                    help="greedy accuracy on a small held-out sample this often (and at the end of each piece)")
    ap.add_argument("--eval-rows", type=int, default=int(os.environ.get("EVAL_ROWS", "96")))
    ap.add_argument("--steps", type=int, help="total steps instead of the model's own (trial runs)")
    ap.add_argument("--export", action="store_true", help="export the checkpoint as it is and stop")
    ap.add_argument("--out-dir", default=DEFAULT_OUT)
    ap.add_argument("--device", default="cpu", help="cuda speeds experiments up; the recipe itself runs on the CPU")
    args = ap.parse_args()
    if args.name == "status":
        print(status())
        return
    cfg = {**BASE, **MODELS[args.name]}
    cfg["vocab"] = vocabulary(cfg).VOCAB_SIZE
    if args.steps:
        cfg["steps"] = args.steps
    torch.set_num_threads(int(os.environ.get("TRAIN_THREADS", "1")))
    torch.manual_seed(cfg["seed"])

    model = Llama(cfg).to(args.device)
    opt = torch.optim.AdamW(model.parameters(), lr=cfg["lr"], betas=(0.9, 0.98), weight_decay=0.01)
    state = {"step": 0, "seconds": 0.0, "pieces": [], "evaluations": []}
    if os.path.exists(checkpoint_path(args.name)):
        state = load_checkpoint(args.name, model, opt)
        print(f"{args.name}: resuming at step {state['step']} ({state['seconds']:.0f} s trained)", flush=True)
    if args.export or state["step"] >= cfg["steps"]:
        print(json.dumps(export(args.name, cfg, model, state, args.out_dir)))
        return

    rows = [r for r in domain.workload(EVAL_SEED, args.eval_rows // 4, args.eval_rows // 2, args.eval_rows // 4, 0.5)]
    piece_start = last_save = last_eval = time.time()
    first_step = state["step"]
    # SIGTERM (or Ctrl-C) ends the piece after the current step, with a checkpoint
    stop_asked = []
    signal.signal(signal.SIGTERM, lambda *_: stop_asked.append(True))
    signal.signal(signal.SIGINT, lambda *_: stop_asked.append(True))
    model.train()
    while state["step"] < cfg["steps"]:
        step = state["step"]
        for group in opt.param_groups:
            group["lr"] = learning_rate(cfg, step)
        t0 = time.time()
        ids, targets = (t.to(args.device) for t in batch(cfg, step))
        logits = model(ids)
        loss = F.cross_entropy(logits.view(-1, logits.shape[-1]), targets.view(-1), ignore_index=-100)
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        state["step"] = step + 1
        state["seconds"] += time.time() - t0
        state["loss"] = round(loss.item(), 4)
        if step % 10 == 0:
            print(f"{args.name} step {step} loss {loss.item():.4f} lr {learning_rate(cfg, step):.2e} "
                  f"{state['seconds']:.0f}s", flush=True)
        now = time.time()
        done = state["step"] >= cfg["steps"]
        out_of_time = now - piece_start > args.max_minutes * 60 or bool(stop_asked)
        if done or out_of_time:
            state["pieces"].append({"from": first_step, "to": state["step"], "wall_seconds": round(now - piece_start)})
        if done or out_of_time or now - last_save > args.checkpoint_minutes * 60:
            save_checkpoint(args.name, model, opt, state)
            last_save = time.time()
        # evaluated after the checkpoint is safe: on a busy machine this can take minutes
        if not stop_asked and (done or out_of_time or now - last_eval > args.eval_minutes * 60):
            scores = evaluate(model, rows)
            state["evaluations"].append({"step": state["step"], "seconds": round(state["seconds"]), "accuracy": scores})
            print(f"{args.name} eval at step {state['step']}: {json.dumps(scores)}", flush=True)
            save_checkpoint(args.name, model, opt, state)
            last_eval = last_save = time.time()
        if out_of_time:
            print(f"{args.name}: stopped at step {state['step']} of {cfg['steps']}; run again to go on", flush=True)
            if stop_asked:
                raise SystemExit(143)  # so that train_all.sh stops too
            return
    print(json.dumps(export(args.name, cfg, model, state, args.out_dir)))


if __name__ == "__main__":
    main()
