"""Compiled kernels of the N-1 criticality engine (numba): baseline trees and their repair.

The engine (:mod:`corridorkit.analysis.criticality`) keeps, for each origin, a shortest-path
tree of the baseline network. Removing a link can only change the distances of the nodes
below it in the trees that contain it (every other node keeps a shortest path that avoids
it). :func:`repair_elements` recomputes exactly the distances that matter, Ramalingam–Reps
style: the affected set ``A`` is the union of the subtrees below the changed tree edges; a
node ``y`` of ``A`` starts from its best entry from outside ``A`` (``d(x) + w(x, y)``, ``x``
unaffected, so ``d(x)`` is still exact), and a search confined to ``A`` finishes the job.
Three things bound the work:

* only origins whose paths to a destination with demand use a changed edge are repaired, and
  only for the demanded destinations below it;
* each such destination ``t`` gets an A* search whose estimate is the baseline distance to
  ``t`` (computed once, on the reversed graph): removing links only lengthens paths, so the
  estimate never overestimates and is consistent, and the search settles the nodes near the
  best detour only, stopping when ``t`` is settled;
* ``A`` is never listed in full: its nodes are visited in order of baseline distance +
  estimate (a heap walk down the tree, monotone because the estimate is consistent) and a
  node is seeded only when the search frontier reaches that value, a lower bound of its own.

Everything here works on plain arrays so that the kernels compile with numba and the
engine pickles cheaply to Dask workers.
"""

from __future__ import annotations

import numpy as np
from numba import njit

INF = np.inf
#: A typed zero: a literal 0 passed to a kernel compiles a second version of it (``Literal[int](0)``).
ZERO = np.int64(0)


@njit(cache=True)
def _push(keys, vals, size, key, val):
    i = size
    while i > 0:
        parent = (i - 1) >> 1
        if keys[parent] <= key:
            break
        keys[i] = keys[parent]
        vals[i] = vals[parent]
        i = parent
    keys[i] = key
    vals[i] = val
    return size + 1


@njit(cache=True)
def _pop(keys, vals, size):
    # removes the top (the caller has read keys[0], vals[0]); returns the new size
    size -= 1
    if size == 0:
        return 0
    key = keys[size]
    val = vals[size]
    i = 0
    while True:
        c = 2 * i + 1
        if c >= size:
            break
        if c + 1 < size and keys[c + 1] < keys[c]:
            c += 1
        if keys[c] >= key:
            break
        keys[i] = keys[c]
        vals[i] = vals[c]
        i = c
    keys[i] = key
    vals[i] = val
    return size


@njit(cache=True)
def baseline_trees(indptr, indices, weight, origins):
    """Return (dist, parent_pos): Dijkstra from each origin, with each node's tree edge (CSR position)."""
    n = len(indptr) - 1
    k_count = len(origins)
    dist = np.full((k_count, n), INF)
    parent = np.full((k_count, n), -1, dtype=np.int32)
    keys = np.empty(len(indices) + 1)
    vals = np.empty(len(indices) + 1, dtype=np.int32)
    done = np.zeros(n, dtype=np.uint8)
    for k in range(k_count):
        done[:] = 0
        d = dist[k]
        par = parent[k]
        s = origins[k]
        d[s] = 0.0
        size = _push(keys, vals, ZERO, 0.0, np.int32(s))
        while size > 0:
            dx = keys[0]
            x = vals[0]
            size = _pop(keys, vals, size)
            if done[x]:
                continue
            done[x] = 1
            for p in range(indptr[x], indptr[x + 1]):
                y = indices[p]
                nd = dx + weight[p]
                if nd < d[y]:
                    d[y] = nd
                    par[y] = p
                    size = _push(keys, vals, size, nd, y)
    return dist, parent


