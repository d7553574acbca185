"""Half a UTF-16 surrogate pair in a capture (papershelf/surrogates.py): a page can hold half
of an emoji a site cut in two, JSON.stringify writes it as an escape of its own, and msgspec
refused the whole body ("Input data was truncated"). Such a page is now captured, the half
read as U+FFFD as the browser shows it, on a thread and in a worker process alike, and the
payload it keeps reads again."""

from __future__ import annotations

import json
import uuid

import msgspec
import pytest

from helpers import page
from papershelf.capture import INLINE_BELOW, CaptureRequest
from papershelf.store.captures import raw_chunks
from papershelf.store.db import open_reader
from papershelf.surrogates import decode_mending, whole_surrogates


@pytest.mark.parametrize("body, read", [
    (b'{"a": "x\\ud83dy"}', "x\ufffdy"),  # a high half
    (b'{"a": "x\\udc00y"}', "x\ufffdy"),  # a low half
    (b'{"a": "x\\ud83d"}', "x\ufffd"),  # at the string's end
    (b'{"a": "x\\uD83Dy"}', "x\ufffdy"),  # upper-case hex
    (b'{"a": "\\ud83d\\ud83d\\ude00"}', "\ufffd\U0001f600"),  # a half, then a whole pair
    (b'{"a": "\\ude00\\ud83d"}', "\ufffd\ufffd"),  # a low before a high is no pair
    (b'{"a": "x\\\\\\ud83dy"}', "x\\\ufffdy"),  # an escaped backslash, then a half
])
def test_half_a_surrogate_pair_is_read_as_the_replacement_character(body, read):
    with pytest.raises(msgspec.DecodeError):
        msgspec.json.decode(body)
    decoded, mended = decode_mending(msgspec.json.decode, body)
    assert decoded == {"a": read} and mended == whole_surrogates(body)


@pytest.mark.parametrize("body", [
    b'{"a": "x\\ud83d\\ude00y"}',  # a whole pair
    b'{"a": "x\\\\ud83dy"}',  # an escaped backslash and the letters ud83d: no escape at all
    b'{"a": "plain"}',
])
def test_a_body_without_halves_is_read_as_it_is(body):
    assert whole_surrogates(body) is body
    decoded, mended = decode_mending(msgspec.json.decode, body)
    assert mended is body and decoded == json.loads(body)


@pytest.mark.parametrize("body", [b'{"a": "x"', b'{"a": "x\\ud83d"', b'{"a": 1}'])
def test_any_other_fault_is_still_msgspecs_error(body):
    with pytest.raises(msgspec.DecodeError):
        decode_mending(lambda raw: msgspec.json.decode(raw, type=dict[str, str]), body)


def cut_in_two(text: str) -> str:
    """`text` with half an emoji in it, as JSON.stringify writes it."""
    return text.replace("</title>", " \ud83d</title>", 1)


@pytest.mark.parametrize("big", [False, True], ids=["on a thread", "in a worker process"])
def test_a_page_holding_half_a_character_is_captured_and_its_payload_reads_again(api, big):
    html = cut_in_two(page("hf_paper_1810.04805.excerpt.html"))
    if not big:
        html = html[:INLINE_BELOW // 2]
    capture_id = uuid.uuid4().hex
    body = json.dumps({"capture_id": capture_id, "url": "https://huggingface.co/papers/1810.04805",
                       "html": html, "title": "BERT \ud83d"}).encode()
    assert b"\\ud83d" in body and (len(body) >= INLINE_BELOW) is big
    with api.client() as client:
        response = client.post("/api/captures", content=body,
                               headers={"Content-Type": "application/json"})
    assert response.status_code == 201, response.text
    assert [p["arxiv_id"] for p in response.json()["papers"]] == ["1810.04805"]
    db = open_reader(api.db_path)
    try:
        stored = msgspec.json.decode(b"".join(raw_chunks(db, capture_id)), type=CaptureRequest)
    finally:
        db.close()
    assert stored.title == "BERT \ufffd" and " \ufffd</title>" in stored.html
