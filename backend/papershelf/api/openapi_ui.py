"""/schema works offline: Swagger UI's JavaScript, CSS and icon come from the
openapi-ui-bundles package (Swagger UI 5: it reads the OpenAPI 3.1 Litestar writes,
which swagger-ui-bundle's 4.15 cannot), served by papershelf under /static/swagger-ui,
never from a CDN (Litestar's render plugins fetch from jsDelivr/unpkg unless told
otherwise)."""

from __future__ import annotations

from litestar.openapi.plugins import SwaggerRenderPlugin
from litestar.static_files import create_static_files_router
from openapi_ui_bundles import swagger_ui

STATIC = "/static/swagger-ui"


def swagger_plugin() -> SwaggerRenderPlugin:
    """Swagger UI at /schema (and /schema/swagger), its files from STATIC."""
    return SwaggerRenderPlugin(
        js_url=f"{STATIC}/swagger-ui-bundle.js", css_url=f"{STATIC}/swagger-ui.css",
        standalone_preset_js_url=f"{STATIC}/swagger-ui-standalone-preset.js",
        favicon=f"<link rel='icon' type='image/png' href='{STATIC}/favicon-32x32.png'>",
        path=["/", "/swagger"],
    )


def swagger_files():
    return create_static_files_router(path=STATIC, directories=[swagger_ui.static_path],
                                      include_in_schema=False)
