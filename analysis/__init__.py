"""corridorkit.analysis: network, routing, flows, criticality, chokepoints, scenarios, validation.

The public surface is listed in ``__all__``; names are imported on first use (PEP 562), so
importing one module of the subpackage does not load the others.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "apply_scenario": "corridorkit.analysis.scenarios",
    "build_network": "corridorkit.analysis.network",
    "chokepoints": "corridorkit.analysis.chokepoints",
    "load_params": "corridorkit.analysis.params",
    "load_questions": "corridorkit.analysis.validation",
    "make_edge": "corridorkit.analysis.edges",
    "max_flow": "corridorkit.analysis.flows",
    "od_matrix": "corridorkit.analysis.od",
    "resolve_place": "corridorkit.analysis.routing",
    "route": "corridorkit.analysis.routing",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
