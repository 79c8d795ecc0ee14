"""The extractor: an Article in, its quotations and their speakers out."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter, itemgetter
from typing import Final

from .article import Article, field_values, parse_article
from .attribution import Attributed, BodyAttributor, SpeechEvent
from .calibration import DEFAULT_THRESHOLD, calibrated
from .clustering import Entity, Registry
from .cuematch import cue_after, cue_before
from .facts import forget
from .interview import answer_paragraphs, interviewee, question_paragraphs
from .marks import join_paragraphs, scan_paragraph
from .mentions import parse_subject
from .narration import build_registry
from .notspeech import is_marked_name, is_scare_quote
from .reported import Reported, find_reported
from .resolving import Resolver, Speaker, rounded
from .sentences import sentence_start

EXTRACTOR_VERSION = "1.1"

# "X+" is written "XX*" throughout: a pattern that begins with a plain character class
# lets re skip ahead to the next candidate; one that begins with a repeat does not.
_NORMALISE: Final = re.compile(r"[\W_][\W_]*")


# The results are not frozen: a frozen dataclass's __init__ sets each field through
# object.__setattr__, in the interpreter, which made a Quotation cost fifteen times a
# Speaker in the compiled build. Nothing changes them once made.
@dataclass
class Quotation:
    text: str
    kind: str  # direct | partial | indirect | term (quoted words that are not speech)
    location: str  # headline | standfirst | body
    paragraph: int | None
    start: int
    end: int
    speaker: str | None  # the speaker, when its confidence reaches the threshold
    speaker_mention: str | None
    speaker_type: str | None  # of the speaker or, below the threshold, the suggestion
    cue: str | None
    rule: str
    confidence: float  # the probability that the speaker (or suggestion) is right
    suggestion: str | None = None  # a speaker below the threshold, for an editor to accept

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return (Quotation, field_values(self))  # see field_values

    # Written out: mypyc compiles it to C, where dataclass's own runs in the interpreter.
    def __init__(
        self,
        text: str,
        kind: str,
        location: str,
        paragraph: int | None,
        start: int,
        end: int,
        speaker: str | None,
        speaker_mention: str | None,
        speaker_type: str | None,
        cue: str | None,
        rule: str,
        confidence: float,
        suggestion: str | None = None,
    ) -> None:
        self.text = text
        self.kind = kind
        self.location = location
        self.paragraph = paragraph
        self.start = start
        self.end = end
        self.speaker = speaker
        self.speaker_mention = speaker_mention
        self.speaker_type = speaker_type
        self.cue = cue
        self.rule = rule
        self.confidence = confidence
        self.suggestion = suggestion


@dataclass
class SpeakerCluster:
    name: str
    type: str
    mentions: tuple[str, ...]
    role: str | None

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return (SpeakerCluster, field_values(self))  # see field_values

    def __init__(self, name: str, type: str, mentions: tuple[str, ...], role: str | None) -> None:
        self.name = name
        self.type = type
        self.mentions = mentions
        self.role = role


@dataclass
class Extraction:
    article: Article
    quotes: tuple[Quotation, ...]
    speakers: tuple[SpeakerCluster, ...]

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return (Extraction, field_values(self))  # see field_values

    def __init__(
        self,
        article: Article,
        quotes: tuple[Quotation, ...],
        speakers: tuple[SpeakerCluster, ...],
    ) -> None:
        self.article = article
        self.quotes = quotes
        self.speakers = speakers


def extract_text(text: str, *, threshold: float = DEFAULT_THRESHOLD) -> Extraction:
    """Parse article text and extract from it; ArticleError for a malformed file."""
    return extract(parse_article(text), threshold=threshold)


def extract(article: Article, *, threshold: float = DEFAULT_THRESHOLD) -> Extraction:
    """Every quotation of the article with its speaker, in document order. Confidences
    are calibrated (calibration.py); a speaker whose confidence is below `threshold` is
    given as the quotation's `suggestion` instead."""
    extraction = extract_uncalibrated(article)
    for quote in extraction.quotes:
        quote.confidence = calibrated(quote.rule, quote.speaker_type, quote.confidence)
        if quote.speaker is not None and quote.confidence < threshold:
            quote.suggestion, quote.speaker = quote.speaker, None
    if threshold > 0.0:
        speakers = {q.speaker for q in extraction.quotes}
        extraction.speakers = tuple(c for c in extraction.speakers if c.name in speakers)
    return extraction


