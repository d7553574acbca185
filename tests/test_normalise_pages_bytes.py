"""A saved page kept as the bytes its site served, whatever their encoding (issue 11, round 92's CLEANEVAL
pages in ISO-8859-1 and windows-1252): read as the text a browser shows."""

from __future__ import annotations

from papershelf.normalise.page_bytes import page_text


def test_a_page_in_utf8_is_read_as_utf8():
    page = '<html><head><meta charset="utf-8"><title>Ōtautahi’s rivers</title></head></html>'
    assert page_text(page.encode("utf-8")) == page


def test_a_byte_order_mark_names_the_encoding_and_is_dropped():
    assert page_text(b"\xef\xbb\xbf<p>caf\xc3\xa9</p>") == "<p>café</p>"


def test_a_page_declaring_iso_8859_1_in_http_equiv_meta_is_read_as_windows_1252_as_browsers_do():
    # The Encoding Standard maps the label "iso-8859-1" to windows-1252: 0x97 is an em dash, not a C1 control.
    page = (b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
            b"<title>H\xf6gskolan i Bor\xe5s \x97 a gap</title></head></html>")
    assert "Högskolan i Borås — a gap" in page_text(page)


def test_a_page_declaring_its_charset_in_a_meta_charset_is_read_in_it():
    page = b'<meta charset="windows-1252"><p>\x93quoted\x94</p>'
    assert "\u201cquoted\u201d" in page_text(page)


def test_a_page_declaring_nothing_that_is_not_utf8_is_read_as_windows_1252():
    # A FrontPage and Word page of 2005 with no charset: its curly apostrophe is windows-1252's 0x92.
    assert page_text(b"<p>the Corey\x92s sister</p>") == "<p>the Corey\u2019s sister</p>"


def test_an_unknown_declared_charset_falls_back_to_windows_1252():
    assert page_text(b'<meta charset="x-no-such"><p>Bor\xe5s</p>').endswith("<p>Borås</p>")
