"""Likely duplicate records and likely junk, for the editors' queue.

Pure functions over plain rows (`Record`), so the finder is tested and measured
without a database (bench/registry.py). A suggestion says why, with a score that
orders the queue (the surest first):

- 100 the same key once normalised: names, aliases, an organisation's other names
  ("EU" / "European Union"), a peer's forms;
- 95 the same person under a short given name ("Vince Cable" / "Vincent Cable");
- 90 a surname-only record and the one full-name record of that surname that the
  same outlet quoted within `NEAR` of it ("Goldsmith" / "Lord Goldsmith");
- 85 an acronym and the organisation whose initials it is ("NHC" / "National
  Hurricane Center");
- 80+ names alike by rapidfuzz (a typo or a transliteration: "Brudziński" /
  "Brudzinski"), never two people whose given names differ.

Junk is a record whose name fails the name-shape check (shapes.shape_problem), worst
first: clause fragments, then the rest; a record with one quote and a clause-like
name is the surest.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from quotes.extraction.names import alias_key

from .organisations import countries_compatible, identity, identity_key, without_determiner
from .people import given_forms, name_key, same_given_name
from .shapes import clause_like, clean_name, person_name, shape_problem

# How near in time two records' quotes of one outlet must be. Wider than the
# importer's automatic join (45 days): an editor decides each suggestion.
NEAR = datetime.timedelta(days=120)
ALIKE = 90  # rapidfuzz ratio of two names' keys to suggest them
_BIG_BLOCK = 300  # a blocking key shared by more records than this says nothing


@dataclass
class Record:
    id: int
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    quotes: int = 0
    seen: set = field(default_factory=set)  # {(outlet, date)} of its quotes


@dataclass
class Suggestion:
    a: int
    b: int
    score: int
    reason: str

    @property
    def pair(self) -> tuple[int, int]:
        return (min(self.a, self.b), max(self.a, self.b))


@dataclass
class Junk:
    id: int
    score: int
    reason: str


def find_duplicates(records: list[Record]) -> list[Suggestion]:
    """Pairs of records that are likely one speaker, the surest first; one
    suggestion a pair (its best reason)."""
    best: dict[tuple[int, int], Suggestion] = {}

    def suggest(a: Record, b: Record, score: int, reason: str) -> None:
        if a.id == b.id or not _may_be_one(a, b):
            return
        pair = (min(a.id, b.id), max(a.id, b.id))
        if pair not in best or best[pair].score < score:
            best[pair] = Suggestion(a.id, b.id, score, reason)

    by_id = {r.id: r for r in records}
    for reason, score, block in _blocks(records):
        ids = sorted(block)
        if len(ids) > _BIG_BLOCK:
            continue
        for a, b in combinations(ids, 2):
            suggest(by_id[a], by_id[b], score, reason)
    _surname_only(records, suggest)
    _longer_names(records, suggest)
    _acronyms(records, suggest)
    _alike(records, suggest)
    return sorted(best.values(), key=lambda s: (-s.score, s.pair))


def _may_be_one(a: Record, b: Record) -> bool:
    bodies = a.kind != "person" and b.kind != "person"
    if bodies:
        return countries_compatible(_countries(a), _countries(b))
    return True


def _countries(record: Record) -> set[str]:
    return {identity(name)[1] for name in _names(record)} - {""}


def _names(record: Record) -> list[str]:
    """The record's name and aliases as the registry now cleans names ("Afterwards
    Trump" is "Trump", "Vermont Bernie Sanders" is "Bernie Sanders"): records made
    before the clean-up, or by hand, meet the ones made after."""
    names = []
    for name in [record.name, *record.aliases]:
        cleaned = clean_name(name, "person" if record.kind == "person" else "")
        cleaned = person_name(cleaned) if record.kind == "person" else without_determiner(cleaned)
        for form in (cleaned, name):
            if form and form not in names:
                names.append(form)
    return names


def _main_name(record: Record) -> str:
    return _names(record)[0]


def _blocks(records: list[Record]):
    """(reason, score, ids) for every key several records share."""
    keys: dict[tuple[str, str], set[int]] = defaultdict(set)
    for record in records:
        for name in _names(record):
            key = name_key(name)
            if not key:
                continue
            if " " in key or record.kind != "person":
                keys[("same name once normalised", key)].add(record.id)
            if record.kind != "person":
                keys[("one organisation's names", identity_key(name))].add(record.id)
            elif " " in key:
                first, *_, last = key.split()
                for form in given_forms(first) - {first}:
                    keys[("a short given name", f"{form} {last}")].add(record.id)
                keys[("a short given name", f"{first} {last}")].add(record.id)
    scores = {
        "same name once normalised": 100,
        "one organisation's names": 100,
        "a short given name": 95,
    }
    for (reason, key), ids in keys.items():
        if len(ids) > 1:
            yield f"{reason}: “{key.split(' @')[0]}”", scores[reason], ids


def _surname_only(records: list[Record], suggest) -> None:
    """A one-word person record and the full-name people it can be (that surname or
    a one-letter slip of it, quoted by the same outlet within `NEAR`; that given
    name, quoted the same day), or another one-word record of the same word."""
    full: list[tuple[list[str], Record]] = []
    single: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        key = name_key(_main_name(record))
        if record.kind == "person" and " " in key:
            full.append((key.split(), record))
        elif key and " " not in key:  # a surname kept as an organisation is one too
            single[key].append(record)
    for word, ones in single.items():
        for record in ones:
            near = [other for words, other in full if _fits(word, words, record, other)]
            for other in near:
                suggest(
                    record,
                    other,
                    90 if len(near) == 1 else 60,
                    f"one-word “{record.name}” and a full name of the same outlet and dates",
                )
        for a, b in combinations(ones, 2):
            if _co_occur(a, b):
                suggest(a, b, 75, f"two one-word records of “{word}”, same outlet and dates")


def _longer_names(records: list[Record], suggest) -> None:
    """A person record whose name ends with another's whole name ("Kong Carrie Lam",
    "Carrie Lam"): a word the extractor took in from before the name."""
    by_key: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        key = name_key(_main_name(record))
        if record.kind == "person" and " " in key:
            by_key[key].append(record)
    for key, longer in by_key.items():
        words = key.split()
        for start in range(1, len(words) - 1):
            for shorter in by_key.get(" ".join(words[start:]), ()):
                for record in longer:
                    if _co_occur(record, shorter):
                        suggest(
                            record,
                            shorter,
                            85,
                            f"“{record.name}” ends with the whole name “{shorter.name}”",
                        )


def _fits(word: str, words: list[str], record: Record, other: Record) -> bool:
    last = words[-1]
    if len(word) > 2 and word == words[0] and word != last:
        return _co_occur(record, other, datetime.timedelta(0))  # "Hardeep", that day
    close = word == last or (
        min(len(word), len(last)) >= 5
        and word[0] == last[0]
        and Levenshtein.distance(word, last) <= 1
    )
    return close and _co_occur(record, other)


def _co_occur(a: Record, b: Record, within: datetime.timedelta | None = None) -> bool:
    within = NEAR if within is None else within
    for outlet, day in a.seen:
        for other_outlet, other_day in b.seen:
            if outlet == other_outlet and (
                day is None or other_day is None or abs(day - other_day) <= within
            ):
                return True
    return False


def _acronyms(records: list[Record], suggest) -> None:
    initials: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        if record.kind == "person":
            continue
        words = [w for w in _main_name(record).split() if w[:1].isupper()]
        if len(words) >= 2:
            initials["".join(w[0] for w in words).casefold()].append(record)
    for record in records:
        name = record.name.replace(".", "")  # its own name, not one cleaned to an acronym
        if record.kind != "person" and name.isupper() and 2 <= len(name) <= 8:
            for other in initials.get(name.casefold(), []):
                suggest(record, other, 85, f"“{record.name}” is the initials of “{other.name}”")


def _alike(records: list[Record], suggest) -> None:
    """Names alike by rapidfuzz within blocks of the same last-word start (a typo
    past the third letter; transliterations of one surname)."""
    blocks: dict[tuple[str, str], list[tuple[str, Record]]] = defaultdict(list)
    for record in records:
        for name in _names(record)[:8]:
            key = alias_key(name)
            if len(key) < 4:
                continue
            bucket = "person" if record.kind == "person" else "body"
            blocks[(bucket, key.split()[-1][:3])].append((key, record))
    for entries in blocks.values():
        if len(entries) > _BIG_BLOCK:
            continue
        for (key_a, a), (key_b, b) in combinations(entries, 2):
            if a.id == b.id or key_a == key_b:
                continue
            ratio = fuzz.ratio(key_a, key_b)
            if ratio < ALIKE or not _same_given(key_a, key_b, a.kind):
                continue
            suggest(a, b, int(ratio) - 10, f"names alike: “{key_a}” / “{key_b}” ({ratio:.0f})")


def _same_given(a: str, b: str, kind: str) -> bool:
    """Two people's keys with compatible given names ("mark jones" and "mark janes"
    may be one; "anna berg" and "hanna berg" not), and surnames that start alike."""
    if kind != "person":
        return True
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wb) < 2:
        return False
    return same_given_name(wa[0], wb[0]) and wa[-1][:3] == wb[-1][:3]


def find_junk(records: list[Record]) -> list[Junk]:
    """Records whose name fails the name-shape check, or has words around the name
    that the importer now cleans off ("Vermont Bernie Sanders"), the surest first."""
    found = []
    for record in records:
        problem = shape_problem(record.name, record.kind)
        if problem:
            score = 60
            if clause_like(record.name):
                score = 90 if record.quotes <= 1 else 80
            found.append(Junk(record.id, score, problem))
            continue
        cleaned = _main_name(record)
        if cleaned != record.name and name_key(cleaned) != name_key(record.name):
            found.append(Junk(record.id, 70, f"words around the name “{cleaned}”"))
    return sorted(found, key=lambda j: (-j.score, j.id))
