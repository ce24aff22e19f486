"""The join link students open and its QR code, drawn on the server with segno.

The link carries the class code only, never the teacher token. The SVG holds nothing but the
QR modules (no text, no script), so a page may show it as an image.
"""

from __future__ import annotations

from urllib.parse import urlencode, urlsplit, urlunsplit

import segno

from classroom import codes

JOIN_PARAM = "class"  # ?class=K7Q2 on the page that joins


def join_link(base_url: str, code: str, page: str = "", lang: str = "") -> str:
    """`https://host/page?class=K7Q2` (plus `&lang=ko`) from the app's public base URL.

    Raises ValueError for a code that is not one, or a base URL that is not plain http(s).
    """
    canonical = codes.parse_code(code)
    if canonical is None:
        raise ValueError(f"not a class code: {code!r:.20}")
    parts = urlsplit(base_url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise ValueError(f"base URL must be http(s)://host[/path] without a query: {base_url!r:.80}")
    path = parts.path.rstrip("/") + "/" + page.strip("/") if page else parts.path or "/"
    query = {JOIN_PARAM: canonical, **({"lang": lang} if lang else {})}
    return urlunsplit((parts.scheme, parts.netloc, path, urlencode(query), ""))


def qr_svg(link: str, scale: int = 8, dark: str = "#000", light: str = "#fff") -> str:
    """The QR code of `link` as an inline SVG string (error correction M, quiet zone kept)."""
    qr = segno.make(link, error="m", micro=False)
    return qr.svg_inline(scale=scale, dark=dark, light=light, title=None)
