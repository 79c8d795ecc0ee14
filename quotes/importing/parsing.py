"""An article file's bytes, decoded and parsed, with what identifies it."""

from dataclasses import dataclass
from functools import cached_property
from pathlib import PurePath

from django.utils import timezone

from quotes.extraction import EXTRACTOR_VERSION, Article
from quotes.extraction.article import ArticleError, decode_article, parse_article
from quotes.models import Source
from quotes.models.sources import content_hash
from quotes.plain_text import plain_text

HEADLINE_MAX = Source._meta.get_field("headline").max_length


@dataclass(eq=False)
class Parsed:
    """An article read and parsed: what will be its source, not yet written."""

    name: str  # the file it came from, as given
    article: Article
    outlet: str
    read_at: object  # when it was read: the source's imported_at

    @cached_property
    def content_hash(self) -> str:
        return content_hash(self.source().full_text)

    @property
    def version(self) -> tuple:
        """Sources with the same date and file name are versions of one article."""
        return (self.article.date, PurePath(self.name).name)

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
            origin_file=self.name[-500:],
            extractor_version=EXTRACTOR_VERSION,
            imported_at=self.read_at,
        )
        source.content_hash = content_hash(source.full_text)
        return source


def parse_file(name: str, data: bytes, *, outlet: str = "") -> Parsed:
    """Decode and parse one article file's bytes; ArticleError when they are not one."""
    article = parse_article(plain_text(decode_article(data)))
    if len(article.headline) > HEADLINE_MAX:
        raise ArticleError(f"headline longer than {HEADLINE_MAX} characters")
    return Parsed(name=name, article=article, outlet=outlet[:200], read_at=timezone.now())