@njit(cache=True)
def tree_layout(parent, tail, origins):
    """Return (tin, tout, child_ptr, child) of each origin's tree: preorder intervals and children.

    ``tin[k, x] <= tin[k, y] < tout[k, x]`` iff ``y`` is below ``x`` (or is ``x``) in origin
    ``k``'s tree; nodes the origin does not reach have ``tin = -1``.
    """
    k_count, n = parent.shape
    tin = np.full((k_count, n), -1, dtype=np.int32)
    tout = np.full((k_count, n), -1, dtype=np.int32)
    child_ptr = np.zeros((k_count, n + 1), dtype=np.int32)
    child = np.empty((k_count, n), dtype=np.int32)
    stack = np.empty(n, dtype=np.int32)
    nxt = np.empty(n, dtype=np.int32)
    for k in range(k_count):
        ptr = child_ptr[k]
        for x in range(n):
            p = parent[k, x]
            if p >= 0:
                ptr[tail[p] + 1] += 1
        for x in range(n):
            ptr[x + 1] += ptr[x]
        fill = ptr[:n].copy()
        for x in range(n):
            p = parent[k, x]
            if p >= 0:
                par = tail[p]
                child[k, fill[par]] = x
                fill[par] += 1
        r = origins[k]
        clock = 0
        top = 0
        stack[0] = r
        nxt[0] = ptr[r]
        tin[k, r] = clock
        clock += 1
        while top >= 0:
            x = stack[top]
            if nxt[top] < ptr[x + 1]:
                c = child[k, nxt[top]]
                nxt[top] += 1
                top += 1
                stack[top] = c
                nxt[top] = ptr[c]
                tin[k, c] = clock
                clock += 1
            else:
                tout[k, x] = clock
                top -= 1
    return tin, tout, child_ptr, child


@njit(cache=True)
def relevant_tree_edges(parent, tail, destinations, demand, dist):
    """Return (pair, origin) arrays: the tree edges of each origin on its paths to demanded destinations.

    Only these edges can change a loss: removing any other edge leaves every demanded
    distance of that origin as it was.
    """
    k_count = parent.shape[0]
    n_pairs = len(tail)
    stamp = np.full(n_pairs, -1, dtype=np.int32)
    cap = 1024
    out_pair = np.empty(cap, dtype=np.int32)
    out_origin = np.empty(cap, dtype=np.int32)
    count = 0
    for k in range(k_count):
        for j in range(len(destinations)):
            t = destinations[j]
            if demand[k, j] <= 0 or dist[k, t] == INF:
                continue
            x = t
            while parent[k, x] >= 0:
                p = parent[k, x]
                if stamp[p] == k:
                    break  # the rest of this path is marked already
                stamp[p] = k
                if count == cap:
                    cap *= 2
                    out_pair = _grow_i(out_pair, cap)
                    out_origin = _grow_i(out_origin, cap)
                out_pair[count] = p
                out_origin[count] = k
                count += 1
                x = tail[p]
    return out_pair[:count].copy(), out_origin[:count].copy()


@njit(cache=True)
def _grow_i(a, cap):
    b = np.empty(cap, dtype=a.dtype)
    b[: len(a)] = a
    return b


@njit(cache=True)
def _grow_f(a, cap):
    b = np.empty(cap, dtype=a.dtype)
    b[: len(a)] = a
    return b


@njit(cache=True)
def _inside(t, lo, hi, n_roots):
    if t < 0:
        return False
    for i in range(n_roots):
        if lo[i] <= t < hi[i]:
            return True
    return False


