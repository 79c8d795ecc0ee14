"""How alike a searched name is to a speaker's names, word by word, as pg_trgm's
word similarity is on PostgreSQL: "Blaire" is close to "Tony Blair" because it is
close to one of its words.

Used by the SQLite speaker search (quotes/search/sqlite.py), where the database has no
trigram index: rapidfuzz over the alias keys in memory.
"""

from collections.abc import Iterable

from rapidfuzz import fuzz, process

from quotes.extraction.names import alias_key


def windows(key: str, size: int) -> list[str]:
    """The runs of `size` words (and one fewer and one more) of a key."""
    words = key.split()
    found = []
    for n in {max(1, size - 1), size, size + 1}:
        found += [" ".join(words[i : i + n]) for i in range(max(1, len(words) - n + 1))]
    return found


def closest(
    text: str, names: Iterable[tuple[int, str]], *, cutoff: float, limit: int | None = None
) -> dict[int, float]:
    """{id: score (0-100)} of the names alike to `text` above `cutoff`, the best score
    of each id; a name that holds the searched words scores 100."""
    query = alias_key(text)
    if not query:
        return {}
    size = len(query.split())
    choices, owners = [], []
    scores: dict[int, float] = {}
    for owner, name in names:
        key = alias_key(name)
        if query in key:
            scores[owner] = 100.0
            continue
        for window in windows(key, size):
            choices.append(window)
            owners.append(owner)
    for _, score, index in process.extract(
        query, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
    ):
        owner = owners[index]
        scores[owner] = max(score, scores.get(owner, 0.0))
    best = sorted(scores.items(), key=lambda item: -item[1])
    return dict(best[:limit] if limit else best)
