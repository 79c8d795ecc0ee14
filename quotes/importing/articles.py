"""Importing a batch of extracted articles: resolve their speakers, write them in one
transaction, and say what became of each.

The batch is written together, in one transaction with bulk inserts, because a
transaction and a statement per row cost far more than the rows. When it fails it is
rolled back and tried once more if another process won a race for a new speaker,
otherwise (or if it fails again) each article is written on its own, so only a bad
article fails. Speakers are resolved in order, so each article sees the speakers the
articles before it created.
"""

from dataclasses import dataclass, field

from django.db import DatabaseError, IntegrityError, OperationalError

from quotes.models import Quote

from .lookup import look_up
from .outcomes import Imported, QuoteLine, Skipped
from .planning import Extracted, Planned, plan_article
from .speakers import SpeakerResolver
from .writing import Written, write_articles

Match = Quote.SpeakerMatch
ATTEMPTS = 3  # a write that loses a race with another import is retried
# PostgreSQL's deadlock and serialization failures: another import got there first.
_RETRYABLE_SQLSTATES = frozenset({"40P01", "40001"})


@dataclass
class Run:
    """What one import run keeps from batch to batch: its options, and the speakers
    its resolver has learnt (from the database, and from what it wrote)."""

    resolver: SpeakerResolver
    replace: bool = False
    dry_run: bool = False
    planned_hashes: set[str] = field(default_factory=set)  # a dry run's sources


def import_extracted(articles: list[Extracted | Exception], run: Run) -> list:
    """An outcome (Imported, or the exception) per article, in order; an article given
    as the exception its extraction raised stays that exception."""
    ready = [article for article in articles if isinstance(article, Extracted)]
    outcomes: dict[int, object] = {}
    if run.dry_run:
        outcomes.update((id(a), _plan_dry_run(a, run)) for a in ready)
    elif len(ready) > 1 and (written := _write_together(ready, run)) is not None:
        outcomes.update((id(p.extracted), _report(p, w, "created")) for p, w in written)
    else:
        for article in ready:
            try:
                outcomes[id(article)] = _write_alone(article, run)
            except Exception as error:  # the others still import
                outcomes[id(article)] = error
    return [outcomes.get(id(article), article) for article in articles]


def _plan_dry_run(article: Extracted, run: Run) -> Imported:
    planned = plan_article(article, run.resolver)
    run.resolver.register(planned.plan)
    run.planned_hashes.add(article.parsed.content_hash)
    return _report(planned, None, "planned")


def _write_together(articles: list[Extracted], run: Run):
    """Write the batch in one transaction: (Planned, Written) per article, or None
    when it failed and was rolled back."""
    for attempt in (1, 2):
        resolver = run.resolver
        placeholders = {}
        try:
            resolver.catch_up()
            planned = []
            for article in articles:
                planned.append(plan_article(article, resolver))
                resolver.register(planned[-1].plan)  # stand-in ids: later articles find them
                placeholders.update((new.id, new) for new in planned[-1].plan.new_speakers)
            written = write_articles(planned, replace=run.replace, placeholders=placeholders)
        except Exception as error:
            # The resolver learnt speakers that were never written: start it afresh.
            run.resolver = SpeakerResolver.load()
            if attempt == 2 or not isinstance(error, DatabaseError) or not _lost_a_race(error):
                return None
            articles[0].retries += 1
            continue
        resolver.renumber({stand_in: new.id for stand_in, new in placeholders.items()})
        return list(zip(planned, written, strict=True))
    return None


def _write_alone(article: Extracted, run: Run):
    """Write one article in its own transaction, retrying when it loses a race."""
    for attempt in range(1, ATTEMPTS + 1):
        resolver = run.resolver
        planned = plan_article(article, resolver)
        if planned.plan.new_speakers and resolver.catch_up():
            planned = plan_article(article, resolver)  # another process may have made them
        try:
            (written,) = write_articles([planned], replace=run.replace, placeholders={})
        except (IntegrityError, OperationalError) as error:
            if attempt == ATTEMPTS or not _lost_a_race(error):
                raise
            article.retries += 1
            resolver.refresh(planned.plan)
            found = look_up([article.parsed])[article.parsed]
            if found.source_id:  # another process imported the same text meanwhile
                return Skipped(article.parsed.name, found.source_id, retries=article.retries)
            continue
        resolver.register(planned.plan)
        return _report(planned, written, "created")
    raise AssertionError("unreachable")  # pragma: no cover


def _lost_a_race(error: Exception) -> bool:
    if isinstance(error, IntegrityError):
        return True
    return getattr(error.__cause__, "sqlstate", None) in _RETRYABLE_SQLSTATES


def _report(planned: Planned, written: Written | None, status: str) -> Imported:
    extracted = planned.extracted
    replacement = written.replacement if written else None
    result = Imported(
        name=extracted.parsed.name,
        status=status,
        headline=extracted.parsed.article.headline,
        source_id=written.source.pk if written else None,
        previous_ids=extracted.found.previous_ids,
        replacement=replacement,
        retries=extracted.retries,
    )
    used = {id(r): r for _, r, _ in planned.rows if r is not None and r.attributed}.values()
    result.speakers_created = [r.new.name for r in used if r.new]
    result.speakers_matched = sum(1 for r in used if not r.new)
    for quotation, resolution, match in planned.rows:
        if replacement and replacement.overlaps(quotation):
            continue
        attributed = resolution is not None and resolution.attributed
        if not attributed:
            result.unattributed[match] += 1
        speaker = resolution.name if attributed else (quotation.speaker_mention or "")
        result.quotes.append(
            QuoteLine(quotation.paragraph, quotation.kind, quotation.text, speaker, match)
        )
    return result
