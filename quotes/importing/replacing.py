"""Replacing an earlier version's quotes when a corrected article is imported.

Source bodies are immutable snapshots, so a corrected text is a new source and the
old one stays. Its machine-made quotes that nobody touched are deleted (each with a
history row). Quotes that carry people's work are kept: those an editor verified,
rejected, edited or added (`Quote.is_curated`) and those with reader annotations or
claims. A kept quote moves onto the new source when the text its offsets covered is
found there (the occurrence nearest its old position); otherwise it stays on the
old source.
"""

from dataclasses import dataclass, field

from django.db.models import Q
from simple_history.utils import bulk_update_with_history

from quotes.models import Quote, Source

KEPT = (
    Q(origin=Quote.Origin.EDITOR)
    | ~Q(status=Quote.Status.UNREVIEWED)
    | Q(edited_at__isnull=False)
    | Q(annotations__isnull=False)
    | Q(claims__isnull=False)
)


@dataclass
class Replacement:
    deleted: int = 0
    moved: list[tuple[str, int, int]] = field(default_factory=list)  # (location, start, end)
    left: int = 0  # kept on the old source: their text is not in the new one

    def overlaps(self, quotation) -> bool:
        """Whether a new quote would cover text a moved, curated quote already covers."""
        return any(
            location == quotation.location and start < quotation.end and quotation.start < end
            for location, start, end in self.moved
        )


def replace_quotes(*, previous_ids: list[int], source: Source, reason: str) -> Replacement:
    """Replace the quotes of the sources `previous_ids` with those of `source`."""
    replacement = Replacement()
    old = Quote.objects.filter(source_id__in=previous_ids)
    kept_ids = set(old.filter(KEPT).values_list("pk", flat=True))
    for quote in old.exclude(pk__in=kept_ids):
        quote._change_reason = reason
        quote.delete()
        replacement.deleted += 1

    moved = []
    for quote in Quote.objects.filter(pk__in=kept_ids).select_related("source").order_by("pk"):
        position = _new_position(quote, source, replacement.moved)
        if position is None:
            replacement.left += 1
            continue
        old_text = quote.location_text
        start, end = position
        if quote.paragraph is not None:
            first = quote.paragraph - old_text.count("\n", 0, quote.start)
            quote.paragraph = first + getattr(source, quote.location).count("\n", 0, start)
        quote.source, quote.start, quote.end = source, start, end
        replacement.moved.append((quote.location, start, end))
        moved.append(quote)
    bulk_update_with_history(
        moved, Quote, ["source", "start", "end", "paragraph"], default_change_reason=reason
    )
    return replacement


def _new_position(quote: Quote, source: Source, taken) -> tuple[int, int] | None:
    """Where the text under the quote's old offsets is in the new source, if anywhere."""
    span = quote.location_text[quote.start : quote.end]
    text = getattr(source, quote.location)
    found, at = [], text.find(span)
    while span and at != -1:
        found.append(at)
        at = text.find(span, at + 1)
    for at in sorted(found, key=lambda at: abs(at - quote.start)):
        if not any(
            location == quote.location and start < at + len(span) and at < end
            for location, start, end in taken
        ):
            return at, at + len(span)
    return None
