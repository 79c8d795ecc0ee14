"""Writing planned articles: many at once, in one transaction, with bulk inserts.

A batch costs a handful of statements whatever its size: the sources, the new
speakers, their aliases and the quotes, each with their history rows (the search
index is the database's triggers' work). When anything in it fails the whole batch
rolls back, and the caller (`articles`) tries again or writes its articles one at a
time, so that only a bad article fails.
"""

from dataclasses import dataclass

from django.db import transaction

from quotes.models import Quote, Source, Speaker, SpeakerAlias
from quotes.search import context_around

from . import rows
from .planning import Planned
from .replacing import Replacement, replace_quotes


@dataclass
class Written:
    source: Source
    replacement: Replacement | None


def write_articles(articles: list[Planned], *, replace: bool, placeholders: dict) -> list[Written]:
    """Write each article's source, new speakers, aliases and quotes, all or nothing;
    one Written per article, in order.

    `placeholders` maps the stand-in ids that later articles of the batch resolved to
    onto the planned new speakers that get their real ids here.
    """

    def real_id(resolution):
        speaker_id = resolution.resolved_id() if resolution else None
        return placeholders[speaker_id].id if speaker_id in placeholders else speaker_id

    with transaction.atomic():
        sources = [article.parsed.source() for article in articles]
        rows.insert(sources, Source, history=False)
        planned = [(new, a.parsed.reason) for a in articles for new in a.plan.new_speakers]
        planned.sort(key=lambda pair: pair[0].slug)  # one lock order for every process
        speakers = [
            _with_reason(
                Speaker(name=n.name, slug=n.slug, kind=n.kind, description=n.description), reason
            )
            for n, reason in planned
        ]
        _insert_with_history(speakers, Speaker)
        for (new, _), speaker in zip(planned, speakers, strict=True):
            new.id = speaker.pk
        aliases = [
            _with_reason(
                SpeakerAlias(
                    speaker_id=real_id(owner),
                    name=name,
                    key=key,
                    origin=SpeakerAlias.Origin.IMPORT,
                ),
                a.parsed.reason,
            )
            for a in articles
            for owner, name, key in a.plan.new_aliases
        ]
        aliases.sort(key=lambda alias: alias.key)
        _insert_with_history(aliases, SpeakerAlias)
        written, quotes = [], []
        for article, source in zip(articles, sources, strict=True):
            reason, previous = article.parsed.reason, article.extracted.found.previous_ids
            replacement = None
            if replace and previous:
                replacement = replace_quotes(previous_ids=previous, source=source, reason=reason)
            for quotation, resolution, match in article.rows:
                if not (replacement and replacement.overlaps(quotation)):
                    quote = _quote(source, quotation, real_id(resolution), match)
                    quotes.append(_with_reason(quote, reason))
            written.append(Written(source, replacement))
        _insert_with_history(quotes, Quote)
    return written


def _with_reason(obj, reason: str):
    obj._change_reason = reason  # the reason its history row gives
    return obj


def _insert_with_history(objs, model) -> None:
    """Every insert of a batch but the sources' passes here: the one place a test
    makes a write fail."""
    rows.insert(objs, model)


def _quote(source, quotation, speaker_id, match) -> Quote:
    return Quote(
        source=source,
        speaker_id=speaker_id,
        speaker_mention=(quotation.speaker_mention or "")[:300],
        speaker_suggestion=(quotation.suggestion or "")[:200],
        text=quotation.text,
        kind=quotation.kind,
        location=quotation.location,
        cue=(quotation.cue or "")[:100],
        paragraph=quotation.paragraph,
        start=quotation.start,
        end=quotation.end,
        attribution_rule=(quotation.rule or "")[:40],
        attribution_confidence=min(max(float(quotation.confidence), 0.0), 1.0),
        speaker_match=match,
        said_on=source.published_on,
        context=context_around(getattr(source, quotation.location), quotation.start, quotation.end),
        extractor_version=source.extractor_version,
        created_at=source.imported_at,
    )
