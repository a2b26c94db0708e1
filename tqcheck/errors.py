"""Errors that reach the user as one line and exit status 2."""


class TqcheckError(Exception):
    """Base class: the message is shown to the user as it is, without a traceback."""


class InputError(TqcheckError):
    """A file cannot be read as a text document (missing, binary, not UTF-8, too large).

    ``reason`` is the message without the file's name (what a TQ000 finding says), ``line`` the
    line of the file the problem is on, when known."""

    def __init__(self, message: str, *, reason: str | None = None, line: int | None = None):
        super().__init__(message)
        self.reason = reason or message
        self.line = line


class UsageError(TqcheckError):
    """An option or configuration value is wrong (unknown language code, bad rule selector)."""


class OptionError(UsageError, TypeError):
    """An unknown option name given to the Python API (a TypeError too, as Python raises for an
    unknown keyword argument)."""
