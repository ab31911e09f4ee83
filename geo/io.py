"""Safe file output: atomic writes, output paths confined to their folder, stable GeoJSON.

Every file corridorkit writes goes through :func:`atomic_write`: the content is
written to a temporary file in the target folder and moved into place with
``os.replace``, so a reader (or a crash) never sees a half-written file.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import json
import math
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import yaml

from corridorkit.errors import UnsafePathError


@contextlib.contextmanager
def atomic_write(
    path: str | os.PathLike[str], mode: str = "w", *, encoding: str | None = "utf-8"
) -> Iterator[IO[Any]]:
    """Yield a file object whose content replaces ``path`` only if the block succeeds.

    Parameters
    ----------
    path
        The target file.
    mode
        ``"w"`` for text or ``"wb"`` for bytes.
    encoding
        Text encoding (ignored for bytes).
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(
            fd, mode, encoding=None if "b" in mode else encoding, newline=None if "b" in mode else "\n"
        ) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_text(path: str | os.PathLike[str], text: str) -> Path:
    """Write text atomically (UTF-8, newline line ends); return the path."""
    with atomic_write(path, "w") as fh:
        fh.write(text)
    return Path(path)


def write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write bytes atomically; return the path."""
    with atomic_write(path, "wb") as fh:
        fh.write(data)
    return Path(path)


def write_json(path: str | os.PathLike[str], obj: Any, *, indent: int | None = 1) -> Path:
    """Write JSON atomically with sorted-free, stable formatting and non-ASCII kept as text."""
    text = json.dumps(obj, ensure_ascii=False, indent=indent, allow_nan=False)
    return write_text(path, text + "\n")


def safe_join(root: str | os.PathLike[str], *parts: str) -> Path:
    """Return ``root/parts...``, refusing any result outside ``root``.

    Parameters
    ----------
    root
        The output folder.
    parts
        Relative path parts (e.g. built from an asset id).

    Raises
    ------
    UnsafePathError
        The path is absolute or climbs out of ``root`` (``..``, symlinks).
    """
    base = Path(root).resolve()
    for part in parts:
        if Path(part).is_absolute() or "\x00" in part:
            raise UnsafePathError(f"output path {part!r} must be relative to {base}")
    candidate = base.joinpath(*parts).resolve()
    if candidate != base and base not in candidate.parents:
        raise UnsafePathError(f"output path {'/'.join(parts)!r} escapes the output folder {base}")
    return candidate


@contextlib.contextmanager
def atomic_directory(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a fresh temporary folder that replaces ``path`` only if the block succeeds.

    The previous content of ``path`` stays intact until the new folder is complete;
    on failure the temporary folder is removed and ``path`` is untouched.

    Parameters
    ----------
    path
        The output folder to (re)create.
    """
    target = Path(path).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    try:
        yield tmp
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    old = None
    if target.exists():
        old = target.parent / f".{target.name}.old-{os.getpid()}"
        if old.exists():
            shutil.rmtree(old)
        os.replace(target, old)
    os.replace(tmp, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def round_coords(obj: Any, ndigits: int = 6) -> Any:
    """Return a GeoJSON geometry mapping with coordinates rounded (stable output)."""
    if isinstance(obj, float):
        if not math.isfinite(obj):
            raise ValueError(f"expected finite coordinates, got {obj}")
        r = round(obj, ndigits)
        return 0.0 if r == 0 else r
    if isinstance(obj, list | tuple):
        return [round_coords(v, ndigits) for v in obj]
    if isinstance(obj, dict):
        return {k: round_coords(v, ndigits) if k == "coordinates" else v for k, v in obj.items()}
    return obj


def feature_collection(features: list[dict], *, name: str | None = None) -> dict:
    """Return an RFC 7946 FeatureCollection dict (no ``crs`` member: lon/lat WGS84)."""
    fc: dict[str, Any] = {"type": "FeatureCollection"}
    if name:
        fc["name"] = name
    fc["features"] = features
    return fc


@functools.lru_cache(maxsize=64)
def _yaml_cached(path: str, mtime_ns: int, size: int):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def read_yaml(path: str | Path):
    """Return a YAML file parsed (``yaml.safe_load``), cached while the file is unchanged.

    Each call returns a fresh deep copy, so callers may modify it. Errors are those of
    ``open`` and ``yaml.safe_load`` (``FileNotFoundError``, ``OSError``, ``UnicodeDecodeError``,
    ``yaml.YAMLError``), raised on every call.
    """
    p = Path(path)
    st = p.stat()
    return copy.deepcopy(_yaml_cached(str(p.resolve()), st.st_mtime_ns, st.st_size))
