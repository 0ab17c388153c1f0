"""One delegation brief as a short Markdown page, ready to send."""

from __future__ import annotations

from smallsteps_desktop.core.models import Step
from smallsteps_desktop.core.records import Brief
from smallsteps_desktop.export.labels import Labels
from smallsteps_desktop.export.report_md import md_text


def render_brief(step: Step, brief: Brief, labels: Labels) -> bytes:
    due = labels.date(brief.due) if brief.due else labels["no_due"]
    lines = [
        f"# {md_text(labels['brief_title'].format(title=step.title))}",
        "",
        f"- **{md_text(labels['to'])}:** {md_text(brief.to)}",
        f"- **{md_text(labels['what'])}:** {md_text(brief.text)}",
        f"- **{md_text(labels['why'])}:** {md_text(brief.why) or '–'}",
        f"- **{md_text(labels['done_when'])}:** {md_text(brief.done_when) or '–'}",
        f"- **{md_text(labels['due'])}:** {md_text(due)}",
        "",
    ]
    if step.area:
        lines[-1:-1] = [f"- **{md_text(labels['area'])}:** {md_text(step.area)}"]
    return "\n".join(lines).encode("utf-8")
