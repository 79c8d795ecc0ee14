"""What waits for the editors: the counts on the admin's home page (claimtracker/admin_site.py)."""

import datetime
import importlib
from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Exists, Max, OuterRef
from django.urls import reverse

from quotes.models import Annotation, AnnotationFlag, Claim, Quote, Source

# An import's articles are written within minutes: the sources imported within this
# long before the newest one make "the last import".
LAST_IMPORT_WINDOW = datetime.timedelta(hours=1)

# The hook for the duplicate-speaker queue, which another change adds: a module with
# `pending_count() -> int` (speaker pairs waiting for an editor's decision) and
# `admin_url() -> str` (its admin view). While the module is absent, the editors' home
# shows no such line.
DUPLICATE_SPEAKER_QUEUE = "quotes.selectors.duplicate_speakers"


@dataclass
class Waiting:
    key: str  # a stable name, for tests and styling
    count: int
    label: str  # "unreviewed quotes from the last import"
    url: str
    detail: str = ""


def editor_queue() -> list[Waiting]:
    """Each kind of work waiting for editors, with how much and where to do it: one
    query each (and the duplicate-speaker queue's own, when it is installed)."""
    items = [last_import(), flagged_notes(), claims_in_review()]
    duplicates = duplicate_speaker_queue()
    if duplicates is not None:
        items.append(duplicates)
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


def duplicate_speaker_queue() -> Waiting | None:
    """The duplicate-speaker queue's count, or None while its module is not installed."""
    try:
        queue = importlib.import_module(DUPLICATE_SPEAKER_QUEUE)
    except ModuleNotFoundError:
        return None
    return Waiting(
        "duplicate-speakers",
        queue.pending_count(),
        "possible duplicate speakers to merge or keep apart",
        queue.admin_url(),
    )
