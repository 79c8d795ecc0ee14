"""Q&A interviews: answers after "A:" are the interviewee's direct quotations."""

from __future__ import annotations

import re
from typing import Final

from .capitals import CAPSEQ, classify_tokens
from .clustering import Entity, Registry

_QUESTION = re.compile(r"\s*Q\s*[:.]\s+")
_ANSWER: Final = re.compile(r"\s*A\s*[:.]\s+")


def answer_paragraphs(paragraphs: tuple[str, ...]) -> dict[int, int]:
    """{paragraph: where its answer text starts} when the article is a Q&A, else {}."""
    if not any(p[:2] in ("Q:", "Q.", "A:", "A.") for p in paragraphs):
        return {}
    questions = sum(1 for p in paragraphs if _QUESTION.match(p))
    answers = {n: m.end() for n, p in enumerate(paragraphs) if (m := _ANSWER.match(p))}
    if questions < 1 or len(answers) < 2:
        return {}
    return answers


def question_paragraphs(paragraphs: tuple[str, ...]) -> set[int]:
    return {n for n, p in enumerate(paragraphs) if _QUESTION.match(p)}


def interviewee(
    headline: str, registry: Registry, first_body_person: Entity | None
) -> Entity | None:
    """The person interviewed: named in the headline if possible, else named first."""
    for match in CAPSEQ.finditer(headline):
        classified = classify_tokens(match.group(0).split())
        if classified is None or classified[0] != "person":
            continue
        name = classified[2]
        entity, _ = registry.find_person(tuple(name[:-1]), name[-1], None, -1)
        if entity is not None:
            return entity
    return first_body_person
