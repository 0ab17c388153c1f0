"""Errors the user can understand: each carries a plain-words message."""


class SmallStepsError(Exception):
    """Base for every error that should reach the user as a message, not a traceback."""


class Refused(SmallStepsError):
    """An action the method or the data does not allow; nothing was changed."""


class NotFound(Refused):
    """A step id that does not exist."""
