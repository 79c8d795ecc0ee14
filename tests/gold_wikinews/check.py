"""Check gold annotation files: python tests/gold_wikinews/check.py ANNOTATION_DIR [ARTICLE_DIR]

Each ANNOTATION_DIR/wn-NNNN.json is checked against ARTICLE_DIR/wn-NNNN.txt (default: the
same directory). Prints problems; exit 1 if any.
"""

import json
import sys
from pathlib import Path

KINDS = {"direct", "partial", "indirect"}
LOCS = {"body", "headline", "standfirst"}


def load_article(path):
    lines = [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
    first = lines[0].strip()
    assert first.startswith("date "), first
    headline = first.split(" ", 2)[2]
    return headline, lines[1], lines[2:]


def norm(s):
    return " ".join(s.split())


def main():
    ann = Path(sys.argv[1])
    arts = Path(sys.argv[2]) if len(sys.argv) > 2 else ann
    problems = 0
    files = sorted(ann.glob("wn-*.json"))
    for f in files:
        art = arts / (f.stem + ".txt")
        if not art.exists():
            print(f"{f.name}: no article {art}")
            problems += 1
            continue
        headline, standfirst, paras = load_article(art)
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except Exception as e:
            print(f"{f.name}: invalid JSON: {e}")
            problems += 1
            continue
        if not isinstance(data, dict) or "quotes" not in data or "about" not in data:
            print(f"{f.name}: top level must be an object with 'about' and 'quotes'")
            problems += 1
            continue
        for i, q in enumerate(data["quotes"]):
            where = f"{f.name} #{i}"
            extra = set(q) - {"text", "kind", "speaker", "location", "paragraph", "note"}
            if extra:
                print(f"{where}: unknown keys {extra}")
                problems += 1
            if q.get("kind") not in KINDS:
                print(f"{where}: bad kind {q.get('kind')!r}")
                problems += 1
            loc = q.get("location")
            if loc not in LOCS:
                print(f"{where}: bad location {loc!r}")
                problems += 1
                continue
            sp = q.get("speaker", "MISSING")
            if sp == "MISSING" or not (sp is None or (isinstance(sp, str) and sp.strip())):
                print(f"{where}: speaker must be a non-empty string or null")
                problems += 1
            text = q.get("text") or ""
            if not text.strip():
                print(f"{where}: empty text")
                problems += 1
                continue
            if loc == "body":
                p = q.get("paragraph")
                if not isinstance(p, int) or not 0 <= p < len(paras):
                    print(f"{where}: body paragraph must be 0..{len(paras) - 1}, got {p!r}")
                    problems += 1
                    continue
                hay = " ".join(paras[p : p + 4])
            else:
                if q.get("paragraph") is not None:
                    print(f"{where}: paragraph must be null for {loc}")
                    problems += 1
                hay = headline if loc == "headline" else standfirst
            # Text must appear in the paragraph (a continued quote spans the next ones,
            # with the continuation's opening mark dropped).
            h = norm(hay)
            candidates = [h, h.replace(' "', " ").replace(" “", " ")]
            if not any(norm(text) in c for c in candidates):
                print(
                    f"{where}: text not found verbatim in {loc} paragraph "
                    f"{q.get('paragraph')}: {text[:70]!r}"
                )
                problems += 1
    print(f"{len(files)} files checked, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
