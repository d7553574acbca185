"""One JSON error shape for every error the API answers (docs/api.md).

`{"status": 400, "error": "validation_error", "message": "rating: …", "field": "rating"}`

Our own errors are exceptions that carry their status and code; Litestar's own
(validation, malformed JSON, 404 route, 405, 413) are translated into the same
shape, and anything unexpected is answered as a 500 of that shape carrying the
request id, with nothing of the request or the traceback in it; the failure is
logged as one line with that id (api/request_ids.py, api/http_guard.py).
"""

from __future__ import annotations

import logging
import re
import sqlite3
from typing import Any, ClassVar

import msgspec
from litestar import MediaType, Request, Response
from litestar.exceptions import HTTPException, ValidationException
from litestar.openapi.spec import OpenAPI, OpenAPIResponse, Reference

from ..records import NOTE_KINDS, STATUSES
from ..store.db import BUSY_CODES, primary_code
from ..store.library import LibraryBusy
from ..sync.server import SyncRequestError
from .request_ids import describe_failure, note_failure

log = logging.getLogger("papershelf.api")


class ErrorBody(msgspec.Struct):
    status: int
    error: str
    message: str
    field: str | None = None


class ApiError(Exception):
    status = 500
    error = "internal_error"
    headers: ClassVar[dict[str, str]] = {}

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.message, self.field = message, field


class BadRequest(ApiError):
    status, error = 400, "bad_request"


class ValidationFailed(ApiError):
    status, error = 400, "validation_error"


class NoPaperFound(ApiError):
    status, error = 400, "no_paper"


class LibraryPageSent(ApiError):
    """A capture of one of the library's own pages that shows no one paper."""

    status, error = 400, "library_page"


class Unauthorized(ApiError):
    status, error = 401, "unauthorized"
    headers: ClassVar[dict[str, str]] = {"WWW-Authenticate": 'Bearer realm="papershelf"'}


class Forbidden(ApiError):
    status, error = 403, "forbidden"


class NotFound(ApiError):
    status, error = 404, "not_found"


class PayloadTooLarge(ApiError):
    status, error = 413, "payload_too_large"


class LibraryUnavailable(ApiError):
    """The library cannot take this write now; the client may retry it as it is."""

    status, error = 503, "library_busy"
    headers: ClassVar[dict[str, str]] = {"Retry-After": "5"}


class StorageFull(ApiError):
    status, error = 507, "storage_full"


# Codes for the statuses Litestar raises itself.
_CODES = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
    405: "method_not_allowed", 409: "conflict", 413: "payload_too_large",
    415: "unsupported_media_type", 429: "rate_limited", 503: "unavailable", 507: "storage_full",
}
_OPERATIONS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_NAMED_FIELD = re.compile(r"(?:unknown|required) field `([^`]*)`")
_MISSING_PARAMETER = re.compile(r"Missing required \w+ parameter '([^']*)'")


def error_response(body: ErrorBody, headers: dict[str, str] | None = None,
                   extra: dict[str, Any] | None = None) -> Response:
    """The one error shape; `extra` adds what a client needs to act on this error (the sync
    protocol spoken here, a push's limits) beside the four keys every error has."""
    content: Any = {**msgspec.structs.asdict(body), **extra} if extra else body
    return Response(content=content, status_code=body.status, media_type=MediaType.JSON,
                    headers=headers)


def api_error_handler(_: Request, exc: ApiError) -> Response:
    return error_response(ErrorBody(exc.status, exc.error, exc.message, exc.field), exc.headers)


def sync_error_parts(exc: SyncRequestError) -> tuple[ErrorBody, dict[str, Any]]:
    """The serving side of sync is free of Litestar: its errors carry status and code, and
    the extras a sync client acts on."""
    extra = dict(exc.extra)
    field = extra.pop("field", None)
    return ErrorBody(exc.status, exc.error, exc.message, field), extra


def sync_error_handler(_: Request, exc: SyncRequestError) -> Response:
    body, extra = sync_error_parts(exc)
    return error_response(body, extra=extra)


# The fields that take one of a few words: a value not among them is told them.
_CHOICES = {"status": STATUSES, "kind": NOTE_KINDS}
_NOT_A_CHOICE = "Invalid enum value "


def _with_choices(field: str | None, message: str) -> str:
    choices = _CHOICES.get((field or "").rsplit(".", 1)[-1])
    if not choices or not message.startswith(_NOT_A_CHOICE):
        return message
    return f"{message.removeprefix(_NOT_A_CHOICE)} is not one of {', '.join(choices)}"


def validation_handler(_: Request, exc: ValidationException) -> Response:
    """Litestar's 400s: a body or parameter that fails its type names the field."""
    extra = exc.extra if isinstance(exc.extra, list) else []
    first: dict[str, Any] = extra[0] if extra and isinstance(extra[0], dict) else {}
    message = str(first.get("message") or exc.detail)
    field = first.get("key")
    if field == "data" and message == "'data'":  # Litestar's KeyError: there was no body
        return error_response(ErrorBody(
            400, "bad_request", "the request body is empty: a JSON object is expected"
        ))
    if field == "data":  # the body as a whole: unknown and missing fields are named in the message
        found = _NAMED_FIELD.search(message)
        field = found.group(1) if found else None
    if not first:
        missing = _MISSING_PARAMETER.search(str(exc.detail))
        if missing:
            field = missing.group(1)
            return error_response(ErrorBody(400, "validation_error", f"{field}: required", field))
        # Malformed JSON, a bad Content-Length: there is no field to name.
        return error_response(ErrorBody(400, "bad_request", str(exc.detail)))
    message = _with_choices(field, message)
    return error_response(ErrorBody(
        400, "validation_error", f"{field}: {message}" if field else message, field
    ))


