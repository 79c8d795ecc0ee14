"""Facet counts of a quote search: speaker, year, kind, verdict."""

from collections import Counter
from dataclasses import dataclass
from itertools import compress

from django.db.models import CharField, Count, F, OuterRef, Subquery, Value
from django.db.models.functions import Cast

from quotes.lookups import int_array
from quotes.models import Claim, Quote, Speaker
from quotes.selectors import compiled

FACET_VALUES = 10  # values shown per facet
FACET_COLUMNS = ("facet", "ref", "key", "label", "n")


def _columns(queryset, facet, ref, key, label, n):
    """The columns both halves of the facet query give, for their UNION."""
    return queryset.annotate(
        facet=Value(facet, output_field=CharField()),
        ref=Cast(ref, CharField()),
        key=Cast(key, CharField()),
        label=Cast(label, CharField()),
    ).values("facet", "ref", "key", "label", n)


# A speed trick (bench/README.md, "Speed tricks in the code"): the two halves of the
# facet query, less a page's ids, are built once, as a class-based view's queryset
# is, and cloned by each page with its filter.
SPEAKER_NAMES = _columns(
    Speaker.objects.annotate(n=Value(0)), "speaker", "pk", "slug", "name", "n"
).order_by()
# Counted on the claims' appearances alone: joining the quote table only to match
# ids read a thousand index entries of it for every search (6 of a common word's 40 ms
# in PostgreSQL on 1,000,000 quotes).
VERDICT_COUNTS = _columns(
    # One filter() call, so both conditions and the values below are about the same
    # claim: exclude() would drop a quote with any unrated claim, rated ones too.
    Claim.appearances.through.objects.filter(
        claim__in=Claim.objects.public(), claim__verdict__rating__isnull=False
    )
    .values(
        rating_slug=F("claim__verdict__rating__slug"),
        rating_label=F("claim__verdict__rating__label"),
    )
    .annotate(n=Count("quote_id", distinct=True)),
    "verdict", Value(""), "rating_slug", "rating_label", "n",
).order_by()  # fmt: skip


# One claim the quote appears in (any claim, or none): a column of each sampled match
# (selectors.search), so the verdicts are counted only over the few matches in a claim.
# Counting them over every match's id cost a rare word's search 1.1 of its 3.2 ms in
# PostgreSQL (a 4-table join planned per search and the appearance table read through),
# where this column costs 0.1 ms: one index probe per match.
IN_A_CLAIM = Subquery(
    Claim.appearances.through.objects.filter(quote_id=OuterRef("pk")).values("claim_id")[:1]
)


@dataclass
class Facet:
    name: str
    key: str
    label: str
    count: int
    selected: bool = False


def quote_facets(sample: list[tuple], *, selected: dict) -> dict[str, list[Facet]]:
    """The top FACET_VALUES speakers, years, kinds and verdicts of the sampled
    matches (rows of FACET_FIELDS, the last IN_A_CLAIM). Speakers, years and kinds are
    counted here from the rows already fetched; one query names the speakers and, if
    any match is in a claim, counts the verdicts of published claims (UNION ALL)."""
    # Columns by zip, counts by Counter over whole columns: both loop in C (a speed
    # trick: bench/README.md).
    # A sample ranked for the page has its rank last: not a facet's.
    columns = list(zip(*sample, strict=True)) if sample else [(), (), (), (), ()]
    ids, speaker_ids, dates, kind_values, claims = columns[:5]
    speakers = Counter(speaker_ids)
    speakers.pop(None, None)
    top_speakers = dict(speakers.most_common(FACET_VALUES))
    years = Counter()
    for day, count in Counter(dates).items():
        if day is not None:
            years[str(day.year)] += count
    kinds = Counter(kind_values)

    in_claims = frozenset(compress(ids, claims))  # a claim's id is never 0
    rows = _names_and_verdicts(frozenset(top_speakers), in_claims) if sample else []
    chosen = {
        "speaker": set(selected.get("speaker") or []),
        "kind": {selected.get("kind")},
        "verdict": {selected.get("verdict")},
        "year": _selected_year(selected),
    }
    facets: dict[str, list[Facet]] = {"speaker": [], "year": [], "kind": [], "verdict": []}

    def add(name, key, label, count):
        facets[name].append(Facet(name, key, label, count, key in chosen[name]))

    for facet, ref, key, label, n in rows:
        add(facet, key, label, top_speakers[int(ref)] if facet == "speaker" else n)
    for year, count in years.items():
        add("year", year, year, count)
    labels = dict(Quote.Kind.choices)
    for kind, count in kinds.items():
        add("kind", kind, labels.get(kind, kind), count)
    for name, values in facets.items():
        if name == "year":
            values.sort(key=lambda f: f.key, reverse=True)
        else:
            values.sort(key=lambda f: (-f.count, f.label))
        del values[FACET_VALUES:]
    return facets


# Stand-ins for the two id lists, as the id__any lookup sends them (selectors.compiled).
_SPEAKERS_STAND_IN, _QUOTES_STAND_IN = frozenset({-5183}), frozenset({-5184})


def _names_and_verdicts(speakers: frozenset[int], quotes: frozenset[int]) -> list[tuple]:
    """(facet, ref, key, label, n): the names of `speakers`, and the verdicts of
    `quotes` (the matches in a claim; none: no verdicts to count) counted. On PostgreSQL
    the SQL is built once and the ids bound as arrays."""

    def build(speakers, quotes):
        names = SPEAKER_NAMES.filter(pk__any=speakers)
        if quotes is None:
            return names.values_list(*FACET_COLUMNS)
        verdicts = VERDICT_COUNTS.filter(quote_id__any=quotes)
        return names.union(verdicts, all=True).values_list(*FACET_COLUMNS)

    using = Quote.objects.db
    if not compiled.usable(using):
        return list(build(speakers, quotes or None))
    values = {int_array(_SPEAKERS_STAND_IN): int_array(speakers)}
    if quotes:
        values[int_array(_QUOTES_STAND_IN)] = int_array(quotes)
    key = "facets" if quotes else "facet names"
    stand_in = _QUOTES_STAND_IN if quotes else None
    return compiled.bound_rows(
        key, lambda: build(_SPEAKERS_STAND_IN, stand_in), values, using, generic=True
    )


def _selected_year(data) -> set[str]:
    start, end = data.get("date_from"), data.get("date_to")
    if not (start and end and start.year == end.year):
        return set()
    whole = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    return {str(start.year)} if whole else set()
