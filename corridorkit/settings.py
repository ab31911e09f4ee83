"""The one settings object of corridorkit.

All global state lives here. Values come from the environment
(``CORRIDORKIT_CACHE_DIR``, ``CORRIDORKIT_OUTPUT_DIR``, ``CORRIDORKIT_LOG_LEVEL``,
``CORRIDORKIT_DATA_DIR``) or are set in code::

    from corridorkit import settings
    settings.cache_dir = "/tmp/ck-cache"
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

#: Log levels corridorkit accepts (``--log-level``, ``CORRIDORKIT_LOG_LEVEL``).
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def _default_data_dir() -> Path:
    # find_spec locates corridorkit.layers (wherever the install mapped it) without importing it
    from importlib.util import find_spec

    spec = find_spec("corridorkit.layers")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("corridorkit.layers is not installed; reinstall corridorkit")
    return Path(list(spec.submodule_search_locations)[0]) / "data"


def _default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "corridorkit"


class Settings(BaseModel):
    """Folders and logging for corridorkit.

    Attributes
    ----------
    data_dir
        Folder of the shipped data (borders, basemap, DEM, curated layers).
    cache_dir
        Folder for downloads (OSM through osmnx, Natural Earth) and caches.
    output_dir
        Default folder for reports and exports.
    log_level
        Level of corridorkit's logger (``"WARNING"`` by default).
    debug
        Show tracebacks of errors instead of one-line messages (the ``--debug`` option).
    """

    model_config = ConfigDict(validate_assignment=True)

    data_dir: Path = Field(
        default_factory=lambda: Path(os.environ.get("CORRIDORKIT_DATA_DIR") or _default_data_dir())
    )
    cache_dir: Path = Field(
        default_factory=lambda: Path(os.environ.get("CORRIDORKIT_CACHE_DIR") or _default_cache_dir())
    )
    output_dir: Path = Field(
        default_factory=lambda: Path(os.environ.get("CORRIDORKIT_OUTPUT_DIR") or "corridorkit-output")
    )
    log_level: str = Field(
        default_factory=lambda: os.environ.get("CORRIDORKIT_LOG_LEVEL", "WARNING").strip().upper()
    )
    debug: bool = False

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        value = value.upper()
        if value not in LOG_LEVELS:
            raise ValueError(f"expected DEBUG, INFO, WARNING, ERROR or CRITICAL, got {value!r}")
        return value


def _from_environment() -> tuple[Settings, list[str]]:
    """Return settings from the environment, and what is wrong with the environment variables.

    A bad value does not make ``import corridorkit`` fail: the default is used and the problem
    kept, so :func:`check_environment` (which the CLI calls first) can refuse it with a clear line.
    """
    problems: list[str] = []
    level = os.environ.get("CORRIDORKIT_LOG_LEVEL")
    kw = {}
    if level is not None and level.strip().upper() not in LOG_LEVELS:
        problems.append(
            "environment variable CORRIDORKIT_LOG_LEVEL: "
            f"expected one of {', '.join(LOG_LEVELS)}, got {level!r}"
        )
        kw["log_level"] = "WARNING"
    data = os.environ.get("CORRIDORKIT_DATA_DIR")
    if data:
        d = Path(data)
        if not d.is_dir():
            problems.append(
                f"environment variable CORRIDORKIT_DATA_DIR: {data!r} is not a folder "
                "(unset it to use the shipped data)"
            )
        elif not (d / "curated").is_dir() or not (d / "manifest.json").is_file():
            problems.append(
                f"environment variable CORRIDORKIT_DATA_DIR: {data!r} does not hold corridorkit's data "
                "(expected manifest.json and curated/ in it; unset it to use the shipped data)"
            )
    for var in ("CORRIDORKIT_CACHE_DIR", "CORRIDORKIT_OUTPUT_DIR"):
        v = os.environ.get(var)
        if v and Path(v).exists() and not Path(v).is_dir():
            problems.append(f"environment variable {var}: {v!r} is a file, expected a folder")
    return Settings(**kw), problems


settings, ENVIRONMENT_PROBLEMS = _from_environment()


def check_environment() -> None:
    """Raise :class:`~corridorkit.errors.SettingsError` if a ``CORRIDORKIT_*`` variable is wrong."""
    from corridorkit.errors import SettingsError

    if ENVIRONMENT_PROBLEMS:
        raise SettingsError("; ".join(ENVIRONMENT_PROBLEMS))
