"""Importing article files: each article's source, quotes, new speakers and aliases
land together or not at all.

Articles are imported in batches (`import_batches.ArticleBatch`): parsed, extracted
and resolved in Python, then written together in one transaction with bulk inserts,
because a transaction and a statement per row cost far more than the rows. When a
batch fails it is rolled back and its articles are written one at a time, each in its
own transaction, so only a bad article fails.

The text's content hash makes a re-import a no-op (one query per batch, no
extraction). A file with the same name and date line as an imported source but
different text is a new version: a new source, whose quotes replace the old
version's with `replace=True` (see `quotes.services.replacing`).
"""

from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import PurePath

from django.conf import settings
from django.db import DatabaseError, IntegrityError, OperationalError, connection, transaction
from django.db.models import Q
from django.utils import timezone

from quotes.extraction import EXTRACTOR_VERSION, Article, Extraction
from quotes.extraction.article import ArticleError, decode_article, parse_article
from quotes.models import Quote, Source
from quotes.models.sources import content_hash
from quotes.plain_text import plain_text

from .extraction_worker import extract_all
from .import_writes import write_articles
from .replacing import Replacement
from .speaker_resolution import SpeakerPlan, SpeakerResolver

Match = Quote.SpeakerMatch
ATTEMPTS = 3  # a write that loses a race with another import is retried
BATCH_SIZE = 100  # articles written in one transaction
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
    outcome = import_batch([read_pending(name, data, context)], context)[0]
    if isinstance(outcome, Exception):
        raise outcome
    return outcome


@dataclass(eq=False)
class Pending:
    """An article read and parsed, waiting to be imported with its batch."""

    name: str
    article: Article
    source: Source
    result: ArticleResult
    extraction: Extraction | None = None
    clusters: list = field(default_factory=list)
    plan: SpeakerPlan | None = None
    rows: list = field(default_factory=list)
    replacement: Replacement | None = None

    @property
    def reason(self) -> str:
        return f"Imported from {self.name}"[:100]

    @property
    def version(self) -> tuple:
        """Sources with the same date and file name are versions of one article."""
        return (self.source.published_on, PurePath(self.name).name)


def read_pending(name: str, data: bytes, context: ImportContext) -> Pending:
    """Decode and parse one article file's bytes; ArticleError when they are not one."""
    article = parse_article(plain_text(decode_article(data)))
    if len(article.headline) > Source._meta.get_field("headline").max_length:
        raise ArticleError("headline longer than 500 characters")
    source = Source(
        headline=article.headline,
        standfirst=article.standfirst,
        body=article.body,
        published_on=article.date,
        outlet=context.outlet,
        origin_file=name[-500:],
        extractor_version=EXTRACTOR_VERSION,
        imported_at=timezone.now(),
    )
    source.content_hash = content_hash(source.full_text)
    result = ArticleResult(name=name, status="skipped", headline=article.headline)
    return Pending(name=name, article=article, source=source, result=result)


def import_batch(pendings: list[Pending], context: ImportContext) -> list:
    """Import parsed articles together: an ArticleResult, or the exception that made
    it fail, per article, in order.

    One query finds which are already imported. The rest are extracted and resolved
    in Python, then written in one transaction with bulk inserts. When that
    transaction fails it is rolled back and retried once if another process won a
    race for a new speaker, otherwise (or if it fails again) each article is written
    on its own, so only a bad article fails. The articles must not repeat a text, or
    a file name and date, of another in the batch (see `import_batches.ArticleBatch`).
    """
    outcomes, todo = look_up_batch(pendings, context)
    extracted = extract_all([pending.article for pending in todo])
    return write_batch(pendings, outcomes, todo, extracted, context)


def look_up_batch(pendings: list[Pending], context: ImportContext) -> tuple[dict, list]:
    """(outcomes so far, the articles still to import): one query for the batch."""
    try:
        _look_up(pendings)
    except DatabaseError as error:
        return dict.fromkeys(pendings, error), []
    outcomes, todo = {}, []
    for pending in pendings:
        if pending.result.source_id or pending.source.content_hash in context.planned_hashes:
            outcomes[pending] = pending.result
        else:
            todo.append(pending)
    return outcomes, todo


