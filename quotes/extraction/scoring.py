"""Scoring the extractor against hand-checked articles (the gold set).

A gold article is `NAME.txt` (the article) beside `NAME.json`::

    {"about": "what it exercises",
     "quotes": [{"text": "...", "kind": "direct|partial|indirect", "speaker": "Full Name",
                 "location": "body|headline|standfirst", "paragraph": 0}]}

Matching, one gold quotation to at most one predicted one, in the same location:

- direct and partial: the texts agree after normalisation (case, quote marks and
  apostrophes, dashes, whitespace, punctuation at the ends), or their word tokens
  overlap with a Dice coefficient of at least 0.9;
- indirect (on either side): reported speech has fuzzy boundaries, so a Dice overlap of
  word tokens of at least 0.5 counts, within one paragraph of the gold paragraph.

Kinds are not required to agree for a span match; kind agreement is reported apart.
Quotations of kind "term" (quoted words that are not speech) are not quotations: they
are left out of the counts.
A span+speaker match also needs the speakers to agree: alias keys equal (case, accents,
honorifics and a leading "a"/"an"/"the" ignored), or both unattributed.

Speakers and the threshold: a quotation's candidate speaker is its `speaker`, or its
`suggestion` when the engine's confidence was below the threshold. At a threshold t the
attributed speaker is the candidate if its confidence is at least t, else none. The
report gives, for t from 0.0 to 0.95, the speaker precision (of the span-matched
quotations attributed at t, the share whose speaker agrees with the gold one), the
speaker recall (such right attributions over the gold quotations that have a speaker)
and the span+speaker F1 at t; with `--threshold T` the main table scores at T instead
of the engine's default.

Run: `python -m quotes.extraction.scoring tests/gold [--threshold T]` (prints P/R/F1, the
precision/recall curve of the speakers, and every failure).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .article import ArticleError, decode_article, parse_article
from .calibration import DEFAULT_THRESHOLD
from .extractor import Quotation, extract
from .names import alias_key

SPAN_DICE = 0.9
INDIRECT_DICE = 0.5
CURVE = tuple(k / 20 for k in range(20))  # thresholds 0.0, 0.05, ..., 0.95
_MARKS = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‹": "'",
        "›": "'",
        "—": "-",
        "–": "-",
        "\u00a0": " ",
    }
)
_TOKEN = re.compile(r"[\w']+")
_ENDS = " \t\n\"'.,;:!?-…"
_DETERMINER = re.compile(r"^(?:a|an|the)\s+")


def normalise_text(text: str) -> str:
    text = " ".join(text.translate(_MARKS).casefold().split())
    return text.strip(_ENDS)


def tokens(text: str) -> Counter:
    return Counter(_TOKEN.findall(normalise_text(text)))


def dice(a: str, b: str) -> float:
    ta, tb = tokens(a), tokens(b)
    total = sum(ta.values()) + sum(tb.values())
    return 2 * sum((ta & tb).values()) / total if total else 0.0


def speaker_key(name: str | None) -> str | None:
    if not name:
        return None
    return _DETERMINER.sub("", alias_key(name))


@dataclass
class Gold:
    text: str
    kind: str
    speaker: str | None
    location: str
    paragraph: int | None


@dataclass
class Failure:
    what: str  # missed | spurious | wrong-speaker
    file: str
    location: str
    paragraph: int | None
    text: str
    detail: str


@dataclass
class Attribution:
    """A span-matched quotation's speakers: the gold one and the engine's candidate."""

    gold: str | None  # speaker keys
    candidate: str | None
    confidence: float


@dataclass
class Tally:
    gold: Counter = field(default_factory=Counter)
    predicted: Counter = field(default_factory=Counter)
    span_gold: Counter = field(default_factory=Counter)  # matched, by gold kind
    span_predicted: Counter = field(default_factory=Counter)  # matched, by predicted kind
    speaker_gold: Counter = field(default_factory=Counter)
    speaker_predicted: Counter = field(default_factory=Counter)
    kind_agree: int = 0
    failures: list[Failure] = field(default_factory=list)
    files: int = 0
    attributions: list[Attribution] = field(default_factory=list)
    gold_speakers: int = 0  # gold quotations with a speaker
    spurious_candidates: list[float] = field(default_factory=list)  # their confidences

    def prf(self, matched_gold: Counter, matched_predicted: Counter, kind: str | None = None):
        def total(counter: Counter) -> int:
            return counter[kind] if kind else sum(counter.values())

        predicted, gold = total(self.predicted), total(self.gold)
        precision = total(matched_predicted) / predicted if predicted else 1.0
        recall = total(matched_gold) / gold if gold else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def similar(gold: Gold, quote: Quotation) -> float:
    if quote.location != gold.location:
        return 0.0
    indirect = "indirect" in (gold.kind, quote.kind)
    if (
        indirect
        and gold.paragraph is not None
        and quote.paragraph is not None
        and abs(gold.paragraph - quote.paragraph) > 1
    ):
        return 0.0
    if not indirect and normalise_text(gold.text) == normalise_text(quote.text):
        return 1.0
    score = dice(gold.text, quote.text)
    return score if score >= (INDIRECT_DICE if indirect else SPAN_DICE) else 0.0


def candidate(quote: Quotation) -> str | None:
    """The engine's speaker for a quotation, above the threshold or not."""
    return quote.speaker or quote.suggestion


