"""Safe file output: atomic writes, output paths confined to their folder, stable GeoJSON.

Every file corridorkit writes goes through :func:`atomic_write`: the content is
written to a temporary file in the target folder and moved into place with
``os.replace``, so a reader (or a crash) never sees a half-written file.

A command replaces only what it wrote itself. An output folder carries a manifest
(:data:`OUTPUT_MANIFEST`: the command and the sha256 of every file in it); a folder
that holds anything else is refused (:func:`check_output_dir`). A single output file
is recorded in :data:`FILES_MANIFEST` next to it, and an existing file is replaced
only when that record says the same command wrote exactly these bytes
(:func:`check_output_file`, :func:`write_output_file`).
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

from corridorkit.errors import OutputError, UnsafePathError

#: Manifest of an output folder: which command wrote it and the sha256 of every file in it.
OUTPUT_MANIFEST = ".corridorkit-output.json"
#: Record, in a folder, of the single output files corridorkit commands wrote there.
FILES_MANIFEST = ".corridorkit-files.json"


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


def json_text(obj: Any, *, indent: int | None = 1) -> str:
    """Return JSON text with stable formatting, non-ASCII kept as text, and a final newline."""
    return json.dumps(obj, ensure_ascii=False, indent=indent, allow_nan=False) + "\n"


def write_json(path: str | os.PathLike[str], obj: Any, *, indent: int | None = 1) -> Path:
    """Write JSON atomically with sorted-free, stable formatting and non-ASCII kept as text."""
    return write_text(path, json_text(obj, indent=indent))


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


def _label(path: str | os.PathLike[str], option: str | None) -> str:
    return f"{option} {path}" if option else str(path)


def sha256_file(path: str | os.PathLike[str]) -> str:
    """Return the hex sha256 of a file's bytes."""
    import hashlib

    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _check_creatable(target: Path, label: str) -> None:
    """Refuse a path whose nearest existing ancestor is a file or cannot be written."""
    anc = target.parent
    while not anc.exists() and anc != anc.parent:
        anc = anc.parent
    if not anc.is_dir():
        raise OutputError(f"{label}: cannot write there: {anc} is a file, not a folder")
    if not os.access(anc, os.W_OK | os.X_OK):
        raise OutputError(f"{label}: cannot write there: no permission to write in {anc}")


def _read_manifest(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("files"), dict):
        return None
    return data


def _foreign_entries(folder: Path, listed: dict) -> list[str]:
    """Return the entries of ``folder`` that its manifest does not vouch for (sorted, relative)."""
    own_dirs = {str(Path(rel).parent) for rel in listed} | {"."}
    own_dirs |= {str(p) for rel in listed for p in Path(rel).parents}
    foreign = []
    for root, dirs, names in os.walk(folder):
        rel_root = Path(root).relative_to(folder)
        for d in dirs:
            rel = (rel_root / d).as_posix()
            if rel not in own_dirs or (Path(root) / d).is_symlink():
                foreign.append(rel + "/")
        dirs[:] = [d for d in dirs if (rel_root / d).as_posix() in own_dirs]
        for n in names:
            rel = (rel_root / n).as_posix()
            if rel == OUTPUT_MANIFEST and rel_root == Path("."):
                continue
            p = Path(root) / n
            if rel not in listed or p.is_symlink() or sha256_file(p) != listed[rel]:
                foreign.append(rel)
    return sorted(foreign)


def _few(names: list[str], n: int = 4) -> str:
    shown = ", ".join(repr(x) for x in names[:n])
    return shown + (f" and {len(names) - n} more" if len(names) > n else "")


def check_output_dir(path: str | os.PathLike[str], *, command: str, option: str | None = None) -> Path:
    """Return ``path`` if ``command`` may write its output folder there; refuse it otherwise.

    A folder may be written when it does not exist, is empty, or is an earlier output of the
    same command that still holds exactly the files that command wrote (its manifest lists
    them with their sha256). Anything else would be deleted by the replacement, so it is refused.

    Parameters
    ----------
    path
        The output folder.
    command
        The command writing it (``"report"``, ``"layers export"``), recorded in the manifest.
    option
        The option that named the folder (``"--out"``), for messages.

    Raises
    ------
    OutputError
        The folder holds files the command did not write, is a file, is the current folder
        (or holds it), or cannot be created.
    """
    target = Path(path)
    label = _label(path, option)
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise OutputError(f"{label}: is a file, expected a folder (its output folder)")
    resolved = target.resolve()
    cwd = Path.cwd().resolve()
    if resolved == cwd or resolved in cwd.parents:
        raise OutputError(
            f"{label}: is the current folder or holds it; give a folder of its own (e.g. {option or '--out'} "
            f"{command.split()[0]})"
        )
    if not target.exists():
        _check_creatable(target, label)
        return target
    entries = sorted(p.name for p in target.iterdir())
    if not entries:
        _check_creatable(target / "x", label)
        return target
    man = _read_manifest(target / OUTPUT_MANIFEST)
    if man is None:
        raise OutputError(
            f"{label}: the folder holds files corridorkit did not write ({_few(entries)}); refusing to "
            "replace it: choose a new or empty folder"
        )
    if man.get("command") != command:
        raise OutputError(
            f"{label}: the folder is the output of `corridorkit {man.get('command')}`, not of "
            f"`corridorkit {command}`; choose another folder"
        )
    foreign = _foreign_entries(target, man["files"])
    if foreign:
        raise OutputError(
            f"{label}: the folder holds files `corridorkit {command}` did not write, or that changed "
            f"since ({_few(foreign)}); refusing to replace it: move them out or choose another folder"
        )
    _check_creatable(target, label)
    return target


