"""The calendar file's words in German and English, with singular and plural."""

from __future__ import annotations

from dataclasses import dataclass

from smallsteps_desktop.export.labels import LANGUAGES

APP = "Small Steps"

_EN = {
    "step": "{n} step", "steps": "{n} steps",
    "minutes": "{n} min", "minute_long": "{n} minute", "minutes_long": "{n} minutes",
    "daily": APP + ": {steps} ({minutes})",
    "weekly": APP + ": weekly time for marketing ({minutes})",
    "daily_about": "One small marketing step that fits into {timebox}: do it once, "
                   "then note what it brought.",
    "weekly_about": "Time reserved for marketing: try things, watch how readers react "
                    "and reflect on the effort.",
    "to": "To", "why": "Why", "done_when": "Done when", "step_no": "Step {id} in Small Steps",
    "calendar": APP,
}
_DE = {
    "step": "{n} Schritt", "steps": "{n} Schritte",
    "minutes": "{n} Min.", "minute_long": "{n} Minute", "minutes_long": "{n} Minuten",
    "daily": APP + ": {steps} ({minutes})",
    "weekly": APP + ": Wochenzeit für Marketing ({minutes})",
    "daily_about": "Ein kleiner Marketing-Schritt, der in {timebox} passt: einmal machen, "
                   "danach notieren, was er gebracht hat.",
    "weekly_about": "Reservierte Zeit für Marketing: Dinge ausprobieren, auf die Reaktionen "
                    "der Leser achten und über den Aufwand nachdenken.",
    "to": "An", "why": "Warum", "done_when": "Fertig, wenn", "step_no": "Schritt {id} in Small Steps",
    "calendar": APP,
}
_WORDS = {"de": _DE, "en": _EN}


@dataclass(frozen=True)
class CalendarWords:
    """The texts of one language; numbers choose singular or plural."""

    language: str

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"no calendar language {self.language!r}; use one of {LANGUAGES}")

    def __getitem__(self, key: str) -> str:
        return _WORDS[self.language][key]

    def steps(self, n: int) -> str:
        return self["step" if n == 1 else "steps"].format(n=n)

    def minutes(self, n: int) -> str:
        return self["minutes"].format(n=n)

    def daily_summary(self, steps: int, minutes: int) -> str:
        """"Small Steps: 1 step (5 min)" / "Small Steps: 2 Schritte (10 Min.)"."""
        return self["daily"].format(steps=self.steps(steps), minutes=self.minutes(minutes))

    def weekly_summary(self, minutes: int) -> str:
        return self["weekly"].format(minutes=self.minutes(minutes))

    def daily_description(self, timebox_minutes: int) -> str:
        long = self["minute_long" if timebox_minutes == 1 else "minutes_long"]
        return self["daily_about"].format(timebox=long.format(n=timebox_minutes))

    def weekly_description(self) -> str:
        return self["weekly_about"]

    def brief_description(self, step_id: int, to: str, text: str, done_when: str,
                          why: str = "") -> str:
        """Who has it, what to do, why, how to tell it is done; lines left out when empty."""
        lines = [f"{self['to']}: {to}", text]
        if why:
            lines.append(f"{self['why']}: {why}")
        if done_when:
            lines.append(f"{self['done_when']}: {done_when}")
        lines.append(self["step_no"].format(id=step_id))
        return "\n".join(line for line in lines if line)
