"""An article read from any input kind, with what identifies it: `Parsed`.

The seed's text format is parsed here (`parse_file`); the other kinds (pages.py,
feeds.py, jsonl.py) hand their fields to `parsed_article`, so every article meets
the same rules before it reaches the pipeline.
"""

import datetime
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import PurePath
from urllib.parse import urlsplit

from django.utils import timezone

from quotes.extraction import EXTRACTOR_VERSION, Article
from quotes.extraction.article import ArticleError, decode_article, parse_article
from quotes.models import Source
from quotes.models.sources import content_hash
from quotes.plain_text import plain_text

HEADLINE_MAX = Source._meta.get_field("headline").max_length
BYLINE_MAX = Source._meta.get_field("byline").max_length
URL_MAX = Source._meta.get_field("url").max_length
DEFAULT_LANGUAGE = Source._meta.get_field("language").default
_SPACES = re.compile(r"\s+")
_LANGUAGE = re.compile(r"[a-z]{2,3}")


@dataclass(eq=False)
class Parsed:
    """An article read and parsed: what will be its source, not yet written."""

    name: str  # the file (or page, or FILE:LINE) it came from, as given
    article: Article
    outlet: str
    read_at: object  # when it was read: the source's imported_at
    url: str = ""  # the canonical address, when the input has one
    language: str = ""
    byline: str = ""
    job_id: int | None = None  # the admin import that brought it in
    # A file's name identifies its article across versions; a line of a JSON Lines
    # dump or an entry of a feed is identified only by its address, if it has one.
    named_by_file: bool = True

    @cached_property
    def content_hash(self) -> str:
        return content_hash(self.source().full_text)

    @property
    def version(self) -> tuple:
        """Sources with the same date and address (or, without one, file name) are
        versions of one article; an article with neither is a version of nothing."""
        date = self.article.date
        if self.url:
            return (date, self.url)
        if self.named_by_file and "://" not in self.name:
            return (date, PurePath(self.name).name)
        return (None, self.name)

    @property
    def reason(self) -> str:
        """The history rows' reason for everything this article creates."""
        return f"Imported from {self.name}"[:100]

    def source(self) -> Source:
        """A new, unsaved Source row for the article (a fresh one for every attempt to
        write it, so a rolled-back attempt leaves nothing behind)."""
        article = self.article
        source = Source(
            headline=article.headline,
            standfirst=article.standfirst,
            body=article.body,
            published_on=article.date,
            outlet=self.outlet,
            url=self.url,
            language=self.language or DEFAULT_LANGUAGE,
            byline=self.byline,
            origin_file=self.name[-500:],
            extractor_version=EXTRACTOR_VERSION,
            imported_at=self.read_at,
            import_job_id=self.job_id,
        )
        source.content_hash = content_hash(source.full_text)
        return source


def version_keys(date, url: str, origin: str) -> list[tuple]:
    """The `Parsed.version`s that a stored source is an earlier version of: by its
    address, and by its file's name (an editor may have added the address since)."""
    keys = [] if "://" in origin else [(date, PurePath(origin).name)]
    return [(date, url), *keys] if url else keys


def parse_file(name: str, data: bytes, *, outlet: str = "") -> Parsed:
    """Decode and parse one article file's bytes; ArticleError when they are not one."""
    article = parse_article(plain_text(decode_article(data)))
    if len(article.headline) > HEADLINE_MAX:
        raise ArticleError(f"headline longer than {HEADLINE_MAX} characters")
    return Parsed(name=name, article=article, outlet=outlet[:200], read_at=timezone.now())


def parsed_article(
    name: str,
    *,
    date: datetime.date | None,
    headline: str | None,
    paragraphs,
    standfirst: str | None = "",
    url: str | None = "",
    outlet: str | None = "",
    language: str | None = "",
    byline: str | None = "",
) -> Parsed:
    """An article from another input kind's fields, held to the text format's rules:
    a date, a headline on one line, and at least one body paragraph (a paragraph never
    holds a line break: the body's offsets count paragraphs by them).
    ArticleError says what is missing."""
    headline = one_line(headline)
    if date is None:
        raise ArticleError("no publication date")
    if not headline:
        raise ArticleError("no headline")
    if len(headline) > HEADLINE_MAX:
        raise ArticleError(f"headline longer than {HEADLINE_MAX} characters")
    lines = (one_line(line) for text in paragraphs for line in text.splitlines())
    body = tuple(line for line in lines if line)
    if not body:
        raise ArticleError("no body paragraphs")
    standfirst = one_line(standfirst)
    article = Article(date=date, headline=headline, standfirst=standfirst, paragraphs=body)
    url = (url or "").strip()
    if urlsplit(url).scheme.lower() not in ("http", "https") or len(url) > URL_MAX:
        url = ""  # a page or feed may claim any address: keep only a web one
    return Parsed(
        name=name,
        article=article,
        outlet=one_line(outlet)[:200],
        read_at=timezone.now(),
        url=url,
        language=language_code(language),
        byline=one_line(byline)[:BYLINE_MAX],
    )


def one_line(text: str | None) -> str:
    """Text with every run of white space (line breaks too) as one space, and no
    character a feed or a page cannot carry (plain_text), as the text format's."""
    return _SPACES.sub(" ", plain_text(text or "")).strip()


def language_code(tag: str | None) -> str:
    """The primary language of a tag such as "en-GB" ("en"), or "" for none."""
    primary = (tag or "").strip().lower().replace("_", "-").split("-")[0]
    return primary if _LANGUAGE.fullmatch(primary) else ""
