"""A llama-architecture decoder: RMSNorm, rotary embeddings, SwiGLU, no biases.

Rotary embeddings follow llama.cpp's convention for arch `llama` (rope type NORM): each
consecutive pair (x[2i], x[2i+1]) of a head is rotated, so Q and K need no permutation
when exported to GGUF.
"""
import math
import torch
import torch.nn as nn
import torch.nn.functional as F


class RMSNorm(nn.Module):
    def __init__(self, dim, eps):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim))

    def forward(self, x):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * self.weight


def rope(x, base):
    """x: (batch, heads, time, head_dim); rotates consecutive pairs by position."""
    _, _, t, d = x.shape
    freqs = base ** (-torch.arange(0, d, 2, dtype=torch.float32, device=x.device) / d)
    angles = torch.arange(t, dtype=torch.float32, device=x.device)[:, None] * freqs[None, :]
    cos, sin = angles.cos(), angles.sin()
    x0, x1 = x[..., 0::2], x[..., 1::2]
    return torch.stack((x0 * cos - x1 * sin, x0 * sin + x1 * cos), dim=-1).flatten(-2)


class Block(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        d, ff = cfg["dim"], cfg["ffn"]
        self.heads, self.base = cfg["heads"], cfg["rope_base"]
        self.attn_norm = RMSNorm(d, cfg["eps"])
        self.wq, self.wk, self.wv, self.wo = (nn.Linear(d, d, bias=False) for _ in range(4))
        self.ffn_norm = RMSNorm(d, cfg["eps"])
        self.gate, self.up = nn.Linear(d, ff, bias=False), nn.Linear(d, ff, bias=False)
        self.down = nn.Linear(ff, d, bias=False)

    def forward(self, x, mask):
        b, t, d = x.shape
        h = self.attn_norm(x)
        split = lambda y: y.view(b, t, self.heads, d // self.heads).transpose(1, 2)
        q, k, v = split(self.wq(h)), split(self.wk(h)), split(self.wv(h))
        q, k = rope(q, self.base), rope(k, self.base)
        att = (q @ k.transpose(-1, -2)) / math.sqrt(d // self.heads) + mask
        y = (att.softmax(-1) @ v).transpose(1, 2).reshape(b, t, d)
        x = x + self.wo(y)
        h = self.ffn_norm(x)
        return x + self.down(F.silu(self.gate(h)) * self.up(h))


class Llama(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.cfg = cfg
        self.embed = nn.Embedding(cfg["vocab"], cfg["dim"])
        self.blocks = nn.ModuleList(Block(cfg) for _ in range(cfg["layers"]))
        self.norm = RMSNorm(cfg["dim"], cfg["eps"])
        self.output = nn.Linear(cfg["dim"], cfg["vocab"], bias=False)
        for p in self.parameters():
            if p.dim() == 2:
                nn.init.normal_(p, std=0.02)

    def forward(self, ids):
        t = ids.shape[1]
        mask = torch.full((t, t), float("-inf"), device=ids.device).triu(1)
        x = self.embed(ids)
        for block in self.blocks:
            x = block(x, mask)
        return self.output(self.norm(x))

    @torch.no_grad()
    def greedy(self, ids, max_new, eos):
        """Greedy continuation of one prompt; returns the new ids (eos not included)."""
        out = []
        ids = list(ids)
        for _ in range(max_new):
            logits = self(torch.tensor([ids], device=self.output.weight.device))[0, -1]
            nxt = int(logits.argmax())
            if nxt == eos:
                break
            out.append(nxt)
            ids.append(nxt)
        return out
