"""Benchmark: extraction speed over generated news articles, single process.

    python bench/extract.py [N] [--seed S] [--corpus DIR [--rounds R]]

Generates N (default 5,000) varied articles from templates with a fixed seed (wire and
British styles, cues before and after, split and multi-paragraph quotes, partials,
reported speech, pronouns, nested quotes, apostrophes, scare quotes, negated cues);
quoted sentences are assembled from word pools so articles do not repeat each other.
Times `extract` over them (generation and parsing excluded) and prints which build ran
(compiled or source; CLAIMTRACKER_PURE_PYTHON=1 picks the source), articles/s and
quotes/s, by the wall clock and by the process's own CPU time: on a shared machine the
CPU figure is the steadier of the two.

`--corpus DIR` also times the real articles in DIR (every `*.txt` article file, such as
the Wikinews corpus in ../shared/corpus/wikinews/articles), each extracted R times
(default: enough rounds for about 2,000 extractions), and prints that figure beside the
generated one: real articles are longer, with more narration to read per quotation.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotes.extraction import decode_article, extract, parse_article
from quotes.extraction.native import is_compiled


def _words(text: str) -> list[str]:
    return text.split()


FIRST = _words(
    "Anna Tom Maria James Olena Pierre Aisha Hiroshi Grace Lukas Priya Carlos Ingrid "
    "Samuel Fatima Dmitri Helen Marcus Lena Oksana Andriy Rachel Keir Friedrich Ida "
    "Nick Karin Dana Peter Anand Karen Gary Heidi Alan Hannah Sam Mel Rain Salma Chidi "
    "Louise Boris Tomas Iker Diego Carla Ursula Bart Emmanuel Donald Steve Ihor"
)
LAST = _words(
    "Kowalska Bell Ruiz Okafor Schneider Haddad Tanaka Brennan Novak Moreau Ahmed "
    "Lindqvist Costa Walsh Petrenko Osei Strand Fell Melnyk Klymenko Reeves Stride "
    "Newton-Smith Achebe Okoye Mehta Friesen Doyle Alexander Shaw Price Marsh Lowe Pryce "
    "Whitcombe Raman Cho Webb Holt Fischer Gallagher Keller-Sutter Hayek Whitfield "
    "Vidal Sola Mora Ibanez Yilmaz Demir Erdogan Saleh Netanyahu"
)
VOCAB = _words(
    "plan deal talks money time country city families workers prices bills jobs market "
    "war peace future children schools hospitals police court team season players fans "
    "result decision vote law rules energy water homes rent taxes budget growth inflation "
    "rates banks companies climate science evidence data trust risk support pressure "
    "change reform cuts strike union members safety"
)
VERB_PHRASES = [
    "will not accept",
    "cannot afford",
    "have to protect",
    "are proud of",
    "never wanted",
    "need to fix",
    "will fight for",
    "did not expect",
    "must respond to",
    "are watching",
    "don't understand",
    "can't ignore",
    "worked hard for",
    "have lost",
    "keep asking about",
]
ROLES = [
    "the defence minister",
    "the club's coach",
    "a senior economist at Fjordbank",
    "the chief executive",
    "the council leader",
    "the health secretary",
    "an opposition MP",
]
ORGS = [
    "the Ministry of Defence",
    "Northline Rail",
    "the World Health Organization",
    "the Bank of England",
    "Lumen AI",
    "the city council",
]
VERBS = [
    "said",
    "told reporters",
    "warned",
    "added",
    "insisted",
    "said on Tuesday",
    "told the BBC",
    "wrote on X",
    "said in a statement",
]
NARRATION = [
    "The talks ended shortly before midnight after eleven hours.",
    "Officials said the measures would take effect from next month.",
    "The company has cut 1,200 jobs since January.",
    "Shares fell 4% in early trading in London.",
    "The decision follows months of pressure from campaigners.",
    "Turnout was the lowest in a generation.",
]


def sentence(rng: random.Random) -> str:
    """A fresh quoted sentence, so that articles do not share their quotes."""
    words = [
        rng.choice(["We", "They", "I", "People", "Nobody", "Everyone"]),
        rng.choice(VERB_PHRASES),
        "the",
        rng.choice(VOCAB),
        rng.choice(["and", "or", "but"]),
        "the",
        rng.choice(VOCAB),
    ]
    if rng.random() < 0.3:
        words += ["in", "the", f"'{rng.randrange(60, 99)}s"]
    if rng.random() < 0.3:
        words += ["because", "it's", "the", "ministers'", rng.choice(VOCAB)]
    return " ".join(words)


def paragraph(rng: random.Random, people: list[tuple[str, str]]) -> list[str]:
    full, last = rng.choice(people)
    quote, other = sentence(rng), sentence(rng)
    verb = rng.choice(VERBS)
    honorific = rng.choice(["Mr", "Ms", "Dr"])
    kind = rng.randrange(10)
    if kind == 0:
        return [f"\u201c{quote},\u201d said {full}, {rng.choice(ROLES)[4:]}."]
    if kind == 1:
        return [f'{honorific} {last} {verb}: "{quote}."']
    if kind == 2:
        return [f'"{quote}," {rng.choice(["he", "she"])} {verb}. "{other}."']
    if kind == 3:
        return [f"\u201c{quote}. \u201c{other}.", f"\u201c{sentence(rng)}.\u201d"]
    if kind == 4:
        return [
            f"{full} said the plan was \u201c{quote.lower()[:30]}\u201d and that talks "
            f"would resume on {rng.choice(['Monday', 'Friday'])}."
        ]
    if kind == 5:
        return [
            f"{rng.choice(ORGS).capitalize()} said it expected costs to rise by "
            f"{rng.randrange(2, 9)}% next year."
        ]
    if kind == 6:
        return [
            f'The so-called "{rng.choice(VOCAB)} {rng.choice(VOCAB)}" was discussed '
            f"at length. {rng.choice(NARRATION)}"
        ]
    if kind == 7:
        return [f"\u2018{quote},\u2019 {honorific} {last} added, \u2018{other}.\u2019"]
    if kind == 8:
        return [f"{rng.choice(NARRATION)} {full} declined to comment."]
    return [rng.choice(NARRATION) + " " + rng.choice(NARRATION)]


def article(rng: random.Random) -> str:
    people = [
        (f"{rng.choice(FIRST)} {last}", last) for last in rng.sample(LAST, rng.randrange(2, 5))
    ]
    lines = [
        f"date 2025-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d} "
        f"{people[0][1]}: '{sentence(rng)}'",
        f"{people[0][0]} {rng.choice(['warns', 'says', 'insists'])} the plan will fail",
        f"LONDON (Reuters) - {people[0][0]}, {rng.choice(ROLES)}, said on Monday that "
        f"{rng.choice(NARRATION).lower()}",
    ]
    for _ in range(rng.randrange(6, 14)):
        lines += paragraph(rng, people)
    return "\n".join(lines)


def timed(label: str, articles: list, rounds: int = 1) -> None:
    """Extract from every article `rounds` times and print the rates."""
    count = len(articles) * rounds
    chars = sum(len(a.body) for a in articles) * rounds
    started, cpu_started = time.perf_counter(), time.process_time()
    quotes = sum(len(extract(a).quotes) for _ in range(rounds) for a in articles)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    times = f", {rounds} rounds" if rounds > 1 else ""
    print(
        f"{label}: {len(articles)} articles{times} ({chars / count:,.0f} body characters "
        f"each on average), {quotes} quotations"
    )
    print(
        f"  extract: {elapsed:.2f} s, {count / elapsed:,.0f} articles/s, "
        f"{quotes / elapsed:,.0f} quotes/s (single process)"
    )
    print(f"  CPU time: {cpu:.2f} s, {count / cpu:,.0f} articles/s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=5000, help="articles to generate")
    parser.add_argument("--seed", type=int, default=1234, help="random seed")
    parser.add_argument("--corpus", type=Path, help="a folder of real article files to time too")
    parser.add_argument("--rounds", type=int, help="times each corpus article is extracted")
    args = parser.parse_args(argv)
    build = "compiled with mypyc" if is_compiled() else "Python source"
    print(f"engine: {build}, Python {sys.version.split()[0]}")
    rng = random.Random(args.seed)
    timed("generated", [parse_article(article(rng)) for _ in range(args.n)])
    if args.corpus is not None:
        paths = sorted(args.corpus.glob("*.txt"))
        if not paths:
            print(f"{args.corpus}: no article files", file=sys.stderr)
            return 2
        corpus = [parse_article(decode_article(path.read_bytes())) for path in paths]
        rounds = args.rounds or max(1, round(2000 / len(corpus)))
        timed(f"corpus {args.corpus}", corpus, rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