def attributed(quote: Quotation, threshold: float | None) -> str | None:
    """The speaker at a threshold; None: as the engine gave it."""
    if threshold is None:
        return quote.speaker
    name = candidate(quote)
    return name if name is not None and quote.confidence >= threshold else None


def score_article(
    name: str,
    golds: list[Gold],
    quotes: tuple[Quotation, ...],
    tally: Tally,
    threshold: float | None = None,
) -> None:
    tally.files += 1
    quotes = tuple(q for q in quotes if q.kind != "term")
    unmatched = list(quotes)
    for quote in quotes:
        tally.predicted[quote.kind] += 1
    for gold in golds:
        tally.gold[gold.kind] += 1
        tally.gold_speakers += gold.speaker is not None
        best, best_score = None, 0.0
        for quote in unmatched:
            score = similar(gold, quote)
            if score > best_score:
                best, best_score = quote, score
        if best is None:
            tally.failures.append(
                Failure(
                    "missed",
                    name,
                    gold.location,
                    gold.paragraph,
                    gold.text,
                    f"{gold.kind}, speaker {gold.speaker}",
                )
            )
            continue
        unmatched.remove(best)
        tally.span_gold[gold.kind] += 1
        tally.span_predicted[best.kind] += 1
        tally.kind_agree += gold.kind == best.kind
        tally.attributions.append(
            Attribution(speaker_key(gold.speaker), speaker_key(candidate(best)), best.confidence)
        )
        speaker = attributed(best, threshold)
        if speaker_key(gold.speaker) == speaker_key(speaker):
            tally.speaker_gold[gold.kind] += 1
            tally.speaker_predicted[best.kind] += 1
        else:
            suggestion = candidate(best) if speaker is None else None
            suggested = f", suggestion {suggestion!r}" if suggestion else ""
            tally.failures.append(
                Failure(
                    "wrong-speaker",
                    name,
                    gold.location,
                    gold.paragraph,
                    gold.text,
                    f"gold {gold.speaker!r}, predicted {speaker!r}{suggested} "
                    f"({best.speaker_mention!r}, rule {best.rule}, {best.confidence:.2f})",
                )
            )
    for quote in unmatched:
        if candidate(quote) is not None:
            tally.spurious_candidates.append(quote.confidence)
        tally.failures.append(
            Failure(
                "spurious",
                name,
                quote.location,
                quote.paragraph,
                quote.text,
                f"{quote.kind}, speaker {attributed(quote, threshold)!r}, rule {quote.rule}",
            )
        )


def speaker_curve(tally: Tally, threshold: float) -> tuple[int, float, float, float, int]:
    """(attributed, speaker precision, speaker recall, span+speaker F1, attributed spurious
    quotations) at a threshold."""
    given = [a for a in tally.attributions if a.candidate is not None and a.confidence >= threshold]
    right = sum(1 for a in given if a.candidate == a.gold)
    precision = right / len(given) if given else 1.0
    recall = right / tally.gold_speakers if tally.gold_speakers else 1.0
    agree = sum(
        1
        for a in tally.attributions
        if a.gold == (a.candidate if a.confidence >= threshold else None)
    )
    predicted, gold = sum(tally.predicted.values()), sum(tally.gold.values())
    p = agree / predicted if predicted else 1.0
    r = agree / gold if gold else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    spurious = sum(1 for c in tally.spurious_candidates if c >= threshold)
    return len(given), precision, recall, f1, spurious


