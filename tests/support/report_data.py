"""A known week of using the method, recorded through the real services, for report tests."""

from __future__ import annotations

from datetime import date, datetime, timezone

from smallsteps_desktop.app import Services
from smallsteps_desktop.core.models import Decision, StuckReason
from smallsteps_desktop.core.report_model import Period
from smallsteps_desktop.core.services import SkipRequest

from support.clock import FakeClock

WEEK = Period(date(2026, 3, 2), date(2026, 3, 8))  # Monday to Sunday
REPORT_TIME = datetime(2026, 3, 4, 18, 0, tzinfo=timezone.utc)


def _at(clock: FakeClock, day: int, hour: int) -> None:
    clock.current = datetime(2026, 3, day, hour, 0, tzinfo=timezone.utc)


def _timebox(app: Services, clock: FakeClock, step_id: int, minutes: float) -> None:
    app.steps.start(step_id)
    clock.advance(minutes=minutes)


def record_known_week(app: Services, clock: FakeClock, *, title: str = "Post one photo",
                      learning: str = "Photos of the shop get likes",
                      to: str = "Anna", what: str = "Set up an account at a mail service",
                      why: str = "Regulars want news", ) -> dict[str, int]:
    """What happened (all times UTC), and what the report of WEEK must say about it.

    Fri 27 Feb (before the week): "Old flyer" done in 2 minutes.
    Mon 2 Mar: "Post one photo" done in 4 min with a learning; "Write a caption
      template" skipped after 5 min: unclear, split in two, do it myself.
    Tue 3 Mar: first smaller step done in 3 min; "Choose a newsletter tool"
      skipped after 5 min: something missing, handed to Anna, due 3 Mar.
    Wed 4 Mar: second smaller step done in 4 min with a learning (closes the
      split step and the Instagram chore, which are not steps of their own).
    Mon 9 Mar (after the week): "Ask for a review" done in 5 min.
    """
    _at(clock, 2, 8)
    clock.current = datetime(2026, 2, 27, 10, 0, tzinfo=timezone.utc)
    old = app.steps.add("Old flyer", area="Print")
    _timebox(app, clock, old, 2)
    app.steps.done()

    _at(clock, 2, 9)
    instagram = app.steps.add("Instagram", area="Social media")
    photo = app.steps.add(title, parent_id=instagram)
    caption = app.steps.add("Write a caption template", parent_id=instagram)
    _timebox(app, clock, photo, 4)
    app.steps.done(learning=learning)
    _timebox(app, clock, caption, 5)
    split = app.steps.skip(SkipRequest(
        "I do not know the tone", StuckReason.UNCLEAR,
        ("Read three posts of others", "Write one sentence"), Decision.SELF)).new_step_ids

    _at(clock, 3, 10)
    _timebox(app, clock, split[0], 3)
    app.steps.done()
    newsletter = app.steps.add("Newsletter", area="Email")
    tool = app.steps.add("Choose a newsletter tool", parent_id=newsletter)
    _timebox(app, clock, tool, 5)
    app.steps.skip(SkipRequest("Too technical for me", StuckReason.MISSING, (),
                               Decision.OUTSOURCE, to, what,
                               "A test mail arrives", date(2026, 3, 3), why))

    _at(clock, 4, 11)
    _timebox(app, clock, split[1], 4)
    app.steps.done(learning="Short sentences work")

    _at(clock, 9, 9)
    review = app.steps.add("Ask for a review", area="Reviews")
    _timebox(app, clock, review, 5)
    app.steps.done()
    clock.current = REPORT_TIME
    return {"photo": photo, "caption": caption, "first": split[0], "second": split[1],
            "tool": tool, "instagram": instagram, "newsletter": newsletter}
