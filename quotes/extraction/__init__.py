"""Quote extraction: news article text in, quotations and their speakers out.

Pure Python on purpose: no Django import anywhere in this package, so it can be
tested, benchmarked and reused without a database.

STAND-IN: this module is a minimal placeholder for the extraction branch's engine,
implementing its API contract for simple, unambiguous articles only
("Quoted text," Firstname Lastname said. / Mr Lastname said: "Quoted text.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .article import Article
from .names import alias_key

EXTRACTOR_VERSION = "stand-in-0"

_NAME = r"((?:(?:Mr|Mrs|Ms|Dr|President|Sir)\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)"
_AFTER = re.compile(r'"([^"]+?)[,.]?"\s*,?\s*' + _NAME + r"\s+(said|told|warned)")
_BEFORE = re.compile(_NAME + r'\s+(said|told|warned):\s*"([^"]+?)"')
_ANONYMOUS = re.compile(r'"([^"]+?)[,.]?"\s*,?\s*(officials|a spokesman|a spokeswoman)\s+said')
_ORGANISATION_WORDS = ("Ministry", "Council", "Office", "Department", "Commission")


@dataclass(frozen=True)
class Quotation:
    text: str
    kind: str
    location: str
    paragraph: int | None
    start: int
    end: int
    speaker: str | None
    speaker_mention: str | None
    speaker_type: str | None
    cue: str | None
    rule: str
    confidence: float


@dataclass(frozen=True)
class SpeakerCluster:
    name: str
    type: str
    mentions: tuple[str, ...]
    role: str | None = None


@dataclass(frozen=True)
class Extraction:
    article: Article
    quotes: tuple[Quotation, ...]
    speakers: tuple[SpeakerCluster, ...]


def extract(article: Article) -> Extraction:
    found: list[tuple[int, int, int, str, str | None, str | None, str]] = []
    offset = 0
    for number, paragraph in enumerate(article.paragraphs):
        for m in _AFTER.finditer(paragraph):
            found.append((number, offset + m.start(1), offset + m.end(1), *m.group(1, 2, 3)))
        for m in _BEFORE.finditer(paragraph):
            found.append((number, offset + m.start(3), offset + m.end(3), *m.group(3, 1, 2)))
        for m in _ANONYMOUS.finditer(paragraph):
            found.append((number, offset + m.start(1), offset + m.end(1), m.group(1), None, "said"))
            found[-1] = (*found[-1][:4], None, m.group(2), "said")
        offset += len(paragraph) + 1
    clusters: dict[str, list[str]] = {}
    quotes = []
    for number, start, end, text, mention, cue in sorted(found, key=lambda f: f[1]):
        anonymous = mention is not None and mention[0].islower()
        name = None
        if mention and not anonymous:
            name = _join(clusters, mention)
        quotes.append(
            Quotation(
                text=text,
                kind="direct",
                location="body",
                paragraph=number,
                start=start,
                end=end,
                speaker=name,
                speaker_mention=mention,
                speaker_type="anonymous" if anonymous else _type(name),
                cue=cue,
                rule="stand-in",
                confidence=0.9 if name else 0.5,
            )
        )
    speakers = tuple(
        SpeakerCluster(name=name, type=_type(name), mentions=tuple(mentions))
        for name, mentions in clusters.items()
    )
    return Extraction(article=article, quotes=tuple(quotes), speakers=speakers)


def _type(name: str | None) -> str | None:
    if name is None:
        return None
    return "organisation" if any(w in name for w in _ORGANISATION_WORDS) else "person"


def _join(clusters: dict[str, list[str]], mention: str) -> str:
    key = alias_key(mention)
    for name, mentions in clusters.items():
        if alias_key(name).split()[-1] == key.split()[-1]:
            if mention not in mentions:
                mentions.append(mention)
            return name
    name = " ".join(w for w in mention.split() if w not in ("Mr", "Mrs", "Ms", "Dr", "Sir"))
    clusters[name] = [mention]
    return name
