"""Readers' annotations: write, flag; editors hide and restore. One transaction each."""

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from quotes.anchoring import describe, locate
from quotes.models import Annotation, AnnotationFlag, Quote

BODY_MAX = Annotation._meta.get_field("body").max_length
FLAG_REASON_MAX = AnnotationFlag._meta.get_field("reason").max_length


class AnnotationError(ValueError):
    """An annotation that cannot be stored; the message is meant for the reader."""


def _plain(text: str, *, what: str) -> str:
    if "\x00" in text:
        raise AnnotationError(f"The {what} contains a character that is not text.")
    return text.strip()


def _span(quote: Quote, *, exact, start, end, prefix, suffix) -> tuple[int, int]:
    text = quote.text
    positioned = start is not None and end is not None and 0 <= start < end <= len(text)
    if positioned and text[start:end] == exact:
        return start, end
    found = locate(text, exact=exact, prefix=prefix, suffix=suffix, near=start)
    if found is None:
        raise AnnotationError(
            "Those words are not in the quote. Select them, or copy them exactly."
        )
    return found


@transaction.atomic
def annotation_create(
    *,
    quote: Quote,
    author,
    body: str,
    exact: str,
    start: int | None = None,
    end: int | None = None,
    prefix: str = "",
    suffix: str = "",
    motivation: str = Annotation.Motivation.COMMENTING,
) -> Annotation:
    """A reader's note on a span of the quote's text.

    The browser sends the offsets of a selection; without them (no JavaScript)
    the reader types the words and the span is found here. Either way the
    stored selector is computed from the quote's text, never trusted."""
    body = _plain(body or "", what="note")
    if not body:
        raise AnnotationError("Write a note.")
    if len(body) > BODY_MAX:
        raise AnnotationError(f"Keep the note under {BODY_MAX} characters ({len(body)} now).")
    exact = _plain(exact or "", what="selection")
    if not exact:
        raise AnnotationError("Select the words the note is about.")
    if motivation not in Annotation.Motivation.values:
        raise AnnotationError("Choose what kind of note this is.")
    start, end = _span(quote, exact=exact, start=start, end=end, prefix=prefix, suffix=suffix)
    selector = describe(quote.text, start, end)
    annotation = Annotation(
        quote=quote,
        author=author,
        body=body,
        motivation=motivation,
        start=selector.start,
        end=selector.end,
        exact=selector.exact,
        prefix=selector.prefix,
        suffix=selector.suffix,
    )
    annotation._history_user = author
    annotation._change_reason = "Annotated"
    annotation.save()
    return annotation


@transaction.atomic
def annotation_flag(
    *, annotation: Annotation, user, reason: str = ""
) -> tuple[AnnotationFlag, bool]:
    """A reader asks editors to look at an annotation; once per reader."""
    if annotation.visibility != Annotation.Visibility.VISIBLE:
        raise AnnotationError("This note has already been hidden by an editor.")
    reason = _plain(reason or "", what="reason")[:FLAG_REASON_MAX]
    return AnnotationFlag.objects.get_or_create(
        annotation=annotation, user=user, defaults={"reason": reason}
    )


def _moderate(annotations: Iterable[Annotation], *, visibility: str, user, reason: str) -> int:
    changed = [a for a in annotations if a.visibility != visibility]
    now = timezone.now()
    for annotation in changed:
        annotation.visibility = visibility
        annotation.moderated_by = user
        annotation.moderated_at = now
    bulk_update_with_history(
        changed,
        Annotation,
        ["visibility", "moderated_by", "moderated_at"],
        default_user=user,
        default_change_reason=reason,
    )
    return len(changed)


@transaction.atomic
def annotation_hide(*, annotations: Iterable[Annotation], user, reason: str = "") -> int:
    """Editors take annotations off public pages; they are kept, not deleted."""
    note = reason.strip()
    return _moderate(
        annotations,
        visibility=Annotation.Visibility.HIDDEN,
        user=user,
        reason=f"Hidden: {note}" if note else "Hidden",
    )


@transaction.atomic
def annotation_restore(*, annotations: Iterable[Annotation], user) -> int:
    """Editors put hidden annotations back on public pages."""
    return _moderate(
        annotations, visibility=Annotation.Visibility.VISIBLE, user=user, reason="Restored"
    )
