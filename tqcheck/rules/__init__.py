"""Rule families. Importing this package registers every rule with :mod:`tqcheck.registry`."""

from . import casing, name_spelling, repetition  # noqa: F401
