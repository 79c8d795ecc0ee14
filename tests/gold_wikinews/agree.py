"""Agreement between two annotation directories:
python tests/gold_wikinews/agree.py DIR_A DIR_B [FIRST LAST] [--list]

Matches entries as the project's scorer does (same location; direct/partial: normalised
text equal or token Dice >= 0.9; indirect on either side: Dice >= 0.5 within one
paragraph), then counts span agreement and, on matched spans, speaker agreement.
With --list prints every disagreement, per article.
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from quotes.extraction.scoring import dice, normalise_text, speaker_key


def similar(a, b):
    if a["location"] != b["location"]:
        return 0.0
    indirect = "indirect" in (a["kind"], b["kind"])
    pa, pb = a.get("paragraph"), b.get("paragraph")
    if indirect and pa is not None and pb is not None and abs(pa - pb) > 1:
        return 0.0
    if not indirect and normalise_text(a["text"]) == normalise_text(b["text"]):
        return 1.0
    s = dice(a["text"], b["text"])
    return s if s >= (0.5 if indirect else 0.9) else 0.0


def where(entry):
    return f"[{entry['location']}:{entry.get('paragraph')}]"


def compare(qa, qb):
    left = list(range(len(qb)))
    pairs, only_a = [], []
    for i, a in enumerate(qa):
        best, bs = None, 0.0
        for j in left:
            s = similar(a, qb[j])
            if s > bs:
                best, bs = j, s
        if best is None:
            only_a.append(i)
        else:
            left.remove(best)
            pairs.append((i, best))
    return pairs, only_a, left


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    listing = "--list" in sys.argv
    da, db = Path(args[0]), Path(args[1])
    first, last = (int(args[2]), int(args[3])) if len(args) > 3 else (1, 9999)
    tot = {"a": 0, "b": 0, "pairs": 0, "same_speaker": 0, "same_kind": 0}
    for fa in sorted(da.glob("wn-*.json")):
        n = int(fa.stem[3:])
        if not first <= n <= last:
            continue
        fb = db / fa.name
        qa = json.loads(fa.read_text())["quotes"]
        qb = json.loads(fb.read_text())["quotes"]
        pairs, only_a, only_b = compare(qa, qb)
        tot["a"] += len(qa)
        tot["b"] += len(qb)
        tot["pairs"] += len(pairs)
        out = []
        for i, j in pairs:
            a, b = qa[i], qb[j]
            tot["same_kind"] += a["kind"] == b["kind"]
            if speaker_key(a["speaker"]) == speaker_key(b["speaker"]):
                tot["same_speaker"] += 1
            else:
                out.append(
                    f"  SPEAKER  {where(a)} {a['text'][:80]!r}\n"
                    f"           A={a['speaker']!r} ({a['kind']})  "
                    f"B={b['speaker']!r} ({b['kind']})"
                )
        for i in only_a:
            a = qa[i]
            out.append(f"  A-ONLY   {where(a)} {a['kind']} {a['speaker']!r}: {a['text'][:100]!r}")
        for j in only_b:
            b = qb[j]
            out.append(f"  B-ONLY   {where(b)} {b['kind']} {b['speaker']!r}: {b['text'][:100]!r}")
        if listing and out:
            print(fa.stem)
            print("\n".join(out))
    p = tot["pairs"]
    f1 = 2 * p / (tot["a"] + tot["b"]) if tot["a"] + tot["b"] else 1
    sp = 2 * tot["same_speaker"] / (tot["a"] + tot["b"]) if tot["a"] + tot["b"] else 1
    print(
        f"entries A {tot['a']}, B {tot['b']}, matched spans {p}; span agreement F1 {f1:.3f}; "
        f"span+speaker agreement F1 {sp:.3f}; speaker agrees on {tot['same_speaker']}/{p} "
        f"matched ({tot['same_speaker'] / p:.3f}); kind agrees on {tot['same_kind']}/{p}"
    )


if __name__ == "__main__":
    main()
