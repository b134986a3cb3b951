"""A minimal GGUF (version 3) writer for the llama architecture.

Writes the metadata llama.cpp requires (a missing llama.attention.head_count or
llama.feed_forward_length aborts the whole process there) and F32 tensors.
"""
import struct
import numpy as np

ALIGNMENT = 32
T_UINT32, T_FLOAT32, T_BOOL, T_STRING, T_ARRAY, T_INT32 = 4, 6, 7, 8, 9, 5
GGML_F32 = 0


def _string(s):
    b = s.encode("utf-8")
    return struct.pack("<Q", len(b)) + b


def _value(v):
    if isinstance(v, bool):
        return struct.pack("<I", T_BOOL) + struct.pack("<?", v)
    if isinstance(v, int):
        return struct.pack("<I", T_UINT32) + struct.pack("<I", v)
    if isinstance(v, float):
        return struct.pack("<I", T_FLOAT32) + struct.pack("<f", v)
    if isinstance(v, str):
        return struct.pack("<I", T_STRING) + _string(v)
    if isinstance(v, tuple):  # (element type, list)
        kind, items = v
        head = struct.pack("<I", T_ARRAY) + struct.pack("<IQ", kind, len(items))
        if kind == T_STRING:
            return head + b"".join(_string(s) for s in items)
        fmt = {T_FLOAT32: "<f", T_INT32: "<i"}[kind]
        return head + b"".join(struct.pack(fmt, x) for x in items)
    raise TypeError(f"unsupported metadata value {v!r}")


def write_gguf(path, metadata, tensors):
    """metadata: {key: value}; tensors: [(name, float32 numpy array in torch layout)]."""
    header = b"GGUF" + struct.pack("<IQQ", 3, len(tensors), len(metadata))
    header += b"".join(_string(k) + _value(v) for k, v in metadata.items())
    infos, blobs, offset = b"", [], 0
    for name, array in tensors:
        array = np.ascontiguousarray(array, dtype=np.float32)
        dims = list(reversed(array.shape))  # ggml lists the innermost dimension first
        infos += _string(name) + struct.pack("<I", len(dims)) + b"".join(struct.pack("<Q", d) for d in dims)
        infos += struct.pack("<IQ", GGML_F32, offset)
        data = array.tobytes()
        pad = (-len(data)) % ALIGNMENT
        blobs.append(data + b"\0" * pad)
        offset += len(data) + pad
    with open(path, "wb") as f:
        f.write(header + infos)
        f.write(b"\0" * ((-f.tell()) % ALIGNMENT))
        for blob in blobs:
            f.write(blob)


def llama_metadata(name, cfg, tokenizer, description):
    return {
        "general.architecture": "llama",
        "general.name": name,
        "general.description": description,
        "general.file_type": 0,
        "general.alignment": ALIGNMENT,
        "llama.context_length": cfg["context"],
        "llama.embedding_length": cfg["dim"],
        "llama.block_count": cfg["layers"],
        "llama.feed_forward_length": cfg["ffn"],
        "llama.rope.dimension_count": cfg["dim"] // cfg["heads"],
        "llama.rope.freq_base": float(cfg["rope_base"]),
        "llama.attention.head_count": cfg["heads"],
        "llama.attention.head_count_kv": cfg["heads"],
        "llama.attention.layer_norm_rms_epsilon": float(cfg["eps"]),
        "llama.vocab_size": tokenizer.VOCAB_SIZE,
        "tokenizer.ggml.model": "llama",
        "tokenizer.ggml.tokens": (T_STRING, tokenizer.TOKENS),
        "tokenizer.ggml.scores": (T_FLOAT32, tokenizer.SCORES),
        "tokenizer.ggml.token_type": (T_INT32, tokenizer.TOKEN_TYPES),
        "tokenizer.ggml.bos_token_id": tokenizer.BOS,
        "tokenizer.ggml.eos_token_id": tokenizer.EOS,
        "tokenizer.ggml.unknown_token_id": tokenizer.UNK,
        "tokenizer.ggml.add_bos_token": True,
        "tokenizer.ggml.add_eos_token": False,
        "tokenizer.ggml.add_space_prefix": False,
        "tokenizer.chat_template": tokenizer.CHAT_TEMPLATE,
    }


