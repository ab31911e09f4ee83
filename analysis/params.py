"""The time and cost model's parameters: one YAML file, every value sourced or labelled an assumption."""

from __future__ import annotations

import copy
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

from corridorkit.errors import InputError, Problem
from corridorkit.geo.io import read_yaml


class Params:
    """Parameters of the time and cost model.

    Values are read with dotted keys: ``params.value("speed_kmh.rail")``. Each
    value entry is a mapping with ``value`` and either ``sources`` (ids from the
    file's ``sources``) or ``assumption: true`` with a ``note``.
    """

    def __init__(self, data: dict[str, Any], *, file: str = "<params>") -> None:
        self.data = data
        self.file = file
        problems = _validate(data, file)
        if problems:
            raise InputError(problems=problems)

    def entry(self, key: str) -> dict[str, Any]:
        """Return the entry (value, sources or assumption, note) at a dotted key."""
        node: Any = self.data
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                raise InputError(f"no parameter {key!r}", file=self.file, field=key)
            node = node[part]
        return node

    def value(self, key: str) -> float:
        """Return the number at a dotted key (e.g. ``"transfer_h.gauge_break"``).

        Raises
        ------
        InputError
            When the key names no entry, or an entry (or a group of entries) without a number.
        """
        v = e.get("value") if isinstance(e := self.entry(key), dict) else None
        if isinstance(v, bool) or not isinstance(v, int | float):
            raise InputError(f"parameter {key!r} has no number value", file=self.file, field=key)
        return float(v)

    def transfer_hours(self, kind: str, place: str | None = None) -> float:
        """Return the hours of a transfer (``rail_ferry``, ``rail_ship`` ...), at a place if it has its own.

        A port with a sourced figure of its own (``transfer_h_at.<place>.<kind>``: the Lake Van
        piers, the Georgian ports) overrides the model-wide ``transfer_h.<kind>``.
        """
        at = self.data.get("transfer_h_at", {})
        if place is not None and kind in at.get(place, {}):
            return float(at[place][kind]["value"])
        return self.value(f"transfer_h.{kind}")

    @property
    def od_places(self) -> list[str]:
        """The ids of the named places of the shipped OD matrix."""
        return list(self.data.get("od_places", []))

    def with_overrides(self, overrides: dict[str, Any]) -> Params:
        """Return new parameters with values replaced (nested mappings merge key by key)."""
        return Params(_merge(copy.deepcopy(self.data), overrides), file=self.file)


def _validate(data: dict[str, Any], file: str) -> list[Problem]:
    problems: list[Problem] = []
    sources = set((data.get("sources") or {}).keys())

    def walk(node: Any, path: str) -> None:
        if isinstance(node, dict) and "value" in node:
            v = node["value"]
            if not isinstance(v, int | float) or isinstance(v, bool) or not 0 <= v < float("inf"):
                problems.append(Problem(f"expected a finite number >= 0, got {v!r}", file, None, path))
            if node.get("assumption"):
                if not node.get("note"):
                    problems.append(Problem("an assumption needs a note", file, None, path))
            else:
                refs = node.get("sources") or []
                if not refs:
                    problems.append(Problem("expected sources or assumption: true", file, None, path))
                for r in refs:
                    if r not in sources:
                        problems.append(Problem(f"unknown source {r!r}", file, None, path))
            return
        if isinstance(node, dict):
            for k, v in node.items():
                if path == "" and k in ("sources", "od_places"):
                    continue
                walk(v, f"{path}.{k}" if path else k)

    walk(data, "")
    return problems


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    for k, v in over.items():
        if isinstance(v, dict) and isinstance(base.get(k), dict) and "value" not in v:
            _merge(base[k], v)
        elif isinstance(v, dict) and isinstance(base.get(k), dict):
            base[k] = {**base[k], **v}
        else:
            base[k] = v
    return base


def coverage_notes() -> dict[str, str]:
    """Return the known coverage limits by asset id (``analysis/params/coverage.yaml``).

    An asset listed there is the only modelled link where the real network has others: a high
    chokepoint rank on it is a coverage artefact, and the report says so.
    """
    path = Path(str(files("corridorkit.analysis") / "params" / "coverage.yaml"))
    return dict(read_yaml(path).get("coverage_artefacts") or {})


def default_params_path() -> Path:
    """Return the path of the shipped parameter file."""
    return Path(str(files("corridorkit.analysis") / "params" / "default.yaml"))


def load_params(path: str | Path | None = None) -> Params:
    """Return the shipped parameters, with the values of a user YAML file merged over them.

    Parameters
    ----------
    path
        A YAML file holding only the keys to change, e.g.
        ``{"transfer_h": {"rail_ferry": {"value": 48, "assumption": true, "note": "..."}}}``.
    """
    base = read_yaml(default_params_path())
    params = Params(base, file=str(default_params_path()))
    if path is None:
        return params
    p = Path(path)
    try:
        over = read_yaml(p) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"cannot read the parameter file ({exc})", file=p) from None
    if not isinstance(over, dict):
        raise InputError("expected a mapping of parameters", file=p)
    merged = Params(_merge(copy.deepcopy(base), over), file=str(p))
    return merged
