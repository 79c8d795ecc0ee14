"""The articles of an RSS or Atom feed (a file, or a URL's), one per entry.

feedparser reads every flavour of RSS and Atom, and cleans the entries' HTML. An
entry's full content (content:encoded, atom:content) is its body when the feed carries
it; otherwise the entry's link is fetched as any URL is (fetching.py) and read as a
page. Either way the entry's date and author, as the feed gives them, are kept.
"""

import calendar
import datetime
import email.utils

import feedparser
import lxml.html
from lxml import etree

from quotes.extraction.article import ArticleError

from . import formats
from .outcomes import Failed
from .pages import read_page
from .parsing import one_line, parsed_article

# Elements that end a paragraph in an entry's HTML.
BLOCKS = (
    "p", "div", "br", "li", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
    "dd", "dt", "figcaption", "tr", "section", "article", "header", "footer", "hr",
)  # fmt: skip


def read_feed(name: str, data: bytes, *, fetcher, url: str = ""):
    """A Parsed article, or a Failed one, per entry (named NAME#N), in the feed's order;
    ArticleError when the bytes are not a feed."""
    headers = {"content-location": url} if url else {}
    # Bytes, never a URL: given a URL, feedparser would fetch it itself, unguarded.
    feed = feedparser.parse(data, response_headers=headers, sanitize_html=True)
    if not feed.entries:
        if not feed.version:
            reason = one_line(str(feed.get("bozo_exception") or ""))[:200]
            raise ArticleError("not an RSS or Atom feed" + (f" ({reason})" if reason else ""))
        raise ArticleError("a feed with no entries")
    about = feed.feed
    for number, entry in enumerate(feed.entries, 1):
        entry_name = f"{name}#{number}"
        try:
            parsed = _entry(entry_name, entry, about, fetcher)
        except Exception as error:  # one bad entry must not stop the others
            yield Failed(entry_name, error)
        else:
            parsed.named_by_file = False
            yield parsed


def _entry(name: str, entry, about, fetcher):
    date = _date(entry) or None
    byline = entry.get("author") or about.get("author") or ""
    headline = entry.get("title", "")
    link = entry.get("link", "")
    paragraphs = next(
        (found for c in entry.get("content", ()) if (found := html_paragraphs(c.get("value")))),
        [],
    )
    if not paragraphs:
        if not link:
            raise ArticleError("the entry has no content and no link to fetch it from")
        page = fetcher.fetch(link)
        if formats.choose(link, page.data, content_type=page.content_type) != formats.HTML:
            raise ArticleError(f"the entry's link {link} is not a web page")
        parsed = read_page(
            name, page.data, charset=page.charset, url=page.url, date=date, byline=byline,
            headline=headline,
        )  # fmt: skip
        parsed.outlet = parsed.outlet or one_line(about.get("title"))[:200]
        return parsed
    # feedparser gives the content as the summary when there is no other: a standfirst
    # that only repeats the start of the body would quote it twice.
    summary = " ".join(html_paragraphs(entry.get("summary")))
    if " ".join(paragraphs).startswith(summary.rstrip(".…").rstrip()):
        summary = ""
    return parsed_article(
        name,
        date=date,
        headline=headline,
        standfirst=summary,
        paragraphs=paragraphs,
        url=link,
        outlet=about.get("title"),
        language=about.get("language"),
        byline=byline,
    )


def _date(entry) -> datetime.date | None:
    """The entry's date in its own time zone, as its publisher wrote it (feedparser's
    parsed dates are in UTC, where an article of 00:30 +01:00 is the day before)."""
    for key in ("published", "updated"):
        written = (entry.get(key) or "").strip()
        if not written:
            continue
        for parse in (email.utils.parsedate_to_datetime, datetime.datetime.fromisoformat):
            try:
                return parse(written).date()
            except (TypeError, ValueError, IndexError):
                pass
        moment = entry.get(f"{key}_parsed")  # another of the many forms feedparser reads
        if moment:
            return datetime.datetime.fromtimestamp(calendar.timegm(moment), datetime.UTC).date()
    return None


def html_paragraphs(markup: str | None) -> list[str]:
    """A piece of HTML as paragraphs: one per block element, the text as written."""
    if not markup or not markup.strip():
        return []
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return []
    etree.strip_elements(root, "script", "style", "template", with_tail=False)
    for element in root.iter(*BLOCKS):
        element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    lines = (one_line(line) for line in root.text_content().split("\n"))
    return [line for line in lines if line]
