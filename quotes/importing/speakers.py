"""Deciding which speaker in the database each speaker of an article is.

A resolver is built once per import run: it loads every alias key and speaker in two
queries and then resolves in memory, in this order:

1. a single word ("Johnson", from "Mr Johnson") that is the surname of two or more
   known people is ambiguous: no guess, the quote stays unattributed;
2. an alias key match ("Mr Zelensky" -> "zelensky");
3. a close match: for people, the same given names and a surname spelled
   within two edits once transliteration differences are folded (Zelensky,
   Zelenskiy, Zelenskyy; Gaddafi, Qaddafi); for a bare surname, the one known
   person with a close surname; for organisations, a rapidfuzz ratio of at least
   `ORGANISATION_THRESHOLD`; a tie between speakers is ambiguous;
4. otherwise a new speaker, with every surface form as an alias.

The article's surface forms become aliases when their key is new, except a bare
surname that another speaker's surname shares. The database (unique alias keys and
slugs) is the arbiter between concurrent imports: `refresh` reloads what another
process created, and the import retries.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.utils.text import slugify

from quotes.extraction.lexicon import ANONYMOUS_HEADS
from quotes.extraction.names import alias_key
from quotes.models import Quote, Speaker, SpeakerAlias

from .names import (
    closest_organisation,
    closest_surnames,
    given_names,
    name_form,
    skeleton,
    surname,
    usable_as_alias,
    without_titles,
)

Match = Quote.SpeakerMatch


@dataclass(eq=False)
class NewSpeaker:
    name: str
    slug: str
    kind: str
    description: str = ""
    id: int | None = None


@dataclass(eq=False)
class Resolution:
    match: str
    speaker_id: int | None = None
    new: NewSpeaker | None = None
    name: str = ""  # the speaker's name in the database, for reports

    @property
    def attributed(self) -> bool:
        return self.speaker_id is not None or self.new is not None

    def resolved_id(self) -> int | None:
        return self.new.id if self.new else self.speaker_id


@dataclass
class SpeakerPlan:
    """One article's speakers: how each cluster resolved and what to create."""

    resolutions: dict[str, Resolution] = field(default_factory=dict)
    new_speakers: list[NewSpeaker] = field(default_factory=list)
    new_aliases: list[tuple[Resolution, str, str]] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)  # every key looked at, for refresh


