"""The tray icon drawn with QPainter: a countdown ring with the minutes left in it.

Drawn when the tray host first paints the icon (see tray_picture.py), by filling paths
with brushes: setPen(), setBrush() and QImage.fill() would load PySide's `Qt` namespace
(see qt_names.py). A ring is the area between two circles, which is what a wide pen
with flat caps draws.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import (QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath,
                           QPen)

from smallsteps_desktop.core.models import TimerState
from smallsteps_desktop.ui.tray_picture import RING_STEPS, label, ring_steps

# A dark disc carries the light number on light panels; the bright ring and a
# light rim keep the icon's shape visible on dark panels (see docs/screenshots).
DISC, RIM, TRACK, NUMBER = "#1f2a30", "#c9d1d6", "#4d5a62", "#ffffff"
RUNNING, PAUSED = "#2ec4a0", "#f0b429"  # teal ring; amber ring with pause bars
EXPIRED, EXPIRED_RIM = "#db5a10", "#7a2a00"  # a solid orange disc with "!"


def tray_image(state: TimerState, remaining_seconds: float, planned_seconds: int,
               size: int) -> QImage:
    """One square, transparent, antialiased picture of the timer at size x size pixels."""
    image = _blank(size)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    try:
        _draw(painter, size, state, remaining_seconds, planned_seconds)
    finally:
        painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def _draw(painter: QPainter, size: int, state: TimerState, remaining: float, planned: int) -> None:
    if state is TimerState.EXPIRED:
        _draw_expired(painter, size)
        return
    band, ring = _draw_dial(painter, size)
    if state is TimerState.IDLE:
        radius = size * 0.12
        dot = QRectF(size / 2 - radius, size / 2 - radius, 2 * radius, 2 * radius)
        painter.fillPath(_ellipse(dot), _solid(RIM))
        return
    steps = ring_steps(remaining, planned)
    if steps:  # clockwise from 12, in whole 1/60 turns
        painter.fillPath(_ring(band, ring, -steps * 360 / RING_STEPS),
                         _solid(RUNNING if state is TimerState.RUNNING else PAUSED))
    if state is TimerState.PAUSED:
        _draw_pause(painter, size, NUMBER)
    else:
        _draw_text(painter, size, label(remaining), NUMBER, halo=DISC)


def _draw_expired(painter: QPainter, size: int) -> None:
    """A solid orange disc with a dark edge and a white exclamation mark."""
    edge = max(1.0, size / 16)
    disc = QRectF(0, 0, size, size)
    painter.fillPath(_ellipse(disc), _solid(EXPIRED_RIM))
    painter.fillPath(_ellipse(disc.adjusted(edge, edge, -edge, -edge)), _solid(EXPIRED))
    _draw_bang(painter, size, NUMBER)


def _draw_dial(painter: QPainter, size: int) -> tuple[QRectF, float]:
    """Light rim, dark disc and the ring's empty track; returns the ring's path and width."""
    ring = max(2.0, size * 0.125)  # 2 px at 16 px, 8 px at 64 px
    rim = max(1.0, size / 16)
    outer = QRectF(0, 0, size, size).adjusted(0.5, 0.5, -0.5, -0.5)
    painter.fillPath(_ellipse(outer), _solid(RIM))
    painter.fillPath(_ellipse(outer.adjusted(rim, rim, -rim, -rim)), _solid(DISC))
    inset = rim + ring / 2
    band = outer.adjusted(inset, inset, -inset, -inset)
    painter.fillPath(_ring(band, ring, 360), _solid(TRACK))
    return band, ring


def _draw_pause(painter: QPainter, size: int, color: str) -> None:
    """Two bars on whole pixels, so they stay sharp at 16 px."""
    width, gap, height = max(2, round(size * 0.12)), max(2, round(size * 0.1)), round(size * 0.4)
    gap += (size - 2 * width - gap) % 2  # an even margin centres the bars on the pixel grid
    height += (size - height) % 2
    left, top = (size - 2 * width - gap) // 2, (size - height) // 2
    bars = QPainterPath()
    bars.addRect(QRectF(left, top, width, height))
    bars.addRect(QRectF(left + width + gap, top, width, height))
    painter.fillPath(bars, _solid(color))


def _draw_bang(painter: QPainter, size: int, color: str) -> None:
    """An exclamation mark from two rectangles on whole pixels: sharp in any font."""
    width = max(2, int(size * 0.13))
    width += (size - width) % 2
    bar, gap = round(size * 0.42), max(1, round(size * 0.1))
    left, top = (size - width) // 2, (size - bar - gap - width) // 2
    bang = QPainterPath()
    bang.addRect(QRectF(left, top, width, bar))
    bang.addRect(QRectF(left, top + bar + gap, width, width))
    painter.fillPath(bang, _solid(color))


def _draw_text(painter: QPainter, size: int, text: str, color: str, halo: str) -> None:
    """Hinted glyphs on a whole-pixel baseline, as large as the disc allows.

    drawText() uses the pen, which cannot be set (see the module docstring); so the glyphs
    are drawn once in the default black and the copies are coloured from their coverage.
    """
    font, ink = _fitted_font(text, max(9.0, size * 0.5), size * (0.62 if len(text) > 1 else 0.45))
    glyphs = _blank(size)
    ink_painter = QPainter(glyphs)
    ink_painter.setFont(font)
    ink_painter.drawText(QPointF(round(size / 2 - ink.center().x()),
                                 round(size / 2 - ink.center().y())), text)
    ink_painter.end()
    edge = _tinted(glyphs, halo)  # a dark edge keeps the digits apart from the ring
    step = max(1, round(size / 24))
    for dx, dy in ((-1, -1), (0, -1), (1, -1), (-1, 0), (1, 0), (-1, 1), (0, 1), (1, 1)):
        painter.drawImage(QPointF(dx * step, dy * step), edge)
    painter.drawImage(QPointF(0, 0), _tinted(glyphs, color))


def _tinted(glyphs: QImage, color: str) -> QImage:
    """The glyphs in one colour, with their antialiased edges."""
    tinted = glyphs.copy()
    painter = QPainter(tinted)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    whole = QPainterPath()
    whole.addRect(QRectF(tinted.rect()))
    painter.fillPath(whole, _solid(color))
    painter.end()
    return tinted


def _blank(size: int) -> QImage:
    """A transparent square: zero bytes, as QImage.fill() cannot be used here."""
    return QImage(bytes(4 * size * size), size, size,
                  QImage.Format.Format_ARGB32_Premultiplied).copy()  # copy: owns its pixels


def _solid(color: str) -> QBrush:
    """A solid brush; QBrush(QColor) would load `Qt`, a pen's brush does not."""
    pen = QPen()
    pen.setColor(QColor(color))
    return pen.brush()


