"""QR codes drawn as vector rectangles (no image, no extra package)."""

from __future__ import annotations

import re
from functools import lru_cache

from reportlab.graphics.barcode import qrencoder
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

#: Characters of the QR alphanumeric mode: 5.5 bits each instead of 8, a smaller code.
ALPHANUMERIC = re.compile(r"[0-9A-Z $%*+\-./:]*")


@lru_cache(maxsize=1024)
def qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """QR modules for ``payload`` (error correction M): alphanumeric mode when every
    character allows it, else UTF-8 bytes.

    The mask pattern is fixed: choosing the "best" one costs eight trial encodings (about
    10 ms here) and every mask is valid for scanners. Cached: a case's unit and archive
    copies, and reprints, carry the same code.
    """
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    if ALPHANUMERIC.fullmatch(payload):
        code.addData(qrencoder.QRAlphaNum(payload))
    else:
        code.addData(qrencoder.QR8bitByte(payload))
    code.version = code.calculate_version()
    code.makeImpl(False, 2)
    return tuple(tuple(bool(m) for m in row) for row in code.modules)


def draw_qr(canvas: Canvas, x: float, y: float, size: float, payload: str) -> None:
    """Draw a QR code (with its 4-module quiet zone) in the square at (x, y).

    Dark runs of each row become one rectangle, written as literal PDF operators: the
    canvas path API formats every number through reportlab's slow pure-Python fp_str.
    """
    modules = qr_matrix(payload)
    n = len(modules)
    cell = size / (n + 8)
    ops = ["q 0 g"]
    for r, row in enumerate(modules):
        bottom = y + size - (r + 5) * cell
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                left = x + (start + 4) * cell
                ops.append(f"{left:.2f} {bottom:.2f} {(c - start) * cell:.2f} {cell:.2f} re")
            else:
                c += 1
    ops.append("f Q")
    canvas.addLiteral("\n".join(ops))


class QrFlowable(Flowable):  # type: ignore[misc]
    """A QR code centred in the available width."""

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.payload = payload
        self.size = size
        self._width = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._width = max(avail_width, self.size)
        return self._width, self.size

    def draw(self) -> None:
        draw_qr(self.canv, (self._width - self.size) / 2, 0, self.size, self.payload)
