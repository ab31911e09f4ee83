"""Logging for corridorkit: one named logger, configured from the settings."""

from __future__ import annotations

import logging

LOGGER_NAME = "corridorkit"


def get_logger(name: str | None = None) -> logging.Logger:
    """Return corridorkit's logger, or a child of it.

    Parameters
    ----------
    name
        Dotted suffix for a child logger (e.g. ``"layers"``).
    """
    return logging.getLogger(LOGGER_NAME if not name else f"{LOGGER_NAME}.{name}")


def configure(level: str | None = None) -> None:
    """Send corridorkit's log records to stderr at ``level`` (default: settings.log_level)."""
    from rich.logging import RichHandler

    from corridorkit.settings import settings

    logger = get_logger()
    logger.setLevel(level or settings.log_level)
    if not any(isinstance(h, RichHandler) for h in logger.handlers):
        handler = RichHandler(show_time=False, show_path=False, markup=False)
        logger.addHandler(handler)
    logger.propagate = False
