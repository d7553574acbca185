"""How POST /api/captures reads its body: every field checked on the server, a big page left
for a worker process to decode (capture.CaptureHead), half a surrogate pair read as U+FFFD
(surrogates.py), and the same 400s as Litestar's own reading of a body, whichever process
finds the fault.

A Litestar DTO is the seam that hands a handler its body's bytes while the API schema still
documents the request (CaptureRequest)."""

from __future__ import annotations

import re
from collections.abc import Generator
from typing import Any

import msgspec
from litestar.connection import ASGIConnection
from litestar.dto import AbstractDTO
from litestar.dto.data_structures import DTOFieldDefinition
from litestar.exceptions import ClientException, ValidationException
from litestar.typing import FieldDefinition

from ..capture import CaptureHead, CaptureRequest, decode_capture, reads_in_worker

# The body as read, when it is not the body as received (`body_as_read`).
MENDED_BODY = "papershelf_mended_body"
# Where msgspec says a fault is ("… - at `$.note_target.selector[0]`"), as Litestar reads it.
_AT = re.compile(r"`\$\.(.+)`$")


class CaptureBody(AbstractDTO[CaptureRequest]):
    """The body as capture.decode_capture reads it: a CaptureHead when its page is read in a
    worker process, else a CaptureRequest."""

    def decode_bytes(self, value: bytes) -> CaptureRequest | CaptureHead:
        pool = self.asgi_connection.app.state.parse_pool
        try:
            request, read = decode_capture(value, page_in_worker=reads_in_worker(pool, value))
        except msgspec.DecodeError as error:
            raise body_error(error, self.asgi_connection) from None
        if read is not value:  # the body with its halves mended is the one stored
            self.asgi_connection.state[MENDED_BODY] = read
        return request

    def decode_builtins(self, value: dict[str, Any]) -> Any:
        raise NotImplementedError("a capture is read from its JSON body only")

    @classmethod
    def create_for_field_definition(cls, field_definition: FieldDefinition, handler_id: str,
                                    backend_cls: Any = None) -> None:
        """No DTO backend: `decode_bytes` is all this DTO does."""

    @classmethod
    def create_openapi_schema(cls, field_definition: FieldDefinition, handler_id: str,
                              schema_creator: Any) -> Any:
        return schema_creator.for_field_definition(FieldDefinition.from_annotation(
            CaptureRequest, kwarg_definition=field_definition.kwarg_definition))

    @classmethod
    def generate_field_definitions(cls, model_type: type[Any]
                                   ) -> Generator[DTOFieldDefinition, None, None]:
        yield from ()

    @classmethod
    def detect_nested_field(cls, field_definition: FieldDefinition) -> bool:
        return False


async def body_as_read(request) -> bytes:
    """The capture's body as CaptureBody read it: what the capture keeps as its payload."""
    return request.state.get(MENDED_BODY) or await request.body()


def body_error(error: msgspec.DecodeError, connection: ASGIConnection) -> Exception:
    """The 400 Litestar raises for a body msgspec could not read: a field that fails its type
    names the field (api/errors.validation_handler), malformed JSON says where."""
    if not isinstance(error, msgspec.ValidationError):
        return ClientException(str(error))
    found = _AT.search(str(error))
    return ValidationException(
        detail=f"Validation failed for {connection.scope['method']} {connection.url.path}",
        extra=[{"message": str(error).split(" - ", maxsplit=1)[0], "source": "body",
                "key": found.group(1) if found else "data"}],
    )
