"""A paper's row page lists its notes (templates/row-library-papers.html renders them).

The notes table has no foreign key to papers, so Datasette's own "links from other
tables" would not find them.
"""

from __future__ import annotations

from datasette import hookimpl
from datasette.utils import urlsafe_components


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    if view_name != "row" or table != "papers":
        return {}

    async def paper_notes():
        (paper_id,) = urlsafe_components(request.url_vars["pks"])
        result = await datasette.get_database(database).execute(
            "select id, body, quote, conflict_of, created_at, updated_at from notes "
            "where paper_id = ? order by created_at, id", [paper_id],
        )
        return {"paper_notes": [dict(row) for row in result.rows]}

    return paper_notes
