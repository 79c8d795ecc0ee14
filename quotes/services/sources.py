"""Editors' changes to a source: where it came from (outlet, address, language). Its
text is what was imported and never changes; a new version is a new import."""

from collections.abc import Iterable

from django.db import transaction

from quotes.models import Source

EDITABLE = ("outlet", "url", "language")


@transaction.atomic
def source_save(*, source: Source, changed: Iterable[str] = (), user=None) -> Source:
    fixed = set(changed) - set(EDITABLE)
    if fixed:
        raise ValueError(f"A source's {', '.join(sorted(fixed))} cannot be edited")
    source.save(update_fields=sorted(set(changed)) or None)
    return source
