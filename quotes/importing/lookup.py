"""Which articles of a batch were imported before, and which earlier versions they
have: one query for the whole batch."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q

from quotes.models import Source

from .parsing import Parsed, version_keys


@dataclass
class Found:
    source_id: int | None = None  # the source with the same text, if any
    previous_ids: list[int] = field(default_factory=list)  # same file name and date


def look_up(articles: list[Parsed]) -> dict[Parsed, Found]:
    if not articles:
        return {}
    rows = Source.objects.filter(
        Q(content_hash__in=[a.content_hash for a in articles])
        | Q(published_on__in={a.article.date for a in articles})
    ).values_list("id", "content_hash", "origin_file", "url", "published_on")
    by_hash, versions = {}, defaultdict(list)
    for pk, digest, origin, url, published_on in rows:
        by_hash[digest] = pk
        for key in version_keys(published_on, url, origin):
            versions[key].append(pk)
    found = {}
    for article in articles:
        existing = by_hash.get(article.content_hash)
        previous = sorted(pk for pk in versions.get(article.version, ()) if pk != existing)
        found[article] = Found(existing, previous)
    return found
