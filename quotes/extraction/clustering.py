"""Name clustering within one article, and resolving pronouns and descriptions to people.

Every person, organisation and anonymous source the article names becomes an Entity.
"Mr Merz" joins "Friedrich Merz"; "Zelensky", "Zelenskiy" and "Zelenskyy" join one
person; two people who share a surname stay apart when both full names appear, and a
bare surname then goes to the one mentioned most recently, flagged as ambiguous.
A timeline of mentions (subjects and speakers weigh more) lets "he", "she", "they",
"the chancellor" or "the 54-year-old" find the last fitting person.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from .capitals import NameHit
from .lexicon import (
    ANY_BODY_HEADS,
    NON_STATE_BODY_HEADS,
    ORG_WORDS,
    POST_MODIFIERS,
    PRIVATE_BODY_HEADS,
    PRONOUN_GENDER,
    PUBLIC_BODY_HEADS,
    PUBLIC_BODY_WORDS,
    ROLE_QUALIFIERS,
)
from .names import (
    alias_key,
    fold,
    given_compatible,
    split_name,
    surname_skeleton,
    surnames_match,
)
from .phrase import NP

# How prominent a mention is: after a preposition (an object), in passing, as a subject, as
# the speaker of a quotation.
OBJECT, MENTION, SUBJECT, SPEAKER = -1, 0, 1, 2


@dataclass(slots=True)
class Entity:
    id: int
    kind: str  # person | organisation | anonymous
    name: str
    given: tuple[str, ...] = ()
    surname: str = ""
    gender: str | None = None
    forms: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    ages: set[str] = field(default_factory=set)

    # Written out: mypyc compiles it to C, where dataclass's own runs in the interpreter.
    def __init__(
        self,
        id: int,
        kind: str,
        name: str,
        given: tuple[str, ...] = (),
        surname: str = "",
        gender: str | None = None,
        forms: list[str] | None = None,
        roles: list[str] | None = None,
        ages: set[str] | None = None,
    ) -> None:
        self.id = id
        self.kind = kind
        self.name = name
        self.given = given
        self.surname = surname
        self.gender = gender
        self.forms = [] if forms is None else forms
        self.roles = [] if roles is None else roles
        self.ages = set() if ages is None else ages

    def add_form(self, surface: str) -> None:
        if surface and surface not in self.forms:
            self.forms.append(surface)

    def add_role(self, role: str | None) -> None:
        if role and role not in self.roles:
            self.roles.append(role)


def _head_words(phrase: str) -> list[str]:
    """The words of an anonymous source up to its post-modifier: "spokeswoman" in
    "spokeswoman for the club", so "the club" does not mean "fans of the club"."""
    found = []
    for word in fold(phrase).split():
        if word in POST_MODIFIERS:
            break
        found.append(word)
    return found


def _holds(head: str, described: str | None, role: str) -> bool:
    """Does someone with this role hold the one a description names ("the minister", "the
    health minister")? The head must be in the role, not qualified ("deputy governor" is
    not the governor), and the description's lower-case modifiers must be there too."""
    words = fold(role).replace(";", " ").split()
    modifiers = [
        word
        for word in fold(described or "").split()[:-1]
        if word not in ("the", "a", "an") and not word.endswith(("'s", "’s"))
    ]
    for k, word in enumerate(words):
        if word == head and (k == 0 or words[k - 1] not in ROLE_QUALIFIERS):
            return all(modifier in words[:k] for modifier in modifiers)
    return False


def _fits(head: str, organisation: Entity) -> bool:
    """Can "the <head>" refer to this organisation?"""
    if head in ANY_BODY_HEADS:
        return True
    public = not PUBLIC_BODY_WORDS.isdisjoint(fold(organisation.name).split())
    if head in NON_STATE_BODY_HEADS:  # an armed force may be a militia's ("... Forces")
        return _CIVIL_BODY_WORDS.isdisjoint(fold(organisation.name).split())
    return (head in PUBLIC_BODY_HEADS and public) or (head in PRIVATE_BODY_HEADS and not public)


