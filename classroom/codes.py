"""Class codes, secrets and the cleaning of text a student or a page sends.

A class code is 4 characters from an alphabet without the look-alikes 0/O, 1/I/L and U/V
(29 symbols, 707,281 codes), read back case- and space-insensitively. Secrets (the teacher
token, a student id) come from `secrets.token_urlsafe` and are stored only as SHA-256 digests:
they carry 128 bits or more, so a fast hash is enough, and a copy of the store cannot act as
anyone. Text is stored clean but not escaped: every renderer still applies `html.escape`.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import unicodedata

ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"
CODE_LENGTH = 4
_CODE = re.compile(f"[{ALPHABET}]{{{CODE_LENGTH}}}")
_SEPARATORS = re.compile(r"[\s\-_.]+")
_DROPPED = {"Cc", "Cf", "Cs", "Co", "Cn"}  # controls, format (bidi overrides, zero-width), surrogates, private, unassigned
_KEPT_FORMAT = {"\u200d"}  # zero-width joiner: holds emoji sequences such as 👩‍🔬 together


def new_code() -> str:
    """A random class code such as `K7Q2`."""
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def parse_code(text: object) -> str | None:
    """The code a person typed (`k7q2`, ` K7-Q2 `) in canonical form, or None if it cannot be one."""
    if not isinstance(text, str) or len(text) > 4 * CODE_LENGTH:
        return None
    code = _SEPARATORS.sub("", text).upper()
    return code if _CODE.fullmatch(code) else None


def new_secret() -> str:
    """A fresh teacher token or student id: 128 random bits, URL-safe."""
    return secrets.token_urlsafe(16)


def digest(secret: str) -> str:
    """What the store keeps of a secret (hex SHA-256)."""
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()


def same_secret(secret: object, stored_digest: str) -> bool:
    """Constant-time check of a secret against its stored digest; False for anything not a short string."""
    if not isinstance(secret, str) or not 0 < len(secret) <= 128:
        return False
    return hmac.compare_digest(digest(secret), stored_digest)


def clean_text(text: object, limit: int) -> str:
    """`text` as one tidy line of at most `limit` characters: NFC, controls and bidi/zero-width
    format characters dropped, runs of white space folded into one space. Not HTML-escaped."""
    if not isinstance(text, str):
        return ""
    text = unicodedata.normalize("NFC", text[: limit * 8])  # bound the work on a 10k-character paste
    kept = []
    for ch in text:
        if ch.isspace():
            kept.append(" ")
        elif unicodedata.category(ch) not in _DROPPED or ch in _KEPT_FORMAT:
            kept.append(ch)
    line = " ".join("".join(kept).split())
    return line[:limit].rstrip(" \u200d")
