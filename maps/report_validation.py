"""The report section "How well the model reproduces published figures": the validation table and a plot."""

from __future__ import annotations

import math

from corridorkit.maps.page import Cell, Section, save_png

#: Colours of the question statuses in the plot (the same green/amber/red as the table's words).
STATUS_COLORS = {"ok": "#1a9850", "explained": "#fdae61", "outside": "#d73027", "no route": "#d73027"}


def _fmt(v, metric: str) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "—"
    if metric == "via":
        return "yes" if v >= 1 else "no"
    if math.isinf(v):
        return "∞"
    return f"{v:,.1f}" if metric == "days" else f"{v:,.0f}"


def validation_section(ctx) -> Section:
    """Return the section; write ``tables/validation.csv`` and ``plots/validation.png``.

    The questions and their sources are ``analysis/params/validation.yaml``; the answers come
    from the routing the command line uses (``corridorkit validate`` prints the same table).
    """
    import matplotlib.pyplot as plt

    from corridorkit.analysis.validation import load_questions, run, score

    df = run(load_questions())
    df.to_csv(ctx.path("tables", "validation.csv"), index=False)
    sc = score(df)
    s = Section("validation", "How well the model reproduces published figures")
    s.text(
        f"Before trusting the scenarios, check the model against what is published: {sc['total']} "
        "origin–destination questions (transit days, route km, and which corridor carries the traffic), "
        "each with its source, date and accepted tolerance, answered by the same routing as the rest of "
        "this report."
    )
    answerable = sc["total"] - sc["not in model"] - sc["input check"]
    s.note(
        f"{sc['ok']} of the {answerable} questions the model can answer are within tolerance; "
        f"{sc['explained']} are outside with a known reason (given in the table); "
        f"{sc['outside'] + sc['no route']} are outside without one. {sc['not in model']} ask for places the "
        f"network does not have yet; {sc['input check']} are input checks, not counted (the reference is the "
        "data's own official length)."
    )
    num = df[df.metric.isin(["days", "km"]) & df.modelled.notna() & df.published.notna()]
    if len(num):
        fig, axes = plt.subplots(1, 2, figsize=(10, 4.4))
        for ax, metric, unit in ((axes[0], "days", "days"), (axes[1], "km", "km")):
            part = num[num.metric == metric]
            for status, grp in part.groupby("status"):
                ax.scatter(
                    grp.published,
                    grp.modelled,
                    s=28,
                    color=STATUS_COLORS.get(status, "#777777"),
                    label=status,
                    edgecolor="white",
                    linewidth=0.5,
                    zorder=3,
                )
                for r in grp.itertuples():
                    if r.low == r.low and r.high == r.high and not math.isinf(r.high):
                        ax.plot([r.published, r.published], [r.low, r.high], color="#bbbbbb", lw=1, zorder=1)
            lo = max(min(part.published.min(), part.modelled.min()) * 0.8, 0.1) if len(part) else 1
            hi = max(part.published.max(), part.modelled.max()) * 1.2 if len(part) else 10
            ax.plot([lo, hi], [lo, hi], color="#444444", lw=1, ls="--", zorder=2)
            ax.set_xscale("log")
            ax.set_yscale("log")
            ax.set_xlabel(f"published ({unit})")
            ax.set_ylabel(f"modelled ({unit})")
            ax.set_title(f"{metric}: {len(part)} questions (grey bar: accepted band)")
            ax.legend(fontsize=8, loc="upper left")
        save_png(fig, ctx.path("plots", "validation.png"))
        s.img("plots/validation.png", "Published vs modelled days and km; dashed: equal; grey: accepted band")
    rows = []
    for r in df.itertuples():
        band = "" if r.metric == "via" else f"{_fmt(r.low, r.metric)}–{_fmt(r.high, r.metric)}"
        err = "" if r.error_pct is None or r.error_pct != r.error_pct else f"{r.error_pct:+.0f} %"
        first_url = r.sources.split(", ")[0] if r.sources else None
        rows.append(
            [
                r.group,
                Cell(r.question, href=first_url),
                r.metric,
                _fmt(r.published, r.metric),
                band,
                _fmt(r.modelled, r.metric),
                err,
                r.status,
                r.explanation or r.detail or r.route,
            ]
        )
    s.table(
        [
            "group",
            "question (link: source)",
            "metric",
            "published",
            "accepted",
            "modelled",
            "error",
            "status",
            "why / route",
        ],
        rows,
        caption="Every question, its first source linked; all sources in tables/validation.csv",
    )
    s.links([("the table as CSV, with every source", "tables/validation.csv")])
    return s
