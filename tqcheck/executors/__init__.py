"""Where the checks run: here (``local``, the default) or on a Ray cluster (``ray``).

An executor takes the planned jobs (:func:`tqcheck.pipeline.plan`) and yields each document's
report in input order; it reports the back-translation summaries to the stream it is given.
"""

from __future__ import annotations

from typing import Any

from ..errors import UsageError

RAY_MISSING = "the ray executor needs Ray: pip install 'tqcheck[ray]'"


def make_executor(spec: Any = None, **kwargs: Any):
    """``None``/``"local"``, ``"ray"``, or an executor object (returned as it is). ``local`` takes
    ``jobs``: documents checked at once, each in its own process."""
    if spec is None or spec == "local":
        from .local import LocalExecutor

        return LocalExecutor(**kwargs)
    if spec == "ray":
        from .ray import RayExecutor

        return RayExecutor(**kwargs)
    if isinstance(spec, str):
        raise UsageError(f"unknown executor {spec!r} (use local or ray)")
    return spec


__all__ = ["RAY_MISSING", "make_executor"]
