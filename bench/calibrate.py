"""Fit the speaker-confidence calibration (quotes/extraction/calibration.py) to the
Wikinews dev gold set, and choose the threshold.

    python bench/calibrate.py [--write] [--gold tests/gold_wikinews/dev]

For every gold quotation the extractor finds (matched as the scorer matches), it notes
the rule that gave the speaker, the speaker's type and the raw confidence, and whether
the speaker is right (an unattributed quotation is right when the gold has no speaker
either). A cell's probability is its share of right speakers shrunk towards its parent
cell's: rule+type+band -> rule+type -> rule -> all, with a Beta prior worth PRIOR
quotations. Cells with fewer than MIN_CELL quotations are left to their parent.

It prints the table, the in-sample precision/recall of speakers over thresholds, and the
same from leave-one-article-out cross-validation (fit on the other articles, score the
one left out): the honest estimate, from which the threshold is chosen. --write puts
the table into calibration.py. Never run it on the holdout.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes.extraction import decode_article, parse_article  # noqa: E402
from quotes.extraction.calibration import band  # noqa: E402
from quotes.extraction.extractor import extract_uncalibrated  # noqa: E402
from quotes.extraction.scoring import load_gold, similar, speaker_key  # noqa: E402

PRIOR = 4.0
MIN_CELL = 3
CALIBRATION = ROOT / "quotes" / "extraction" / "calibration.py"
_TABLE = re.compile(
    r"(# --- fitted by bench/calibrate.py.*?\n)TABLE: Final\[dict\[str, float\]\] = .*?\n"
    r"(# --- end of fitted table ---)",
    re.S,
)

Sample = tuple[str, str, float, bool, bool]  # rule, type, raw band, has a speaker, right


def samples(gold_dir: Path) -> dict[str, list[Sample]]:
    """Per article: one sample per gold quotation the extractor found."""
    found: dict[str, list[Sample]] = {}
    for path in sorted(gold_dir.glob("*.json")):
        article = parse_article(decode_article(path.with_suffix(".txt").read_bytes()))
        quotes = [q for q in extract_uncalibrated(article).quotes if q.kind != "term"]
        rows = []
        for gold in load_gold(path):
            best, best_score = None, 0.0
            for quote in quotes:
                score = similar(gold, quote)
                if score > best_score:
                    best, best_score = quote, score
            if best is None:
                continue
            quotes.remove(best)
            right = speaker_key(gold.speaker) == speaker_key(best.speaker)
            kind = best.speaker_type or "none"
            rows.append((best.rule, kind, band(best.confidence), best.speaker is not None, right))
        found[path.stem] = rows
    return found


def fit(rows: list[Sample]) -> dict[str, float]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for rule, kind, floor, _, right in rows:
        for key in ("*", rule, f"{rule}|{kind}", f"{rule}|{kind}|{floor}"):
            counts[key][0] += right
            counts[key][1] += 1
    table: dict[str, float] = {}
    total_right, total = counts["*"]
    table["*"] = round(total_right / total, 3) if total else 0.5
    for level in range(1, 4):
        for key, (right, n) in counts.items():
            if key.count("|") != level - 1 or key == "*" or n < MIN_CELL:
                continue
            parent = "*" if level == 1 else key.rsplit("|", 1)[0]
            prior = table.get(parent, table["*"])
            table[key] = round((right + PRIOR * prior) / (n + PRIOR), 3)
    return table


def lookup(table: dict[str, float], rule: str, kind: str, floor: float) -> float:
    for key in (f"{rule}|{kind}|{floor}", f"{rule}|{kind}", rule):
        if key in table:
            return table[key]
    return floor  # calibration.py keeps the raw confidence: its band is near it


def curve(scored: list[tuple[float, bool, bool]], gold_speakers: int) -> list[str]:
    lines = [f"{'threshold':>10}{'attributed':>12}{'precision':>11}{'recall':>9}"]
    for step in range(20):
        threshold = step / 20
        given = [right for p, has, right in scored if has and p >= threshold]
        precision = sum(given) / len(given) if given else 1.0
        recall = sum(given) / gold_speakers if gold_speakers else 1.0
        lines.append(f"{threshold:>10.2f}{len(given):>12}{precision:>11.3f}{recall:>9.3f}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "gold_wikinews" / "dev")
    parser.add_argument("--write", action="store_true", help="write the table into calibration.py")
    args = parser.parse_args(argv)
    if "holdout" in str(args.gold):
        print("the holdout is for reporting only", file=sys.stderr)
        return 2
    per_article = samples(args.gold)
    rows = [row for article in per_article.values() for row in article]
    gold_speakers = sum(
        1 for path in args.gold.glob("*.json") for g in load_gold(path) if g.speaker is not None
    )
    table = fit(rows)
    print(f"{len(rows)} matched quotations; {len(table)} cells")
    for key in sorted(table):
        print(f"  {key:45} {table[key]:.3f}")
    print("\nin sample:")
    print("\n".join(curve([(lookup(table, *r[:3]), r[3], r[4]) for r in rows], gold_speakers)))
    names = sorted(per_article)
    held_out = []
    for name in names:  # leave one article out: five folds of 17 articles proved too noisy
        fitted = fit([r for n in names if n != name for r in per_article[n]])
        held_out += [(lookup(fitted, *r[:3]), r[3], r[4]) for r in per_article[name]]
    print("\nleave-one-article-out cross-validation:")
    print("\n".join(curve(held_out, gold_speakers)))
    if args.write:
        body = "{\n" + "".join(f'    "{k}": {table[k]},\n' for k in sorted(table)) + "}"
        text = CALIBRATION.read_text()
        text = _TABLE.sub(
            lambda m: f"{m.group(1)}TABLE: Final[dict[str, float]] = {body}\n{m.group(2)}", text
        )
        CALIBRATION.write_text(text)
        print(f"\nwrote {CALIBRATION.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