@contextlib.contextmanager
def atomic_directory(
    path: str | os.PathLike[str], *, command: str = "corridorkit", option: str | None = None
) -> Iterator[Path]:
    """Yield a fresh temporary folder that replaces ``path`` only if the block succeeds.

    The previous content of ``path`` stays intact until the new folder is complete;
    on failure the temporary folder is removed and ``path`` is untouched. Only an
    earlier output of the same command is replaced (see :func:`check_output_dir`,
    checked before the block runs and again before the swap); the new folder gets a
    manifest of its files.

    Parameters
    ----------
    path
        The output folder to (re)create.
    command
        The command writing it, recorded in the manifest.
    option
        The option that named the folder, for messages.
    """
    check_output_dir(path, command=command, option=option)
    target = Path(path).resolve()
    label = _label(path, option)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    except OSError as exc:
        raise OutputError(f"{label}: cannot create the folder ({exc.strerror})") from None
    try:
        yield tmp
        files = {}
        for root, _dirs, names in os.walk(tmp):
            for n in names:
                p = Path(root) / n
                files[p.relative_to(tmp).as_posix()] = sha256_file(p)
        write_json(tmp / OUTPUT_MANIFEST, {"command": command, "files": dict(sorted(files.items()))})
        check_output_dir(path, command=command, option=option)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    old = None
    if target.exists():
        # a fresh, empty name of our own: rename() may replace an empty folder, nothing else
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        os.replace(target, old)
    os.replace(tmp, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def check_output_file(
    path: str | os.PathLike[str],
    *,
    command: str,
    option: str | None = None,
    suffixes: tuple[str, ...] = (),
) -> Path:
    """Return ``path`` if ``command`` may write that file; refuse it otherwise.

    A file may be written when it does not exist, or when :data:`FILES_MANIFEST` next to it
    records that the same command wrote exactly its current bytes.

    Parameters
    ----------
    path
        The output file.
    command
        The command writing it.
    option
        The option that named it (``"--csv"``), for messages.
    suffixes
        Allowed file name suffixes (lower case, with the dot); empty: any.

    Raises
    ------
    OutputError
        Wrong suffix, a folder, a file corridorkit did not write (or that changed since), or a
        place that cannot be written.
    """
    p = Path(path)
    label = _label(path, option)
    if suffixes and p.suffix.lower() not in suffixes:
        raise OutputError(
            f"{label}: expected a file name ending in {' or '.join(suffixes)}, "
            f"got {p.suffix or 'no suffix'!r}"
        )
    if p.is_dir():
        raise OutputError(f"{label}: is a folder, expected a file name")
    _check_creatable(p, label)
    if p.exists() or p.is_symlink():
        rec = (_read_manifest(p.parent / FILES_MANIFEST) or {"files": {}})["files"].get(p.name)
        if not isinstance(rec, dict) or p.is_symlink():
            raise OutputError(
                f"{label}: the file exists and corridorkit did not write it; refusing to replace it: "
                "choose another name or move it away"
            )
        if rec.get("command") != command:
            raise OutputError(
                f"{label}: the file was written by `corridorkit {rec.get('command')}`, not by "
                f"`corridorkit {command}`; choose another name"
            )
        if rec.get("sha256") != sha256_file(p):
            raise OutputError(
                f"{label}: the file changed since `corridorkit {command}` wrote it; refusing to replace it: "
                "choose another name or move it away"
            )
    return p


def write_output_file(
    path: str | os.PathLike[str],
    data: str | bytes,
    *,
    command: str,
    option: str | None = None,
    suffixes: tuple[str, ...] = (),
) -> Path:
    """Write one output file of a command atomically, if :func:`check_output_file` allows; record it.

    Parameters
    ----------
    path
        The output file.
    data
        Text (written as UTF-8) or bytes.
    command, option, suffixes
        As for :func:`check_output_file`.
    """
    p = check_output_file(path, command=command, option=option, suffixes=suffixes)
    label = _label(path, option)
    manifest = p.parent / FILES_MANIFEST
    if manifest.exists() and _read_manifest(manifest) is None:
        raise OutputError(f"{label}: {manifest} is not corridorkit's record of its files; move it away")
    try:
        if isinstance(data, bytes):
            write_bytes(p, data)
        else:
            write_text(p, data)
        rec = _read_manifest(manifest) or {"files": {}}
        rec["files"][p.name] = {"command": command, "sha256": sha256_file(p)}
        rec["files"] = dict(sorted(rec["files"].items()))
        write_json(manifest, rec)
    except OSError as exc:
        raise OutputError(f"{label}: cannot write the file ({exc.strerror or exc})") from None
    return p


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


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """``yaml.SafeLoader`` whose impossible dates (``2025-13-45``) are YAML errors with a position.

    libyaml's safe loader where PyYAML has it (about 10x faster; the same safe rules).
    """

    def construct_yaml_timestamp(self, node):  # noqa: D102 - PyYAML's hook
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError as exc:
            raise yaml.constructor.ConstructorError(
                None, None, f"impossible date {node.value!r} ({exc})", node.start_mark
            ) from None


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)


