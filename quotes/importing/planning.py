"""An article's extraction turned into what to write: its speakers resolved against
the database (`speakers.SpeakerResolver`) and one row per quotation."""

from dataclasses import dataclass

from quotes.extraction import Extraction
from quotes.models import Quote

from .lookup import Found
from .parsing import Parsed
from .speakers import SpeakerPlan, article_facts

Match = Quote.SpeakerMatch


@dataclass(eq=False)
class Extracted:
    parsed: Parsed
    found: Found
    extraction: Extraction
    retries: int = 0  # writes of it retried after a concurrent import won a race

    @property
    def clusters(self) -> list:
        """The speaker clusters that have a quote, plus any quoted name without one."""
        extraction = self.extraction
        quoted = {
            q.speaker for q in extraction.quotes if q.speaker and q.speaker_type != "anonymous"
        }
        clusters = [c for c in extraction.speakers if c.name in quoted]
        for missing in sorted(quoted - {c.name for c in clusters}):
            clusters.append(_Cluster(missing, "person", (missing,), None))
        return clusters


@dataclass(frozen=True)
class _Cluster:
    name: str
    type: str
    mentions: tuple[str, ...]
    role: str | None


@dataclass(eq=False)
class Planned:
    """An article ready to write: (Quotation, Resolution or None, match) per quote."""

    extracted: Extracted
    plan: SpeakerPlan
    rows: list[tuple]

    @property
    def parsed(self) -> Parsed:
        return self.extracted.parsed


def plan_article(extracted: Extracted, resolver) -> Planned:
    plan = resolver.resolve(extracted.clusters, article_facts(extracted.parsed))
    return Planned(extracted, plan, quote_rows(extracted.extraction, plan))


def quote_rows(extraction: Extraction, plan: SpeakerPlan) -> list[tuple]:
    rows, spans = [], set()
    for quotation in extraction.quotes:
        span = (quotation.location, quotation.start, quotation.end)
        if span in spans or quotation.start >= quotation.end:
            continue
        if quotation.kind not in Quote.Kind.values:
            continue  # a kind this site does not keep (the engine's "term": not speech)
        spans.add(span)
        if quotation.speaker_type == "anonymous":
            resolution, match = None, Match.ANONYMOUS
        elif not quotation.speaker:
            resolution, match = None, Match.NONE
        else:
            resolution = plan.resolutions[quotation.speaker]
            match = resolution.match
        rows.append((quotation, resolution, match))
    return rows