def llama_tensors(model):
    sd = {k: v.detach().float().numpy() for k, v in model.state_dict().items()}
    out = [("token_embd.weight", sd["embed.weight"])]
    for i in range(model.cfg["layers"]):
        p = f"blocks.{i}."
        out += [(f"blk.{i}.attn_norm.weight", sd[p + "attn_norm.weight"]),
                (f"blk.{i}.attn_q.weight", sd[p + "wq.weight"]),
                (f"blk.{i}.attn_k.weight", sd[p + "wk.weight"]),
                (f"blk.{i}.attn_v.weight", sd[p + "wv.weight"]),
                (f"blk.{i}.attn_output.weight", sd[p + "wo.weight"]),
                (f"blk.{i}.ffn_norm.weight", sd[p + "ffn_norm.weight"]),
                (f"blk.{i}.ffn_gate.weight", sd[p + "gate.weight"]),
                (f"blk.{i}.ffn_up.weight", sd[p + "up.weight"]),
                (f"blk.{i}.ffn_down.weight", sd[p + "down.weight"])]
    out += [("output_norm.weight", sd["norm.weight"]), ("output.weight", sd["output.weight"])]
    return out


def read_tensors(path):
    """Reads back the F32 tensors of a GGUF file this writer made: {name: numpy array in torch layout}."""
    with open(path, "rb") as f:
        data = f.read()
    assert data[:4] == b"GGUF", f"{path} is not a GGUF file"
    _, n_tensors, n_kv = struct.unpack_from("<IQQ", data, 4)
    pos = 24

    def string(pos):
        (n,) = struct.unpack_from("<Q", data, pos)
        return data[pos + 8:pos + 8 + n].decode("utf-8"), pos + 8 + n

    sizes = {T_UINT32: 4, T_INT32: 4, T_FLOAT32: 4, T_BOOL: 1}

    def skip_value(kind, pos):
        if kind == T_STRING:
            return string(pos)[1]
        if kind == T_ARRAY:
            inner, count = struct.unpack_from("<IQ", data, pos)
            pos += 12
            for _ in range(count):
                pos = skip_value(inner, pos)
            return pos
        return pos + sizes[kind]

    for _ in range(n_kv):
        _, pos = string(pos)
        (kind,) = struct.unpack_from("<I", data, pos)
        pos = skip_value(kind, pos + 4)
    infos = []
    for _ in range(n_tensors):
        name, pos = string(pos)
        (n_dims,) = struct.unpack_from("<I", data, pos)
        dims = struct.unpack_from(f"<{n_dims}Q", data, pos + 4)
        kind, offset = struct.unpack_from("<IQ", data, pos + 4 + 8 * n_dims)
        assert kind == GGML_F32, f"{name}: only F32 tensors are read back"
        pos += 4 + 8 * n_dims + 12
        infos.append((name, tuple(reversed(dims)), offset))
    start = pos + (-pos) % ALIGNMENT
    return {name: np.frombuffer(data, dtype=np.float32, count=int(np.prod(shape)), offset=start + offset).reshape(shape).copy()
            for name, shape, offset in infos}


def llama_state_dict(tensors, layers):
    """The inverse of llama_tensors: GGUF tensor names back to the torch model's."""
    import torch
    sd = {"embed.weight": tensors["token_embd.weight"], "norm.weight": tensors["output_norm.weight"],
          "output.weight": tensors["output.weight"]}
    names = {"attn_norm": "attn_norm", "attn_q": "wq", "attn_k": "wk", "attn_v": "wv", "attn_output": "wo",
             "ffn_norm": "ffn_norm", "ffn_gate": "gate", "ffn_up": "up", "ffn_down": "down"}
    for i in range(layers):
        for gguf_name, torch_name in names.items():
            sd[f"blocks.{i}.{torch_name}.weight"] = tensors[f"blk.{i}.{gguf_name}.weight"]
    return {k: torch.from_numpy(v) for k, v in sd.items()}