def extract_uncalibrated(article: Article) -> Extraction:
    """Every quotation with its speaker and the raw confidence the rules give it, before
    calibration and threshold: what bench/calibrate.py fits the calibration to."""
    forget()
    paragraphs, offsets = article.paragraphs, article.paragraph_offsets
    passages = join_paragraphs(paragraphs)
    spans: dict[int, list[tuple[int, int]]] = {}
    for passage in passages:
        for number, piece in passage.pieces:
            spans.setdefault(number, []).append((piece.start, piece.end))
    registry = build_registry(article, spans)

    answers = answer_paragraphs(paragraphs)
    skipped = (set(answers) | question_paragraphs(paragraphs)) if answers else set()
    if skipped:
        passages = [p for p in passages if not any(n in skipped for n, _ in p.pieces)]
    attributor = BodyAttributor(paragraphs, offsets, passages, registry)
    names: dict[int, set[tuple[int, int]]] = {}
    for index in attributor.named:
        number, piece = passages[index].pieces[0]
        names.setdefault(number, set()).add((piece.start, piece.end))
    speaker_of_answers: Speaker | None = None
    if answers:
        entity = interviewee(article.headline, registry, registry.first_person())
        speaker_of_answers = Speaker(
            entity, entity.name if entity else None, None, "interview", 0.7 if entity else 0.5
        )
    by_paragraph: dict[int, list[int]] = {}
    for index, passage in enumerate(passages):
        by_paragraph.setdefault(passage.pieces[0][0], []).append(index)
    body: list[Quotation] = []
    for number, text in enumerate(paragraphs):
        if speaker_of_answers is not None and number in answers:
            start = answers[number]
            body.append(
                _quotation(
                    text[start:].strip(),
                    "direct",
                    "body",
                    number,
                    offsets[number] + start,
                    offsets[number] + len(text),
                    speaker_of_answers,
                )
            )
            continue
        if number in skipped:
            continue
        indexes = by_paragraph.get(number, [])
        speech_spans = spans.get(number, [])
        if number in names:
            speech_spans = [s for s in speech_spans if s not in names[number]]
        # Quoted words inside a noun phrase ('to eat a "pig cracker" meant to') are part of
        # a reported clause around them, as terms.
        terms = {i for i in indexes if attributor.term_like(i)}
        if terms:
            term_spans = {
                (passages[i].pieces[0][1].start, passages[i].pieces[0][1].end) for i in terms
            }
            speech_spans = [s for s in speech_spans if s not in term_spans]
        reported = find_reported(text, speech_spans)
        items: Sequence[int | Reported] = indexes
        if reported:
            # Quotations and reported speech are attributed in the order they come.
            starts: list[tuple[int, int | Reported]]
            starts = [(passages[i].pieces[0][1].start, i) for i in indexes]
            starts += [(r.start, r) for r in reported]
            starts.sort(key=_FIRST)
            items = [item for _, item in starts]
        for item in items:
            if isinstance(item, int):
                piece = passages[item].pieces[0][1]
                in_report = item in terms and any(
                    r.start <= piece.start and piece.end <= r.end for r in reported
                )
                attributed = attributor.attribute(item, in_report)
                if attributed is not None:
                    body.append(_body_quotation(article, attributed))
            else:
                quotation = _reported_quotation(attributor, item, number, text)
                if quotation is not None:
                    body.append(quotation)
    body.sort(key=_START)
    front = []
    for location, text in (("headline", article.headline), ("standfirst", article.standfirst)):
        front += _front_quotations(text, location, registry)
    if front:
        # Only the body's quotations can repeat a front one, so the cheap word test reads
        # them rather than the whole body: less text to casefold.
        quoted = [q.text for q in body if q.kind not in ("indirect", "term")]
        folded = " ".join(quoted).casefold()
        if any(_may_repeat(q, folded) for q in front):
            spoken = [_normalise(text) for text in quoted]
            front = [q for q in front if not _repeated(q, spoken)]
    quotes = tuple(front + body)
    return Extraction(article=article, quotes=quotes, speakers=_clusters(quotes, registry))


def _reported_quotation(
    attributor: BodyAttributor, item: Reported, number: int, text: str
) -> Quotation | None:
    offset = attributor.offsets[number]
    if item.np is None:
        # `... "...," and said <clause>`: the quotation's speaker, named or not.
        speaker = _same_speaker(attributor, number, offset + item.start, item.cue) or Speaker(
            None, None, item.cue, "none", 0.3
        )
    else:
        speaker = attributor.resolver.resolve(
            item.np, item.rule, offset + item.cue_position, number, item.cue
        )
    if speaker.entity is not None:
        attributor.add_event(SpeechEvent(offset + item.start, number, speaker))
    return _quotation(
        text[item.start : item.end],
        "indirect",
        "body",
        number,
        offset + item.start,
        offset + item.end,
        speaker,
    )


def _same_speaker(
    attributor: BodyAttributor, paragraph: int, position: int, cue: str
) -> Speaker | None:
    """The speaker of the quotation earlier in the same sentence."""
    for event in reversed(attributor.events):
        if event.paragraph < paragraph:
            return None
        if event.paragraph == paragraph and event.position <= position:
            spoken = event.speaker
            return Speaker(
                spoken.entity,
                spoken.mention,
                cue,
                "reported-speech",
                rounded(min(0.7, spoken.confidence - 0.1)),
            )
    return None


