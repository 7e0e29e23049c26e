"""Trains the document-mask network (model.py) on the shards export-data.ts writes.

    python3 scripts/doc-model/train.py [--data .scratch/doc-model-data] [--run .scratch/doc-model-runs/main]
        [--epochs 16] [--batch 64] [--lr 3e-3] [--steps-per-epoch 0] [--resume <checkpoint>] [--minutes 0]
        [--check <folder>] [--blur 0] [--width 1] [--widen <checkpoint>] [--threads 1]

CPU only: one thread (a step of this small network is faster on one thread than on two; a second process, a
data export or a second run, can use the other core). Samples whose seed ends in 0 are the validation split (never
trained on). Shards added to --data while it runs join at the next epoch. Each epoch writes <run>/last.pt and, when validation IoU improves, <run>/best.pt, and logs one line
of figures: mean IoU on documents, boundary error (the worst distance between the true and the predicted
outline, as a share of the grid's diagonal: the mask's analogue of the finder's worst-corner error), and how
often a photo with no document stays empty and a scan fills the grid; the same IoU for the samples made large
and shrunk (export-data.ts --scale), and, with --check, every figure again on a folder of shards never trained
on (e.g. composites on background photos kept out of training: how the model meets surfaces it has not seen).
Every epoch's checkpoint is kept too, as <run>/epochNNN.pt.
"""

import argparse
import glob
import json
import math
import os
import time

import numpy as np
import torch
import torch.nn.functional as F
from scipy import ndimage

from model import DocMaskNet, GRID_SIZE, INPUT_SIZE, widen

LEFT_OUT = {"docal_run_test_card"}


def load_shards(folder):
    images, masks, records = [], [], []
    for img in sorted(glob.glob(os.path.join(folder, "*.img"))):
        base = img[: -len(".img")]
        recs = [json.loads(line) for line in open(base + ".json") if line.strip()]
        n = len(recs)
        images.append(np.fromfile(img, np.uint8).reshape(n, INPUT_SIZE, INPUT_SIZE, 3))
        masks.append(np.fromfile(base + ".mask", np.uint8).reshape(n, GRID_SIZE, GRID_SIZE))
        records.extend(recs)
    images, masks = np.concatenate(images), np.concatenate(masks)
    # Samples made from a document left out of training since (see LEFT_OUT in export-data.ts) are dropped.
    keep = np.array([r.get("document") not in LEFT_OUT for r in records])
    return images[keep], masks[keep], [r for r, k in zip(records, keep) if k]


def to_input(images_u8):
    """N x H x W x 3 bytes to the network's N x 3 x H x W floats (stored channels last: about twice as fast on
    the CPU for these small convolutions)."""
    x = images_u8.permute(0, 3, 1, 2).float().div_(255.0).sub_(0.5)
    return x.contiguous(memory_format=torch.channels_last)


def blur(v, gen, share):
    """A Gaussian blur of sigma 0.5-1.5 input pixels on about `share` of the pictures (a soft focus, a shaken
    hand, a small photo enlarged): the edges the model leans on are then not always crisp."""
    n = v.shape[0]
    chosen = torch.rand(n, generator=gen) < share
    if not chosen.any():
        return v
    sigma = 0.5 + torch.rand(1, generator=gen).item()
    t = torch.arange(-2, 3, dtype=torch.float32)
    k = torch.exp(-(t**2) / (2 * sigma**2))
    k = k / k.sum()
    sub = v[chosen]
    c = sub.shape[1]
    sub = F.conv2d(F.pad(sub, (2, 2, 0, 0), mode="replicate"), k.view(1, 1, 1, 5).repeat(c, 1, 1, 1), groups=c)
    sub = F.conv2d(F.pad(sub, (0, 0, 2, 2), mode="replicate"), k.view(1, 1, 5, 1).repeat(c, 1, 1, 1), groups=c)
    v = v.clone()
    v[chosen] = sub
    return v


def augment(x, y, gen, blur_share=0.0):
    """Geometry (flips, quarter turns: the mask moves with the picture) and light (gain, contrast, colour
    cast, saturation, gamma, noise; a blur on `blur_share` of them). x: N x 3 x H x W in [-0.5, 0.5];
    y: N x 1 x h x w."""
    n = x.shape[0]
    if torch.rand(1, generator=gen).item() < 0.5:
        x, y = x.flip(3), y.flip(3)
    if torch.rand(1, generator=gen).item() < 0.5:
        x, y = x.flip(2), y.flip(2)
    if torch.rand(1, generator=gen).item() < 0.5:
        x, y = x.transpose(2, 3), y.transpose(2, 3)
    v = x + 0.5
    r = lambda *shape: torch.rand(*shape, generator=gen)
    gray = v.mean(1, keepdim=True)
    sat = 0.4 + 1.0 * r(n, 1, 1, 1)
    v = gray + (v - gray) * sat
    mean = v.mean((1, 2, 3), keepdim=True)
    v = mean + (v - mean) * (0.6 + 0.8 * r(n, 1, 1, 1))
    v = v * (0.6 + 0.8 * r(n, 1, 1, 1)) * (0.85 + 0.3 * r(n, 3, 1, 1))
    v = v.clamp(0, 1) ** (0.7 + 0.6 * r(n, 1, 1, 1))
    if blur_share:
        v = blur(v, gen, blur_share)
    v = v + torch.randn(v.shape, generator=gen) * (0.03 * r(n, 1, 1, 1))
    return v.clamp(0, 1) - 0.5, y


