"""What waits for the editors: the counts on the admin's home page (claimtracker/admin_site.py)."""

import datetime
from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Exists, Max, OuterRef
from django.urls import reverse

from quotes import data_version
from quotes.models import Annotation, AnnotationFlag, Claim, Quote, Source
from quotes.selectors.registry import speaker_queue

# An import's articles are written within minutes: the sources imported within this
# long before the newest one make "the last import".
LAST_IMPORT_WINDOW = datetime.timedelta(hours=1)


@dataclass
class Waiting:
    key: str  # a stable name, for tests and styling
    count: int
    label: str  # "unreviewed quotes from the last import"
    url: str
    detail: str = ""


def editor_queue() -> list[Waiting]:
    """Each kind of work waiting for editors, with how much and where to do it: one
    query each, and the speaker queue's sizes, kept until the data changes."""
    items = [last_import(), flagged_notes(), claims_in_review(), speakers_to_check()]
    return [item for item in items if item is not None]


def last_import() -> Waiting | None:
    newest = Source.objects.aggregate(newest=Max("imported_at"))["newest"]
    if newest is None:
        return None
    since = newest - LAST_IMPORT_WINDOW
    quotes = Quote.objects.filter(status=Quote.Status.UNREVIEWED, source__imported_at__gte=since)
    url = reverse("admin:quotes_quote_changelist")
    query = urlencode(
        {"status__exact": "unreviewed", "source__imported_at__gte": since.isoformat()}
    )
    return Waiting(
        "last-import",
        quotes.count(),
        "unreviewed quotes from the last import",
        f"{url}?{query}",
        f"imported {newest:%-d %B %Y, %H:%M} UTC",
    )


def flagged_notes() -> Waiting:
    flagged = Exists(AnnotationFlag.objects.filter(annotation=OuterRef("pk")))
    count = Annotation.objects.visible().filter(flagged).count()
    url = reverse("admin:quotes_annotation_changelist")
    return Waiting(
        "flagged-notes",
        count,
        "readers' notes flagged and still shown",
        f"{url}?flagged=yes&visibility__exact=visible",
    )


def claims_in_review() -> Waiting:
    count = Claim.objects.filter(status=Claim.Status.IN_REVIEW).count()
    url = reverse("admin:quotes_claim_changelist")
    return Waiting(
        "claims-in-review",
        count,
        "claims in review, waiting for another editor to publish",
        f"{url}?status__exact=in_review",
    )


def speakers_to_check() -> Waiting:
    """The editors' queue of likely duplicate and junk speakers (selectors.registry):
    worked out over every speaker, so kept until the data changes."""
    duplicates, junk = data_version.cached("speakers-to-check", _queue_sizes, 3600)
    return Waiting(
        "speakers-to-check",
        duplicates + junk,
        "speakers to check: likely duplicates to merge or keep apart, names to mend",
        reverse("admin:quotes_speaker_queue"),
        f"{_count(duplicates, 'possible duplicate pair')}, {_count(junk, 'doubtful name')}",
    )


def _queue_sizes() -> tuple[int, int]:
    queue = speaker_queue(limit=0)
    return queue.more_duplicates, queue.more_junk


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
