"""A paper's row page lists its notes (templates/row-library-papers.html renders them).

The notes table has no foreign key to papers, so Datasette's own "links from other
tables" would not find them. A note anchored to a passage links to it on its page with
a text fragment (publish/text_fragment.py), which the browser scrolls to and highlights.
"""

from __future__ import annotations

from datasette import hookimpl
from datasette.utils import urlsafe_components

from papershelf.publish.text_fragment import fragment_link
from papershelf.store.notes import target_from_column


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    if view_name != "row" or table != "papers":
        return {}

    async def paper_notes():
        (paper_id,) = urlsafe_components(request.url_vars["pks"])
        result = await datasette.get_database(database).execute(
            "select id, body, quote, kind, target, conflict_of, created_at, updated_at from notes "
            "where paper_id = ? order by created_at, id", [paper_id],
        )
        notes = []
        for row in result.rows:
            note = dict(row)
            note["link"] = fragment_link(target_from_column(note.pop("target")))
            notes.append(note)
        return {"paper_notes": notes}

    return paper_notes