def loss_fn(logits, target):
    bce = F.binary_cross_entropy_with_logits(logits, target)
    p = torch.sigmoid(logits)
    dice = 1 - (2 * (p * target).sum() + 1) / (p.sum() + target.sum() + 1)
    return bce + 0.5 * dice


def outline(mask):
    return mask & ~ndimage.binary_erosion(mask, border_value=0)


def boundary_error(pred, truth):
    """Largest distance (in cells) from either outline to the other, over the grid's diagonal; 1 when one is empty."""
    if not pred.any() or not truth.any():
        return 1.0
    a, b = outline(pred), outline(truth)
    da = ndimage.distance_transform_edt(~b)[a].max()
    db = ndimage.distance_transform_edt(~a)[b].max()
    return max(da, db) / math.hypot(GRID_SIZE, GRID_SIZE)


def made_large(seed):
    """Seeds export-data.ts gives samples made with --scale above 1 (500,000 past each base)."""
    return 1_500_000 <= seed < 2_000_000 or seed >= 2_500_000


def describe(m):
    return (
        f"IoU {m['iou']:.3f} (p10 {m['iou_p10']:.3f}, cut-off {m['iou_cut']:.3f}, made large {m['iou_large']:.3f}) "
        f"boundary ≤3 % {m['bound3']:.3f} ≤5 % {m['bound5']:.3f} median {100 * m['bound_median']:.1f} % "
        f"empty right {m['empty_right']:.3f} scan right {m['scan_right']:.3f}"
    )


