"""Exports a trained checkpoint for the TypeScript runtime (src/lib/photo/doc-mask/).

    python3 scripts/doc-model/export.py [--checkpoint .scratch/doc-model-runs/main/best.pt]
        [--data .scratch/doc-model-data] [--out src/lib/photo/doc-mask]

- Folds each batch norm into the convolution before it (weight × γ/σ, bias β - μ·γ/σ).
- Quantises every weight tensor to int8 with one scale per output channel (symmetric); biases and scales stay
  float32. The layers, in the order network.ts reads them, each: int8 weights (out × in × kh × kw), float32
  scales (out), float32 biases (out), little-endian, packed back to back.
- Writes weights.ts (the bytes as base64, so Node and the browser worker load them synchronously, without a
  fetch) and parity.bin: a few validation inputs (128 × 128 RGB bytes each) followed by the probabilities
  (64 × 64 float32 each) that PyTorch computes for them with the exported, dequantised weights. The parity
  test runs the TypeScript on the same inputs.
- Prints the validation figures of the float model and of the exported one, so the cost of quantising is seen.
"""

import argparse
import base64
import gzip
import os

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from model import DocMaskNet, GRID_SIZE, INPUT_SIZE
from train import evaluate, load_shards, to_input

torch.set_num_threads(2)

# (name, module path, kind): kind 'full' a dense 3 x 3, 'dw' depthwise 3 x 3, 'pw' 1 x 1, 'linear', 'head'.
LAYERS = [("stem", "stem", "full")]
for block in ["enc1", "enc2", "enc3", "res3", "enc4", "res4"]:
    LAYERS += [(f"{block}.dw", f"{block}.dw", "dw"), (f"{block}.pw", f"{block}.pw", "pw")]
LAYERS += [("context", "context", "linear")]
for block in ["dec3", "dec2", "dec1", "dec0"]:
    LAYERS += [
        (f"{block}.up", f"{block}.up", "pw"),
        (f"{block}.skip", f"{block}.skip", "pw"),
        (f"{block}.dw", f"{block}.block.dw", "dw"),
        (f"{block}.pw", f"{block}.block.pw", "pw"),
    ]
LAYERS += [("head", "head", "head")]


def fold(module):
    """(weight, bias) of a conv + batch norm pair, or of a layer with its own bias."""
    if isinstance(module, nn.Sequential):
        conv, bn = module[0], module[1]
        s = bn.weight / torch.sqrt(bn.running_var + bn.eps)
        w = conv.weight * s[:, None, None, None]
        b = bn.bias - bn.running_mean * s
        return w.detach(), b.detach()
    return module.weight.detach(), module.bias.detach()


def quantise(w):
    flat = w.reshape(w.shape[0], -1)
    scale = flat.abs().amax(1).clamp_min(1e-12) / 127.0
    q = torch.round(flat / scale[:, None]).clamp(-127, 127).to(torch.int8)
    return q, scale


