"""Fuzz the article reader and the quote extractor with generated article files.

    .venv/bin/python bench/fuzz_articles.py [--examples 10000] [--seed 1]

Hypothesis generates whole article files as bytes: mutated copies of the gold and seed
articles (marks dropped, doubled or swapped, paragraphs run together or split, lines
shuffled, CRLF, a BOM, hostile HTML, control characters, invalid UTF-8) and free
text. Each one goes through the importer's path: decode_article, parse_article,
extract. The run passes when every input either is refused with an ArticleError (a
clean one-line message) or extracts quotations whose offsets lie inside their text
and point at the quoted words; anything else is a failure, shrunk to a small example.
"""

import argparse
import re
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes.extraction import extract  # noqa: E402
from quotes.extraction.article import ArticleError, decode_article, parse_article  # noqa: E402

CORPUS = [p.read_bytes() for p in sorted((ROOT / "tests" / "gold").glob("*.txt"))] + [
    p.read_bytes() for p in sorted((ROOT / "seeds").glob("*.txt"))
]
MARKS = "\"“”„‟«»'‘’‚‹›"
_MARK = re.compile(f"[{re.escape(MARKS)}]")
HOSTILE = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><svg onload=x>']
NOISE = ["\r\n", "\r", "\ufeff", "\x00", "\x0b", "\u2028", "\u00a0", "\t", " \n\n ", "—"]


def mutate(data: bytes, draw) -> bytes:
    text = data.decode("utf-8")
    for _ in range(draw(st.integers(0, 6))):
        choice = draw(st.integers(0, 7))
        if not text:
            break
        # Mostly the body; now and then the date line or the standfirst too.
        body_start = text.find("\n", text.find("\n") + 1) + 1
        low = 0 if draw(st.integers(0, 9)) == 0 or body_start <= 0 else body_start
        at = draw(st.integers(min(low, len(text) - 1), len(text) - 1))
        if choice == 0:  # drop a quote mark
            marks = [m.start() for m in _MARK.finditer(text)]
            if marks:
                i = marks[draw(st.integers(0, len(marks) - 1))]
                text = text[:i] + text[i + 1 :]
        elif choice == 1:  # insert a stray mark
            text = text[:at] + draw(st.sampled_from(list(MARKS))) + text[at:]
        elif choice == 2:  # run two paragraphs together
            cut = text.find("\n", at)
            text = text if cut == -1 else text[:cut] + " " + text[cut + 1 :]
        elif choice == 3:  # split a paragraph
            text = text[:at] + "\n" + text[at:]
        elif choice == 4:  # hostile markup
            text = text[:at] + draw(st.sampled_from(HOSTILE)) + text[at:]
        elif choice == 5:  # noise characters
            text = text[:at] + draw(st.sampled_from(NOISE)) + text[at:]
        elif choice == 6:  # shuffle body lines
            lines = text.split("\n")
            head, body = lines[:2], lines[2:]
            body = draw(st.permutations(body)) if len(body) < 40 else body
            text = "\n".join(head + list(body))
        else:  # truncate
            text = text[:at]
    encoded = text.encode("utf-8")
    if draw(st.booleans()) and draw(st.integers(0, 9)) == 0:  # rarely: invalid UTF-8
        i = draw(st.integers(0, max(0, len(encoded) - 1)))
        encoded = encoded[:i] + b"\xff\xfe" + encoded[i:]
    return encoded


@st.composite
def article_files(draw):
    kind = draw(st.integers(0, 9))
    if kind < 7:
        return mutate(draw(st.sampled_from(CORPUS)), draw)
    if kind < 9:  # a valid header over free text
        body = draw(st.text(max_size=600))
        return f"date 2025-01-01 Headline\nStandfirst\n{body}".encode("utf-8", "surrogatepass")
    return draw(st.binary(max_size=300))


def words_without_marks(text: str) -> str:
    return " ".join(_MARK.sub(" ", text).split())


def check(data: bytes) -> str:
    """'refused' or 'extracted'; raises AssertionError (or anything else) on a failure."""
    try:
        article = parse_article(decode_article(data))
    except ArticleError as error:
        message = str(error)
        assert message and "\n" not in message and "Traceback" not in message
        return "refused"
    extraction = extract(article)
    for quote in extraction.quotes:
        text = {"body": article.body, "headline": article.headline,
                "standfirst": article.standfirst}[quote.location]  # fmt: skip
        assert 0 <= quote.start < quote.end <= len(text), quote
        assert 0.0 <= quote.confidence <= 1.0, quote
        span = text[quote.start : quote.end]
        if quote.kind == "indirect":
            assert span == quote.text, quote
        else:
            assert words_without_marks(span) == words_without_marks(quote.text), quote
    return "extracted"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=10_000, help="articles to generate")
    parser.add_argument("--seed", type=int, default=1, help="random seed (repeatable runs)")
    options = parser.parse_args()
    outcomes = {"refused": 0, "extracted": 0}

    @seed(options.seed)
    @settings(
        max_examples=options.examples,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(article_files())
    def run(data):
        outcomes[check(data)] += 1

    started = time.perf_counter()
    try:
        run()
    except Exception as error:  # the shrunk failing example is in the report
        print(f"FAILED after {sum(outcomes.values()):,} articles: {error!r}")
        raise SystemExit(1) from error
    seconds = time.perf_counter() - started
    total = sum(outcomes.values())
    print(
        f"{total:,} generated articles in {seconds:.1f} s: {outcomes['extracted']:,} extracted, "
        f"{outcomes['refused']:,} refused with a clear message, 0 failures"
    )


if __name__ == "__main__":
    main()