def evaluate(model, images, masks, records, batch=128):
    model.eval()
    ious, bounds, negatives, scans, cut_ious, large_ious = [], [], [], [], [], []
    loss_sum = 0.0
    with torch.no_grad():
        for s in range(0, len(images), batch):
            x = to_input(torch.from_numpy(images[s : s + batch]))
            t = torch.from_numpy(masks[s : s + batch]).float().div(255).unsqueeze(1)
            logits = model(x)
            loss_sum += loss_fn(logits, t).item() * len(x)
            p = (torch.sigmoid(logits) >= 0.5).squeeze(1).numpy()
            tb = (t >= 0.5).squeeze(1).numpy()
            for k in range(len(x)):
                rec = records[s + k]
                inter = (p[k] & tb[k]).sum()
                union = (p[k] | tb[k]).sum()
                if rec["type"] == "none":
                    negatives.append(p[k].mean() < 0.02)
                elif rec["type"] == "scan":
                    scans.append(p[k].mean() > 0.95)
                else:
                    iou = inter / max(1, union)
                    ious.append(iou)
                    if made_large(rec["seed"]):
                        large_ious.append(iou)
                    if rec.get("cutOff"):
                        cut_ious.append(iou)
                    else:
                        bounds.append(boundary_error(p[k], tb[k]))
    model.train()
    bounds = np.array(bounds)
    return {
        "loss": loss_sum / len(images),
        "iou": float(np.mean(ious)),
        "iou_cut": float(np.mean(cut_ious)) if cut_ious else float("nan"),
        "iou_large": float(np.mean(large_ious)) if large_ious else float("nan"),
        "iou_p10": float(np.percentile(ious, 10)),
        "bound3": float((bounds <= 0.03).mean()),
        "bound5": float((bounds <= 0.05).mean()),
        "bound_median": float(np.median(bounds)),
        "empty_right": float(np.mean(negatives)) if negatives else float("nan"),
        "scan_right": float(np.mean(scans)) if scans else float("nan"),
        "n": len(images),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=".scratch/doc-model-data")
    ap.add_argument("--run", default=".scratch/doc-model-runs/main")
    ap.add_argument("--epochs", type=int, default=16)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--lr", type=float, default=3e-3)
    ap.add_argument("--steps-per-epoch", type=int, default=0, help="0: one pass over the data there at the start")
    ap.add_argument("--resume", default="")
    ap.add_argument(
        "--minutes", type=float, default=0, help="train for this long, the learning rate following the clock (0: by epochs)"
    )
    ap.add_argument("--check", default="", help="a folder of shards never trained on, scored whole every epoch")
    ap.add_argument("--blur", type=float, default=0.0, help="share of training pictures blurred on the fly")
    ap.add_argument("--width", type=float, default=1.0, help="channel multiplier of the network (model.py)")
    ap.add_argument(
        "--widen", default="", help="start from this checkpoint's network, widened to --width without changing its output"
    )
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    os.makedirs(args.run, exist_ok=True)
    data = {}

    def load():
        """(Re)reads the shards; new shards written while training runs join at the next epoch."""
        shards = sorted(glob.glob(os.path.join(args.data, "*.img")))
        if data.get("shards") == shards:
            return
        images, masks, records = load_shards(args.data)
        val = np.array([r["seed"] % 10 == 0 for r in records])
        val_idx = np.nonzero(val)[0]
        data.update(
            shards=shards,
            images=images,
            masks=masks,
            train_idx=np.nonzero(~val)[0],
            val_images=images[val_idx],
            val_masks=masks[val_idx],
            val_records=[records[i] for i in val_idx],
        )
        print(f"{len(data['train_idx'])} training samples, {len(val_idx)} validation samples, {len(shards)} shards", flush=True)

    load()
    check = {}

    def load_check():
        """The --check shards, reread when the folder changes (it may be filled while training runs)."""
        shards = sorted(glob.glob(os.path.join(args.check, "*.img"))) if args.check else []
        if shards and check.get("shards") != shards:
            check.update(shards=shards, data=load_shards(args.check))
            print(f"{len(check['data'][0])} check samples in {args.check}", flush=True)
        return check.get("data")

    torch.manual_seed(0)
    if args.widen:
        narrow = DocMaskNet(torch.load(args.widen, weights_only=False).get("width", 1.0))
        narrow.load_state_dict(torch.load(args.widen, weights_only=False)["model"])
        model = widen(narrow, args.width)
        print(f"widened {args.widen} to width {args.width}", flush=True)
    else:
        model = DocMaskNet(args.width)
    model = model.to(memory_format=torch.channels_last)
    start_epoch = 0
    best = -1.0
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=1e-4)
    # Steps per epoch are fixed by the data there at the start, so the schedule holds when shards are added.
    steps_per_epoch = args.steps_per_epoch or len(data["train_idx"]) // args.batch
    total = steps_per_epoch * args.epochs
    if args.minutes:
        # A schedule by the clock: warm up over the first 5 % of the time, then a cosine to 0 at the end, however
        # busy the shared machine is.
        began_at = time.time()

        def by_clock(_step):
            f = min(1.0, (time.time() - began_at) / (args.minutes * 60))
            return f / 0.05 if f < 0.05 else 0.5 * (1 + math.cos(math.pi * (f - 0.05) / 0.95)) + 1e-3

        sched = torch.optim.lr_scheduler.LambdaLR(opt, by_clock)
    else:
        sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=args.lr, total_steps=total, pct_start=0.1)
    if args.resume:
        ck = torch.load(args.resume, weights_only=False)
        model.load_state_dict(ck["model"])
        if ck.get("epochs") == args.epochs and "opt" in ck:
            opt.load_state_dict(ck["opt"])
            sched.load_state_dict(ck["sched"])
            start_epoch = ck["epoch"] + 1
            best = ck.get("best", -1.0)
        print(f"resumed from {args.resume} at epoch {start_epoch}", flush=True)
    gen = torch.Generator().manual_seed(1234 + start_epoch)
    rng = np.random.default_rng(1234 + start_epoch)
    began = time.time()
    for epoch in range(start_epoch, args.epochs):
        t0 = time.time()
        load()
        images, masks = data["images"], data["masks"]
        passes = math.ceil(steps_per_epoch * args.batch / len(data["train_idx"]))
        order = np.concatenate([rng.permutation(data["train_idx"]) for _ in range(passes)])
        run_loss = 0.0
        for step in range(steps_per_epoch):
            idx = np.sort(order[step * args.batch : (step + 1) * args.batch])
            x = to_input(torch.from_numpy(images[idx]))
            y = torch.from_numpy(masks[idx]).float().div_(255).unsqueeze(1)
            x, y = augment(x, y, gen, args.blur)
            x = x.contiguous(memory_format=torch.channels_last)
            loss = loss_fn(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            run_loss += loss.item()
            if args.minutes and time.time() - began > args.minutes * 60:
                steps_per_epoch = step + 1
                break
            if step % 50 == 49:
                print(f"  epoch {epoch} step {step + 1}/{steps_per_epoch} loss {run_loss / (step + 1):.4f}", flush=True)
        m = evaluate(model, data["val_images"], data["val_masks"], data["val_records"])
        checking = load_check()
        c = evaluate(model, *checking) if checking else None
        ck = {
            "model": model.state_dict(),
            "opt": opt.state_dict(),
            "sched": sched.state_dict(),
            "epoch": epoch,
            "epochs": args.epochs,
            "metrics": m,
            "check": c,
            "best": max(best, m["iou"]),
            "width": args.width,
        }
        torch.save(ck, os.path.join(args.run, "last.pt"))
        torch.save(ck, os.path.join(args.run, f"epoch{epoch:03d}.pt"))
        if m["iou"] > best:
            best = m["iou"]
            torch.save(ck, os.path.join(args.run, "best.pt"))
        print(
            f"epoch {epoch} train loss {run_loss / steps_per_epoch:.4f} val loss {m['loss']:.4f} {describe(m)} "
            f"lr {sched.get_last_lr()[0]:.5f} {time.time() - t0:.0f} s",
            flush=True,
        )
        if c:
            print(f"  check: loss {c['loss']:.4f} {describe(c)}", flush=True)
        if args.minutes and time.time() - began > args.minutes * 60:
            print("time budget reached", flush=True)
            break


if __name__ == "__main__":
    main()
