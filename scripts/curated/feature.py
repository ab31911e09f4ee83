"""Small builder used by the curated-layer build scripts: one call per feature, sources collected by id."""
from __future__ import annotations

import json

from common import line_feature, point_feature, r5


class Builder:
    """Collect features for one file; ``sources`` maps a source id to its record."""

    def __init__(self, layer: str, sources: dict, always: tuple[str, ...] = ()):
        self.layer = layer
        self.sources = sources
        self.always = always
        self.features: list[dict] = []

    def _refs(self, props: dict) -> list[str]:
        text = json.dumps({k: v for k, v in props.items() if k != "sources"})
        found = [sid for sid in self.sources if f'"{sid}"' in text]
        return found

    def _finish(self, props: dict, extra: tuple[str, ...]) -> dict:
        props.setdefault("layer", self.layer)
        props["names"] = {**props.get("names", {}), "en": props["name"]}
        for w in props.get("waypoints", []):
            if w.get("source") not in self.sources:
                w["source"] = None
        ids = list(dict.fromkeys([*self.always, *extra, *self._refs(props)]))
        props["sources"] = [self.sources[i] for i in ids]
        return props

    def point(self, lon: float, lat: float, extra: tuple[str, ...] = (), **props) -> dict:
        csrc = props.pop("coord_source", "geonames")
        props.setdefault("waypoints", [{"name": props["name"], "lon": r5(lon), "lat": r5(lat), "source": csrc}])
        props = self._finish(props, extra)
        f = point_feature(props, lon, lat)
        self.features.append(f)
        return f

    def line(self, coords, extra: tuple[str, ...] = (), **props) -> dict:
        props = self._finish(props, extra)
        f = line_feature(props, coords)
        self.features.append(f)
        return f

    def ev(self, date: str, status: str, sources, note: str | None = None, expected: bool = False) -> dict:
        e = {"date": date, "status": status, "sources": list(sources)}
        if expected:
            e["expected"] = True
        if note:
            e["note"] = note
        return e
