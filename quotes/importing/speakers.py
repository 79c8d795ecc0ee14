"""Deciding which speaker in the database each speaker of an article is.

An article's clusters are first named as the registry stores names
(`quotes.registry.clusters`: cleaned, a kind from the article's evidence, a one-word
person given the full name the article gives). A resolver is built once per import
run: it loads every alias key and speaker in two queries and then resolves in memory:

1. an anonymous source, or a name that fails the name-shape check ("Though Mr Brown"
   cleaned still is none, "Pierce derided the two party"), is no speaker: the quote
   stays unattributed, its mention kept;
2. a one-word person ("Mr Johnson" with no full name in the article) joins a known
   person only when exactly one person of that surname was quoted by the same outlet
   within `RECENT` of the article's date (or an editor made the word an alias);
   several: ambiguous; none: unattributed (`SURNAME`), never a new bare-surname record;
3. an alias key match ("Mr Zelensky" -> "zelensky"), an organisation's other name
   (the shipped table or the article's "(USGS)"), never across countries ("US EPA"
   and "China's EPA" stay apart);
4. a close match: for people, a given name or its short form ("Vince"/"Vincent") and
   a surname spelled within two edits once transliteration is folded (Zelensky,
   Zelenskiy, Zelenskyy); for organisations, a rapidfuzz ratio of at least
   `ORGANISATION_THRESHOLD`; a tie between speakers is ambiguous;
5. otherwise a new speaker of the kind the evidence gave, with every name-shaped
   surface form as an alias.

The article's surface forms become aliases when their key is new, except a bare
surname that another speaker's surname shares. The database (unique alias keys and
slugs) is the arbiter between concurrent imports: `refresh` reloads what another
process created, and the import retries.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from quotes.extraction.lexicon import ANONYMOUS_HEADS, FEMALE_TITLES, MALE_TITLES
from quotes.extraction.names import fold, given_gender
from quotes.models import Quote, Speaker, SpeakerAlias
from quotes.registry.clusters import ArticleFacts, Named, name_clusters
from quotes.registry.organisations import countries_compatible, identity, identity_key
from quotes.registry.people import given_forms, name_key
from quotes.slugs import unique_slug

from .names import (
    closest_organisations,
    closest_surnames,
    given_names,
    skeleton,
    surname,
    usable_as_alias,
)

Match = Quote.SpeakerMatch
# How near in time a quote of the same outlet must be for a bare surname to join
# its speaker: a newsroom's "Mr Brown" is the Brown of this month's stories.
RECENT = datetime.timedelta(days=45)
KINDS = {"person": Speaker.Kind.PERSON, "group": Speaker.Kind.GROUP}


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
    article: ArticleFacts = field(default_factory=ArticleFacts)


@dataclass
class _Known:
    name: str
    kind: str
    description: str = ""
    countries: set[str] = field(default_factory=set)  # an organisation's qualifiers


class SpeakerResolver:
    def __init__(self):
        self.aliases: dict[str, int] = {}
        self.speakers: dict[int, _Known] = {}
        self.slugs: set[str] = set()
        self._trusted: set[str] = set()  # alias keys an editor made
        self._surnames: dict[str, set[int]] = defaultdict(set)  # surname skeleton -> ids
        self._given: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
        self._bodies: dict[str, int] = {}  # organisation or group name skeleton -> id
        self._identities: dict[str, set[int]] = defaultdict(set)  # organisation identity
        self._seen_at: dict[int, set] = defaultdict(set)  # id -> {(outlet, date)}
        self._seen_loaded: set[int] = set()
        self._placeholder = 0
        self._last_alias_id = 0

    @classmethod
    def load(cls) -> "SpeakerResolver":
        resolver = cls()
        # Aliases first: a speaker another process commits between the two queries
        # is then in the second, so every alias's speaker is known.
        rows = resolver._seen(
            SpeakerAlias.objects.values_list("key", "speaker_id", "id", "origin", "name")
        )
        resolver._add_speakers(
            Speaker.objects.values_list("id", "name", "kind", "slug", "description")
        )
        resolver._add_aliases(rows)
        return resolver

    def catch_up(self) -> bool:
        """Learn the speakers other processes created since; True when any was new.

        One query for the aliases added since the last look. Only new speakers need
        it: the unique keys stop exact duplicates anyway, this lets a concurrent
        process's "Zelenskiy" be found as a close match of this one's "Zelenskyy".
        """
        rows = self._seen(
            SpeakerAlias.objects.filter(pk__gt=self._last_alias_id).values_list(
                "key", "speaker_id", "id", "origin", "name",
                "speaker__name", "speaker__kind", "speaker__slug", "speaker__description",
            )
        )  # fmt: skip
        unknown = [row for row in rows if self.aliases.get(row[0]) != row[1]]
        self._add_speakers({(r[1], *r[5:]) for r in unknown})
        self._add_aliases(r[:5] for r in unknown)
        return bool(unknown)

    def _seen(self, rows) -> list:
        rows = list(rows)
        self._last_alias_id = max([self._last_alias_id, *(row[2] for row in rows)])
        return rows

    def refresh(self, plan: SpeakerPlan) -> None:
        """Learn what another process created for this plan's keys and slugs."""
        slugs = [new.slug for new in plan.new_speakers]
        rows = list(
            SpeakerAlias.objects.filter(key__in=plan.keys).values_list(
                "key", "speaker_id", "id", "origin", "name"
            )
        )
        found = Speaker.objects.filter(slug__in=slugs) | Speaker.objects.filter(
            pk__in={row[1] for row in rows}
        )
        self._add_speakers(
            found.distinct().values_list("id", "name", "kind", "slug", "description")
        )
        self._add_aliases(rows)

    def register(self, plan: SpeakerPlan) -> None:
        """Remember what an import wrote (or, in a dry run, would have written)."""
        for new in plan.new_speakers:
            if new.id is None:  # a dry run: a stand-in id no database row has
                self._placeholder -= 1
                new.id = self._placeholder
            self._seen_loaded.add(new.id)  # a new speaker has no other quotes
        self._add_speakers((n.id, n.name, n.kind, n.slug, n.description) for n in plan.new_speakers)
        self._add_aliases(
            (key, owner.resolved_id(), 0, SpeakerAlias.Origin.IMPORT, name)
            for owner, name, key in plan.new_aliases
        )
        seen = (plan.article.outlet, plan.article.date)
        for resolution in plan.resolutions.values():
            if resolution.attributed:
                self._seen_at[resolution.resolved_id()].add(seen)

    def renumber(self, ids: dict[int, int]) -> None:
        """Swap the stand-in ids that `register` gave a batch's new speakers for the
        ids the database gave them, once the batch is written."""
        if not ids:
            return
        for mapping in (self.aliases, self._bodies):
            for key, speaker_id in mapping.items():
                if speaker_id in ids:
                    mapping[key] = ids[speaker_id]
        for mapping in (self.speakers, self._seen_at):
            for stand_in, real in ids.items():
                if stand_in in mapping:
                    mapping[real] = mapping.pop(stand_in)
        self._seen_loaded |= {ids[i] for i in self._seen_loaded & ids.keys()}
        owner_sets = [*self._surnames.values(), *self._identities.values()]
        owner_sets += [
            owners for by_surname in self._given.values() for owners in by_surname.values()
        ]
        for owners in owner_sets:
            if not owners.isdisjoint(ids):
                swapped = {ids.get(speaker_id, speaker_id) for speaker_id in owners}
                owners.clear()
                owners.update(swapped)

    # Resolving ------------------------------------------------------------------
    def resolve(self, clusters, article: ArticleFacts | None = None) -> SpeakerPlan:
        plan = SpeakerPlan(article=article or ArticleFacts())
        by_key: dict[str, Resolution] = {}
        named = name_clusters(clusters, plan.article)
        for one in named:
            key = one.key
            if key in by_key and one.kind != "anonymous":  # two clusters, one name
                plan.resolutions[one.cluster.name] = by_key[key]
                continue
            resolution = self._resolve(one, plan)
            plan.resolutions[one.cluster.name] = resolution
            if one.kind != "anonymous":
                by_key[key] = resolution
        for one in named:
            resolution = plan.resolutions[one.cluster.name]
            if resolution.attributed:
                self._plan_aliases(one, resolution, plan)
        return plan

    def _resolve(self, one: Named, plan: SpeakerPlan) -> Resolution:
        key = one.key
        if one.kind == "anonymous" or key in ANONYMOUS_HEADS:  # "Officials said"
            return Resolution(Match.ANONYMOUS)
        if one.problem or not usable_as_alias(key):
            return Resolution(Match.NOT_A_NAME)
        keys = [key, *(name_key(form) for form in one.forms)]
        plan.keys.update(keys)
        if one.bare:
            return self._bare_surname(one, key, plan.article)
        if one.kind == "person":
            known = next((k for k in keys if k in self.aliases and " " in k), None)
            if known:
                return self._existing(Match.ALIAS, self.aliases[known])
            ids = self._same_person(key)
        else:
            ids = self._same_body(one, keys)
            if isinstance(ids, Resolution):
                return ids
        if len(ids) > 1:
            return Resolution(Match.AMBIGUOUS)
        if ids:
            return self._existing(Match.FUZZY, ids.pop())
        return self._new(one, plan)

    def _same_person(self, key: str) -> set[int]:
        """Known people with a compatible given name (or a short form of it) and a
        close surname."""
        first, *rest = given_names(key).split() or [""]
        ids: set[int] = set()
        for form in given_forms(first):
            by_surname = self._given.get(skeleton(" ".join([form, *rest])), {})
            ids |= closest_surnames(skeleton(surname(key)), by_surname)
        return ids

    def _same_body(self, one: Named, keys: list[str]):
        """An organisation's (or group's) record: by a known name of the same country,
        by the table's or the article's other names, or by a close spelling."""
        countries = {one.country} - {""}
        fits = [
            self.aliases[k]
            for k in keys
            if k in self.aliases and self._same_country(self.aliases[k], countries)
        ]
        if fits:
            return self._existing(Match.ALIAS, fits[0])
        same = set()
        for form in (one.name, *one.forms):
            form_country = identity(form)[1]
            same |= {
                i
                for i in self._identities.get(identity_key(form), set())
                if self._same_country(i, countries | ({form_country} - {""}))
            }
        if same:
            return same
        for candidate in closest_organisations(skeleton(one.key), self._bodies):
            if self._same_country(candidate, countries):
                return {candidate}
        return set()

    def _same_country(self, speaker_id: int, countries: set[str]) -> bool:
        known = self.speakers.get(speaker_id)
        return known is None or countries_compatible(known.countries, countries)

    def _bare_surname(self, one: Named, key: str, article: ArticleFacts) -> Resolution:
        """A one-word person: only a recent, unambiguous known person of that name."""
        ids = set(self._surnames.get(skeleton(key), ()))
        if key in self.aliases and self.speakers.get(self.aliases[key]):
            ids.add(self.aliases[key])
        ids |= closest_surnames(skeleton(key), self._surnames)
        ids = {i for i in ids if self.speakers[i].kind == Speaker.Kind.PERSON}
        if key in self._trusted and ids <= {self.aliases[key]}:
            # An editor made the word this speaker's alias, and no one else has it.
            return self._existing(Match.ALIAS, self.aliases[key])
        recent = self._recent(ids, article)
        if len(recent) > 1:
            recent = self._titled_as(recent, one) or recent
        if len(recent) > 1:
            return Resolution(Match.AMBIGUOUS)
        if recent:
            speaker_id = recent.pop()
            exact = self.aliases.get(key) == speaker_id
            return self._existing(Match.ALIAS if exact else Match.FUZZY, speaker_id)
        return Resolution(Match.SURNAME)

    def _recent(self, ids: set[int], article: ArticleFacts) -> set[int]:
        """Those of `ids` quoted by the article's outlet within RECENT of its date."""
        missing = [i for i in ids if i > 0 and i not in self._seen_loaded]
        if missing:
            rows = (
                Quote.objects.filter(speaker_id__in=missing)
                .values_list("speaker_id", "source__outlet", "said_on")
                .distinct()
            )
            for speaker_id, outlet, said_on in rows:
                self._seen_at[speaker_id].add((outlet, said_on))
            self._seen_loaded.update(missing)

        def near(seen) -> bool:
            outlet, day = seen
            if outlet != article.outlet:
                return False
            return day is None or article.date is None or abs(day - article.date) <= RECENT

        return {i for i in ids if any(map(near, self._seen_at.get(i, ())))}

    def _titled_as(self, ids: set[int], one: Named) -> set[int]:
        """Narrow candidates by the article's title for the name: "Mr Trump" is not
        Melania or Ivanka Trump; "President Trump" is the one described as president."""
        titles = {fold(m.split()[0]).rstrip(".") for m in one.cluster.mentions if " " in m}
        gender = "m" if titles & MALE_TITLES else "f" if titles & FEMALE_TITLES else None
        found = set()
        for speaker_id in ids:
            known = self.speakers[speaker_id]
            first = known.name.split()[0]
            if gender and given_gender(first) not in (None, gender):
                continue
            described = set(fold(known.description).replace(";", " ").split())
            if not gender and not (titles & described):
                continue
            found.add(speaker_id)
        return found

    def _existing(self, match: str, speaker_id: int) -> Resolution:
        return Resolution(match, speaker_id=speaker_id, name=self.speakers[speaker_id].name)

    def _new(self, one: Named, plan: SpeakerPlan) -> Resolution:
        kind = KINDS.get(one.kind, Speaker.Kind.ORGANISATION)
        taken = self.slugs | {n.slug for n in plan.new_speakers}
        new = NewSpeaker(
            name=one.name[:200],
            slug=unique_slug(one.name, taken, fallback="speaker"),
            kind=kind,
            description=(getattr(one.cluster, "role", None) or "")[:300],
        )
        plan.new_speakers.append(new)
        return Resolution(Match.NEW, new=new, name=new.name)

    def _plan_aliases(self, one: Named, resolution: Resolution, plan: SpeakerPlan) -> None:
        own = resolution.speaker_id
        new_surnames = defaultdict(set)
        for new in plan.new_speakers:
            if new.kind == Speaker.Kind.PERSON and new is not resolution.new:
                new_surnames[skeleton(surname(name_key(new.name)))].add(new.slug)
        planned = {key for _, _, key in plan.new_aliases}
        name_key_ = name_key(one.name)
        country = one.country or (
            next(iter(self.speakers[own].countries), "") if own in self.speakers else ""
        )
        for form in (one.name, *one.forms):
            key = name_key(form)
            if not usable_as_alias(key) or key in self.aliases or key in planned:
                continue
            if key != name_key_ and key.endswith(f" {name_key_}"):
                continue  # "Russian President Vladimir Putin": a role, then the name
            if one.kind != "person" and not countries_compatible(
                {identity(form)[1]} - {""}, {country} - {""}
            ):
                continue  # "EPA" stays the listed US agency's, not China's EPA's
            if " " not in key and one.kind == "person":
                shared = self._surnames.get(skeleton(key), set()) - {own}
                if shared or skeleton(key) in new_surnames:
                    continue  # never make a shared surname one speaker's alias
            plan.new_aliases.append((resolution, form[:200], key[:200]))
            planned.add(key)

    # Indexing -------------------------------------------------------------------
    def _add_speakers(self, rows) -> None:
        for speaker_id, name, kind, slug, description in rows:
            known = self.speakers.get(speaker_id)
            if known is None:
                self.speakers[speaker_id] = _Known(name, kind, description or "")
            else:
                known.name, known.kind = name, kind
            self.slugs.add(slug)
            self._index(speaker_id, name, is_name=True)

    def _add_aliases(self, rows) -> None:
        for key, speaker_id, _, origin, name in rows:
            self.aliases[key] = speaker_id
            if origin == SpeakerAlias.Origin.EDITOR:
                self._trusted.add(key)
            self._index(speaker_id, name, is_name=False, key=key)

    def _index(self, speaker_id: int, name: str, *, is_name: bool, key: str = "") -> None:
        key = key or name_key(name)
        if not key:
            return
        known = self.speakers.get(speaker_id)
        if known is not None and known.kind != Speaker.Kind.PERSON:
            self._bodies.setdefault(skeleton(key), speaker_id)
            self._identities[identity_key(name)].add(speaker_id)
            country = identity(name)[1]
            if country:
                known.countries.add(country)
            return
        if " " not in key and not is_name:
            return  # a one-word alias may be a first name ("Sir Keir"), not a surname
        last = skeleton(surname(key))
        self._surnames[last].add(speaker_id)
        if " " in key:  # under the given name and the formal names it is short for
            first, *rest = given_names(key).split() or [""]
            for form in given_forms(first):
                self._given[skeleton(" ".join([form, *rest]))][last].add(speaker_id)


def article_facts(parsed) -> ArticleFacts:
    """What the resolver reads of a parsed article: its text, outlet and date."""
    article = parsed.article
    text = "\n".join((article.headline, article.standfirst, article.body))
    return ArticleFacts(text=text, outlet=parsed.outlet, date=article.date)