def load_gold(path: Path) -> list[Gold]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        Gold(
            text=q["text"],
            kind=q.get("kind", "direct"),
            speaker=q.get("speaker"),
            location=q.get("location", "body"),
            paragraph=q.get("paragraph"),
        )
        for q in data["quotes"]
    ]


def score_dir(directory: Path, threshold: float | None = None) -> Tally:
    """Score every gold article of a directory; `threshold`: re-threshold the speakers
    (None: as `extract` gives them, at its default threshold)."""
    tally = Tally()
    for expected in sorted(directory.glob("*.json")):
        article_path = expected.with_suffix(".txt")
        if not article_path.exists():
            continue
        try:
            article = parse_article(decode_article(article_path.read_bytes()))
        except ArticleError as error:
            tally.failures.append(
                Failure("unreadable", article_path.name, "-", None, "", str(error))
            )
            continue
        quotes = extract(article).quotes
        score_article(article_path.name, load_gold(expected), quotes, tally, threshold)
    return tally


def report(tally: Tally, directory: Path, threshold: float | None = None) -> str:
    at = DEFAULT_THRESHOLD if threshold is None else threshold
    lines = [
        f"Gold set {directory}: {tally.files} articles, {sum(tally.gold.values())} gold "
        f"quotations, {sum(tally.predicted.values())} predicted; speakers at threshold "
        f"{at:.2f}" + (" (the default)" if threshold is None else ""),
        f"{'':24}{'precision':>10}{'recall':>10}{'F1':>8}",
    ]

    def row(label: str, values: tuple[float, float, float]) -> str:
        return f"{label:24}{values[0]:>10.3f}{values[1]:>10.3f}{values[2]:>8.3f}"

    lines.append(row("spans", tally.prf(tally.span_gold, tally.span_predicted)))
    lines.append(row("spans+speaker", tally.prf(tally.speaker_gold, tally.speaker_predicted)))
    for kind in ("direct", "partial", "indirect"):
        lines.append(row(f"  {kind} spans", tally.prf(tally.span_gold, tally.span_predicted, kind)))
        lines.append(
            row(f"  {kind} +speaker", tally.prf(tally.speaker_gold, tally.speaker_predicted, kind))
        )
    matched = sum(tally.span_gold.values())
    lines.append(f"kind agrees on {tally.kind_agree} of {matched} matched quotations")
    given, precision, recall, _, _ = speaker_curve(tally, at)
    lines.append(
        f"speaker precision {precision:.3f} ({given} attributed), recall {recall:.3f} "
        f"of {tally.gold_speakers} gold quotations with a speaker"
    )
    lines.append("")
    lines.append(
        f"{'threshold':>10}{'attributed':>12}{'precision':>11}{'recall':>9}"
        f"{'span+speaker F1':>17}{'spurious attributed':>21}"
    )
    for point in CURVE:
        given, precision, recall, f1, spurious = speaker_curve(tally, point)
        mark = " <" if abs(point - at) < 1e-9 else ""
        lines.append(
            f"{point:>10.2f}{given:>12}{precision:>11.3f}{recall:>9.3f}{f1:>17.3f}"
            f"{spurious:>21}{mark}"
        )
    lines.append("")
    lines.append(f"failures: {len(tally.failures)}")
    for failure in tally.failures:
        where = (
            failure.location
            if failure.paragraph is None
            else (f"{failure.location}:{failure.paragraph}")
        )
        text = failure.text if len(failure.text) <= 90 else failure.text[:87] + "..."
        lines.append(f"  {failure.what:14} {failure.file} [{where}] {text!r} ({failure.detail})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score the extractor against a gold set.")
    parser.add_argument("directory", nargs="?", default="tests/gold", help="gold set folder")
    parser.add_argument(
        "--threshold",
        type=float,
        default=None,
        help=f"speaker confidence threshold (default: the engine's, {DEFAULT_THRESHOLD})",
    )
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    directory = Path(args.directory)
    if not directory.is_dir():
        print(f"{directory}: not a directory", file=sys.stderr)
        return 2
    print(report(score_dir(directory, args.threshold), directory, args.threshold))
    return 0


if __name__ == "__main__":
    sys.exit(main())
