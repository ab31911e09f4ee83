"""Reuse of built networks and computed results inside one block of work (a report run).

The report builds the same network states many times: every comparison starts from the
baseline, a scenario that extends another repeats its base's steps, and the same flow
question is asked of states that differ only in links it does not use. Inside
``with reuse_results():`` the functions that know how to key their results by what
determines them (:func:`~corridorkit.analysis.scenarios.apply_scenario`,
:func:`~corridorkit.analysis.flows.max_flow`, :func:`~corridorkit.analysis.compare.metrics`)
keep them and hand them back. Outside a block nothing is kept, so a later call always sees
the files as they are then.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_MEMO: ContextVar[dict[str, dict] | None] = ContextVar("corridorkit_reuse", default=None)


@contextmanager
def reuse_results() -> Iterator[None]:
    """Keep built networks and computed results for reuse until the block ends (blocks nest)."""
    token = _MEMO.set({}) if _MEMO.get() is None else None
    try:
        yield
    finally:
        if token is not None:
            _MEMO.reset(token)


def memo(namespace: str) -> dict | None:
    """Return the store of one kind of result inside a :func:`reuse_results` block, else None."""
    store = _MEMO.get()
    return None if store is None else store.setdefault(namespace, {})
