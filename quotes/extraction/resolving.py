"""Resolving a speaker noun phrase at a position to an entity of the article, with the
rule that decided it and the confidence to put in it.

A name joins or creates a person; an organisation or anonymous source is keyed by its
name; "X and Y" resolves only to an organisation the article names; pronouns and
descriptions ("he", "the chancellor", "the company") go through the registry.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .clustering import SPEAKER, Entity, Registry
from .lexicon import ANONYMOUS_HEADS, NATIONALITIES, ROLE_HEADS
from .phrase import NP
from .sentences import sentence_start

BASE_CONFIDENCE = {
    "cue-after": 0.95,
    "cue-before-colon": 0.95,
    "cue-before": 0.9,
    "according-to": 0.9,
    "dash": 0.85,
    "split-cue": 0.9,
    "inherit-previous": 0.75,
    "sentence-subject": 0.4,
    "reported-speech": 0.75,
    "colon-subject": 0.75,
    "passive-agent": 0.85,
}


@lru_cache(maxsize=1024, typed=True)
def rounded(confidence: float) -> float:
    """A confidence to two places; the few values there are come back again and again,
    and round() to places is slow."""
    return round(confidence, 2)


@dataclass(slots=True)
class Speaker:
    """A resolved speaker decision."""

    entity: Entity | None
    mention: str | None
    cue: str | None
    rule: str
    confidence: float

    # Written out: mypyc compiles it to C, where dataclass's own runs in the interpreter.
    def __init__(
        self,
        entity: Entity | None,
        mention: str | None,
        cue: str | None,
        rule: str,
        confidence: float,
    ) -> None:
        self.entity = entity
        self.mention = mention
        self.cue = cue
        self.rule = rule
        self.confidence = confidence


class Resolver:
    """Turns a speaker noun phrase at a position into an entity, rule and confidence."""

    def __init__(
        self, registry: Registry, offsets: tuple[int, ...], paragraphs: tuple[str, ...] = ()
    ) -> None:
        self.registry = registry
        self.offsets = offsets
        self.paragraphs = paragraphs

    def _named_body(self, np: NP, position: int) -> Entity | None:
        """The organisation a bare one-word name means, when the article has one by that
        name and no person with it as a surname."""
        if np.given or np.titled or " " in np.name:
            return None
        body = self.registry.known("organisation", np.name)
        if body is None or self.registry.find_person((), np.name, None, position)[0] is not None:
            return None
        return body

    def resolve(
        self,
        np: NP,
        rule: str,
        position: int,
        paragraph: int,
        cue: str | None,
        *,
        note: bool = True,
    ) -> Speaker:
        base = BASE_CONFIDENCE.get(rule, 0.8)
        registry = self.registry
        floor = self.offsets[max(0, paragraph - 3)]
        near = self.offsets[max(0, paragraph - 1)]
        entity, confidence = None, base
        body = (
            registry.body_with_word(np.name)
            if np.kind == "name" and " " not in np.name and np.surface[:4] in ("The ", "the ")
            else None
        )
        if body is not None:
            # "The Arapaho have plans": a people named by one word of its body's name.
            entity, confidence = body, base - 0.05
        elif np.kind == "name" and (named_body := self._named_body(np, position)) is not None:
            # "Unilever said it would cut jobs ... calling the move 'painful'": a one-word
            # name the article shows to be an organisation's stays one.
            entity, confidence = named_body, base - 0.05
        elif np.kind == "name":
            entity, ambiguous = registry.person(
                np.name, np.surface, gender=np.gender, role=np.role, position=position, age=np.age
            )
            if ambiguous:
                confidence = min(base, 0.5)
            elif not np.given and len(entity.given) == 0 and not np.titled:
                confidence = base - 0.05
        elif np.kind == "organisation":
            entity = registry.keyed("organisation", np.name, np.surface)
            confidence = base - 0.05
        elif np.kind == "joined":
            entity = registry.known("organisation", np.name)
            confidence = base - 0.1
        elif np.kind == "anonymous":
            entity = registry.keyed("anonymous", np.name, np.surface)
            entity.gender = entity.gender or np.gender
            confidence = base - 0.1
        elif np.kind == "pronoun":
            here = self.offsets[paragraph]
            sentence = here
            if paragraph < len(self.paragraphs) and position >= here:
                sentence = here + sentence_start(self.paragraphs[paragraph], 0, position - here)
            entity, salient = registry.pronoun(np.name, position, floor, near, here, sentence)
            confidence = base - (0.1 if salient else 0.3)
            rule = "pronoun"
        elif np.kind == "description":
            # "The chancellor" is the person the article says is the chancellor. When it
            # does not say, whoever was named last is only a guess: a suggestion at most.
            entity = registry.description(np, position, floor)
            confidence = base - 0.2
            surname = None
            if entity is None and np.surface[:1].isupper() and " " not in np.surface:
                # "King says Ali ...": a capitalised title with no article, the surname of
                # someone the article named in full ("Billie Jean King"): a name's mention.
                named, ambiguous = registry.find_person((), np.surface, None, position)
                if named is not None and not ambiguous and named.given:
                    entity = surname = named
                    confidence = base - 0.05
            if entity is None and np.name in NATIONALITIES:
                # "The Italian said": sports and foreign copy call the main subject so.
                entity = registry.salient(np.gender, position, floor)
                confidence = base - 0.35
            elif entity is None and np.gender != "o" and np.name in ROLE_HEADS:
                entity = registry.salient(np.gender, position, near)
                if entity is not None:
                    rule, confidence = "role-guess", 0.3
            if entity is None and np.name in ANONYMOUS_HEADS:
                entity = registry.keyed("anonymous", np.name, np.surface)
                confidence = base - 0.3
            if (entity is None or rule == "role-guess") and np.gender != "o" and note:
                # "The head of the internal investigators told the court ... She also said":
                # someone the article does not name (a guess is no name), who stays the one
                # a pronoun means.
                placeholder = registry.keyed("unnamed", np.surface)
                placeholder.gender = placeholder.gender or np.gender
                registry.note(position, placeholder, SPEAKER)
                note = False
            if surname is None:
                rule = "description" if rule != "role-guess" else rule
        if entity is not None and entity.kind == "unnamed":
            entity = None  # the pronoun means someone unnamed
        if entity is None:
            confidence = 0.3
        elif note:
            registry.note(position, entity, SPEAKER)
        return Speaker(entity, np.surface, cue, rule, rounded(max(0.05, confidence)))
