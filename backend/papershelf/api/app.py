"""The Litestar app: `create_app(settings)`; nothing is read or opened at import time."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from litestar import Litestar, Router, get
from litestar.config.cors import CORSConfig
from litestar.di import Provide
from litestar.handlers import asgi
from litestar.openapi import OpenAPIConfig
from litestar.openapi.spec import Components, SecurityScheme
from litestar.response import Redirect
from litestar.types import Receive, Scope, Send

from ..capture_pool import ParsePool, settle_allocator
from ..discover.worker import DiscoverWorker
from ..store.library import Library
from ..store.replication import Replicator
from ..sync.order import PushOrder
from .auth import provide_token, require_token
from .captures import CapturesController
from .deps import provide_library
from .discover import DiscoverController
from .errors import EXCEPTION_HANDLERS, document_one_error_shape
from .http_guard import install_http_guard
from .identified import IdentifiedController
from .lookup import LookupController
from .notes import NotesController
from .observations import ObservationsController
from .openapi_ui import swagger_files, swagger_plugin
from .papers import PapersController
from .reading_forms import reading_form_handlers
from .registries import RegistryFiller
from .settings import Settings
from .status import StatusController
from .sync_controller import SyncController

# The browser extension calls from its own origin (Chromium and Firefox ids differ
# per install). Auth is a bearer header, never a cookie, so CORS opens nothing else.
EXTENSION_ORIGINS = r"^(chrome-extension|moz-extension|safari-web-extension)://[A-Za-z0-9-]+$"


def api_router() -> Router:
    """Every /api route, behind the token guard."""
    handlers: list = [
        StatusController, CapturesController, PapersController, IdentifiedController,
        ObservationsController, NotesController, LookupController, SyncController, DiscoverController,
    ]
    return Router(
        path="/api", route_handlers=handlers, guards=[require_token],
        dependencies={"token": Provide(provide_token, sync_to_thread=False)},
        security=[{"bearer": []}],
    )


def _datasette_handlers(settings: Settings) -> list:
    """Datasette under /data, and / sends people there."""
    if not settings.datasette:
        return []
    from ..publish.datasette_app import make_datasette  # Datasette is heavy: only when served

    mounted = make_datasette(settings)
    datasette_asgi = mounted.app

    @asgi("/data", is_mount=True, copy_scope=True)
    async def datasette(scope: Scope, receive: Receive, send: Send) -> None:
        await datasette_asgi(scope, receive, send)

    @get("/", include_in_schema=False)
    async def home() -> Redirect:
        return Redirect("/data/")

    forms = reading_form_handlers(mounted.datasette, signin=mounted.signin) if mounted.edits else []
    return [datasette, home, *forms]


def create_app(settings: Settings) -> Litestar:
    @asynccontextmanager
    async def open_library(app: Litestar) -> AsyncIterator[None]:
        # Opening migrates the file: off the event loop, like every other touch of SQLite.
        app.state.library = await asyncio.to_thread(
            Library, settings.db_path, create=True, write_deadline_ms=settings.write_timeout_ms)
        app.state.push_order = PushOrder()
        app.state.replicator = None
        if settings.replicate is not None:  # Litestream starts once the file is migrated
            app.state.replicator = Replicator(settings.db_path, settings.replicate,
                                             on_writer=app.state.library.submit_write)
            app.state.replicator.start()
        # Big captures are read in worker processes, one per core (capture_pool.ParsePool),
        # stopped with the server so none outlives it. Small ones, and every body's fields,
        # are read here: this process settles its allocator as the workers do.
        settle_allocator()
        workers = settings.capture_workers
        app.state.parse_pool = ParsePool(workers) if workers != 0 else None
        # Recommendations kept in step in the background (discover/worker.py), stopped first.
        worker = DiscoverWorker(app.state.library).start() if settings.discover else None
        app.state.registries = (RegistryFiller(settings.registries)
                                if settings.ask_registries else None)
        try:
            yield
        finally:
            if app.state.registries is not None:
                await app.state.registries.close()
            if worker is not None:
                await asyncio.to_thread(worker.stop)
            if app.state.parse_pool is not None:
                await asyncio.to_thread(app.state.parse_pool.close)
            await asyncio.to_thread(app.state.library.close)
            if app.state.replicator is not None:  # after the last write: it pushes it
                await asyncio.to_thread(app.state.replicator.stop)

    app = Litestar(
        route_handlers=[api_router(), swagger_files(), *_datasette_handlers(settings)],
        lifespan=[open_library],
        dependencies={"library": Provide(provide_library, sync_to_thread=False)},
        exception_handlers=EXCEPTION_HANDLERS,
        request_max_body_size=settings.max_body_bytes,
        cors_config=CORSConfig(
            allow_origins=[], allow_origin_regex=EXTENSION_ORIGINS,
            allow_methods=["GET", "POST", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type"], allow_credentials=False,
        ),
        openapi_config=OpenAPIConfig(
            title="papershelf", version="1", path="/schema", render_plugins=[swagger_plugin()],
            description=("Your research-paper library: save pages, read, rate, tag and correct papers, "
                         "notes and highlights, suggestions, and sync between machines. Every call takes a "
                         "token (`papershelf token create NAME`); docs/api.md says what each returns."),
            components=Components(security_schemes={
                "bearer": SecurityScheme(type="http", scheme="bearer",
                                         description="papershelf token create NAME"),
            }),
        ),
        # The app leaves logging alone (Litestar would reconfigure the root logger);
        # `papershelf serve` sets it up, tests keep theirs.
        logging_config=None,
        debug=settings.debug,
    )
    _document_strict_bodies(app)
    document_one_error_shape(app.openapi_schema)
    install_http_guard(app, settings)  # host check, request ids, body limits (api/http_guard.py)
    return app


# Request bodies that refuse unknown fields (msgspec forbid_unknown_fields), so a
# typo is a 400 naming it rather than silently ignored.
STRICT_BODIES = ("CaptureRequest", "PaperPatch", "NoteIn", "NotePatch", "IdentifiedIn")


def _document_strict_bodies(app: Litestar) -> None:
    """Say so in the OpenAPI schema, which Litestar does not derive from msgspec."""
    schemas = app.openapi_schema.components.schemas or {}
    for name in STRICT_BODIES:
        if name in schemas:
            schemas[name].additional_properties = False
