"""Which kind of input a file or page is: the seed's text format, an HTML page, an
RSS or Atom feed, or JSON Lines. `--format` decides when given; otherwise the name's
extension, then (for a page) the server's content type, then the first bytes."""

from pathlib import PurePath

TEXT, HTML, FEED, JSONL = "text", "html", "feed", "jsonl"
FORMATS = (TEXT, HTML, FEED, JSONL)
EXTENSIONS = {
    ".txt": TEXT,
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
    ".xml": FEED,
    ".rss": FEED,
    ".atom": FEED,
    ".jsonl": JSONL,
    ".ndjson": JSONL,
}
CONTENT_TYPES = {
    "text/html": HTML,
    "application/xhtml+xml": HTML,
    "application/rss+xml": FEED,
    "application/atom+xml": FEED,
    "application/rdf+xml": FEED,
    "application/xml": FEED,
    "text/xml": FEED,
    "application/jsonl": JSONL,
    "application/x-ndjson": JSONL,
    "text/plain": TEXT,
}


def by_name(name: str) -> str | None:
    return EXTENSIONS.get(PurePath(name).suffix.lower())


def extensions_of(kind: str | None) -> list[str]:
    """The extensions a directory is searched for: those of `kind`, or of every kind."""
    return sorted(ext for ext, of in EXTENSIONS.items() if kind in (None, of))


def sniff(data: bytes) -> str:
    """The kind the first bytes look like; the text format when nothing else fits."""
    head = data[:4096].removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    if head.startswith(b"{"):
        return JSONL
    if head.startswith(b"<"):
        if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
            return FEED
        return HTML
    return TEXT


def choose(name: str, data: bytes, *, forced: str = "", content_type: str = "") -> str:
    if forced:
        return forced
    if content_type in ("application/xml", "text/xml"):  # a feed, or XHTML
        return HTML if sniff(data) == HTML else FEED
    return CONTENT_TYPES.get(content_type) or by_name(name) or sniff(data)
