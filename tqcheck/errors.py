"""Errors that reach the user as one line and exit status 2."""


class TqcheckError(Exception):
    """Base class: the message is shown to the user as it is, without a traceback."""


class InputError(TqcheckError):
    """A file cannot be read as a text document (missing, binary, not UTF-8, too large)."""


class UsageError(TqcheckError):
    """An option or configuration value is wrong (unknown language code, bad rule selector)."""
