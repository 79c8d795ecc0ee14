"""A quote's readers' notes: anchored in its current text, or detached."""

from dataclasses import dataclass, field

from quotes.anchoring import Segment, Selector, anchor, segments
from quotes.models import Annotation, AnnotationFlag, Quote


@dataclass
class QuoteNotes:
    segments: list[Segment]
    attached: list[Annotation] = field(default_factory=list)
    detached: list[Annotation] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.attached) + len(self.detached)


def quote_notes(quote: Quote, user) -> QuoteNotes:
    """Anchor the quote's visible annotations in its current text (a query for the
    annotations unless the page prefetched them, one for a reader's own flags)."""
    annotations = getattr(quote, "visible_annotations", None)
    if annotations is None:
        annotations = Annotation.objects.visible().filter(quote=quote).select_related("author")
    annotations = list(annotations)
    flagged = set()
    if user.is_authenticated:
        flagged = set(
            AnnotationFlag.objects.filter(user=user, annotation__quote=quote).values_list(
                "annotation_id", flat=True
            )
        )
    attached, detached, spans = [], [], []
    for annotation in annotations:
        annotation.flagged_by_me = annotation.pk in flagged
        found = anchor(
            quote.text,
            Selector(
                annotation.start,
                annotation.end,
                annotation.exact,
                annotation.prefix,
                annotation.suffix,
            ),
        )
        if found is None:
            detached.append(annotation)
        else:
            annotation.anchor_start, annotation.anchor_end = found
            attached.append(annotation)
            spans.append((*found, annotation.pk))
    attached.sort(key=lambda a: (a.anchor_start, a.pk))
    return QuoteNotes(segments(quote.text, spans), attached, detached)
