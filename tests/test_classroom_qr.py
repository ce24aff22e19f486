"""The join link carries the class code only; its QR code is a plain SVG drawn on the server."""

import xml.etree.ElementTree as ET

import pytest
import segno

from classroom import codes
from classroom.qr import join_link, qr_svg


def test_the_join_link_holds_the_code_and_nothing_secret():
    token = codes.new_secret()
    link = join_link("https://lab.example.org/attention/", "k7-q2", page="class", lang="ko")
    assert link == "https://lab.example.org/attention/class?class=K7Q2&lang=ko"
    assert token not in link
    assert join_link("http://localhost:8501", "K7Q2") == "http://localhost:8501/?class=K7Q2"


@pytest.mark.parametrize("base", ["javascript:alert(1)", "ftp://x", "https://x/?a=1", "https://x/#f", "", "lab.example.org"])
def test_a_base_url_that_is_not_plain_http_is_refused(base):
    with pytest.raises(ValueError):
        join_link(base, "K7Q2")


@pytest.mark.parametrize("code", ["K7Q", "0000", "<b>", ""])
def test_a_bad_code_makes_no_link(code):
    with pytest.raises(ValueError):
        join_link("http://localhost:8501", code)


def test_the_qr_code_is_an_svg_of_the_link_with_nothing_but_modules():
    link = join_link("http://localhost:8501", "K7Q2", page="class")
    svg = qr_svg(link)
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg") and {el.tag.split("}")[-1] for el in root.iter()} <= {"svg", "g", "path"}
    assert "script" not in svg.lower() and "K7Q2" not in svg  # drawn, not written
    qr = segno.make(link, error="m", micro=False)
    assert qr.error == "M" and svg == qr.svg_inline(scale=8, dark="#000", light="#fff")
    assert int(root.get("width")) == qr.symbol_size(scale=8)[0]
