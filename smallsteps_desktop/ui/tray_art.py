"""The tray icon drawn with QPainter: a countdown ring with the minutes left in it.

It is part of the first paint, so it is drawn by filling paths with brushes: setPen(),
setBrush() and QImage.fill() would load PySide's `Qt` namespace (see qt_names.py). A
ring is the area between two circles, which is what a wide pen with flat caps draws.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, QSize
from PySide6.QtGui import (QBrush, QColor, QFont, QFontMetricsF, QIcon, QIconEngine, QImage,
                           QPainter, QPainterPath, QPen, QPixmap)

from smallsteps_desktop.core.models import TimerState

ICON_SIZES = (16, 22, 24, 32, 48, 64)
RING_STEPS = 60  # the ring moves in 1/60 steps: 5 s of a 5-minute timebox
MAX_MINUTES_SHOWN = 99  # above this the number counts hours ("3h"): two glyphs fit

# A dark disc carries the light number on light panels; the bright ring and a
# light rim keep the icon's shape visible on dark panels (see docs/screenshots).
DISC, RIM, TRACK, NUMBER = "#1f2a30", "#c9d1d6", "#4d5a62", "#ffffff"
RUNNING, PAUSED = "#2ec4a0", "#f0b429"  # teal ring; amber ring with pause bars
EXPIRED, EXPIRED_RIM = "#db5a10", "#7a2a00"  # a solid orange disc with "!"


def minutes_left(remaining_seconds: float) -> int:
    """Whole minutes left, rounded up like a kitchen timer: 4:01 -> 5, 0:30 -> 1."""
    return max(0, math.ceil(round(remaining_seconds, 6) / 60))


def ring_steps(remaining_seconds: float, planned_seconds: int) -> int:
    """How many of RING_STEPS ring segments are still lit (rounded up: full at the start)."""
    if planned_seconds <= 0:
        return 0
    share = round(remaining_seconds, 6) * RING_STEPS / planned_seconds
    return min(RING_STEPS, max(0, math.ceil(round(share, 6))))


def label(remaining_seconds: float) -> str:
    """The text drawn into the ring: minutes, or hours when more than two digits."""
    minutes = minutes_left(remaining_seconds)
    if minutes <= MAX_MINUTES_SHOWN:
        return str(minutes)
    hours = math.ceil(minutes / 60)
    return QCoreApplication.translate("TrayArt", "{hours}h").format(hours=hours)


def image_key(state: TimerState, remaining_seconds: float, planned_seconds: int) -> tuple:
    """Everything the drawing depends on; equal keys mean equal images."""
    if state is TimerState.IDLE or state is TimerState.EXPIRED:
        return (state,)
    steps = ring_steps(remaining_seconds, planned_seconds)
    if state is TimerState.PAUSED:
        return (state, steps)
    return (state, steps, label(remaining_seconds))


def next_change_ms(state: TimerState, remaining_seconds: float, planned_seconds: int) -> int | None:
    """Milliseconds until the drawn image changes by itself; None if it never does."""
    if state is not TimerState.RUNNING:
        return None
    remaining = round(remaining_seconds, 6)
    if remaining <= 0:  # not a real running state: timebox.state() calls this expired
        return None
    minutes = minutes_left(remaining)
    if minutes > MAX_MINUTES_SHOWN:  # the hour label changes at whole hours or at 99 min
        label_at = max((math.ceil(minutes / 60) - 1) * 3600, MAX_MINUTES_SHOWN * 60)
    else:
        label_at = (minutes - 1) * 60
    steps = ring_steps(remaining, planned_seconds)
    ring_at = (steps - 1) * planned_seconds / RING_STEPS if steps else 0.0
    wait = remaining - max(label_at, ring_at, 0.0)
    return max(1, math.ceil(round(wait * 1000, 3)))


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


def tray_icon(state: TimerState, remaining_seconds: float, planned_seconds: int) -> QIcon:
    """The icon at every size a tray host may ask for, each drawn when first asked for."""
    return QIcon(_TimerIconEngine((state, remaining_seconds, planned_seconds)))


class _TimerIconEngine(QIconEngine):
    """Draws one timer picture at the sizes the tray host asks for, each once.

    An X11 tray paints a single size, and a new picture comes every minute or so: drawing
    all of ICON_SIZES up front spent 4 ms of the first paint on pictures nobody saw.
    """

    def __init__(self, picture: tuple[TimerState, float, int]) -> None:
        super().__init__()
        self._picture = picture
        self._drawn: dict[tuple[int, float], QPixmap] = {}  # by device pixels and scale

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        """A square as large as fits size, sharp on screens that scale by scale."""
        key = (max(1, round(min(size.width(), size.height()) * scale)), scale)
        if key not in self._drawn:
            pixmap = QPixmap.fromImage(tray_image(*self._picture, key[0]))
            pixmap.setDevicePixelRatio(scale)
            self._drawn[key] = pixmap
        return self._drawn[key]

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        side = min(rect.width(), rect.height())  # centred: a tray slot may not be square
        scale = painter.device().devicePixelRatioF()
        pixmap = self.scaledPixmap(QSize(side, side), mode, state, scale)
        painter.drawPixmap(QRectF(rect.x() + (rect.width() - side) / 2,
                                  rect.y() + (rect.height() - side) / 2, side, side),
                           pixmap, QRectF(pixmap.rect()))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def availableSizes(self, mode: QIcon.Mode, state: QIcon.State) -> list[QSize]:
        return [QSize(size, size) for size in ICON_SIZES]

    def clone(self) -> QIconEngine:
        return _TimerIconEngine(self._picture)


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
