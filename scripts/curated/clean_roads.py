"""One-off cleaning of the road-crossings research file into layers/data/curated/roads.geojson (kept for the record).

The roads were researched and digitised by a helper session (sources, capacities, delays and conflicts in each
feature's properties). On five long roads it had reached the published length by inserting synthetic 0.1–0.3 km
zig-zag vertices between named points ("schematic hairpins"): that manufactures agreement with the length check, so
those vertices are removed here. What remains is the line through the named waypoints, nodes and border points, and
those five roads are labelled ``schematic`` with the measured shortfall. Roads without zig-zags keep their geometry.

Usage: ``python scripts/curated/clean_roads.py RESEARCH.geojson`` (the research file is not part of the repository).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import line_km, write  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
CUR = ROOT / "layers" / "data" / "curated"
ZIGZAG_MIN_VERTICES = 100  # the zig-zag roads have 550–1,585 vertices; the others at most 25


def main(research: str) -> None:
    feats = json.loads(Path(research).read_text(encoding="utf-8"))["features"]
    known = {}
    for fn in CUR.glob("*.geojson"):
        if fn.name != "roads.geojson":
            for f in json.loads(fn.read_text(encoding="utf-8"))["features"]:
                if f["geometry"]["type"] == "Point":
                    known[f["properties"]["id"]] = f["geometry"]["coordinates"]
    known.update({f["properties"]["id"]: f["geometry"]["coordinates"] for f in feats if f["geometry"]["type"] == "Point"})
    for f in feats:
        p = f["properties"]
        if f["geometry"]["type"] != "LineString":
            continue
        missing = [n for n in p["nodes"] if n not in known]
        assert not missing, (p["id"], missing)
        cc = f["geometry"]["coordinates"]
        if len(cc) < ZIGZAG_MIN_VERTICES:
            continue
        keep = [(w["lon"], w["lat"]) for w in p.get("waypoints", [])] + [tuple(known[n]) for n in p["nodes"]]
        new = [c for c in cc if any(abs(c[0] - k[0]) < 2e-4 and abs(c[1] - k[1]) < 2e-4 for k in keep)]
        f["geometry"]["coordinates"] = new
        km = line_km(new)
        off = (p.get("length") or {}).get("value")
        short = f" The drawn line measures {km:.0f} km against the official {off:g} km ({100 * (km / off - 1):+.0f}%)." if off else ""
        p["geometry_accuracy"] = "schematic"
        p["geometry_note"] = ("Straight legs between the named towns, passes and border points in `waypoints` (GeoNames and "
                              "the sources listed); serpentines and valley bends are not digitised." + short)
    write(CUR / "roads.geojson", feats)
    print("written", len(feats))


if __name__ == "__main__":
    main(sys.argv[1])
