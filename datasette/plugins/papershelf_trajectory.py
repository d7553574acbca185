"""A paper's row page charts its upvotes and GitHub stars over time (issue 16).

Self-contained so the paper page can move it: this plugin gives the row page of a paper
`paper_trajectory` (the chart's geometry, or None without observations) and
templates/_papershelf_trajectory.html draws it as inline SVG, with no script and no
stylesheet of its own (nothing for a content security policy to allow).
A page that wants the chart includes the template; the values come from the
observations table, in the order the `paper_observations` canned query gives them.
"""

from __future__ import annotations

from datetime import UTC, datetime

from datasette import hookimpl
from datasette.utils import urlsafe_components

# The drawing area of one series, in SVG user units, and the room left for its labels.
WIDTH, HEIGHT = 420, 90
LEFT, RIGHT, TOP, BOTTOM = 48, 12, 8, 20
SERIES = (("upvotes", "Upvotes", "#ea580c"), ("github_stars", "GitHub stars", "#4b5563"))


def _moment(observed_at: str) -> float | None:
    try:
        return datetime.strptime(observed_at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).timestamp()
    except (TypeError, ValueError):  # a row edited by hand
        return None


def _series(rows: list[dict], column: str, label: str, colour: str) -> dict | None:
    points = [(row["observed_at"], row[column]) for row in rows if type(row[column]) is int]
    if not points:
        return None
    moments = [_moment(at) for at, _ in points]
    # A time that does not read as one puts every point in order, evenly spaced.
    times = [0.0] * len(points) if None in moments else moments
    t0, t1 = min(times), max(times)
    values = [value for _, value in points]
    low, high = min(values), max(values)
    inner_w, inner_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(i: int) -> float:
        if t1 > t0:
            return LEFT + inner_w * (times[i] - t0) / (t1 - t0)
        # All at one moment (or undated): spread in order, one point in the middle.
        return LEFT + (inner_w * i / (len(points) - 1) if len(points) > 1 else inner_w / 2)

    def y(value: int) -> float:
        if high == low:
            return TOP + inner_h / 2
        return TOP + inner_h * (high - value) / (high - low)

    dots = [{"x": round(x(i), 1), "y": round(y(value), 1), "value": value, "day": at[:10]}
            for i, (at, value) in enumerate(points)]
    return {
        "column": column, "label": label, "colour": colour, "dots": dots,
        "points": " ".join(f"{d['x']},{d['y']}" for d in dots),
        "low": low, "high": high, "first": dots[0], "last": dots[-1],
        "gained": values[-1] - values[0],
    }


def trajectory_chart(rows: list[dict]) -> dict | None:
    """The chart of a paper's observations (dicts with observed_at, upvotes, github_stars,
    oldest first): one small line per series that has a value, or None when none has."""
    series = [s for column, label, colour in SERIES
              if (s := _series(rows, column, label, colour)) is not None]
    if not series:
        return None
    return {"series": series, "width": WIDTH, "height": HEIGHT, "left": LEFT,
            "right": WIDTH - RIGHT, "top": TOP, "bottom": HEIGHT - BOTTOM,
            "observations": len(rows)}


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    if view_name != "row" or table != "papers":
        return {}

    async def paper_trajectory():
        (paper_id,) = urlsafe_components(request.url_vars["pks"])
        db = datasette.get_database(database)
        # A copy published without --with-observations has no observations: no chart.
        if not await db.table_exists("observations"):
            return {"paper_trajectory": None, "paper_trajectory_id": paper_id}
        result = await db.execute(
            "select observed_at, upvotes, github_stars from observations "
            "where paper_id = ? order by observed_at, rowid", [paper_id],
        )
        return {"paper_trajectory": trajectory_chart([dict(row) for row in result.rows]),
                "paper_trajectory_id": paper_id}

    return paper_trajectory
