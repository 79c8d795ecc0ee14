"""Importing article files: each article's source, quotes, new speakers and aliases
are written in one transaction, all or nothing.

The text's content hash makes a re-import a no-op (one query, no extraction). A file
with the same name and date line as an imported source but different text is a new
version: a new source, whose quotes replace the old version's with `replace=True`
(see `quotes.services.replacing`).
"""

from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import PurePath

from django.conf import settings
from django.db import IntegrityError, OperationalError, connection, transaction
from django.db.models import Q
from django.utils import timezone
from simple_history.utils import bulk_create_with_history, get_history_manager_for_model

from quotes.extraction import EXTRACTOR_VERSION, extract
from quotes.extraction.article import ArticleError, decode_article, parse_article
from quotes.models import Quote, Source, Speaker, SpeakerAlias
from quotes.models.sources import content_hash

from .replacing import Replacement, replace_quotes
from .speaker_resolution import SpeakerPlan, SpeakerResolver

Match = Quote.SpeakerMatch
ATTEMPTS = 3  # a write that loses a race with another import is retried
# PostgreSQL's deadlock and serialization failures: another import got there first.
_RETRYABLE_SQLSTATES = frozenset({"40P01", "40001"})


@dataclass
class ImportContext:
    """What stays the same for every article of one run."""

    resolver: SpeakerResolver
    outlet: str = ""
    replace: bool = False
    dry_run: bool = False
    max_bytes: int = field(default_factory=lambda: settings.IMPORT_MAX_BYTES)
    planned_hashes: set[str] = field(default_factory=set)  # a dry run's sources


@dataclass
class QuoteLine:
    paragraph: int | None
    kind: str
    text: str
    speaker: str
    match: str


@dataclass
class ArticleResult:
    name: str
    status: str  # "created", "skipped" or (in a dry run) "planned"
    headline: str = ""
    source_id: int | None = None
    quotes: list[QuoteLine] = field(default_factory=list)
    speakers_created: list[str] = field(default_factory=list)
    speakers_matched: int = 0
    unattributed: Counter = field(default_factory=Counter)
    previous_ids: list[int] = field(default_factory=list)
    replacement: Replacement | None = None
    retries: int = 0  # writes retried after a concurrent import won a race


@contextmanager
def durable_at_the_end():
    """Commit each article without waiting for the disk, then make the whole run durable.

    On PostgreSQL a synchronous commit per article waits for a WAL flush (milliseconds
    each, longer than importing the article). Here each article's transaction is still
    atomic and isolated, and one synchronous commit at the end flushes everything before
    it: a run that finishes is durable; a crash can lose the last moments of an
    unfinished run, which running the (idempotent) import again completes.
    """
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SET synchronous_commit TO off")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("RESET synchronous_commit")
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT txid_current()")  # a commit record, flushed with all before


def read_article_file(path, *, max_bytes: int) -> bytes:
    """An article file's bytes; ArticleError when it is too large or unreadable."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ArticleError(f"file too large ({size:,} bytes; the limit is {max_bytes:,})")
        with path.open("rb") as file:
            data = file.read(max_bytes + 1)
    except OSError as error:
        raise ArticleError(f"cannot read the file ({error.strerror or error})") from None
    if len(data) > max_bytes:
        raise ArticleError(f"file too large (over the limit of {max_bytes:,} bytes)")
    return data


def import_article(*, name: str, data: bytes, context: ImportContext) -> ArticleResult:
    """Import one article file's bytes; ArticleError when they are not an article."""
    article = parse_article(decode_article(data))
    if len(article.headline) > Source._meta.get_field("headline").max_length:
        raise ArticleError("headline longer than 500 characters")
    now = timezone.now()
    source = Source(
        headline=article.headline,
        standfirst=article.standfirst,
        body=article.body,
        published_on=article.date,
        outlet=context.outlet,
        origin_file=name[-500:],
        extractor_version=EXTRACTOR_VERSION,
        imported_at=now,
    )
    source.content_hash = content_hash(source.full_text)
    result = ArticleResult(name=name, status="skipped", headline=article.headline)
    existing, result.previous_ids = _lookup(source, name)
    if existing or source.content_hash in context.planned_hashes:
        result.source_id = existing
        return result

    extraction = extract(article)
    clusters = _quoted_clusters(extraction)
    resolver = context.resolver
    for attempt in range(1, ATTEMPTS + 1):
        plan = resolver.resolve(clusters)
        if plan.new_speakers and not context.dry_run and resolver.catch_up():
            plan = resolver.resolve(clusters)  # another process may have created them
        rows = _quote_rows(extraction, plan)
        if context.dry_run:
            resolver.register(plan)
            context.planned_hashes.add(source.content_hash)
            return _report(result, "planned", plan, rows, None)
        try:
            replacement = _write(source, plan, rows, result, context)
        except (IntegrityError, OperationalError) as error:
            if attempt == ATTEMPTS or not _lost_a_race(error):
                raise
            result.retries += 1
            source.pk = None
            resolver.refresh(plan)
            existing, _ = _lookup(source, name)
            if existing:  # another process imported the same text meanwhile
                result.source_id = existing
                return result
            continue
        resolver.register(plan)
        result.source_id = source.pk
        return _report(result, "created", plan, rows, replacement)
    raise AssertionError("unreachable")  # pragma: no cover