_CIVIL_BODY_WORDS: Final = PUBLIC_BODY_WORDS - {"army", "navy", "military", "forces", "force"}
_SPELLED_OUT: Final = {"us": "united states", "uk": "united kingdom", "un": "united nations"}


@lru_cache(maxsize=4096)
def organisation_key(name: str) -> str:
    """An organisation's alias key with "U.S."/"US", "UK" and "UN" spelled out and no
    leading "the", so that "the U.S. Geological Survey" is the "United States Geological
    Survey"."""
    key = alias_key(name)
    if key.startswith("the "):
        key = key[4:]
    key = key.replace("u s ", "us ", 1) if key.startswith("u s ") else key
    first, _, rest = key.partition(" ")
    if first in _SPELLED_OUT and rest:
        key = _SPELLED_OUT[first] + " " + rest
    return key


@lru_cache(maxsize=16384)
def _surname_bucket(surname: str) -> str:
    """A key shared by every surname that surnames_match pairs with this one: both match
    only with equal skeletons, or with skeletons of equal first and last letters.
    Others may share it too; find_person still tests each. Cached: every mention of a
    person asks for it."""
    skeleton = surname_skeleton(surname)
    return skeleton[:1] + skeleton[-1:]


class Registry:
    """The entities of one article and the timeline of their mentions."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self._keyed: dict[tuple[str, str], Entity] = {}
        self._persons: list[Entity] = []
        # The persons again, by a key that two matching surnames always share (see
        # _surname_bucket), so that find_person tests a few people instead of them all.
        self._by_bucket: dict[str, list[Entity]] = {}
        self._events: list[tuple[int, int, int]] = []  # (position, entity id, weight)
        self._first: dict[int, int] = {}  # entity id -> position of its first mention
        # entity id -> position of its first mention as a subject or speaker: asked for every
        # shared surname, where reading the events before it made a long text quadratic.
        self._first_prominent: dict[int, int] = {}

    # Building ----------------------------------------------------------------------
    def add_hit(self, hit: NameHit, position: int, weight: int) -> Entity | None:
        """Record a name found in narration; bare single words only join known people."""
        entity: Entity | None
        if hit.kind == "person":
            entity, _ = self.person(
                hit.name, hit.surface, gender=hit.gender, role=hit.role, position=position
            )
        elif hit.kind == "bare":
            entity, _ = self.find_person((), hit.name, hit.gender, position)
            if entity is not None:
                entity.add_form(hit.surface)
        elif hit.kind == "organisation":
            entity = self.keyed("organisation", hit.name, hit.surface)
            entity.add_role(hit.role)
        else:
            return None
        if entity is not None:
            self.note(position, entity, weight)
        return entity

    def person(
        self,
        name: str,
        surface: str,
        *,
        gender: str | None = None,
        role: str | None = None,
        position: int = -1,
        age: str | None = None,
    ) -> tuple[Entity, bool]:
        """The person this name denotes, created if new; (entity, ambiguous)."""
        given, surname = split_name(name)
        entity, ambiguous = self.find_person(given, surname, gender, position)
        if entity is None and not given:
            # "Mr Tong" for Tong Yung-soo, "Princess Ubolratana" for Ubolratana Mahidol: a
            # name the article gives first in a full name, when no one has it as surname.
            firsts = [e for e in self._persons if e.given and fold(e.given[0]) == fold(surname)]
            if len(firsts) == 1:
                entity = firsts[0]
        if entity is None and not given:
            prefix = alias_key(surname) + " "
            organisation = next(
                (
                    e
                    for (k, n), e in self._keyed.items()
                    if k == "organisation" and n.startswith(prefix)
                ),
                None,
            )
            if organisation is not None:
                return organisation, False
        if entity is None:
            entity = Entity(
                id=len(self.entities),
                kind="person",
                name=name,
                given=given,
                surname=surname,
                gender=gender,
            )
            self.entities.append(entity)
            self._persons.append(entity)
            self._by_bucket.setdefault(_surname_bucket(surname), []).append(entity)
        elif given and not entity.given and not ambiguous:
            # find_person matched the two surnames, so the bucket stays the same.
            entity.given, entity.surname, entity.name = given, surname, name
        if entity.gender is None:
            entity.gender = gender
        entity.add_form(surface)
        entity.add_role(role)
        if age:
            entity.ages.add(age)
        return entity, ambiguous

    def find_person(
        self, given: tuple[str, ...], surname: str, gender: str | None, position: int
    ) -> tuple[Entity | None, bool]:
        if not surname:
            return None, False
        bucket = self._by_bucket.get(_surname_bucket(surname))
        if bucket is None:  # no one's surname can match: a new person
            return None, False
        # A loop, not a comprehension: on Python 3.11 a comprehension is a function call,
        # and this runs for every name the narration mentions.
        candidates = []
        for e in bucket:
            if (
                surnames_match(e.surname, surname)
                and given_compatible(e.given, given)
                and (
                    gender is None
                    or e.gender is None
                    or e.gender == gender
                    or (given and e.given and fold(given[0]) != fold(e.given[0]))
                )
            ):
                candidates.append(e)
        if len(candidates) > 1:
            skeleton = surname_skeleton(surname)
            exact = [e for e in candidates if surname_skeleton(e.surname) == skeleton]
            candidates = exact or candidates
        if len(candidates) > 1 and given:
            same = [e for e in candidates if e.given and fold(e.given[0]) == fold(given[0])]
            candidates = same or candidates
        if len(candidates) > 1 and position >= 0:
            seen = [e for e in candidates if self._first.get(e.id, 1 << 60) <= position]
            candidates = seen or candidates
        if not candidates:
            return None, False
        if len(candidates) == 1:
            return candidates[0], False
        full = [e for e in candidates if e.given]
        if len(full) <= 1 and len(candidates) == 2:
            return (full or candidates)[0], False
        # Two people with one surname ("Senator John Kerr ... with his wife, Mary Kerr"):
        # the one who was a subject or a speaker, else the one named last; ambiguous.
        speakers = [e for e in candidates if self._prominent_before(e, position)]
        if len(speakers) == 1:
            return speakers[0], True
        return self._most_recent(candidates, position), True

    def keyed(self, kind: str, name: str, surface: str | None = None) -> Entity:
        """An organisation or anonymous source, one entity per normalised name; an
        organisation under its fullest name ("United States Geological Survey" for "the U.S.
        Geological Survey" too); two bodies named together without a second "the" ("the
        Investigative Committee and the FSB" are "Investigative Committee and FSB")."""
        if kind == "organisation" and " and the " in name:
            name = name.replace(" and the ", " and ")
        key = (kind, organisation_key(name) if kind == "organisation" else alias_key(name))
        entity = self._keyed.get(key)
        if entity is None and kind == "organisation" and " " in key[1]:
            # A shorter form of a longer name: "the Search and Rescue Agency" for "the
            # National Search and Rescue Agency".
            ending = [
                e
                for (k, n), e in self._keyed.items()
                if k == kind
                and n.endswith(" " + key[1])
                and not n.endswith((" and " + key[1], " & " + key[1]))  # "CNN and NPR"
            ]
            entity = ending[0] if len(ending) == 1 else None
        if entity is None and kind == "organisation" and " " not in key[1]:
            # A one-word short form of a longer name: "Rovers" for "Halton Rovers".
            entity = next(
                (
                    e
                    for (k, n), e in self._keyed.items()
                    if k == kind and n.startswith(key[1] + " ")
                ),
                None,
            )
            if entity is None:
                # Or any one word of exactly one name: "the Arapaho" for the "Northern
                # Arapaho Tribe".
                entity = self.body_with_word(key[1])
        if entity is None:
            entity = Entity(id=len(self.entities), kind=kind, name=name)
            self.entities.append(entity)
            self._keyed[key] = entity
        elif (
            kind == "organisation"
            and key[1] == organisation_key(entity.name)
            and len(name) > len(entity.name)
        ):
            entity.name = name  # the spelled-out form
        entity.add_form(surface or name)
        return entity

    def known(self, kind: str, name: str) -> Entity | None:
        """The organisation or anonymous source with this name, if the article has one."""
        key = organisation_key(name) if kind == "organisation" else alias_key(name)
        return self._keyed.get((kind, key))

    def body_with_word(self, word: str) -> Entity | None:
        """The one organisation whose name has this word after its first ("the Arapaho"
        for the "Northern Arapaho Tribe"), if exactly one has."""
        key = organisation_key(word)
        # A word for a kind of body names the body it ends ("Rovers" for "Halton Rovers"),
        # not one it only qualifies ("the Navy" is no "Navy Information Agency").
        generic = key in ORG_WORDS
        found = {
            e.id: e
            for (k, n), e in self._keyed.items()
            if k == "organisation"
            and key in n.split()[1:]
            and (not generic or n.endswith(" " + key))
            and f" and {key}" not in n  # "NPR" is not the "CNN and NPR" named together
            and f" & {key}" not in n
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def note(self, position: int, entity: Entity, weight: int) -> None:
        bisect.insort(self._events, (position, entity.id, weight))
        if position >= 0 and position < self._first.get(entity.id, 1 << 60):
            self._first[entity.id] = position
        if weight >= SUBJECT and position < self._first_prominent.get(entity.id, 1 << 60):
            self._first_prominent[entity.id] = position

    def alias(self, kind: str, alias: str, entity: Entity) -> None:
        """Another name for an organisation: "AFAD" for the authority it abbreviates."""
        self._keyed.setdefault((kind, organisation_key(alias)), entity)
        entity.add_form(alias)

    # Resolving ---------------------------------------------------------------------
    def pronoun(
        self,
        pronoun: str,
        position: int,
        floor: int,
        near: int,
        here: int = 0,
        sentence: int = -1,
    ) -> tuple[Entity | None, bool]:
        """The last fitting antecedent of a pronoun before position; (entity, salient).
        `here`: where the pronoun's paragraph starts; `sentence`: where its sentence does.
        A name after a preposition in the pronoun's own sentence is never its antecedent
        ("Speaking to Martin Smith, he said")."""
        want = PRONOUN_GENDER.get(pronoun)
        if want is None:
            return None, False
        end = bisect.bisect_left(self._events, (position, -1, -1))
        fallback = None
        for event_position, entity_id, weight in reversed(self._events[max(0, end - 300) : end]):
            if event_position < floor:
                break
            if weight == OBJECT and event_position >= sentence:
                continue
            entity = self.entities[entity_id]
            if want in ("m", "f"):
                new_here = entity.gender is None and event_position >= here
                if (
                    entity.kind in ("anonymous", "unnamed")
                    and weight >= (SUBJECT if event_position >= here else SPEAKER)
                    and (entity.gender == want or new_here)
                ):
                    # "Another Labour MP said ... she said", "One of the victims decided ...
                    # She said": one unnamed person, just now the subject or speaker.
                    entity.gender = want
                    return entity, True
                if entity.kind != "person" or entity.gender not in (None, want):
                    continue
                if (
                    weight <= MENTION
                    and self._first.get(entity.id) == event_position
                    and here <= event_position < sentence
                    and position - event_position < 250
                    and entity.gender == want
                    and not self._subject_before(
                        event_position, max(here, event_position - 200), want
                    )
                ):
                    # "That drew a response from Dr Anand Mehta. ... he said": someone just
                    # brought in, when no one of that gender was the subject there.
                    return entity, True
            elif want == "p":
                if entity.kind == "person":
                    continue
                if entity.kind == "organisation" and weight < SUBJECT:
                    # "two members of the House called on ... They warned", "the good of
                    # Democratic House candidates ... they had": a body named in passing
                    # is not who "they" are (the group the sentence was about is no
                    # entity here), so no one rather than the wrong one.
                    continue
                if (
                    entity.kind == "anonymous"
                    and not fold(entity.name).endswith("s")
                    and weight < SPEAKER
                ):
                    continue  # "as an observer" is no "they"; "One minister said" can be
            elif entity.kind != "organisation":
                continue
            if weight >= SUBJECT:
                if entity.gender is None and want in ("m", "f"):
                    entity.gender = want
                return entity, True
            if fallback is None and event_position >= near:
                fallback = entity
        return fallback, False

    def _subject_before(self, position: int, start: int, gender: str) -> bool:
        """Was a person of this gender a subject or speaker between start and position?"""
        end = bisect.bisect_left(self._events, (position, -1, -1))
        for event_position, entity_id, weight in reversed(self._events[max(0, end - 50) : end]):
            if event_position < start:
                return False
            entity = self.entities[entity_id]
            if weight >= SUBJECT and entity.kind == "person" and entity.gender in (None, gender):
                return True
        return False

    def description(self, np: NP, position: int, floor: int) -> Entity | None:
        """The person or organisation a definite description ("the chancellor") means."""
        end = bisect.bisect_left(self._events, (position, -1, -1))
        head = fold(np.name)
        year_old = head.endswith("-year-old")
        age = head.split("-", 1)[0] if year_old else None
        fallback = None
        for event_position, entity_id, weight in reversed(self._events[max(0, end - 600) : end]):
            entity = self.entities[entity_id]
            if entity.kind == "anonymous" and head in _head_words(entity.name):
                return entity
            if np.gender == "o":
                if entity.kind != "organisation":
                    continue
                if head in fold(entity.name).split() or head in entity.roles:
                    return entity
                # Else the organisation last named as a subject or speaker, if it can be
                # the kind the description says ("the company" is not a ministry).
                if (
                    fallback is None
                    and weight >= SUBJECT
                    and event_position >= floor
                    and (_fits(head, entity))
                ):
                    fallback = entity
                continue
            if entity.kind != "person" or (np.gender and entity.gender not in (None, np.gender)):
                continue
            if year_old:
                if age in entity.ages or (
                    not any(age in e.ages for e in self._persons)
                    and weight >= SUBJECT
                    and event_position >= floor
                ):
                    return entity
                continue
            if any(_holds(head, np.role, role) for role in entity.roles):
                return entity
        if fallback is None and np.gender != "o" and not year_old:
            # A role the article gives someone later on: "Chelyabinsk's governor has promised
            # ...", then "Regional governor Boris Dubrovsky said ...".
            holders = {
                e.id: e
                for _, entity_id, _ in self._events[end:]
                if (e := self.entities[entity_id]).kind == "person"
                and (not np.gender or e.gender in (None, np.gender))
                and any(_holds(head, np.role, role) for role in e.roles)
            }
            if len(holders) == 1:
                return next(iter(holders.values()))
        return fallback

    def salient(self, gender: str | None, position: int, floor: int) -> Entity | None:
        """The last person who was a subject or speaker, for a description with no role match."""
        end = bisect.bisect_left(self._events, (position, -1, -1))
        for event_position, entity_id, weight in reversed(self._events[max(0, end - 300) : end]):
            if event_position < floor:
                break
            entity = self.entities[entity_id]
            if (
                entity.kind == "person"
                and weight >= SUBJECT
                and (gender is None or entity.gender in (None, gender))
            ):
                return entity
        return None

    def first_person(self) -> Entity | None:
        """The person mentioned first in the body."""
        for position, entity_id, _ in self._events:
            if position >= 0 and self.entities[entity_id].kind == "person":
                return self.entities[entity_id]
        return None

    def _prominent_before(self, entity: Entity, position: int) -> bool:
        return position >= 0 and self._first_prominent.get(entity.id, 1 << 60) < position

    def _most_recent(self, candidates: list[Entity], position: int) -> Entity:
        ids = {e.id for e in candidates}
        end = (
            bisect.bisect_left(self._events, (position, -1, -1))
            if position >= 0
            else len(self._events)
        )
        for _, entity_id, _ in reversed(self._events[max(0, end - 2000) : end]):
            if entity_id in ids:
                return self.entities[entity_id]
        return candidates[-1]
