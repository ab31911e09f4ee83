"""The house: layers -> analysis -> maps, no import cycles (lazy imports included), every module imports."""

import ast
import functools
import importlib
from pathlib import Path

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = {"corridorkit": "corridorkit", "geo": "corridorkit.geo", "layers": "corridorkit.layers",
            "analysis": "corridorkit.analysis", "maps": "corridorkit.maps"}


def modules() -> dict[str, Path]:
    out = {}
    for folder, pkg in PACKAGES.items():
        for p in sorted((ROOT / folder).rglob("*.py")):
            if p.name == "__main__.py":
                continue
            rel = p.relative_to(ROOT / folder).with_suffix("")
            parts = [x for x in rel.parts if x != "__init__"]
            out[".".join([pkg, *parts])] = p
    return out


def imports_of(path: Path, name: str, known: set[str]) -> set[str]:
    """Every corridorkit module a file imports, at the top or inside a function."""
    found = set()
    pkg = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(pkg.split(".")[: len(pkg.split(".")) - node.level + 1] + ([base] if base else []))
            names = [base] + [f"{base}.{a.name}" for a in node.names]
        else:
            continue
        for n in names:
            while n and n not in known:
                n = n.rsplit(".", 1)[0] if "." in n else ""
            if n and n != name:
                found.add(n)
    return found


@functools.lru_cache(maxsize=1)  # the files do not change during a test run: parsed once, read by each test
def import_graph() -> nx.DiGraph:
    mods = modules()
    G = nx.DiGraph()
    for name, path in mods.items():
        G.add_node(name)
        for dep in imports_of(path, name, set(mods)):
            if not (name.startswith(dep + ".") and path.name != "__init__.py"):  # a module's own package
                G.add_edge(name, dep)
    return G


def test_no_module_imports_another_that_imports_it_back():
    G = import_graph()
    # a package __init__ that re-exports its modules is not a cycle of code: leave the package nodes out
    H = G.subgraph([n for n in G if not modules()[n].name == "__init__.py"])
    cycles = list(nx.simple_cycles(H))
    assert cycles == [], f"import cycles: {cycles[:5]}"


@pytest.mark.parametrize(
    "lower, upper",
    [("corridorkit.geo", "corridorkit.layers"), ("corridorkit.geo", "corridorkit.analysis"),
     ("corridorkit.geo", "corridorkit.maps"), ("corridorkit.layers", "corridorkit.analysis"),
     ("corridorkit.layers", "corridorkit.maps"), ("corridorkit.analysis", "corridorkit.maps"),
     ("corridorkit.layers", "corridorkit.cli"), ("corridorkit.analysis", "corridorkit.cli"),
     ("corridorkit.maps", "corridorkit.cli")],
)
def test_data_flows_one_way(lower, upper):
    G = import_graph()
    bad = [(a, b) for a, b in G.edges if a.startswith(lower + ".") and b.startswith(upper)]
    assert bad == [], f"{lower} imports {upper}: {bad}"


def test_the_checker_sees_a_cycle_and_a_lazy_import(tmp_path):
    # a hand-made pair of modules importing each other, one of them inside a function
    a = tmp_path / "a.py"
    a.write_text("from corridorkit.maps import b\n")
    b = tmp_path / "b.py"
    b.write_text("def f():\n    from corridorkit.maps.a import x\n")
    known = {"corridorkit.maps.a", "corridorkit.maps.b", "corridorkit.maps"}
    G = nx.DiGraph()
    G.add_edges_from(("corridorkit.maps.a", d) for d in imports_of(a, "corridorkit.maps.a", known))
    G.add_edges_from(("corridorkit.maps.b", d) for d in imports_of(b, "corridorkit.maps.b", known))
    assert ["corridorkit.maps.a", "corridorkit.maps.b"] in [sorted(c) for c in nx.simple_cycles(G)]


def test_every_module_imports_and_every_public_name_exists():
    for name in modules():
        mod = importlib.import_module(name)
        for attr in getattr(mod, "__all__", []):
            assert hasattr(mod, attr), f"{name}.__all__ names {attr!r}, which does not exist"
