"""The report's words and number formats in German and English.

The report is also written by the command line, which must not load Qt, so
its words live here rather than in Qt's translation files.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

LANGUAGES = ("de", "en")

_EN = {
    "title": "Progress report",
    "period": "{start} to {end}",
    "generated": "Created on {when}",
    "totals": "At a glance",
    "steps_done": "Steps done",
    "minutes_focused": "Minutes focused",
    "sessions": "Timeboxes",
    "skips": "Skipped timeboxes",
    "splits": "Smaller steps made by splitting",
    "outsourced": "Steps handed off",
    "stuck_notes": "Answers to “What's stuck?”",
    "quota_days": "Days the daily quota was kept",
    "streak_days": "Current streak (days)",
    "quota_rule": "Daily quota: {n} step(s) a day.",
    "chart_days": "Steps and minutes per day",
    "steps_per_day": "Steps done per day",
    "steps_per_week": "Steps done per week",
    "minutes_per_day": "Minutes focused per day",
    "minutes_per_week": "Minutes focused per week",
    "chart_reasons": "What was stuck",
    "chart_decisions": "Do it yourself or outsource?",
    "chart_weeks": "Effort per step (median minutes, by week)",
    "chart_estimate": "Time spent compared with the plan",
    "weeks_note": "Routine shows as shrinking bars; the orange line is the plan. "
                  "Steps done without a timebox are left out.",
    "minutes": "Minutes",
    "planned": "Planned",
    "actual": "Actual",
    "self": "Myself",
    "outsource": "Outsourced",
    "under": "Less than planned",
    "on-plan": "About as planned",
    "over": "Longer than planned",
    "double": "More than double",
    "too-big": "Too big",
    "unclear": "Unclear",
    "missing": "Something missing",
    "no-time": "No time",
    "no-motivation": "No motivation",
    "other": "Something else",
    "per_chore": "Per chore",
    "per_area": "Per area",
    "chore": "Chore",
    "area": "Area",
    "no_area": "(no area)",
    "step": "Step",
    "date": "Date",
    "time": "Time",
    "outcome": "Outcome",
    "done": "done",
    "skipped": "skipped",
    "interrupted": "interrupted",
    "list_done": "Steps done",
    "list_briefs": "Open briefs",
    "list_learnings": "What the steps brought",
    "to": "To",
    "what": "What",
    "why": "Why",
    "done_when": "Done when",
    "due": "Due",
    "overdue": "overdue",
    "no_due": "no date",
    "learning": "Learning",
    "none_yet": "Nothing in this period.",
    "week": "Week of",
    "brief_title": "Brief: {title}",
    "cut": "… ({n} more characters in the HTML and JSON report)",
    "more_rows": "The preview shows the first {shown} of {total} rows; "
                 "the saved report has all of them.",
    "redacted_note": "Titles and notes hidden for sharing: each shows its area "
                     "(or “hidden”) and its length.",
    "length": "{n} characters",
    "length_one": "{n} character",
    "hidden": "hidden",
    "step_id": "Step no.",
    "session_id": "Timebox no.",
    "minutes_away_excluded": "Minutes away, not counted",
    "list_reactions": "How readers reacted",
    "chart_reactions": "Reactions per area",
    "reactions_note": "What readers and customers did after public steps (posts, mails), "
                      "as recorded in this period.",
    "likes": "Likes",
    "comments": "Comments",
    "replies": "Replies",
    "enquiries": "Enquiries",
    "note": "Note",
    "public_steps": "Public steps",
}

_DE = {
    "title": "Fortschrittsbericht",
    "period": "{start} bis {end}",
    "generated": "Erstellt am {when}",
    "totals": "Auf einen Blick",
    "steps_done": "Erledigte Schritte",
    "minutes_focused": "Fokussierte Minuten",
    "sessions": "Zeitfenster",
    "skips": "Übersprungene Zeitfenster",
    "splits": "Kleinere Schritte durch Aufteilen",
    "outsourced": "Abgegebene Schritte",
    "stuck_notes": "Antworten auf „Was hängt?“",
    "quota_days": "Tage mit erreichtem Tagesziel",
    "streak_days": "Aktuelle Serie (Tage)",
    "quota_rule": "Tagesziel: {n} Schritt(e) pro Tag.",
    "chart_days": "Schritte und Minuten pro Tag",
    "steps_per_day": "Erledigte Schritte pro Tag",
    "steps_per_week": "Erledigte Schritte pro Woche",
    "minutes_per_day": "Fokussierte Minuten pro Tag",
    "minutes_per_week": "Fokussierte Minuten pro Woche",
    "chart_reasons": "Was hing",
    "chart_decisions": "Selbst machen oder abgeben?",
    "chart_weeks": "Aufwand pro Schritt (Median in Minuten, je Woche)",
    "chart_estimate": "Gebrauchte Zeit im Vergleich zum Plan",
    "weeks_note": "Routine zeigt sich an kürzer werdenden Balken; die orange Linie ist der Plan. "
                  "Schritte ohne Zeitfenster zählen nicht mit.",
    "minutes": "Minuten",
    "planned": "Geplant",
    "actual": "Gebraucht",
    "self": "Selbst",
    "outsource": "Abgegeben",
    "under": "Weniger als geplant",
    "on-plan": "Etwa wie geplant",
    "over": "Länger als geplant",
    "double": "Mehr als doppelt",
    "too-big": "Zu groß",
    "unclear": "Unklar",
    "missing": "Etwas fehlt",
    "no-time": "Keine Zeit",
    "no-motivation": "Keine Lust",
    "other": "Etwas anderes",
    "per_chore": "Je Aufgabe",
    "per_area": "Je Bereich",
    "chore": "Aufgabe",
    "area": "Bereich",
    "no_area": "(ohne Bereich)",
    "step": "Schritt",
    "date": "Datum",
    "time": "Uhrzeit",
    "outcome": "Ergebnis",
    "done": "erledigt",
    "skipped": "übersprungen",
    "interrupted": "unterbrochen",
    "list_done": "Erledigte Schritte",
    "list_briefs": "Offene Briefings",
    "list_learnings": "Was die Schritte gebracht haben",
    "to": "An",
    "what": "Was",
    "why": "Warum",
    "done_when": "Fertig, wenn",
    "due": "Fällig",
    "overdue": "überfällig",
    "no_due": "ohne Datum",
    "learning": "Erkenntnis",
    "none_yet": "Nichts in diesem Zeitraum.",
    "week": "Woche ab",
    "brief_title": "Briefing: {title}",
    "cut": "… ({n} weitere Zeichen im HTML- und JSON-Bericht)",
    "more_rows": "Die Vorschau zeigt die ersten {shown} von {total} Zeilen; "
                 "der gespeicherte Bericht enthält alle.",
    "redacted_note": "Titel und Notizen für die Weitergabe verborgen: zu sehen sind "
                     "nur Bereich (oder „verborgen“) und Länge.",
    "length": "{n} Zeichen",
    "length_one": "{n} Zeichen",
    "hidden": "verborgen",
    "step_id": "Schritt-Nr.",
    "session_id": "Zeitfenster-Nr.",
    "minutes_away_excluded": "Minuten abwesend, nicht gezählt",
    "list_reactions": "Wie Leser reagiert haben",
    "chart_reactions": "Reaktionen je Bereich",
    "reactions_note": "Was Leser und Kunden nach öffentlichen Schritten (Beiträge, Mails) "
                      "getan haben, erfasst in diesem Zeitraum.",
    "likes": "Likes",
    "comments": "Kommentare",
    "replies": "Antworten",
    "enquiries": "Anfragen",
    "note": "Notiz",
    "public_steps": "Öffentliche Schritte",
}

WORDS = {"de": _DE, "en": _EN}
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class Labels:
    """Words, dates and numbers of one language."""

    language: str

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"no report language {self.language!r}; use one of {LANGUAGES}")

    def __getitem__(self, key: str) -> str:
        return WORDS[self.language][key]

    def date(self, day: date) -> str:
        if self.language == "de":
            return f"{day.day}.{day.month}.{day.year}"
        return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"

    def short_date(self, day: date) -> str:
        if self.language == "de":
            return f"{day.day}.{day.month}."
        return f"{day.day} {_MONTHS_EN[day.month - 1]}"

    def moment(self, when: datetime) -> str:
        return f"{self.date(when.date())}, {when:%H:%M}"

    def number(self, value: float | None) -> str:
        """Whole numbers plainly, others with one decimal (a comma in German)."""
        if value is None:
            return "–"
        text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
        if self.language == "de":
            text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
        return text

    def period(self, start: date, end: date) -> str:
        if start == end:
            return self.date(start)
        return self["period"].format(start=self.date(start), end=self.date(end))
