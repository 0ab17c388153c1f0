"""The report as HTML: a self-contained page for browsers, and Qt's rich text for preview and PDF."""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from smallsteps_desktop.core.report_model import ProgressReport
from smallsteps_desktop.export.charts import Chart, report_charts
from smallsteps_desktop.export.labels import Labels
from smallsteps_desktop.export.tables import printable, report_tables, shortened, totals_rows

CHART_SCHEME = "chart"  # Qt's rich text finds chart pictures as chart:<key> resources


@cache
def _environment() -> Environment:
    # Autoescape: every value, above all the user's own text, is escaped unless marked safe.
    return Environment(loader=PackageLoader("smallsteps_desktop.export", "templates"),
                       autoescape=select_autoescape(default=True, default_for_string=True),
                       trim_blocks=False, lstrip_blocks=False)


def _render(report: ProgressReport, labels: Labels, charts: list[Chart], web: bool,
            row_limit: int | None = None, redacted: bool = False) -> str:
    def picture(chart: Chart) -> Markup:
        if web:
            return Markup(chart.svg)  # built by charts.py with every text escaped
        return Markup('<img src="{}:{}" width="{}" height="{}">').format(
            CHART_SCHEME, chart.key, chart.width, chart.height)

    def user(text: str) -> Markup | str:
        if web:
            return Markup("<bdi>{}</bdi>").format(text)  # right-to-left text stays in its cell
        return printable(text, labels)

    template = _environment().get_template("report.html.j2")
    return template.render(
        web=web, labels=labels, charts=charts, picture=picture, user=user, redacted=redacted,
        period=labels.period(report.period.start, report.period.end),
        generated=labels.moment(report.generated_at),
        totals=totals_rows(report, labels),
        quota_rule=labels["quota_rule"].format(n=max(1, report.daily_quota)),
        tables=[shortened(t, row_limit, labels) if row_limit else t
                for t in report_tables(report, labels)])


def render_html(report: ProgressReport, labels: Labels, *, redacted: bool = False) -> bytes:
    """One file with inline CSS and SVG: no scripts, nothing loaded from elsewhere."""
    return _render(report, labels, report_charts(report, labels), web=True,
                   redacted=redacted).encode("utf-8")


def rich_text(report: ProgressReport, labels: Labels, row_limit: int | None = None, *,
              redacted: bool = False) -> tuple[str, list[Chart]]:
    """Qt rich text and the charts it shows as chart:<key> images; tables cut at row_limit."""
    charts = report_charts(report, labels)
    return _render(report, labels, charts, web=False, row_limit=row_limit,
                   redacted=redacted), charts
