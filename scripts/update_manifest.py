"""Record the curated layers in layers/data/manifest.json (sha256, size, sources, licence).

Usage: python scripts/update_manifest.py   (after editing any file in layers/data/curated/)
The base-data entries are written by scripts/build_base_data.py.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "layers" / "data"
sys.path.insert(0, str(ROOT))


def main() -> None:
    from corridorkit.geo.io import write_json

    path = DATA / "manifest.json"
    man = json.loads(path.read_text(encoding="utf-8"))
    files = {k: v for k, v in man["files"].items() if not k.startswith("curated/")}
    for p in sorted((DATA / "curated").glob("*.geojson")):
        fc = json.loads(p.read_text(encoding="utf-8"))
        feats = fc["features"]
        urls = sorted({s["url"] for f in feats for s in f["properties"].get("sources", [])})
        acc = {}
        for f in feats:
            a = f["properties"].get("geometry_accuracy")
            acc[a] = acc.get(a, 0) + 1
        files[f"curated/{p.name}"] = {
            "sha256": hashlib.sha256(p.read_bytes()).hexdigest(),
            "bytes": p.stat().st_size,
            "source": {
                "title": "Curated for corridorkit from the public sources each feature cites",
                "features": len(feats),
                "distinct_source_urls": len(urls),
                "geometry_accuracy": dict(sorted(acc.items())),
            },
            "licence": "CC BY 4.0 (corridorkit curated data); town coordinates from GeoNames "
            "(CC BY 4.0); figures are facts from the cited sources",
            "url": "https://www.geonames.org/",
            "transformation": "digitised through the named waypoints recorded in each feature; "
            "sea legs from searoute 1.6's marine network; see docs/schema.md",
        }
    man["files"] = dict(sorted(files.items()))
    write_json(path, man, indent=1)
    print(f"{len(files)} files in the manifest")


if __name__ == "__main__":
    main()
