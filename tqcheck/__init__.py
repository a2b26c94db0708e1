"""tqcheck: find machine-translation artifacts and meaning drift in translated text.

``import tqcheck`` is light: torch and transformers are imported only when back-translation runs.
"""

__version__ = "0.1.0"

from .pipeline import DocumentReport, Options, Report, check, check_text  # noqa: E402

__all__ = ["DocumentReport", "Options", "Report", "check", "check_text", "__version__"]
