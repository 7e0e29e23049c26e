"""The document-mask network, shared by train.py and export.py.

A small encoder-decoder: a full 3 x 3 stem, then depthwise-separable blocks down to 4 x 4 (stride 32) with a
global context vector, and a decoder that adds each upsampled level to a 1 x 1 projection of the encoder's
level of the same size (U-Net, by sum rather than concatenation: cheaper, same reach). Input 3 x 128 x 128
(RGB / 255 - 0.5), output 1 x 64 x 64 logits. Every convolution is followed by batch norm, which export.py
folds into the convolution; the TypeScript runtime (src/lib/photo/doc-mask/network.ts) mirrors this file
layer by layer, so a change here is a change there.
"""

import torch
from torch import nn
import torch.nn.functional as F

INPUT_SIZE = 128
GRID_SIZE = 64


def conv_bn(cin, cout, k=1, stride=1, groups=1):
    return nn.Sequential(
        nn.Conv2d(cin, cout, k, stride=stride, padding=k // 2, groups=groups, bias=False),
        nn.BatchNorm2d(cout),
    )


class Separable(nn.Module):
    """Depthwise 3 x 3 (stride 1 or 2) + ReLU, then pointwise 1 x 1; ReLU after, or a residual sum then ReLU."""

    def __init__(self, cin, cout, stride=1, residual=False):
        super().__init__()
        self.dw = conv_bn(cin, cin, 3, stride, groups=cin)
        self.pw = conv_bn(cin, cout)
        self.residual = residual

    def forward(self, x):
        y = self.pw(F.relu(self.dw(x)))
        return F.relu(x + y) if self.residual else F.relu(y)


class Up(nn.Module):
    """Decoder level: 1 x 1 of the coarser level, upsampled (nearest) and added to a 1 x 1 of the skip, ReLU,
    then a separable block."""

    def __init__(self, cin, cskip, cout):
        super().__init__()
        self.up = conv_bn(cin, cout)
        self.skip = conv_bn(cskip, cout)
        self.block = Separable(cout, cout)

    def forward(self, x, skip):
        # A 1 x 1 convolution commutes with nearest upsampling: run it on the coarse grid, a quarter of the work.
        y = F.interpolate(self.up(x), scale_factor=2, mode="nearest") + self.skip(skip)
        return self.block(F.relu(y))


# Channels of each level at width 1: stem, the four encoder levels, then the decoder's four levels.
WIDTHS = (16, 32, 48, 64, 96, 64, 48, 24, 8)


def channels(width):
    """The channel counts at a width multiplier (rounded to a multiple of 4, which the runtime's 1 x 1 loop reads
    four at a time)."""
    return tuple(max(4, int(round(c * width / 4)) * 4) for c in WIDTHS)


class DocMaskNet(nn.Module):
    def __init__(self, width=1.0):
        super().__init__()
        s, c1, c2, c3, c4, d3, d2, d1, d0 = channels(width)
        self.width = width
        self.stem = conv_bn(3, s, 3, 2)  # s @ 64
        self.enc1 = Separable(s, c1, 2)  # @ 32
        self.enc2 = Separable(c1, c2, 2)  # @ 16
        self.enc3 = Separable(c2, c3, 2)  # @ 8
        self.res3 = Separable(c3, c3, residual=True)
        self.enc4 = Separable(c3, c4, 2)  # @ 4
        self.res4 = Separable(c4, c4, residual=True)
        self.context = nn.Linear(c4, c4)
        self.dec3 = Up(c4, c3, d3)  # @ 8
        self.dec2 = Up(d3, c2, d2)  # @ 16
        self.dec1 = Up(d2, c1, d1)  # @ 32
        self.dec0 = Up(d1, s, d0)  # @ 64
        self.head = nn.Conv2d(d0, 1, 1)

    def forward(self, x):
        e0 = F.relu(self.stem(x))
        e1 = self.enc1(e0)
        e2 = self.enc2(e1)
        e3 = self.res3(self.enc3(e2))
        e4 = self.res4(self.enc4(e3))
        # The whole picture's summary, added everywhere: which rectangle is *the* document is a global question.
        g = F.relu(self.context(e4.mean(dim=(2, 3))))
        e4 = e4 + g[:, :, None, None]
        d3 = self.dec3(e4, e3)
        d2 = self.dec2(d3, e2)
        d1 = self.dec1(d2, e1)
        d0 = self.dec0(d1, e0)
        return self.head(d0)


def widen(narrow, width):
    """A wider network that computes exactly what `narrow` computes: each of its tensors is copied into the leading
    channels; the new channels get the usual random start for what flows into them and zero for what flows out of
    them (a weight's input-channel axis), so they change nothing until training gives them a use (Net2Net's
    idea, with zeros instead of copies)."""
    wide = DocMaskNet(width)
    state = wide.state_dict()
    for name, small in narrow.state_dict().items():
        big = state[name]
        if small.dim() == 0:
            big.copy_(small)
            continue
        if small.dim() >= 2 and small.shape[1] > 1:
            big[:, small.shape[1] :].zero_()
        big[tuple(slice(0, n) for n in small.shape)].copy_(small)
    wide.load_state_dict(state)
    return wide
