"""Rebuilds a training checkpoint from the shipped weights (src/lib/photo/doc-mask/weights.ts), so training can go
on from them when the checkpoint that made them is gone.

    python3 scripts/doc-model/from-weights.py --data <shards> [--weights src/lib/photo/doc-mask/weights.ts]
        [--out .scratch/doc-model-runs/shipped.pt]

weights.ts holds each convolution with its batch norm folded in and quantised to int8. Each convolution gets
those weights back (dequantised); each batch norm is set so that the network computes exactly what the shipped one
computes, in training mode as well as in evaluation mode: its running mean and variance are the statistics of the
convolution's output over the samples in --data (the shipped network run on them), its scale the standard
deviation and its shift the mean plus the folded bias. A batch then normalises by about the same figures, so the
first training steps start from the shipped network's output rather than a shifted one. Prints the largest
change in the probabilities against parity.bin (PyTorch's output of the shipped weights) as a check.
"""

import argparse
import base64
import os
import re

import numpy as np
import torch
from torch import nn

from export import LAYERS, Exported
from model import DocMaskNet, channels, INPUT_SIZE, GRID_SIZE
from train import load_shards, to_input


def read_weights(path):
    text = open(path).read()
    manifest = [
        (n, k, int(o), int(i), int(s))
        for n, k, o, i, s in re.findall(r"\['([\w.]+)', '(\w+)', (\d+), (\d+), (\d+)\]", text)
    ]
    blob = base64.b64decode(re.search(r"WEIGHTS =\s*'([^']+)'", text).group(1))
    params, at = {}, 0
    for name, kind, out, cin, k in manifest:
        n = out * cin * k * k
        q = np.frombuffer(blob, np.int8, n, at).astype(np.float32).reshape(out, cin, k, k)
        at += n
        scale = np.frombuffer(blob, "<f4", out, at)
        at += 4 * out
        bias = np.frombuffer(blob, "<f4", out, at).copy()
        at += 4 * out
        params[name] = (torch.from_numpy(q * scale[:, None, None, None]), torch.from_numpy(bias))
    assert at == len(blob), f"{len(blob) - at} bytes of weights left over"
    return manifest, params


def width_of(manifest):
    stem = manifest[0][2]
    for w in (1.0, 1.5, 2.0, 2.5, 3.0):
        if channels(w)[0] == stem and channels(w)[4] == dict((m[0], m[2]) for m in manifest)["enc4.pw"]:
            return w
    raise ValueError("no width gives these channel counts")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weights", default="src/lib/photo/doc-mask/weights.ts")
    ap.add_argument("--data", required=True)
    ap.add_argument("--out", default=".scratch/doc-model-runs/shipped.pt")
    ap.add_argument("--samples", type=int, default=512)
    args = ap.parse_args()
    manifest, params = read_weights(args.weights)
    width = width_of(manifest)
    model = DocMaskNet(width)
    paths = {name: path for name, path, _ in LAYERS}
    with torch.no_grad():
        for name, kind, *_ in manifest:
            module = model.get_submodule(paths[name])
            w, b = params[name]
            if isinstance(module, nn.Sequential):
                conv, bn = module[0], module[1]
                conv.weight.copy_(w)
                bn.weight.fill_(1.0)
                bn.bias.copy_(b)
                bn.running_mean.zero_()
                bn.running_var.fill_(1.0 - bn.eps)
            elif kind == "linear":
                module.weight.copy_(w[:, :, 0, 0])
                module.bias.copy_(b)
            else:
                module.weight.copy_(w)
                module.bias.copy_(b)
    model.eval()

    # The network now computes the shipped one exactly; measure each convolution's output over real samples.
    images, _, _ = load_shards(args.data)
    pick = np.random.default_rng(0).choice(len(images), min(args.samples, len(images)), replace=False)
    x = to_input(torch.from_numpy(images[np.sort(pick)]))
    stats = {}

    def hook(name):
        def record(_module, _inputs, out):
            stats[name] = (out.mean(dim=(0, 2, 3)), out.var(dim=(0, 2, 3), unbiased=False))

        return record

    handles = []
    for name, _, _ in LAYERS:
        module = model.get_submodule(paths[name])
        if isinstance(module, nn.Sequential):
            handles.append(module[0].register_forward_hook(hook(name)))
    with torch.no_grad():
        before = torch.sigmoid(model(x))
    for h in handles:
        h.remove()
    with torch.no_grad():
        for name, (mean, var) in stats.items():
            bn = model.get_submodule(paths[name])[1]
            bn.running_mean.copy_(mean)
            bn.running_var.copy_(var)
            bn.weight.copy_(torch.sqrt(var + bn.eps))
            bn.bias.add_(mean)
        after_eval = torch.sigmoid(model(x))
        model.train()
        after_train = torch.sigmoid(model(x))
        model.eval()
    print(f"width {width}; {len(x)} samples measured")
    print(f"eval mode, largest probability change: {(after_eval - before).abs().max().item():.2e}")
    print(f"train mode (batch statistics), largest change: {(after_train - before).abs().max().item():.3f}, "
          f"mean {(after_train - before).abs().mean().item():.4f}")

    parity = os.path.join(os.path.dirname(args.weights), "parity.bin")
    if os.path.exists(parity):
        raw = np.fromfile(parity, np.uint8)
        one = INPUT_SIZE * INPUT_SIZE * 3 + GRID_SIZE * GRID_SIZE * 4
        n = len(raw) // one
        inputs = raw[: n * INPUT_SIZE * INPUT_SIZE * 3].reshape(n, INPUT_SIZE, INPUT_SIZE, 3)
        want = np.frombuffer(raw[n * INPUT_SIZE * INPUT_SIZE * 3 :].tobytes(), "<f4").reshape(n, 1, GRID_SIZE, GRID_SIZE)
        with torch.no_grad():
            got = torch.sigmoid(model(to_input(torch.from_numpy(inputs.copy())))).numpy()
        print(f"parity.bin: largest change against the shipped probabilities {np.abs(got - want).max():.2e}")
    os.makedirs(os.path.dirname(args.out) or ".", exist_ok=True)
    torch.save({"model": model.state_dict(), "epoch": -1, "epochs": None, "width": width}, args.out)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