def _lookup(source: Source, name: str) -> tuple[int | None, list[int]]:
    """(the source with this text, earlier versions: same file name and date), one query."""
    rows = Source.objects.filter(
        Q(content_hash=source.content_hash) | Q(published_on=source.published_on)
    ).values_list("id", "content_hash", "origin_file")
    existing, previous = None, []
    basename = PurePath(name).name
    for pk, digest, origin in rows:
        if digest == source.content_hash:
            existing = pk
        elif PurePath(origin).name == basename:
            previous.append(pk)
    return existing, sorted(previous)


def _quoted_clusters(extraction) -> list:
    """The speaker clusters that have a quote, plus any quoted name without a cluster."""
    quoted = {q.speaker for q in extraction.quotes if q.speaker and q.speaker_type != "anonymous"}
    clusters = [c for c in extraction.speakers if c.name in quoted]
    for missing in sorted(quoted - {c.name for c in clusters}):
        clusters.append(_Cluster(missing, "person", (missing,), None))
    return clusters


@dataclass(frozen=True)
class _Cluster:
    name: str
    type: str
    mentions: tuple[str, ...]
    role: str | None


def _quote_rows(extraction, plan: SpeakerPlan) -> list[tuple]:
    """(Quotation, Resolution or None, match) per quote, one per span."""
    rows, spans = [], set()
    for quotation in extraction.quotes:
        span = (quotation.location, quotation.start, quotation.end)
        if span in spans or quotation.start >= quotation.end:
            continue
        spans.add(span)
        if quotation.speaker_type == "anonymous":
            resolution, match = None, Match.ANONYMOUS
        elif not quotation.speaker:
            resolution, match = None, Match.NONE
        else:
            resolution = plan.resolutions[quotation.speaker]
            match = resolution.match
        rows.append((quotation, resolution, match))
    return rows


def _write(source, plan, rows, result, context) -> Replacement | None:
    reason = f"Imported from {result.name}"[:100]
    with transaction.atomic():
        source.save(force_insert=True)
        if plan.new_speakers:
            new = sorted(plan.new_speakers, key=lambda n: n.slug)  # one lock order
            speakers = [
                Speaker(name=n.name, slug=n.slug, kind=n.kind, description=n.description)
                for n in new
            ]
            _insert_with_history(speakers, Speaker, reason)
            for planned, speaker in zip(new, speakers, strict=True):
                planned.id = speaker.pk
        if plan.new_aliases:
            aliases = [
                SpeakerAlias(speaker_id=owner.resolved_id(), name=name, key=key)
                for owner, name, key in sorted(plan.new_aliases, key=lambda a: a[2])
            ]
            _insert_with_history(aliases, SpeakerAlias, reason)
        replacement = None
        if context.replace and result.previous_ids:
            replacement = replace_quotes(
                previous_ids=result.previous_ids, source=source, reason=reason
            )
        quotes = [
            _quote(source, quotation, resolution, match)
            for quotation, resolution, match in rows
            if not (replacement and replacement.overlaps(quotation))
        ]
        _insert_with_history(quotes, Quote, reason)
        Quote.objects.filter(source=source).refresh_search_index()
    return replacement


_history_managers = {}


def _insert_with_history(objs, model, reason: str) -> None:
    """simple_history's bulk_create_with_history (two INSERTs: the rows, then their
    history rows), without building a new history manager class on every call."""
    if not objs:
        return
    if not connection.features.can_return_rows_from_bulk_insert:
        bulk_create_with_history(objs, model, default_change_reason=reason)
        return
    if model not in _history_managers:
        _history_managers[model] = get_history_manager_for_model(model)
    model._default_manager.bulk_create(objs)
    _history_managers[model].bulk_history_create(objs, default_change_reason=reason)


def _quote(source, quotation, resolution, match) -> Quote:
    return Quote(
        source=source,
        speaker_id=resolution.resolved_id() if resolution else None,
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
        extractor_version=source.extractor_version,
        created_at=source.imported_at,
    )


def _lost_a_race(error: Exception) -> bool:
    if isinstance(error, IntegrityError):
        return True
    return getattr(error.__cause__, "sqlstate", None) in _RETRYABLE_SQLSTATES


def _report(result, status, plan, rows, replacement) -> ArticleResult:
    result.status = status
    result.replacement = replacement
    used = {id(r): r for _, r, _ in rows if r is not None and r.attributed}.values()
    result.speakers_created = [r.new.name for r in used if r.new]
    result.speakers_matched = sum(1 for r in used if not r.new)
    for quotation, resolution, match in rows:
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
