"""Rule families. Importing this package registers every rule with :mod:`tqcheck.registry`.

TQ1xx entity artifacts: casing (TQ101, TQ102, TQ106), name_spelling (TQ103-TQ105).
TQ2xx language artifacts: untranslated (TQ201), calques (TQ202), punctuation (TQ203-TQ205),
repetition (TQ210, TQ211), spacing (TQ212-TQ214), spelling (TQ215),
conventions (TQ207 target-language conventions; TQ208, TQ209 for CJK text).
TQ3xx back-translation: drift (TQ301, reported by tqcheck.backtranslate).
TQ4xx source-aware: source_aware (TQ401-TQ405; they run when a source text is given).
"""

from . import calques, casing, conventions, drift, name_spelling, punctuation, repetition, source_aware, spacing, spelling, untranslated  # noqa: F401
