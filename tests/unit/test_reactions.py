"""Public steps, what readers did after them, and time away left out of the report."""

from __future__ import annotations

import json
from datetime import timezone
from pathlib import Path

import pytest

from smallsteps_desktop.app import Services
from smallsteps_desktop.core.errors import NotFound, Refused
from smallsteps_desktop.core.reactions import Counts
from smallsteps_desktop.core.report_model import Period
from smallsteps_desktop.core.report_views import ReportQueries
from smallsteps_desktop.export.labels import Labels
from smallsteps_desktop.export.writer import render
from smallsteps_desktop.storage.archive import export_file, import_file

from support.clock import FakeClock
from support.services import make_services


def _finish(app: Services, clock: FakeClock, title: str, area: str | None = None) -> int:
    step = app.steps.add(title, area=area)
    app.steps.start(step)
    clock.advance(minutes=3)
    app.steps.done()
    return step


def test_a_public_step_is_asked_about_after_the_waiting_days(app: Services,
                                                             clock: FakeClock) -> None:
    post = _finish(app, clock, "Post the new menu")
    app.reactions.set_public(post, True)
    quiet = _finish(app, clock, "Sort the receipts")  # not public: never asked
    assert quiet and app.reactions.due(2) == []

    clock.advance(days=2)

    assert [step.id for step in app.reactions.due(2)] == [post]
    assert app.reactions.due(3) == []  # a longer wait is a setting


def test_later_asks_again_the_next_day_and_an_answer_ends_the_asking(
        app: Services, clock: FakeClock) -> None:
    post = _finish(app, clock, "Post the new menu")
    app.reactions.set_public(post, True)
    clock.advance(days=2)
    app.reactions.ask_later(post)
    assert app.reactions.due(2) == []
    clock.advance(hours=23)
    assert app.reactions.due(2) == []
    clock.advance(hours=1)
    assert [step.id for step in app.reactions.due(2)] == [post]

    app.reactions.record(post, Counts(note="nothing yet"))  # all zero: nothing happened

    assert app.reactions.due(2) == []
    assert app.reactions.reaction(post).total == 0


def test_recording_keeps_every_count_and_marks_the_step_public(
        app: Services, clock: FakeClock) -> None:
    post = _finish(app, clock, "Mail to regular customers")
    reaction = app.reactions.record(post, Counts(14, 3, 2, 1, "  Two asked for prices  "))
    assert (reaction.likes, reaction.comments, reaction.replies, reaction.enquiries) == (
        14, 3, 2, 1)
    assert reaction.note == "Two asked for prices" and reaction.total == 20
    shown = app.queries.show_json(post)
    assert shown["public"] is True
    assert shown["reaction"]["enquiries"] == 1 and shown["reaction"]["note"] == reaction.note

    clock.advance(days=1)
    app.reactions.record(post, Counts(likes=20, note="more likes"))  # the newer answer counts
    assert app.reactions.reaction(post).likes == 20


@pytest.mark.parametrize("counts, message", [
    (Counts(likes=-1), "likes must be a whole number"),
    (Counts(comments=1_000_000_001), "comments must be a whole number"),
    (Counts(replies=True), "replies must be a whole number"),
    (Counts(note="a\x00b"), "control character"),
])
def test_bad_counts_are_refused_and_nothing_is_kept(app: Services, clock: FakeClock,
                                                    counts: Counts, message: str) -> None:
    post = _finish(app, clock, "Post the new menu")
    with pytest.raises(Refused, match=message):
        app.reactions.record(post, counts)
    assert app.reactions.reaction(post) is None
    assert app.queries.show_json(post)["public"] is False


def test_reactions_come_after_a_step_is_done(app: Services) -> None:
    step = app.steps.add("Post the new menu")
    with pytest.raises(Refused, match="not done yet"):
        app.reactions.record(step, Counts(likes=1))
    with pytest.raises(NotFound):
        app.reactions.record(999, Counts(likes=1))
    with pytest.raises(NotFound):
        app.reactions.set_public(999, True)


def test_a_step_with_reactions_stays_public(app: Services, clock: FakeClock) -> None:
    post = _finish(app, clock, "Post the new menu")
    app.reactions.set_public(post, True)
    app.reactions.set_public(post, False)
    assert app.queries.show_json(post)["public"] is False
    app.reactions.record(post, Counts(likes=1))
    with pytest.raises(Refused, match="stays public"):
        app.reactions.set_public(post, False)


def test_the_report_adds_reactions_up_per_area(app: Services, clock: FakeClock) -> None:
    first = _finish(app, clock, "Post the new menu", area="Social media")
    second = _finish(app, clock, "Post a team photo", area="Social media")
    mail = _finish(app, clock, "Mail to regular customers", area="Newsletter")
    app.reactions.record(first, Counts(10, 2, 0, 0, "menu liked"))
    app.reactions.record(second, Counts(5, 1, 0, 1, ""))
    app.reactions.record(mail, Counts(0, 0, 4, 3, "three bookings"))
    today = clock.now().date()

    report = ReportQueries(app.store, clock, timezone.utc).report(Period(today, today), 1)

    assert [(r.title, r.likes, r.note) for r in report.reactions] == [
        ("Post the new menu", 10, "menu liked"), ("Post a team photo", 5, ""),
        ("Mail to regular customers", 0, "three bookings")]
    assert [(a.name, a.steps, a.likes, a.comments, a.replies, a.enquiries)
            for a in report.reaction_areas] == [
        ("Social media", 2, 15, 3, 0, 1), ("Newsletter", 1, 0, 0, 4, 3)]
    data = json.loads(render(report, "json", Labels("en")))
    assert data["reaction_areas"][1] == {"name": "Newsletter", "steps": 1, "likes": 0,
                                         "comments": 0, "replies": 4, "enquiries": 3}
    assert data["reactions"][2]["note"] == "three bookings"
    html = render(report, "html", Labels("de")).decode()
    assert "Reaktionen je Bereich" in html and "three bookings" in html
    markdown = render(report, "md", Labels("en")).decode()
    assert "| Newsletter | 1 | 0 | 0 | 4 | 3 |" in markdown