@functools.lru_cache(maxsize=64)
def _yaml_cached(path: str, mtime_ns: int, size: int):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass


def _yaml_problem(exc: yaml.YAMLError, text_lines: list[str]) -> tuple[str, str | None]:
    """Return a one-line message for a YAML error, and the key it concerns if the line shows it."""
    import re

    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    if mark is None:
        return f"not valid YAML ({problem})", None
    where = f"line {mark.line + 1}, column {mark.column + 1}"
    key = None
    if 0 <= mark.line < len(text_lines):
        m = re.search(r"([A-Za-z_][\w\-]*)\s*:\s*$", text_lines[mark.line][: mark.column])
        key = m.group(1) if m else None
    if problem.startswith("impossible date"):
        return f"{problem} ({where})", key
    return f"not valid YAML ({where}: {problem})", key


def read_yaml(path: str | Path):
    """Return a YAML file parsed (``yaml.safe_load`` rules), cached while the file is unchanged.

    Each call returns a fresh deep copy, so callers may modify it. A UTF-8 byte order mark is
    accepted; ``!!python/...`` tags are refused, as ``safe_load`` refuses them.

    Raises
    ------
    InputError
        Naming the file (and the line, column and key where YAML shows them): the file is
        missing, unreadable, larger than ``limits.MAX_YAML_BYTES``, not UTF-8, not valid YAML,
        or holds an impossible date.
    """
    from corridorkit import limits
    from corridorkit.errors import InputError

    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise InputError("file not found", file=p) from None
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror})", file=p) from None
    if p.is_dir():
        raise InputError("expected a YAML file, got a folder", file=p)
    if st.st_size > limits.MAX_YAML_BYTES:
        raise InputError(
            f"file is {st.st_size / 1e6:.1f} MB; YAML files over {limits.MAX_YAML_BYTES / 1e6:.1f} MB "
            "are refused",
            file=p,
        )
    try:
        data = _yaml_cached(str(p.resolve()), st.st_mtime_ns, st.st_size)
    except UnicodeDecodeError as exc:
        raise InputError(f"expected UTF-8 text, got undecodable bytes at {exc.start}", file=p) from None
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror})", file=p) from None
    except RecursionError:
        raise InputError("nested too deeply to read", file=p) from None
    except yaml.YAMLError as exc:
        lines = p.read_text(encoding="utf-8", errors="replace").splitlines()
        msg, key = _yaml_problem(exc, lines)
        raise InputError(msg, file=p, field=key) from None
    n = _expanded_size(data, limits.MAX_YAML_NODES)
    if n > limits.MAX_YAML_NODES:
        raise InputError(
            f"the YAML expands to more than {limits.MAX_YAML_NODES:,} values (aliases counted each time they "
            "are used); refused",
            file=p,
        )
    return copy.deepcopy(data)


def _expanded_size(obj: Any, cap: int) -> int:
    """Return how many values ``obj`` holds with shared (aliased) parts counted each time, up to ``cap``+1."""
    memo: dict[int, int] = {}

    def size(o: Any) -> int:
        if not isinstance(o, dict | list):
            return 1
        key = id(o)
        if key in memo:
            return memo[key]
        memo[key] = cap + 1  # a cycle (a recursive alias) counts as too large
        items = o.values() if isinstance(o, dict) else o
        n = 1
        for v in items:
            n += size(v)
            if n > cap:
                break
        memo[key] = min(n, cap + 1)
        return memo[key]

    return size(obj)
