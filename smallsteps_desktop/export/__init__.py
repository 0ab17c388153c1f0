"""Renderers of the progress report and the brief: JSON, CSV, Markdown, HTML, PDF."""
