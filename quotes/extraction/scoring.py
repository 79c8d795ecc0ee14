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
A span+speaker match also needs the speakers to agree: alias keys equal (case, accents,
honorifics and a leading "a"/"an"/"the" ignored), or both unattributed.

Run: `python -m quotes.extraction.scoring tests/gold` (prints P/R/F1 and every failure).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .article import ArticleError, decode_article, parse_article
from .extractor import Quotation, extract
from .names import alias_key

SPAN_DICE = 0.9
INDIRECT_DICE = 0.5
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


def score_article(
    name: str, golds: list[Gold], quotes: tuple[Quotation, ...], tally: Tally
) -> None:
    tally.files += 1
    unmatched = list(quotes)
    for quote in quotes:
        tally.predicted[quote.kind] += 1
    for gold in golds:
        tally.gold[gold.kind] += 1
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
        if speaker_key(gold.speaker) == speaker_key(best.speaker):
            tally.speaker_gold[gold.kind] += 1
            tally.speaker_predicted[best.kind] += 1
        else:
            tally.failures.append(
                Failure(
                    "wrong-speaker",
                    name,
                    gold.location,
                    gold.paragraph,
                    gold.text,
                    f"gold {gold.speaker!r}, predicted {best.speaker!r} "
                    f"({best.speaker_mention!r}, rule {best.rule})",
                )
            )
    for quote in unmatched:
        tally.failures.append(
            Failure(
                "spurious",
                name,
                quote.location,
                quote.paragraph,
                quote.text,
                f"{quote.kind}, speaker {quote.speaker!r}, rule {quote.rule}",
            )
        )


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


def score_dir(directory: Path) -> Tally:
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
        score_article(article_path.name, load_gold(expected), extract(article).quotes, tally)
    return tally


def report(tally: Tally, directory: Path) -> str:
    lines = [
        f"Gold set {directory}: {tally.files} articles, {sum(tally.gold.values())} gold "
        f"quotations, {sum(tally.predicted.values())} predicted",
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
    args = sys.argv[1:] if argv is None else argv
    directory = Path(args[0] if args else "tests/gold")
    if not directory.is_dir():
        print(f"{directory}: not a directory", file=sys.stderr)
        return 2
    print(report(score_dir(directory), directory))
    return 0


if __name__ == "__main__":
    sys.exit(main())
