"""Writing prepared articles: many at once, in one transaction, with bulk inserts.

A batch costs a handful of statements whatever its size: the sources, the new
speakers, their aliases, the quotes (each with their history rows) and one UPDATE of
the search index. When anything in it fails the whole batch rolls back, and the
caller (`quotes.services.imports`) retries its articles one at a time, so that only
a bad article fails.
"""

from django.db import transaction

from quotes.models import Quote, Source, Speaker, SpeakerAlias
from quotes.search import context_around

from . import bulk_rows
from .replacing import replace_quotes


def write_articles(articles, *, replace: bool, placeholders: dict) -> None:
    """Write each article's source, new speakers, aliases and quotes, all or nothing.

    `articles` have a `source`, `plan`, `rows`, `reason` and `result`; `placeholders`
    maps the stand-in ids that later articles of the batch resolved to onto the
    planned new speakers that will get the real ones.
    """

    def real_id(resolution):
        speaker_id = resolution.resolved_id() if resolution else None
        return placeholders[speaker_id].id if speaker_id in placeholders else speaker_id

    with transaction.atomic():
        bulk_rows.insert([article.source for article in articles], Source, history=False)
        planned = [(new, a.reason) for a in articles for new in a.plan.new_speakers]
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
            _with_reason(SpeakerAlias(speaker_id=real_id(owner), name=name, key=key), a.reason)
            for a in articles
            for owner, name, key in a.plan.new_aliases
        ]
        aliases.sort(key=lambda alias: alias.key)
        _insert_with_history(aliases, SpeakerAlias)
        quotes = []
        for article in articles:
            if replace and article.result.previous_ids:
                article.replacement = replace_quotes(
                    previous_ids=article.result.previous_ids,
                    source=article.source,
                    reason=article.reason,
                )
            quotes.extend(
                _with_reason(
                    _quote(article.source, quotation, real_id(resolution), match), article.reason
                )
                for quotation, resolution, match in article.rows
                if not (article.replacement and article.replacement.overlaps(quotation))
            )
        _insert_with_history(quotes, Quote)


def _with_reason(obj, reason: str):
    obj._change_reason = reason  # the reason its history row gives
    return obj


def _insert_with_history(objs, model) -> None:
    """Every insert of a batch but the sources' passes here: the one place a test
    makes a write fail."""
    bulk_rows.insert(objs, model)


def _quote(source, quotation, speaker_id, match) -> Quote:
    return Quote(
        source=source,
        speaker_id=speaker_id,
        speaker_mention=(quotation.speaker_mention or "")[:300],
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