def _body_quotation(article: Article, attributed: Attributed) -> Quotation:
    passage = attributed.passage
    offsets = article.paragraph_offsets
    first_number, first = passage.pieces[0]
    last_number, last = passage.pieces[-1]
    return _quotation(
        attributed.text,
        attributed.kind,
        "body",
        first_number,
        offsets[first_number] + first.start,
        offsets[last_number] + last.end,
        attributed.speaker,
    )


def _quotation(
    text: str,
    kind: str,
    location: str,
    paragraph: int | None,
    start: int,
    end: int,
    speaker: Speaker,
) -> Quotation:
    entity: Entity | None = speaker.entity
    return Quotation(
        text,
        kind,
        location,
        paragraph,
        start,
        end,
        entity.name if entity else None,
        speaker.mention,
        entity.kind if entity else None,
        speaker.cue,
        speaker.rule if entity or speaker.rule == "none" else "none",
        speaker.confidence,
    )


_FIRST = itemgetter(0)
_START: Final = attrgetter("start")


_HEADLINE_COLON = re.compile(r"^\s*(.{2,60}?)\s*:\s*$")


def _front_quotations(text: str, location: str, registry: Registry) -> list[Quotation]:
    """Quotations in a headline or standfirst, attributed from their own line."""
    found = []
    resolver = Resolver(registry, (0,))
    pieces = scan_paragraph(text)
    for k, piece in enumerate(pieces):
        quoted = " ".join(text[a:b].strip() for a, b in piece.parts)
        previous_end = pieces[k - 1].end if k else 0
        next_start = pieces[k + 1].start if k + 1 < len(pieces) else len(text)
        head_start = sentence_start(text, previous_end, piece.start)
        head, tail = text[head_start : piece.start], text[piece.end : next_start]
        if is_marked_name(head, tail, quoted):
            continue
        cue = cue_after(text, piece.end, next_start) or cue_before(text, head_start, piece.start)
        np = cue.np if cue else None
        rule, cue_text = (cue.rule, cue.cue) if cue else ("none", None)
        if cue is None:
            colon = _HEADLINE_COLON.match(head)
            named = parse_subject(colon.group(1)) if colon else None
            if named is not None and named.kind in ("name", "organisation"):
                np, rule = named, "headline-colon"
        if np is None and (
            is_scare_quote(head, tail, quoted) or (head.strip() and len(quoted.split()) <= 3)
        ):
            continue
        speaker = (
            resolver.resolve(np, rule, -1, 0, cue_text, note=False)
            if np
            else Speaker(None, None, None, "none", 0.5)
        )
        if speaker.entity is not None and (piece.recovered or not piece.closed):
            # A headline's quote with no closing mark was cut short or is a typo, and
            # the line has no more text to show which: its speaker is no more than a
            # guess, kept as the mention.
            speaker = Speaker(None, speaker.mention, speaker.cue, "none", 0.3)
        kind = "direct" if not head.strip() or head.rstrip().endswith(":") else "partial"
        found.append(_quotation(quoted, kind, location, None, piece.start, piece.end, speaker))
    return found


def _normalise(text: str) -> str:
    return _NORMALISE.sub(" ", text.casefold()).strip()


def _repeated(quote: Quotation, spoken: list[str]) -> bool:
    key = _normalise(quote.text)
    return bool(key) and any(key in text for text in spoken)


def _may_repeat(quote: Quotation, folded: str) -> bool:
    """A cheap necessary condition for `_repeated`: every word of it is in `folded`, the
    body's quotations casefolded."""
    return all(word in folded for word in _normalise(quote.text).split())


def _clusters(quotes: tuple[Quotation, ...], registry: Registry) -> tuple[SpeakerCluster, ...]:
    seen: dict[tuple[str, str], SpeakerCluster] = {}
    by_name = {(e.kind, e.name): e for e in registry.entities}
    for quote in quotes:
        if quote.speaker is None or quote.speaker_type is None:
            continue
        key = (quote.speaker_type, quote.speaker)
        if key in seen or key not in by_name:
            continue
        entity = by_name[key]
        seen[key] = SpeakerCluster(
            name=entity.name,
            type=entity.kind,
            mentions=_named_forms(entity),
            role=entity.roles[0] if entity.roles else None,
        )
    return tuple(seen.values())


def _named_forms(entity: Entity) -> tuple[str, ...]:
    """The forms the article names an entity by, without a role written before a person's
    name: the role is the cluster's own field, and "Fourteen-year-old Zoe" or "Lead Paul
    Lee" is not a longer name of Zoe or of Paul Lee."""
    forms: list[str] = []
    for form in entity.forms:
        for role in entity.roles if entity.kind == "person" else ():
            if form.startswith(role + " "):
                form = form[len(role) + 1 :]
                break
        if form not in forms:
            forms.append(form)
    return tuple(forms)