@njit(cache=True)
def _search(
    t,
    h_row,
    k,
    lo,
    hi,
    m_roots,
    top,
    wcur,
    indptr,
    indices,
    rev_ptr,
    rev_tail,
    rev_pos,
    dist,
    tin,
    child_ptr,
    child,
    label,
    final,
    touched,
    dh_keys,
    dh_vals,
    th_keys,
    th_vals,
):
    """Return (new distance from origin k to node t, nodes settled): A* confined to the affected set.

    ``h_row`` is the baseline distance of every node to ``t`` (Dijkstra on the reversed graph):
    removing links only lengthens paths, so it never overestimates and is consistent
    (``h(x) <= w(x, y) + h(y)``); the search settles the nodes near the best detour only.
    The affected set is the union of the subtrees with preorder intervals ``[lo, hi)``.
    """
    dk = dist[k]
    tk = tin[k]
    cp = child_ptr[k]
    ck = child[k]
    n_touched = 0
    settled = 0
    th = ZERO
    for i in range(m_roots):
        r = top[i]
        if h_row[r] < INF:
            th = _push(th_keys, th_vals, th, dk[r] + h_row[r], r)
    dh = ZERO
    new = INF
    while True:
        if th > 0 and (dh == 0 or th_keys[0] <= dh_keys[0]):
            # activate the affected node y (nodes come in order of baseline distance + estimate, a
            # lower bound of their new one): seed it from its unaffected in-neighbours
            y = th_vals[0]
            th = _pop(th_keys, th_vals, th)
            best = label[y]
            for q in range(rev_ptr[y], rev_ptr[y + 1]):
                x = rev_tail[q]
                wq = wcur[rev_pos[q]]
                if wq == INF or dk[x] == INF or _inside(tk[x], lo, hi, m_roots):
                    continue
                cand = dk[x] + wq
                if cand < best:
                    best = cand
            if best < label[y]:
                if label[y] == INF:
                    touched[n_touched] = y
                    n_touched += 1
                label[y] = best
                dh = _push(dh_keys, dh_vals, dh, best + h_row[y], y)
            for q in range(cp[y], cp[y + 1]):
                z = ck[q]
                if h_row[z] < INF:  # otherwise t is not reachable from z
                    th = _push(th_keys, th_vals, th, dk[z] + h_row[z], z)
        elif dh > 0:
            key = dh_keys[0]
            y = dh_vals[0]
            dh = _pop(dh_keys, dh_vals, dh)
            g = label[y]
            if final[y] or key > g + h_row[y]:
                continue
            final[y] = 1
            settled += 1
            if y == t:
                new = g
                break
            for p in range(indptr[y], indptr[y + 1]):
                z = indices[p]
                wq = wcur[p]
                if final[z] or wq == INF or h_row[z] == INF or not _inside(tk[z], lo, hi, m_roots):
                    continue
                cand = g + wq
                if cand < label[z]:
                    if label[z] == INF:
                        touched[n_touched] = z
                        n_touched += 1
                    label[z] = cand
                    dh = _push(dh_keys, dh_vals, dh, cand + h_row[z], z)
        else:
            break  # t cannot be reached any more: cut off
    for i in range(n_touched):
        y = touched[i]
        label[y] = INF
        final[y] = 0
    return new, settled


