"""The known week with texts an owner would not share, and the check that none of them shows."""

from __future__ import annotations

import html

from smallsteps_desktop.app import Services
from smallsteps_desktop.export.report_md import md_text

from support.clock import FakeClock
from support.report_data import record_known_week

TITLE = 'Angebot für Kundin Zoë Müller <b>geheim</b> =HYPERLINK("x")'
LEARNING = "Herr Schmidt von der Bäckerei Krume mochte das"
TO = "Agentur Nordlicht"
WHAT = "Newsletter an alle Patienten der Praxis Dr. Weber"
WHY = "Frau Yildiz hat sich beschwert"
NO_AREA = "Call Mrs Okafor about the flyer"
# Everything else the known week's owner wrote that the report shows.
FIXED = ("Instagram", "Write a caption template", "Read three posts of others",
         "Write one sentence", "Newsletter", "Choose a newsletter tool", "Short sentences work",
         "A test mail arrives")
SECRETS = (TITLE, LEARNING, TO, WHAT, WHY, NO_AREA, *FIXED)
# Words that survive any escaping; none of them is a word of the report itself.
TOKENS = ("Müller", "geheim", "HYPERLINK", "Schmidt", "Krume", "Nordlicht", "Weber", "Okafor",
          "Yildiz",
          "Instagram", "caption", "sentence", "newsletter")


def record_secret_week(app: Services, clock: FakeClock) -> dict[str, int]:
    """record_known_week with the texts above, and a step without an area done on Wednesday."""
    ids = record_known_week(app, clock, title=TITLE, learning=LEARNING, to=TO, what=WHAT,
                            why=WHY)
    other = app.steps.add(NO_AREA)
    app.steps.start(other)
    clock.advance(minutes=2)
    app.steps.done()
    return ids


def assert_nothing_leaks(text: str) -> None:
    """No secret, plain or escaped as HTML or Markdown, and no telling word of one."""
    for secret in SECRETS:
        for form in {secret, html.escape(secret), html.escape(secret, quote=False),
                     md_text(secret)}:
            assert form not in text, f"{secret!r} leaks"
    lowered = text.casefold()
    for token in TOKENS:
        assert token.casefold() not in lowered, f"{token!r} leaks"
