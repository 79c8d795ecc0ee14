"""Editors' changes to speakers and their aliases: edits, aliases, merges.

Each runs in one transaction and writes history naming who and why. The search index
follows by itself (the database's triggers: quotes/search).
"""

from collections.abc import Iterable

from django.db import transaction
from django.utils.text import slugify
from simple_history.utils import bulk_update_with_history

from quotes.extraction.names import alias_key
from quotes.models import Claim, Quote, Speaker, SpeakerAlias
from quotes.registry.kinds import decide_kind
from quotes.slugs import unique_slug

from .history import record


class MergeError(ValueError):
    pass


@transaction.atomic
def speaker_save(*, speaker: Speaker, changed: Iterable[str] = (), user=None) -> Speaker:
    """An editor's edit of a speaker (or a speaker added by hand)."""
    changed = sorted(changed)
    reason = "Added by an editor" if speaker.pk is None else "Edited: " + ", ".join(changed)
    record(speaker, user=user, reason=reason)
    speaker.save()
    return speaker


@transaction.atomic
def speaker_for_name(*, name: str, user=None) -> Speaker:
    """The speaker an editor means by `name`: the one whose alias it is, or a new one
    (its kind decided from the name, as the importer decides it) with it as an alias."""
    key = alias_key(name)
    alias = SpeakerAlias.objects.select_related("speaker").filter(key=key).first()
    if alias is not None:
        return alias.speaker
    base = slugify(name)[:200]
    taken = set(Speaker.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    slug = unique_slug(name, taken, fallback="speaker")
    speaker = Speaker(name=name[:200], slug=slug, kind=decide_kind(name).kind)
    speaker_save(speaker=speaker, user=user)
    alias_save(alias=SpeakerAlias(speaker=speaker, name=name[:200]), user=user)
    return speaker


@transaction.atomic
def alias_save(*, alias: SpeakerAlias, user=None) -> SpeakerAlias:
    """A spelling an editor adds, corrects or moves to another speaker: curated from
    then on, so clean-ups leave it alone."""
    alias.origin = SpeakerAlias.Origin.EDITOR
    record(
        alias, user=user, reason="Alias added by an editor" if alias.pk is None else "Alias edited"
    )
    alias.save()
    return alias


@transaction.atomic
def alias_remove(*, aliases: Iterable[SpeakerAlias], user=None) -> int:
    aliases = list(aliases)
    for alias in aliases:
        record(alias, user=user, reason="Alias removed by an editor")
        alias.delete()
    return len(aliases)


@transaction.atomic
def speaker_merge(*, target: Speaker, others: list[Speaker], user=None) -> Speaker:
    """Fold `others` into `target`: their quotes, aliases and claims move, their
    names become aliases of the target, and they are deleted. Every moved quote,
    claim and the target itself get a history row naming the merge."""
    others = [s for s in others if s.pk != target.pk]
    if not others:
        raise MergeError("Choose at least one other speaker to merge into the target.")
    other_ids = [s.pk for s in others]
    names = ", ".join(s.name for s in others)
    reason = f"Merged {names} into {target.name}"

    quotes = list(Quote.objects.filter(speaker_id__in=other_ids))
    for quote in quotes:
        quote.speaker = target
        quote._change_reason = reason
    bulk_update_with_history(
        quotes, Quote, ["speaker"], default_user=user, default_change_reason=reason
    )

    claims = list(Claim.objects.filter(claimant_id__in=other_ids))
    for claim in claims:
        claim.claimant = target
    bulk_update_with_history(
        claims, Claim, ["claimant"], default_user=user, default_change_reason=reason
    )

    aliases = list(SpeakerAlias.objects.filter(speaker_id__in=other_ids))
    for alias in aliases:
        alias.speaker = target
    bulk_update_with_history(
        aliases, SpeakerAlias, ["speaker"], default_user=user, default_change_reason=reason
    )
    wanted = {alias_key(s.name): s.name for s in [target, *others]}
    taken = set(SpeakerAlias.objects.filter(key__in=wanted).values_list("key", flat=True))
    for key, name in wanted.items():
        if key and key not in taken:
            alias = SpeakerAlias(speaker=target, name=name)
            alias._change_reason = reason
            alias.save()

    for field in ("description", "wikidata_id"):
        if not getattr(target, field):
            found = next((getattr(s, field) for s in others if getattr(s, field)), "")
            setattr(target, field, found)
    # Free the others' unique Wikidata ids before the target takes one over; the
    # in-memory values still reach the deletion's history row.
    Speaker.objects.filter(pk__in=other_ids).update(wikidata_id="")
    for other in others:
        other._change_reason = f"Merged into {target.name} ({target.slug})"
        if user is not None:
            other._history_user = user
        other.delete()
    target._change_reason = reason
    if user is not None:
        target._history_user = user
    target.save()
    return target
