"""The sync routes the API router picks up (see api.app.api_router)."""

from ..api.sync_controller import SyncController

ROUTES = [SyncController]
