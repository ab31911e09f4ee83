"""``--scenario NAME|FILE`` for the commands that work on the network, resolved once at the door.

A command with ``--scenario`` works on the scenario's network and demand
(:func:`corridorkit.analysis.scenarios.apply_scenario`) on the scenario's date, unless ``--as-of``
gives another; without it, on the curated layers as of ``--as-of``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import typer


def parse_scenario(value: str) -> str:
    """Parse ``--scenario``: a shipped name or a YAML file that passes the schema (close names suggested)."""
    from corridorkit.analysis.scenarios import resolve_scenario
    from corridorkit.errors import CorridorkitError

    try:
        resolve_scenario(value)
    except CorridorkitError as exc:
        raise ValueError(str(exc)) from None
    return value


#: The ``--scenario`` option of route, od, flow and chokepoints.
SCENARIO = typer.Option(
    None,
    "--scenario",
    parser=parse_scenario,
    metavar="NAME|FILE",
    help="A shipped scenario (corridorkit scenario list) or a scenario YAML file: its network and demand, "
    "on its date unless --as-of is given.",
)


@dataclass
class ScenarioNetwork:
    """The network a command works on: the graph, its demand, and what it is for a reader."""

    network: Any
    demand: Any
    scenario: str | None
    as_of: str | None
    scenario_date: bool = False

    def describe(self) -> str:
        """Return ``as of DATE`` or ``scenario NAME, as of DATE`` for titles and summaries."""
        from corridorkit.layers.curated import as_of_date, describe_as_of

        if self.scenario_date:
            day = as_of_date(self.as_of).isoformat()
            return f"scenario {self.scenario}, as of {day} (the scenario's date)"
        when = f"as of {describe_as_of(self.as_of)}"
        return f"scenario {self.scenario}, {when}" if self.scenario else when


def scenario_network(
    scenario: str | None,
    as_of: str | None,
    *,
    params_file: Path | None = None,
    files: list[Path] | None = None,
    need_demand: bool = False,
) -> ScenarioNetwork:
    """Return the network (and demand) of ``scenario`` on its date or ``as_of``, or of the curated layers.

    Parameters
    ----------
    scenario
        A shipped scenario name or a YAML file; None: no scenario.
    as_of
        A date or year overriding the scenario's own date (without a scenario: the network's date).
    params_file
        A YAML file overriding model parameters.
    files
        User layer files added to the shipped layers.
    need_demand
        Build the shipped demand table when there is no scenario.
    """
    from corridorkit.analysis.network import build_network
    from corridorkit.analysis.params import load_params

    params = load_params(params_file)
    if scenario is None:
        G = build_network(as_of, params=params, files=files or None)
        demand = None
        if need_demand:
            from corridorkit.analysis.demand import demand_table

            demand = demand_table(G)
        return ScenarioNetwork(G, demand, None, as_of)
    from corridorkit.analysis.scenarios import apply_scenario, resolve_scenario

    sc = resolve_scenario(scenario)
    if as_of is not None:
        sc = sc.model_copy(update={"as_of": as_of})
    features = None
    if files:
        from corridorkit.layers.curated import load_features

        features, _ = load_features(files, strict=True)
    st = apply_scenario(sc, params=params, features=features)
    return ScenarioNetwork(st.network, st.demand, sc.name, str(sc.as_of), scenario_date=as_of is None)