class SpeakerResolver:
    def __init__(self):
        self.aliases: dict[str, int] = {}
        self.speakers: dict[int, tuple[str, str]] = {}  # id -> (name, kind)
        self.slugs: set[str] = set()
        self._surnames: dict[str, set[int]] = defaultdict(set)  # surname skeleton -> ids
        self._given: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
        self._organisations: dict[str, int] = {}  # name skeleton -> id
        self._placeholder = 0
        self._last_alias_id = 0

    @classmethod
    def load(cls) -> "SpeakerResolver":
        resolver = cls()
        # Aliases first: a speaker another process commits between the two queries
        # is then in the second, so every alias's speaker is known.
        rows = resolver._seen(SpeakerAlias.objects.values_list("key", "speaker_id", "id"))
        resolver._add_speakers(Speaker.objects.values_list("id", "name", "kind", "slug"))
        resolver._add_aliases((key, speaker_id) for key, speaker_id, _ in rows)
        return resolver

    def catch_up(self) -> bool:
        """Learn the speakers other processes created since; True when any was new.

        One query for the aliases added since the last look. Only new speakers need
        it: the unique keys stop exact duplicates anyway, this lets a concurrent
        process's "Zelenskiy" be found as a close match of this one's "Zelenskyy".
        """
        rows = self._seen(
            SpeakerAlias.objects.filter(pk__gt=self._last_alias_id).values_list(
                "key", "speaker_id", "id", "speaker__name", "speaker__kind", "speaker__slug"
            )
        )
        unknown = [row for row in rows if self.aliases.get(row[0]) != row[1]]
        self._add_speakers({(r[1], *r[3:]) for r in unknown})
        self._add_aliases((r[0], r[1]) for r in unknown)
        return bool(unknown)

    def _seen(self, rows) -> list:
        rows = list(rows)
        self._last_alias_id = max([self._last_alias_id, *(row[2] for row in rows)])
        return rows

    def refresh(self, plan: SpeakerPlan) -> None:
        """Learn what another process created for this plan's keys and slugs."""
        slugs = [new.slug for new in plan.new_speakers]
        rows = list(SpeakerAlias.objects.filter(key__in=plan.keys).values_list("key", "speaker_id"))
        found = Speaker.objects.filter(slug__in=slugs) | Speaker.objects.filter(
            pk__in={speaker_id for _, speaker_id in rows}
        )
        self._add_speakers(found.distinct().values_list("id", "name", "kind", "slug"))
        self._add_aliases(rows)

    def register(self, plan: SpeakerPlan) -> None:
        """Remember what an import wrote (or, in a dry run, would have written)."""
        for new in plan.new_speakers:
            if new.id is None:  # a dry run: a stand-in id no database row has
                self._placeholder -= 1
                new.id = self._placeholder
        self._add_speakers((n.id, n.name, n.kind, n.slug) for n in plan.new_speakers)
        self._add_aliases((key, owner.resolved_id()) for owner, _, key in plan.new_aliases)

    def renumber(self, ids: dict[int, int]) -> None:
        """Swap the stand-in ids that `register` gave a batch's new speakers for the
        ids the database gave them, once the batch is written."""
        if not ids:
            return
        for key, speaker_id in self.aliases.items():
            if speaker_id in ids:
                self.aliases[key] = ids[speaker_id]
        for key, speaker_id in self._organisations.items():
            if speaker_id in ids:
                self._organisations[key] = ids[speaker_id]
        for stand_in, real in ids.items():
            if stand_in in self.speakers:
                self.speakers[real] = self.speakers.pop(stand_in)
        owner_sets = [*self._surnames.values()]
        owner_sets += [
            owners for by_surname in self._given.values() for owners in by_surname.values()
        ]
        for owners in owner_sets:
            if not owners.isdisjoint(ids):
                swapped = {ids.get(speaker_id, speaker_id) for speaker_id in owners}
                owners.clear()
                owners.update(swapped)

    # Resolving ------------------------------------------------------------------
    def resolve(self, clusters) -> SpeakerPlan:
        plan = SpeakerPlan()
        by_key: dict[str, Resolution] = {}
        names = {}
        for cluster in clusters:
            name, forms = _full_name(cluster)
            key = alias_key(name)
            names[cluster.name] = (name, forms)
            if key in by_key:  # two clusters for one name: one speaker
                plan.resolutions[cluster.name] = by_key[key]
                continue
            resolution = self._resolve(cluster, name, forms, plan)
            plan.resolutions[cluster.name] = by_key[key] = resolution
        for cluster in clusters:
            resolution = plan.resolutions[cluster.name]
            if resolution.attributed:
                self._plan_aliases(*names[cluster.name], resolution, plan)
        return plan

    def _resolve(self, cluster, name: str, forms: list[str], plan: SpeakerPlan) -> Resolution:
        key = alias_key(name)
        if cluster.type == "anonymous" or key in ANONYMOUS_HEADS:  # "Officials said"
            return Resolution(Match.ANONYMOUS)
        if not usable_as_alias(key):
            return Resolution(Match.NONE)
        keys = [key, *(alias_key(form) for form in forms)]
        plan.keys.update(keys)
        person = cluster.type != "organisation"
        single = " " not in key
        if person and single:
            owners = set(self._surnames.get(skeleton(key), ()))
            if key in self.aliases:
                owners.add(self.aliases[key])
            if len(owners) > 1:
                return Resolution(Match.AMBIGUOUS)
        known = next((k for k in keys if k in self.aliases and (k == key or " " in k)), None)
        if known:
            return self._existing(Match.ALIAS, self.aliases[known])
        if person and single:
            ids = closest_surnames(skeleton(key), self._surnames)
        elif person:
            given = self._given.get(skeleton(given_names(key)), {})
            ids = closest_surnames(skeleton(surname(key)), given)
        else:
            found = closest_organisation(skeleton(key), self._organisations)
            ids = {found} if found else set()
        if len(ids) > 1:
            return Resolution(Match.AMBIGUOUS)
        if ids:
            return self._existing(Match.FUZZY, ids.pop())
        return self._new(cluster, name, person, plan)

    def _existing(self, match: str, speaker_id: int) -> Resolution:
        return Resolution(match, speaker_id=speaker_id, name=self.speakers[speaker_id][0])

    def _new(self, cluster, name: str, person: bool, plan: SpeakerPlan) -> Resolution:
        kind = Speaker.Kind.PERSON if person else Speaker.Kind.ORGANISATION
        taken = self.slugs | {n.slug for n in plan.new_speakers}
        new = NewSpeaker(
            name=name[:200],
            slug=_unique_slug(name, taken),
            kind=kind,
            description=(getattr(cluster, "role", None) or "")[:300],
        )
        plan.new_speakers.append(new)
        return Resolution(Match.NEW, new=new, name=new.name)

    def _plan_aliases(self, name, forms, resolution: Resolution, plan: SpeakerPlan) -> None:
        own = resolution.speaker_id
        new_surnames = defaultdict(set)
        for new in plan.new_speakers:
            if new.kind == Speaker.Kind.PERSON and new is not resolution.new:
                new_surnames[skeleton(surname(alias_key(new.name)))].add(new.slug)
        planned = {key for _, _, key in plan.new_aliases}
        name_key = alias_key(name)
        for form in (name, *forms):
            key = alias_key(form)
            if not usable_as_alias(key) or key in self.aliases or key in planned:
                continue
            if key != name_key and key.endswith(f" {name_key}"):
                continue  # "Russian President Vladimir Putin": a role, then the name
            if " " not in key:
                shared = self._surnames.get(skeleton(key), set()) - {own}
                if shared or skeleton(key) in new_surnames:
                    continue  # never make a shared surname one speaker's alias
            plan.new_aliases.append((resolution, form[:200], key[:200]))
            planned.add(key)

    # Indexing -------------------------------------------------------------------
    def _add_speakers(self, rows) -> None:
        for speaker_id, name, kind, slug in rows:
            self.speakers[speaker_id] = (name, kind)
            self.slugs.add(slug)
            self._index(speaker_id, alias_key(name), is_name=True)

    def _add_aliases(self, rows) -> None:
        for key, speaker_id in rows:
            self.aliases[key] = speaker_id
            self._index(speaker_id, key, is_name=False)

    def _index(self, speaker_id: int, key: str, *, is_name: bool) -> None:
        if not key:
            return
        if self.speakers.get(speaker_id, ("", "person"))[1] == Speaker.Kind.ORGANISATION:
            self._organisations.setdefault(skeleton(key), speaker_id)
            return
        if " " not in key and not is_name:
            return  # a one-word alias may be a first name ("Sir Keir"), not a surname
        last = skeleton(surname(key))
        self._surnames[last].add(speaker_id)
        if " " in key:
            self._given[skeleton(given_names(key))][last].add(speaker_id)


def _full_name(cluster) -> tuple[str, list[str]]:
    """The cluster's name, or the fullest name its mentions give for a one-word name
    ("Schmidt" with "Jan Schmidt, the president" -> "Jan Schmidt"); and the mentions
    that are names."""
    forms = [form for form in map(name_form, cluster.mentions) if form]
    key = alias_key(cluster.name)
    if " " in key or cluster.type == "organisation":
        return cluster.name, forms
    fuller = [
        without_titles(form)
        for form in forms
        if " " in alias_key(form) and key in alias_key(form).split()
    ]
    return (max(fuller, key=len) if fuller else cluster.name), forms


def _unique_slug(name: str, taken: set[str]) -> str:
    base = slugify(name)[:200] or "speaker"
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug
