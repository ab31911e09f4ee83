"""corridorkit.analysis: network, routing, flows, criticality, chokepoints, scenarios, validation.

The public surface is listed in ``__all__``; names are imported on first use (PEP 562), so
importing one module of the subpackage does not load the others.
"""

from corridorkit._lazy import lazy_exports

__all__, __getattr__ = lazy_exports(
    __name__,
    {
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
    },
)
