"""Cleaning the aliases imports stored before names were checked.

An alias the importer made ("Though Mr Brown", "ABC News.", "Commenting Mr Jones",
"Pierce derided the two party") is renamed to the name in it, or removed when there
is none or when that name is already another alias. Aliases an editor, a merge or a
fixture made (`SpeakerAlias.Origin.EDITOR`) are never touched. Every change writes
a history row saying why; the search index follows by itself.
"""

from dataclasses import dataclass

from django.db import transaction

from quotes.models import SpeakerAlias
from quotes.registry.organisations import without_determiner
from quotes.registry.people import name_key
from quotes.registry.shapes import clean_name, person_name, shape_problem

from .history import record


@dataclass
class AliasFix:
    alias: SpeakerAlias
    was: str
    now: str  # "" when removed
    why: str


def alias_fixes() -> list[AliasFix]:
    """What `aliases_tidy` would do, without doing it."""
    machine = SpeakerAlias.objects.filter(origin=SpeakerAlias.Origin.IMPORT).select_related(
        "speaker"
    )
    taken = set(SpeakerAlias.objects.values_list("key", flat=True))
    fixes = []
    for alias in machine.order_by("pk").iterator(chunk_size=2000):
        kind = alias.speaker.kind
        person = kind == "person"
        cleaned = clean_name(alias.name, "person" if person else "")
        if person:
            # A full name loses what describes it ("Iran Brian Hook"); a title with
            # a surname is how the name was written ("Sheriff Lee") and stays.
            full = person_name(cleaned)
            cleaned = full if " " in full else cleaned
        else:
            cleaned = without_determiner(cleaned)
        problem = shape_problem(cleaned, kind) if cleaned else "no name"
        if problem:
            fixes.append(AliasFix(alias, alias.name, "", f"not a name: {problem}"))
            continue
        key = name_key(cleaned)
        if key != alias.key and key in taken:
            fixes.append(AliasFix(alias, alias.name, "", f"“{cleaned}” is already an alias"))
        elif cleaned != alias.name:
            fixes.append(AliasFix(alias, alias.name, cleaned, "words around the name"))
            taken.add(key)
    return fixes


@transaction.atomic
def aliases_tidy(*, user=None) -> list[AliasFix]:
    """Rename or remove the importer's aliases that are not names; returns what
    changed."""
    fixes = alias_fixes()
    for fix in fixes:
        alias = fix.alias
        if fix.now:
            record(alias, user=user, reason=f"Cleaned: “{fix.was}” is “{fix.now}”")
            alias.name = fix.now
            alias.save()
        else:
            record(alias, user=user, reason=f"Cleaned: removed, {fix.why}")
            alias.delete()
    return fixes