def _ellipse(rect: QRectF) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(rect)
    return path


def _ring(band: QRectF, width: float, degrees: float) -> QPainterPath:
    """The part of a ring of this width around band's circle, clockwise from 12 if negative."""
    half = width / 2
    outer, inner = band.adjusted(-half, -half, half, half), band.adjusted(half, half, -half, -half)
    path = QPainterPath()
    path.arcMoveTo(outer, 90)
    path.arcTo(outer, 90, degrees)
    path.arcTo(inner, 90 + degrees, -degrees)  # back along the inner edge
    path.closeSubpath()
    return path


def _fitted_font(text: str, height: float, width: float) -> tuple[QFont, QRectF]:
    """A bold font whose ink for text fits height x width, and that ink's box."""
    font = QFont()
    font.setBold(True)
    font.setHintingPreference(QFont.HintingPreference.PreferVerticalHinting)
    if len(text) > 1:
        font.setStretch(QFont.Stretch.Condensed)
    font.setPixelSize(100)
    ink = QFontMetricsF(font).tightBoundingRect(text)
    pixels = max(6, int(100 * min(height / ink.height(), width / ink.width())) + 1)
    while True:  # hinting rounds glyph sizes: step down until the ink fits
        font.setPixelSize(pixels)
        ink = QFontMetricsF(font).tightBoundingRect(text)
        if pixels <= 6 or (ink.height() <= height and ink.width() <= width):
            return font, ink
        pixels -= 1
