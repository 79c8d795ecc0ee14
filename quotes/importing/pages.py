"""An article out of a web page (a saved .html file, or a URL's page).

trafilatura finds it: the headline, date, byline, site name and canonical address from
the page's metadata (JSON-LD NewsArticle, OpenGraph, <meta>, <time>, <link
rel=canonical>), and the body from <article> or the block that looks like one, leaving
menus, comments, related links and footers behind. It keeps each paragraph on its own
line and the page's characters as they are, so the quote marks stay as written.

Its date search is held to what the page states (its metadata and markup): the
"extensive" search would take a year from a copyright line as the date, and a wrong
date is worse than none in a record of who said what, when.
"""

import codecs
import datetime
import re

import trafilatura

from quotes.extraction.article import ArticleError

from .parsing import Parsed, language_code, one_line, parsed_article

# A real article has sentences: a page whose longest paragraph is shorter than this is a
# front page, a list or a menu, however much text trafilatura scraped off it.
RUNNING_TEXT_WORDS = 12
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_LANG = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)""", re.I)
# WHATWG: browsers read a page labelled Latin-1 or ASCII as windows-1252; so do we.
_AS_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii"}


def read_page(
    name: str,
    data: bytes,
    *,
    charset: str = "",
    url: str = "",
    date: datetime.date | None = None,
    byline: str = "",
    headline: str = "",
) -> Parsed:
    """The page's article; ArticleError when it has none. `date`, `byline` and
    `headline` (a feed entry's) are used when given, or when the page lacks them."""
    html = decode_html(data, charset)
    document = trafilatura.bare_extraction(
        html,
        url=url or None,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        deduplicate=False,
        date_extraction_params={
            "extensive_search": False,
            "original_date": True,
            "max_date": datetime.date.today().isoformat(),
        },
    )
    if document is None or not (document.text or "").strip():
        raise ArticleError("not an article: no body text found in the page")
    title = one_line(document.title) or one_line(headline)
    paragraphs = [one_line(line) for line in document.text.split("\n")]
    paragraphs = [p for p in paragraphs if p]
    if paragraphs and paragraphs[0] == title:  # the headline, caught with the body
        paragraphs = paragraphs[1:]
    if not any(len(p.split()) >= RUNNING_TEXT_WORDS for p in paragraphs):
        raise ArticleError("not an article: no paragraph of running text found in the page")
    return parsed_article(
        name,
        date=date or _date(document.date),
        headline=title,
        standfirst=standfirst(document.description, paragraphs),
        paragraphs=paragraphs,
        url=document.url or url,
        outlet=document.sitename,
        language=_language(html) or language_code(document.language),
        byline=byline or document.author,
    )


def standfirst(description: str | None, paragraphs: list[str]) -> str:
    """The page's summary, unless it only repeats the start of the body (many sites'
    description is their first paragraph, cut short), which would quote it twice."""
    summary = one_line(description).rstrip(".…").rstrip()
    if not summary or (paragraphs and paragraphs[0].startswith(summary)):
        return ""
    return one_line(description)


def decode_html(data: bytes, declared: str = "") -> str:
    """A page's text in the charset it declares (byte order mark, the server's header,
    or <meta charset>), else UTF-8; never guessed: a wrong guess corrupts quotes."""
    if not data.strip():
        raise ArticleError("empty file")
    for mark, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(mark):
            declared = encoding
            break
    else:
        if b"\x00" in data:
            raise ArticleError("binary file (contains NUL bytes)")
        if not declared and (meta := _META_CHARSET.search(data[:4096])):
            declared = meta.group(1).decode("ascii").lower()
    encoding = declared.lower() or "utf-8"
    if encoding in _AS_WINDOWS_1252:
        encoding = "windows-1252"
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise ArticleError(f"unknown character set {declared!r}") from None
    try:
        return data.decode(encoding).removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        raise ArticleError(
            f"not {encoding} text (invalid byte 0x{data[error.start]:02x} at offset "
            f"{error.start}); the page must declare its character set"
        ) from None


def _date(value: str | None) -> datetime.date:
    try:
        return datetime.date.fromisoformat((value or "")[:10])
    except ValueError:
        raise ArticleError("no publication date found in the page") from None


def _language(html: str) -> str:
    match = _LANG.search(html[:4096])
    return language_code(match.group(1)) if match else ""