def write_batch(pendings, outcomes: dict, todo: list, extracted: list, context) -> list:
    """Resolve and write `todo`, given each one's extraction (or the exception it
    raised); the outcome of every article of `pendings`, in order."""
    ready = []
    for pending, extraction in zip(todo, extracted, strict=True):
        if isinstance(extraction, Exception):
            outcomes[pending] = extraction
            continue
        pending.extraction = extraction
        pending.clusters = _quoted_clusters(extraction)
        ready.append(pending)
    if context.dry_run:
        outcomes.update((pending, _plan_dry_run(pending, context)) for pending in ready)
    elif len(ready) > 1 and _write_together(ready, context):
        outcomes.update((p, _report(p, "created")) for p in ready)
    else:
        for pending in ready:
            try:
                outcomes[pending] = _write_alone(pending, context)
            except Exception as error:  # the others still import
                outcomes[pending] = error
    return [outcomes[pending] for pending in pendings]


def _look_up(pendings: list[Pending]) -> list[Pending]:
    """Find each article's source with the same text, and its earlier versions (same
    file name and date), for the whole batch in one query."""
    if not pendings:
        return pendings
    rows = Source.objects.filter(
        Q(content_hash__in=[p.source.content_hash for p in pendings])
        | Q(published_on__in={p.source.published_on for p in pendings})
    ).values_list("id", "content_hash", "origin_file", "published_on")
    by_hash, versions = {}, defaultdict(list)
    for pk, digest, origin, published_on in rows:
        by_hash[digest] = pk
        versions[(published_on, PurePath(origin).name)].append(pk)
    for pending in pendings:
        existing = by_hash.get(pending.source.content_hash)
        pending.result.source_id = existing
        pending.result.previous_ids = sorted(
            pk for pk in versions.get(pending.version, ()) if pk != existing
        )
    return pendings


def _plan_dry_run(pending: Pending, context: ImportContext) -> ArticleResult:
    pending.plan = context.resolver.resolve(pending.clusters)
    pending.rows = _quote_rows(pending.extraction, pending.plan)
    context.resolver.register(pending.plan)
    context.planned_hashes.add(pending.source.content_hash)
    return _report(pending, "planned")


def _write_together(todo: list[Pending], context: ImportContext) -> bool:
    """Write the batch in one transaction; False when it failed and was rolled back."""
    for attempt in (1, 2):
        resolver = context.resolver
        placeholders = {}
        try:
            resolver.catch_up()
            for pending in todo:
                pending.plan = resolver.resolve(pending.clusters)
                pending.rows = _quote_rows(pending.extraction, pending.plan)
                pending.replacement = None
                resolver.register(pending.plan)  # stand-in ids: later articles find them
                placeholders.update((new.id, new) for new in pending.plan.new_speakers)
            write_articles(todo, replace=context.replace, placeholders=placeholders)
        except Exception as error:
            # The resolver learnt speakers that were never written: start it afresh.
            context.resolver = SpeakerResolver.load()
            for pending in todo:
                pending.source.pk = None
            if attempt == 2 or not isinstance(error, DatabaseError) or not _lost_a_race(error):
                return False
            todo[0].result.retries += 1  # once more, having learnt the winner's speakers
            continue
        resolver.renumber({stand_in: new.id for stand_in, new in placeholders.items()})
        return True
    return False


def _write_alone(pending: Pending, context: ImportContext) -> ArticleResult:
    """Write one article in its own transaction, retrying when it loses a race."""
    source, result = pending.source, pending.result
    for attempt in range(1, ATTEMPTS + 1):
        resolver = context.resolver
        plan = resolver.resolve(pending.clusters)
        if plan.new_speakers and resolver.catch_up():
            plan = resolver.resolve(pending.clusters)  # another process may have created them
        pending.plan, pending.rows = plan, _quote_rows(pending.extraction, plan)
        try:
            pending.replacement = _write(source, plan, pending.rows, result, context)
        except (IntegrityError, OperationalError) as error:
            if attempt == ATTEMPTS or not _lost_a_race(error):
                raise
            result.retries += 1
            source.pk = None
            resolver.refresh(plan)
            _look_up([pending])
            if result.source_id:  # another process imported the same text meanwhile
                return result
            continue
        resolver.register(plan)
        return _report(pending, "created")
    raise AssertionError("unreachable")  # pragma: no cover


def _write(source, plan, rows, result, context) -> Replacement | None:
    """One article's writes (a batch of one)."""
    pending = Pending(result.name, None, source, result, plan=plan, rows=rows)
    write_articles([pending], replace=context.replace, placeholders={})
    return pending.replacement


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


def _lost_a_race(error: Exception) -> bool:
    if isinstance(error, IntegrityError):
        return True
    return getattr(error.__cause__, "sqlstate", None) in _RETRYABLE_SQLSTATES


def _report(pending: Pending, status: str) -> ArticleResult:
    result, replacement = pending.result, pending.replacement
    result.status = status
    result.source_id = pending.source.pk
    result.replacement = replacement
    rows = pending.rows
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
