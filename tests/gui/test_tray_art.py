"""The tray picture: readable states, the minute number, contrast, and when it changes."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPainter

from smallsteps_desktop.core.models import TimerState
from smallsteps_desktop.ui import tray_art
from smallsteps_desktop.ui.tray_art import tray_image
from smallsteps_desktop.ui.tray_picture import (ICON_SIZES, image_key, label, next_change_ms,
                                                tray_icon)

IDLE, RUNNING, PAUSED, EXPIRED = (TimerState.IDLE, TimerState.RUNNING, TimerState.PAUSED,
                                  TimerState.EXPIRED)
STATES = [(IDLE, 300, 300), (RUNNING, 150, 300), (PAUSED, 150, 300), (EXPIRED, 0, 300)]
WHITE, NEAR_BLACK = QColor("#ffffff"), QColor("#1c1c1c")


def pixels(image: QImage) -> list[int]:
    return [image.pixel(x, y) for y in range(image.height()) for x in range(image.width())]


def share_differing(a: QImage, b: QImage) -> float:
    """Share of pixels whose colour differs clearly between two images of one size."""
    def far(p: int, q: int) -> bool:
        return max(abs(((p >> s) & 255) - ((q >> s) & 255)) for s in (0, 8, 16, 24)) > 48
    both = list(zip(pixels(a), pixels(b)))
    return sum(far(p, q) for p, q in both) / len(both)


def on_background(image: QImage, color: QColor) -> QImage:
    panel = QImage(image.size(), QImage.Format.Format_ARGB32)
    panel.fill(color)
    painter = QPainter(panel)
    painter.drawImage(0, 0, image)
    painter.end()
    return panel


def luminance(color: QColor) -> float:
    """Relative luminance as WCAG defines it."""
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * linear(color.red()) + 0.7152 * linear(color.green()) + 0.0722 * linear(color.blue())


def contrast(a: float, b: float) -> float:
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


@pytest.mark.parametrize("size", [16, 22, 32])
@pytest.mark.parametrize("state, remaining, planned", STATES)
def test_images_are_square_transparent_and_drawn(qapp, state, remaining, planned, size):
    image = tray_image(state, remaining, planned, size)
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    alphas = [QColor.fromRgba(p).alpha() for p in pixels(image)]
    assert alphas[0] == 0, "the corners stay transparent: the icon is round"
    assert sum(a > 200 for a in alphas) / len(alphas) > 0.6


@pytest.mark.parametrize("size", [16, 22])
def test_the_four_states_look_different(qapp, size):
    images = {state: tray_image(state, remaining, planned, size)
              for state, remaining, planned in STATES}
    for (one, a), (other, b) in itertools.combinations(images.items(), 2):
        assert share_differing(a, b) > 0.08, f"{one} and {other} look alike at {size} px"


def test_the_number_is_the_whole_minutes_left_rounded_up():
    assert [label(s) for s in (300, 299, 241, 240, 239, 61, 60, 30, 0.2)] == [
        "5", "5", "5", "4", "4", "2", "1", "1", "1"]
    assert label(99 * 60) == "99" and label(99 * 60 + 1) == "2h"


@pytest.mark.parametrize("size", [16, 22])
def test_the_drawn_number_changes_from_5_to_4(qapp, size):
    # A long timebox keeps the ring the same, so only the number can differ.
    five = tray_image(RUNNING, 299, 6000, size)
    assert pixels(five) == pixels(tray_image(RUNNING, 241, 6000, size))
    four = tray_image(RUNNING, 239, 6000, size)
    assert share_differing(five, four) > 0.04


def test_the_ring_shrinks_as_time_passes(qapp):
    full, half = tray_image(RUNNING, 300, 300, 32), tray_image(RUNNING, 150, 300, 32)
    assert share_differing(full, half) > 0.1


@pytest.mark.parametrize("background", [WHITE, NEAR_BLACK], ids=["light", "dark"])
@pytest.mark.parametrize("size", [16, 22])
@pytest.mark.parametrize("state, remaining, planned", STATES)
def test_the_icon_stands_out_on_light_and_dark_panels(qapp, state, remaining, planned, size,
                                                      background):
    panel = on_background(tray_image(state, remaining, planned, size), background)
    behind = luminance(background)
    strong = [contrast(luminance(QColor.fromRgb(p)), behind) >= 3.0 for p in pixels(panel)]
    assert sum(strong) / len(strong) >= 0.2, "less than a fifth of the icon stands out"


def test_the_icon_holds_every_size_a_tray_may_ask_for(qapp):
    icon = tray_icon(RUNNING, 200, 300)
    assert sorted(s.width() for s in icon.availableSizes()) == list(ICON_SIZES)
    assert 16 in ICON_SIZES and 22 in ICON_SIZES
    for size in ICON_SIZES:
        image = icon.pixmap(QSize(size, size)).toImage().convertToFormat(QImage.Format.Format_ARGB32)
        assert pixels(image) == pixels(tray_image(RUNNING, 200, 300, size))


def test_the_icon_draws_only_the_sizes_asked_for_and_each_once(qapp, monkeypatch):
    drawn: list[int] = []

    def counted(state, remaining, planned, size):
        drawn.append(size)
        return tray_image(state, remaining, planned, size)

    monkeypatch.setattr(tray_art, "tray_image", counted)
    icon = tray_icon(PAUSED, 150, 300)
    assert drawn == []
    icon.pixmap(QSize(22, 22))
    icon.pixmap(QSize(22, 22))
    assert drawn == [22]
    copy = QIcon(icon)  # a copy shares the drawn pictures
    copy.pixmap(QSize(22, 22))
    assert drawn == [22]


def test_a_scaled_screen_gets_a_sharp_picture(qapp):
    pixmap = tray_icon(RUNNING, 200, 300).pixmap(QSize(22, 22), 2.0)
    assert (pixmap.width(), pixmap.height(), pixmap.devicePixelRatio()) == (44, 44, 2.0)
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)
    assert pixels(image) == pixels(tray_image(RUNNING, 200, 300, 44))


def test_a_wide_tray_slot_gets_the_round_picture_in_its_middle(qapp):
    slot = QImage(40, 22, QImage.Format.Format_ARGB32_Premultiplied)
    slot.fill(QColor(0, 0, 0, 0))
    painter = QPainter(slot)
    tray_icon(EXPIRED, 0, 300).paint(painter, QRect(0, 0, 40, 22))
    painter.end()
    expected = tray_image(EXPIRED, 0, 300, 22)
    for x, y in ((20, 11), (12, 11), (28, 11), (2, 11), (37, 11)):
        inside = 9 <= x < 31
        assert slot.pixel(x, y) == (expected.pixel(x - 9, y) if inside else 0), (x, y)


@pytest.mark.parametrize("remaining, planned, expected_ms", [
    (300, 300, 5_000),      # the ring moves first: 1/60 of 5 minutes
    (241, 300, 1_000),      # 4:01 -> 4:00: number and ring change together
    (299.5, 1_800, 29_500),  # the ring steps every 30 s of a 30-minute box
    (30, 300, 5_000),
    (0.4, 300, 400),        # the last change: time is up
    (9_000, 14_400, 120_000),  # "3h": the ring (every 4 min) moves before the hour
])
def test_next_change_is_when_the_picture_changes(remaining, planned, expected_ms):
    assert next_change_ms(RUNNING, remaining, planned) == expected_ms


@pytest.mark.parametrize("state", [IDLE, PAUSED, EXPIRED])
def test_pictures_that_cannot_change_by_themselves_need_no_timer(state):
    assert next_change_ms(state, 150, 300) is None


@pytest.mark.parametrize("planned", [60, 300, 1_500, 7_200])
def test_the_picture_changes_exactly_when_next_change_says(planned):
    remaining = planned - 0.25
    while remaining > 0:
        wait = next_change_ms(RUNNING, remaining, planned)
        assert wait is not None and wait > 0
        before = image_key(RUNNING, remaining, planned)
        assert image_key(RUNNING, remaining - (wait - 1) / 1000, planned) == before
        remaining -= wait / 1000
        assert remaining <= 0 or image_key(RUNNING, remaining, planned) != before
