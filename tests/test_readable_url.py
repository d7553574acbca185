"""Addresses shown as a reader reads them (publish/readable_url.py): a Persian article's address
read as five lines of %d8%aa... on its paper's page (stop 53, round 77's Noormags page)."""

from __future__ import annotations

import pytest

from papershelf.publish.readable_url import readable_url


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("http://www.noormags.ir/view/fa/articlepage/105489/%d8%aa%d8%ad%d9%84%db%8c%d9%84-x?q=%D8%A8%D8%B1%D9%82&s=1",
         "http://www.noormags.ir/view/fa/articlepage/105489/تحلیل-x?q=برق&s=1"),
        ("https://de.wikipedia.org/wiki/M%C3%BCller#Gr%C3%BC%C3%9Fe", "https://de.wikipedia.org/wiki/Müller#Grüße"),
        ("https://example.org/a%20b%2Fc%3F", "https://example.org/a%20b%2Fc%3F"),  # ASCII stays escaped
        ("https://example.org/%E2%80%AEfdp.exe", "https://example.org/%E2%80%AEfdp.exe"),  # a bidi override
        ("https://example.org/a%E2%80%8Bb", "https://example.org/a%E2%80%8Bb"),  # a zero width space
        ("https://example.org/x%E2%88%95evil.com", "https://example.org/x%E2%88%95evil.com"),  # ∕, like /
        ("https://example.org/%E3%80%80", "https://example.org/%E3%80%80"),  # an ideographic space
        ("https://example.org/%d8x%ff%C3", "https://example.org/%d8x%ff%C3"),  # no UTF-8: as it was
        ("https://example.org/%C3%A9%C3", "https://example.org/é%C3"),  # a character cut short stays
        ("https://xn--mller-kva.de/%C3%BC", "https://xn--mller-kva.de/ü"),  # the host is never decoded
        ("https://example.org%C3%BC", "https://example.org%C3%BC"),  # nothing after the host
        ("file%C3%BC", "file%C3%BC"),  # no scheme: not an address to read
    ],
)
def test_an_address_is_shown_with_its_escaped_letters_decoded_where_that_cannot_mislead(url, shown):
    assert readable_url(url) == shown


def test_an_address_is_read_in_linear_time():
    from helpers import assert_linear_time

    def run(n):
        url = "https://example.org/" + "%d8%aa%2F%E2%80%AE%C3" * n
        return lambda: readable_url(url)

    assert assert_linear_time(run, 20000).startswith("https://example.org/ت%2F%E2%80%AE")
