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
    log_level: str = Field(default_factory=lambda: os.environ.get("CORRIDORKIT_LOG_LEVEL", "WARNING").upper())
    debug: bool = False

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        value = value.upper()
        if value not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError(f"expected DEBUG, INFO, WARNING, ERROR or CRITICAL, got {value!r}")
        return value


settings = Settings()
