"""Web addresses as people paste them: Arabic news sites put spaces and Arabic words in their
paths («…/archives/مقتل مدنيين في دير الزور»). Such an address is accepted; only what cannot
stand in an address (spaces, control characters, quotes, angle brackets) is percent-encoded.
Arabic letters stay as typed: browsers and spreadsheets show them, and they are valid in an
IRI (RFC 3987). Anything else that is wrong gets a reason precise enough to fix it."""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

MAX_LENGTH = 2000

# Characters that may not appear raw in an address; Arabic and other letters are kept.
_UNSAFE = re.compile(r'[\s"<>\\^`{|}\x00-\x1f\x7f]')
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):", re.IGNORECASE)


class BadUrl(ValueError):
    """`str(exc)` says what is wrong, in a phrase that completes "not a web address: …";
    `code` is "bad_url" for the scheme and "url_server" for the server part (for translation)."""

    def __init__(self, reason: str, code: str = "bad_url") -> None:
        super().__init__(reason)
        self.code = code


def clean_url(text: str) -> str:
    """The address to store for `text`, or BadUrl with the reason."""
    url = text.strip()
    # A bare "www.…" is what people copy from a browser's address bar.
    if url.lower().startswith("www."):
        url = "https://" + url
    m = _SCHEME.match(url)
    if m is None:
        raise BadUrl("it must start with http:// or https://")
    if m.group(1).lower() not in ("http", "https"):
        raise BadUrl(f"it starts with «{m.group(1)}:»; only http:// and https:// addresses are kept")
    if not url[len(m.group(0)):].startswith("//"):
        raise BadUrl("http: or https: must be followed by //")
    encoded = _UNSAFE.sub(lambda c: quote(c.group(0), safe=""), url)
    try:
        parts = urlsplit(encoded)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number
    except ValueError as exc:
        raise BadUrl(f"the server part is malformed ({exc})", "url_server") from None
    if not host:
        raise BadUrl("it names no server after //", "url_server")
    if "%" in parts.netloc.split("@")[-1]:
        raise BadUrl("the server name contains a space or a character an address cannot hold", "url_server")
    if "." not in host and host != "localhost" and not host.startswith("["):
        raise BadUrl(f"«{host}» is not a server name (it has no dot)", "url_server")
    if len(encoded) > MAX_LENGTH:
        raise BadUrl(f"longer than {MAX_LENGTH} characters", "too_long")
    return encoded
