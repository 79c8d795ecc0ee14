"""The editors' queue of likely duplicate speakers and likely junk.

`speaker_queue()` reads every speaker, alias, quote count and editor's decision in a
fixed number of queries (whatever the registry's size), lets the finder
(`quotes.registry.duplicates`) suggest, drops what an editor already decided, and
fetches up to two evidence quotes for each record shown, in one more query.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber

from quotes.models import QueueDecision, Quote, Speaker, SpeakerAlias
from quotes.registry.duplicates import Record, find_duplicates, find_junk

EVIDENCE = 2  # quotes shown for each record


@dataclass
class Entry:
    speaker: Speaker
    quote_count: int
    aliases: list[str]
    evidence: list[Quote] = field(default_factory=list)


@dataclass
class PairItem:
    target: Entry  # preselected: the record with more quotes
    other: Entry
    score: int
    reason: str

    @property
    def entries(self) -> tuple[Entry, Entry]:
        return (self.target, self.other)


@dataclass
class JunkItem:
    entry: Entry
    score: int
    reason: str


@dataclass
class SpeakerQueue:
    duplicates: list[PairItem]
    junk: list[JunkItem]
    more_duplicates: int = 0
    more_junk: int = 0


def speaker_records() -> list[Record]:
    """Every speaker as the finder's Record: names, aliases, quote count, and where
    and when its quotes appeared. Three queries."""
    aliases = defaultdict(list)
    for speaker_id, name in SpeakerAlias.objects.values_list("speaker_id", "name").order_by():
        aliases[speaker_id].append(name)
    seen = defaultdict(set)
    counts = defaultdict(int)
    rows = (
        Quote.objects.filter(speaker__isnull=False)
        .values_list("speaker_id", "source__outlet", "said_on")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for speaker_id, outlet, said_on, n in rows:
        seen[speaker_id].add((outlet, said_on))
        counts[speaker_id] += n
    return [
        Record(pk, name, kind, aliases[pk], counts[pk], seen[pk])
        for pk, name, kind in Speaker.objects.values_list("pk", "name", "kind").order_by("pk")
    ]


def speaker_queue(*, limit: int = 50) -> SpeakerQueue:
    records = speaker_records()
    by_id = {record.id: record for record in records}
    decided = set(QueueDecision.objects.values_list("verdict", "speaker_id", "other_id"))
    pairs = [
        s
        for s in find_duplicates(records)
        if (QueueDecision.Verdict.NOT_DUPLICATE, *s.pair) not in decided
    ]
    junk = [
        j for j in find_junk(records) if (QueueDecision.Verdict.NOT_JUNK, j.id, None) not in decided
    ]
    shown_pairs, shown_junk = pairs[:limit], junk[:limit]
    ids = {i for s in shown_pairs for i in s.pair} | {j.id for j in shown_junk}
    entries = _entries(ids, by_id)
    items = []
    for suggestion in shown_pairs:
        a, b = entries[suggestion.a], entries[suggestion.b]
        # The record with more quotes stays; on a tie, the fuller name.
        target, other = sorted(
            (a, b), key=lambda e: (-e.quote_count, -len(e.speaker.name), e.speaker.pk)
        )
        items.append(PairItem(target, other, suggestion.score, suggestion.reason))
    return SpeakerQueue(
        duplicates=items,
        junk=[JunkItem(entries[j.id], j.score, j.reason) for j in shown_junk],
        more_duplicates=len(pairs) - len(shown_pairs),
        more_junk=len(junk) - len(shown_junk),
    )


def _entries(ids: set[int], records: dict[int, Record]) -> dict[int, Entry]:
    """The shown records with their speakers and evidence quotes: two queries."""
    speakers = Speaker.objects.in_bulk(ids)
    entries = {
        pk: Entry(
            speaker, records[pk].quotes, [a for a in records[pk].aliases if a != speaker.name]
        )
        for pk, speaker in speakers.items()
    }
    evidence = (
        Quote.objects.filter(speaker_id__in=ids)
        .annotate(n=Window(RowNumber(), partition_by=[F("speaker_id")], order_by=F("pk").asc()))
        .filter(n__lte=EVIDENCE)
        .select_related("source")
        .only("text", "speaker_id", "speaker_mention", "said_on", "source__headline")
        .order_by("speaker_id", "pk")
    )
    for quote in evidence:
        entries[quote.speaker_id].evidence.append(quote)
    return entries