@njit(cache=True)
def repair_elements(
    elements,
    elem_ptr,
    change_pair,
    change_weight,
    indptr,
    indices,
    weight,
    rev_ptr,
    rev_tail,
    rev_pos,
    pair_org_ptr,
    pair_org,
    dist,
    parent,
    tin,
    tout,
    child_ptr,
    child,
    destinations,
    demand,
    dist_to,
):
    """Return the changed OD distances when each element goes, one element at a time.

    Parameters are the engine's arrays (see :class:`corridorkit.analysis.criticality.CriticalityEngine`);
    ``elements`` are indices into ``elem_ptr``; element ``e`` changes the CSR weights at
    ``change_pair[elem_ptr[e]:elem_ptr[e + 1]]`` to ``change_weight[...]`` (``inf``: removed).
    ``dist_to[j]`` holds every node's baseline distance to destination ``j``.

    Returns
    -------
    (entry_element, entry_origin, entry_destination, entry_new, repaired, settled)
        One entry per (element, origin, destination column) whose distance grew (``inf`` when cut
        off); ``repaired[i]``: origins whose tree was repaired for ``elements[i]``; ``settled[i]``:
        nodes settled by those repairs (the work done).
    """
    n = len(indptr) - 1
    k_count = dist.shape[0]
    n_dest = len(destinations)
    wcur = weight.copy()
    label = np.full(n, INF)
    final = np.zeros(n, dtype=np.uint8)
    touched = np.empty(n, dtype=np.int32)
    dh_keys = np.empty(len(indices) + n + 1)
    dh_vals = np.empty(len(indices) + n + 1, dtype=np.int32)
    th_keys = np.empty(n + 1)
    th_vals = np.empty(n + 1, dtype=np.int32)
    org_mark = np.full(k_count, -1, dtype=np.int64)
    org_list = np.empty(k_count, dtype=np.int32)
    new_of_node = np.full(n, -1.0)  # new distance of a target node, for the repair in progress
    max_changes = 1
    for e in elements:
        max_changes = max(max_changes, elem_ptr[e + 1] - elem_ptr[e])
    roots = np.empty(max_changes, dtype=np.int32)
    top = np.empty(max_changes, dtype=np.int32)
    lo = np.empty(max_changes, dtype=np.int32)
    hi = np.empty(max_changes, dtype=np.int32)
    cap = 1024
    out_e = np.empty(cap, dtype=np.int32)
    out_k = np.empty(cap, dtype=np.int32)
    out_j = np.empty(cap, dtype=np.int32)
    out_new = np.empty(cap)
    count = 0
    repaired = np.zeros(len(elements), dtype=np.int32)
    settled = np.zeros(len(elements), dtype=np.int64)

    for ei in range(len(elements)):
        e = elements[ei]
        c0, c1 = elem_ptr[e], elem_ptr[e + 1]
        for c in range(c0, c1):
            wcur[change_pair[c]] = change_weight[c]
        # origins with a changed pair on a path to a demanded destination
        n_org = 0
        for c in range(c0, c1):
            p = change_pair[c]
            for q in range(pair_org_ptr[p], pair_org_ptr[p + 1]):
                k = pair_org[q]
                if org_mark[k] != ei:
                    org_mark[k] = ei
                    org_list[n_org] = k
                    n_org += 1
        org_sorted = np.sort(org_list[:n_org])
        for k in org_sorted:
            # the affected set: the subtrees below every changed pair that is a tree edge of origin k
            n_roots = 0
            for c in range(c0, c1):
                p = change_pair[c]
                v = indices[p]
                if parent[k, v] == p:
                    roots[n_roots] = v
                    n_roots += 1
            m_roots = ZERO
            for i in range(n_roots):
                v = roots[i]
                nested = False
                for i2 in range(n_roots):
                    if i2 != i:
                        w2 = roots[i2]
                        if tin[k, w2] <= tin[k, v] < tout[k, w2]:
                            nested = True
                            break
                if not nested:
                    lo[m_roots] = tin[k, v]
                    hi[m_roots] = tout[k, v]
                    top[m_roots] = v
                    m_roots += 1
            any_target = False
            for j in range(n_dest):
                t = destinations[j]
                if demand[k, j] <= 0 or dist[k, t] == INF or not _inside(tin[k, t], lo, hi, m_roots):
                    continue
                any_target = True
                if new_of_node[t] < 0:
                    new, done = _search(
                        t,
                        dist_to[j],
                        k,
                        lo,
                        hi,
                        m_roots,
                        top,
                        wcur,
                        indptr,
                        indices,
                        rev_ptr,
                        rev_tail,
                        rev_pos,
                        dist,
                        tin,
                        child_ptr,
                        child,
                        label,
                        final,
                        touched,
                        dh_keys,
                        dh_vals,
                        th_keys,
                        th_vals,
                    )
                    new_of_node[t] = new
                    settled[ei] += done
                new = new_of_node[t]
                if new > dist[k, t]:
                    if count == cap:
                        cap *= 2
                        out_e = _grow_i(out_e, cap)
                        out_k = _grow_i(out_k, cap)
                        out_j = _grow_i(out_j, cap)
                        out_new = _grow_f(out_new, cap)
                    out_e[count] = ei
                    out_k[count] = k
                    out_j[count] = j
                    out_new[count] = new
                    count += 1
            if any_target:
                repaired[ei] += 1
            for j in range(n_dest):
                new_of_node[destinations[j]] = -1.0
        for c in range(c0, c1):
            wcur[change_pair[c]] = weight[change_pair[c]]
    return (
        out_e[:count].copy(),
        out_k[:count].copy(),
        out_j[:count].copy(),
        out_new[:count].copy(),
        repaired,
        settled,
    )
