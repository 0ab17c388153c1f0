"""What the tray picture shows and when it changes, and the icon that draws it on demand."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QIcon, QIconEngine, QPixmap

from smallsteps_desktop.core.models import TimerState

if TYPE_CHECKING:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QPainter

ICON_SIZES = (16, 22, 24, 32, 48, 64)
RING_STEPS = 60  # the ring moves in 1/60 steps: 5 s of a 5-minute timebox
MAX_MINUTES_SHOWN = 99  # above this the number counts hours ("3h"): two glyphs fit


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


def tray_icon(state: TimerState, remaining_seconds: float, planned_seconds: int) -> QIcon:
    """The icon at every size a tray host may ask for, each drawn when first asked for."""
    return QIcon(_TimerIconEngine((state, remaining_seconds, planned_seconds)))


class _TimerIconEngine(QIconEngine):
    """Draws one timer picture at the sizes the tray host asks for, each once.

    An X11 tray paints a single size, and a new picture comes every minute or so: drawing
    all of ICON_SIZES up front spent 4 ms of the first paint on pictures nobody saw. The
    drawing code (tray_art.py) and its Qt classes load when the host first paints.
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
            from smallsteps_desktop.ui import tray_art  # QPainter & co.: at the first paint

            pixmap = QPixmap.fromImage(tray_art.tray_image(*self._picture, key[0]))
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