class Exported(nn.Module):
    """The network with folded, dequantised weights, written as network.ts computes it."""

    def __init__(self, params):
        super().__init__()
        self.p = params

    def conv(self, x, name, stride=1, groups=1, relu=True):
        w, b = self.p[name]
        y = F.conv2d(x, w, b, stride=stride, padding=w.shape[-1] // 2, groups=groups)
        return F.relu(y) if relu else y

    def sep(self, x, name, stride=1, residual=False):
        y = self.conv(x, f"{name}.dw", stride, groups=x.shape[1])
        y = self.conv(y, f"{name}.pw", relu=False)
        return F.relu(x + y) if residual else F.relu(y)

    def up(self, x, skip, name):
        y = F.interpolate(self.conv(x, f"{name}.up", relu=False), scale_factor=2, mode="nearest")
        y = F.relu(y + self.conv(skip, f"{name}.skip", relu=False))
        return self.sep(y, name)

    def forward(self, x):
        e0 = self.conv(x, "stem", stride=2)
        e1 = self.sep(e0, "enc1", 2)
        e2 = self.sep(e1, "enc2", 2)
        e3 = self.sep(self.sep(e2, "enc3", 2), "res3", residual=True)
        e4 = self.sep(self.sep(e3, "enc4", 2), "res4", residual=True)
        w, b = self.p["context"]
        g = F.relu(F.linear(e4.mean(dim=(2, 3)), w, b))
        e4 = e4 + g[:, :, None, None]
        d = self.up(e4, e3, "dec3")
        d = self.up(d, e2, "dec2")
        d = self.up(d, e1, "dec1")
        d = self.up(d, e0, "dec0")
        return self.conv(d, "head", relu=False)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--checkpoint", default=".scratch/doc-model-runs/main/best.pt")
    ap.add_argument("--data", default=".scratch/doc-model-data")
    ap.add_argument("--out", default="src/lib/photo/doc-mask")
    ap.add_argument("--parity", type=int, default=2)
    args = ap.parse_args()
    ck = torch.load(args.checkpoint, weights_only=False)
    model = DocMaskNet(ck.get("width", 1.0))
    model.load_state_dict(ck["model"])
    model.eval()

    blob = bytearray()
    params = {}
    manifest = []
    for name, path, kind in LAYERS:
        module = model.get_submodule(path)
        w, b = fold(module)
        if kind == "linear":
            w = w[:, :, None, None]
        q, scale = quantise(w)
        params[name] = ((q.float() * scale[:, None]).reshape(w.shape), b.float())
        if kind == "linear":
            params[name] = (params[name][0][:, :, 0, 0], params[name][1])
        blob += q.numpy().tobytes()
        blob += scale.float().numpy().astype("<f4").tobytes()
        blob += b.float().numpy().astype("<f4").tobytes()
        manifest.append((name, kind, w.shape[0], w.shape[1], w.shape[-1]))
    exported = Exported(params)

    images, masks, records = load_shards(args.data)
    val = np.array([r["seed"] % 10 == 0 for r in records])
    idx = np.nonzero(val)[0]
    vi, vm, vr = images[idx], masks[idx], [records[i] for i in idx]
    with torch.no_grad():
        x = to_input(torch.from_numpy(vi[:64]))
        diff = (model(x) - exported(x)).abs().max().item()
    print(f"checkpoint epoch {ck['epoch']}; largest logit change from folding and int8: {diff:.4f}")
    print("float   ", {k: round(v, 4) for k, v in evaluate(model, vi, vm, vr).items()})
    print("exported", {k: round(v, 4) for k, v in evaluate(exported, vi, vm, vr).items()})

    b64 = base64.b64encode(bytes(blob)).decode()
    lines = [
        "// Generated by scripts/doc-model/export.py from a trained checkpoint: do not edit by hand.",
        "// The document-mask network's weights (this project's own work; see README.md beside this file):",
        "// per layer, int8 weights, float32 per-channel scales and float32 biases, little-endian, as base64.",
        "",
        "/** Each layer in the order its bytes come: name, kind, output channels, input channels, kernel size. */",
        "export const LAYERS: ReadonlyArray<readonly [string, string, number, number, number]> = [",
    ]
    lines += [f"\t['{n}', '{k}', {o}, {i}, {s}]," for n, k, o, i, s in manifest]
    lines += [
        "];",
        "",
        f"/** {len(blob)} bytes. */",
        f"export const WEIGHTS = '{b64}';",
        "",
    ]
    text = "\n".join(lines)
    with open(os.path.join(args.out, "weights.ts"), "w") as f:
        f.write(text)
    print(
        f"weights.ts: {len(blob)} bytes of weights, {len(text)} bytes as TypeScript, "
        f"{len(gzip.compress(text.encode(), 9))} bytes gzipped"
    )

    # Parity: a composite wholly inside, a photo with no document, a cut-off composite, a scan (the first --parity).
    picks = []
    for want in ["composite", "none", "cut", "scan"]:
        for k, r in enumerate(vr):
            if k in picks:
                continue
            if (want == "cut" and r["type"] == "composite" and r.get("cutOff")) or (
                want != "cut" and r["type"] == want and not r.get("cutOff")
            ):
                picks.append(k)
                break
    picks = picks[: args.parity]
    with torch.no_grad():
        x = to_input(torch.from_numpy(vi[picks]))
        prob = torch.sigmoid(exported(x)).numpy().astype("<f4")
    with open(os.path.join(args.out, "parity.bin"), "wb") as f:
        f.write(vi[picks].tobytes())
        f.write(prob.tobytes())
    print(f"parity.bin: {len(picks)} inputs ({[vr[k]['type'] for k in picks]}), seeds {[vr[k]['seed'] for k in picks]}")


if __name__ == "__main__":
    main()
