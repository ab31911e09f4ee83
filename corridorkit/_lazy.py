"""Lazy public surfaces for the subpackages: names listed once, imported on first use (PEP 562)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def lazy_exports(package: str, exports: dict[str, str]) -> tuple[list[str], Callable[[str], Any]]:
    """Return ``__all__`` and a module ``__getattr__`` that imports each name from its module when used.

    Parameters
    ----------
    package
        The package's ``__name__`` (for error messages).
    exports
        Public name -> the module that defines it.
    """

    def __getattr__(name: str) -> Any:  # noqa: N807 (the module-level hook's required name)
        if name in exports:
            return getattr(importlib.import_module(exports[name]), name)
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    return sorted(exports), __getattr__
