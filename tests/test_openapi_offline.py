"""/schema works offline: the viewer's page names no other host, and every file it loads
is served by papershelf itself (from the openapi-ui-bundles package)."""

from __future__ import annotations

import re

SOURCES = re.compile(r"""(?:src|href)\s*=\s*['"]([^'"]+)['"]""")


def test_schema_viewer_loads_nothing_from_a_cdn(api):
    with api.client() as client:
        for path in ("/schema", "/schema/swagger"):
            page = client.get(path)
            assert page.status_code == 200 and "SwaggerUIBundle" in page.text, path
            assert not re.search(r"https?://(?!127\.0\.0\.1)", page.text), page.text
            sources = SOURCES.findall(page.text)
            assert {s.rsplit("/", 1)[-1] for s in sources} >= {
                "swagger-ui-bundle.js", "swagger-ui.css", "swagger-ui-standalone-preset.js"}
            for source in sources:
                served = client.get(source)
                assert served.status_code == 200 and len(served.content) > 500, source
        assert client.get("/schema/openapi.json").json()["info"]["title"] == "papershelf"


def test_every_operation_is_summed_up_in_words_and_the_api_says_what_it_is(api):
    # The viewer listed "CreateCapture", "Read", "Remove", "PaperNotes": the handlers' names.
    with api.client() as client:
        schema = client.get("/schema/openapi.json").json()
    assert "papershelf token create" in schema["info"]["description"]
    summaries = {f"{method.upper()} {path}": operation.get("summary", "")
                 for path, item in schema["paths"].items() for method, operation in item.items()}
    assert len(summaries) >= 16
    assert all(" " in summary and summary[0].isupper() for summary in summaries.values()), summaries
