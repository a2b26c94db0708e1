"""Rule families. Importing this package registers every rule with :mod:`tqcheck.registry`."""

from . import repetition  # noqa: F401
