"""The notebooks run top to bottom in a Jupyter kernel, on the shipped data, as a user runs them.

One ``python3`` kernel (the one ``pip install -e ".[test]"`` provides) runs them all, each in a
fresh namespace (``%reset -f`` first) with ``notebooks/`` as its working folder: a notebook that
leans on a name another one defined fails as it would in a new kernel. Sharing the kernel saves
starting one and importing the scientific stack in it once per notebook (~3.5 s of CPU each),
which is all that differs from a new kernel per notebook: the modules it has imported, and the
data they keep loaded.
"""

from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))
CELL_TIMEOUT_S = 600


@pytest.fixture(scope="module")
def kernel():
    from jupyter_client.manager import start_new_kernel

    km, kc = start_new_kernel(kernel_name="python3", cwd=str(NOTEBOOKS[0].parent))
    kc.stop_channels()  # each notebook's client opens its own
    yield km
    km.shutdown_kernel(now=True)


def test_every_notebook_is_here():
    assert [p.name for p in NOTEBOOKS] == [
        "01_quickstart.ipynb",
        "02_routing_and_scenarios.ipynb",
        "03_chokepoints_and_flows.ipynb",
        "04_terrain.ipynb",
        "05_scenario_comparison.ipynb",
    ]


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_the_notebook_runs_top_to_bottom(path, kernel):
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    nb.cells.insert(0, nbformat.v4.new_code_cell(f"%reset -f\n%cd {str(path.parent)!r}"))
    client = NotebookClient(nb, km=kernel, timeout=CELL_TIMEOUT_S, allow_errors=False)
    try:
        client.execute()  # a cell that raises fails the test with its traceback
    finally:
        if client.kc is not None:
            client.kc.stop_channels()
