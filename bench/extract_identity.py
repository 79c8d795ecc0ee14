"""Does a change to the extractor change its output? Every field of every quotation and
speaker, over 5,040 texts, written to a file whose digest is printed.

    python bench/extract_identity.py /tmp/before.jsonl   # on the old code
    python bench/extract_identity.py /tmp/after.jsonl    # on the new code
    cmp /tmp/before.jsonl /tmp/after.jsonl               # a speed change must be silent

The texts: the gold set and the seed articles; 2,000 articles from bench/extract.py's
generator and 1,500 from the import benchmark's (bench/article_generator.py); and
1,500 of those copies with quote marks, paragraph breaks and cues inserted or dropped
at random, so that the recovery paths run too. All deterministic: the same code gives
the same file, byte for byte.
"""

import argparse
import hashlib
import json
import random
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import article_generator  # noqa: E402
import extract as extract_bench  # noqa: E402

from quotes.extraction import extract_text  # noqa: E402
from quotes.extraction.article import ArticleError  # noqa: E402

_INSERTS = ['"', "“", "”", "'", "’", "\n", ", he said", " said Mr Smith", ":"]


def texts() -> list[str]:
    found = [
        path.read_text(encoding="utf-8-sig")
        for folder in (ROOT / "tests" / "gold", ROOT / "seeds")
        for path in sorted(folder.glob("*.txt"))
    ]
    rng = random.Random(99)
    found += [extract_bench.article(rng) for _ in range(2000)]
    with tempfile.TemporaryDirectory() as directory:
        article_generator.write_articles(Path(directory), 1500, seed=7)
        found += [path.read_text() for path in sorted(Path(directory).rglob("*.txt"))]
    rng = random.Random(5)
    for text in found[:1500]:
        chars = list(text)
        for _ in range(3):
            chars.insert(rng.randrange(len(chars)), rng.choice(_INSERTS))
        if rng.random() < 0.3 and '"' in text:
            del chars[text.index('"')]
        found.append("".join(chars))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="file to write (one JSON line a text)")
    args = parser.parse_args(argv)
    digest = hashlib.sha256()
    inputs = texts()
    with args.out.open("w", encoding="utf-8") as out:
        for text in inputs:
            try:
                extraction = extract_text(text)
            except ArticleError as error:
                line = f"refused: {error}\n"
            else:
                quotes = [asdict(quote) for quote in extraction.quotes]
                speakers = [asdict(speaker) for speaker in extraction.speakers]
                line = json.dumps([quotes, speakers], sort_keys=True) + "\n"
            out.write(line)
            digest.update(line.encode())
    print(f"{len(inputs)} texts, sha256 {digest.hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