def test_the_report_counts_reactions_of_its_period_only(app: Services,
                                                        clock: FakeClock) -> None:
    post = _finish(app, clock, "Post the new menu")
    day_done = clock.now().date()
    clock.advance(days=3)
    app.reactions.record(post, Counts(likes=7))
    queries = ReportQueries(app.store, clock, timezone.utc)
    assert queries.report(Period(day_done, day_done), 1).reactions == []
    later = queries.report(Period(day_done, clock.now().date()), 1)
    assert [(r.step_id, r.likes, r.date) for r in later.reactions] == [
        (post, 7, clock.now().date())]


def test_time_away_can_be_counted_after_all(app: Services, clock: FakeClock) -> None:
    app.steps.start(app.steps.add("Post a photo"))
    clock.advance(60)
    clock.advance(3600)
    app.steps.exclude_away(3600)
    assert app.queries.current().timer.remaining_seconds == pytest.approx(240)

    app.steps.count_away(3600)

    assert app.queries.current().timer.remaining_seconds == 0
    with app.store.read() as repo:
        session = repo.open_session()
    assert (session.paused_seconds, session.away_seconds) == (0, 0)


def test_counting_back_never_gives_more_than_was_left_out(app: Services,
                                                          clock: FakeClock) -> None:
    app.steps.start(app.steps.add("Post a photo"))
    clock.advance(60)
    app.steps.pause()
    clock.advance(120)  # a real pause stays a pause
    app.steps.resume()
    clock.advance(600)
    app.steps.exclude_away(500)
    app.steps.count_away(10_000)
    with app.store.read() as repo:
        session = repo.open_session()
    assert session.paused_seconds == pytest.approx(120) and session.away_seconds == 0
    app.steps.done()
    with pytest.raises(Refused):
        app.steps.count_away(60)


def test_the_report_says_how_much_time_away_was_left_out(app: Services,
                                                         clock: FakeClock) -> None:
    step = app.steps.add("Post a photo")
    app.steps.start(step)
    clock.advance(60)
    clock.advance(1800)
    app.steps.exclude_away(1800)
    clock.advance(60)
    app.steps.done()
    today = clock.now().date()

    report = ReportQueries(app.store, clock, timezone.utc).report(Period(today, today), 1)

    assert report.totals.minutes_away_excluded == 30
    assert report.totals.minutes_focused == 2
    markdown = render(report, "md", Labels("de")).decode()
    assert "| Minuten abwesend, nicht gezählt | 30 |" in markdown


def test_export_and_import_keep_public_steps_reactions_and_time_away(
        app: Services, clock: FakeClock, tmp_path: Path) -> None:
    post = _finish(app, clock, "Post the new menu", area="Social media")
    app.reactions.record(post, Counts(3, 2, 1, 0, "nice"))
    waiting = _finish(app, clock, "Mail to regular customers")
    app.reactions.set_public(waiting, True)
    app.reactions.ask_later(waiting)
    app.steps.start(app.steps.add("Post a photo"))
    clock.advance(3600)
    app.steps.exclude_away(1800)
    out = tmp_path / "all.json"
    export_file(app.store, out)

    copy = make_services(tmp_path / "copy", clock)
    try:
        import_file(copy.store, out, tmp_path / "backups")
        for step in (post, waiting, post + 2):
            assert copy.queries.show_json(step) == app.queries.show_json(step)
        clock.advance(days=3)
        assert [s.id for s in copy.reactions.due(2)] == [waiting]
    finally:
        copy.close()


def test_an_export_with_a_reaction_to_a_step_not_public_is_refused(
        app: Services, clock: FakeClock, tmp_path: Path) -> None:
    post = _finish(app, clock, "Post the new menu")
    app.reactions.record(post, Counts(likes=1))
    out = tmp_path / "all.json"
    export_file(app.store, out)
    document = json.loads(out.read_text())
    document["public_steps"] = []
    out.write_text(json.dumps(document))
    copy = make_services(tmp_path / "copy", clock)
    try:
        with pytest.raises(Refused, match="not marked public"):
            import_file(copy.store, out, tmp_path / "backups")
        assert copy.queries.list_json(None) == []
    finally:
        copy.close()


def test_the_reaction_chart_is_drawn_only_when_there_are_reactions(
        app: Services, clock: FakeClock) -> None:
    _finish(app, clock, "Post the new menu")
    today = clock.now().date()
    queries = ReportQueries(app.store, clock, timezone.utc)
    before = render(queries.report(Period(today, today), 1), "html", Labels("en")).decode()
    app.reactions.record(1, Counts(likes=2))
    after = render(queries.report(Period(today, today), 1), "html", Labels("en")).decode()
    assert before.count("<svg") + 1 == after.count("<svg")
    assert 'aria-label="Reactions per area"' in after
