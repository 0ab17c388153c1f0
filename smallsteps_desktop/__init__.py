"""Small Steps: one small marketing step at a time."""

__version__ = "0.1.0"