def failed_message(request: Request, exc: Exception) -> str:
    """Notes the failure for the request's one log line; the message the client gets."""
    rid = note_failure(request.scope, exc)
    if rid is None:  # not through the guard: log the line here
        log.error("%s %s failed: %s", request.method, request.url.path, describe_failure(exc))
        return "the server failed on this request"
    return f"the server failed on this request (request id {rid})"


def http_error_handler(request: Request, exc: HTTPException) -> Response:
    status = exc.status_code
    if status >= 500:
        return error_response(ErrorBody(status, _CODES.get(status, "internal_error"),
                                        failed_message(request, exc)))
    if status == 401:
        return api_error_handler(request, Unauthorized("a valid token is required"))
    code = _CODES.get(status, "bad_request")
    message = str(exc.detail) if exc.detail else code.replace("_", " ")
    if status == 413:
        message = "the request body is too large"
    kept = ("allow", "retry-after")
    headers = {k: v for k, v in (exc.headers or {}).items() if k.lower() in kept}
    return error_response(ErrorBody(status, code, message), headers)


def internal_error_handler(request: Request, exc: Exception) -> Response:
    # One line for the person running the server; the client learns the request id only.
    return error_response(ErrorBody(500, "internal_error", failed_message(request, exc)))


def undecodable_body_handler(request: Request, exc: UnicodeDecodeError) -> Response:
    """msgspec reads a JSON body's strings as UTF-8 and lets this escape (Litestar and
    the sync push catch only DecodeError): the body is at fault, not the server."""
    return error_response(ErrorBody(
        400, "bad_request", f"the request body is not UTF-8 (byte {exc.start} is not valid)"))


def nesting_handler(request: Request, exc: RecursionError) -> Response:
    if "deserializing" not in str(exc):  # not msgspec reading a body: our own fault
        return internal_error_handler(request, exc)
    return error_response(ErrorBody(400, "bad_request", "the JSON body is nested too deeply"))




def storage_error(error: Exception) -> ApiError | None:
    """What a failure of the library's storage means for the client, or None for a bug."""
    if isinstance(error, LibraryBusy):
        return LibraryUnavailable(
            "the library is busy (another program, such as an import, is writing to it); "
            "nothing was stored: try again in a few seconds")
    if not isinstance(error, sqlite3.Error):
        return None
    # SQLite's primary result codes that are the machine's state, not a bug of ours.
    code = primary_code(error)
    if code == sqlite3.SQLITE_FULL:
        return StorageFull("the disk that holds the library is full: nothing was stored; "
                           "free some space and try again")
    if code in BUSY_CODES:
        return storage_error(LibraryBusy())
    if code == sqlite3.SQLITE_READONLY:
        return LibraryUnavailable("the library file is read-only here: nothing was stored")
    if code == sqlite3.SQLITE_IOERR:
        return LibraryUnavailable("the library's disk failed to read or write: nothing was stored")
    return None


def sqlite_error_handler(request: Request, exc: Exception) -> Response:
    mapped = storage_error(exc)
    if mapped is None:
        return internal_error_handler(request, exc)
    # The request's one log line says what SQLite said (the guard writes it).
    if note_failure(request.scope, exc) is None:
        log.warning("%s %s failed: %s", request.method, request.url.path, describe_failure(exc))
    return api_error_handler(request, mapped)


EXCEPTION_HANDLERS = {
    ApiError: api_error_handler,
    SyncRequestError: sync_error_handler,
    sqlite3.Error: sqlite_error_handler,
    LibraryBusy: sqlite_error_handler,
    ValidationException: validation_handler,
    HTTPException: http_error_handler,
    UnicodeDecodeError: undecodable_body_handler,
    RecursionError: nesting_handler,
    Exception: internal_error_handler,
}


def error_responses(*statuses: int) -> dict:
    """OpenAPI entries for the errors a handler answers, all with the one shape."""
    from litestar.openapi.datastructures import ResponseSpec

    # No generated examples: Litestar's generator (polyfactory, Faker) wrote random letters into
    # every reader's schema and cost each server start a quarter of a second to import.
    return {
        status: ResponseSpec(data_container=ErrorBody, description=_CODES.get(status, "error"),
                             generate_examples=False)
        for status in statuses
    }


def document_one_error_shape(schema: OpenAPI) -> None:
    """Every error answer in the schema as the server gives it: Litestar adds a 400 of its own
    shape ("Validation Exception": status_code, detail) to each operation with a parameter, and
    `validation_handler` answers those as ErrorBody."""
    error_body = Reference(ref=f"#/components/schemas/{ErrorBody.__name__}")
    for item in (schema.paths or {}).values():
        for operation in (getattr(item, method) for method in _OPERATIONS):
            for status, answer in ((operation and operation.responses) or {}).items():
                if int(status) < 400 or not isinstance(answer, OpenAPIResponse):
                    continue
                answer.description = _CODES.get(int(status), answer.description)
                for media in (answer.content or {}).values():
                    media.schema = error_body
