"""Full-text search for quotes: the search document is defined here, once.

PostgreSQL: a stored, weighted tsvector (`Quote.search_vector`, GIN index
`quote_search_vector_gin`), refreshed by one UPDATE for many quotes:
  A  the quote's text
  B  the speaker's name and aliases
  C  the article's headline and how it named the speaker
  D  the paragraph around the quote
Queries use `websearch_to_tsquery('english', ...)` ("exact phrase", -exclude, or).
Names are indexed with 'english' too: the query is parsed with one configuration,
and a 'simple' copy of a name would never match a stemmed query word.

SQLite: an FTS5 table `quote_fts` (porter stemming over unicode61) with the same
four columns, ranked by bm25 with the same weights; the websearch syntax is
translated by `fts5_query`. Where SQLite lacks FTS5, search falls back to a
case-insensitive substring match on the quote text, unranked.
"""

import re

from django.contrib.postgres.aggregates import StringAgg
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connections
from django.db.models import F, Func, IntegerField, OuterRef, Subquery, TextField, Value
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

CONFIG = "english"
FTS_TABLE = "quote_fts"
# Weights of columns text, speaker, headline, context (bm25 on SQLite).
FTS_WEIGHTS = (10.0, 4.0, 2.0, 1.0)
# Private-use characters mark hits in ts_headline/highlight output; they survive
# escaping untouched and are then turned into <mark> elements.
START, STOP = "\ue000", "\ue001"


def search_query(text: str) -> SearchQuery:
    return SearchQuery(text, search_type="websearch", config=CONFIG)


def quote_search_vector():
    """The weighted document of a quote, as an expression over the quote's row."""
    from quotes.models import Source, Speaker, SpeakerAlias

    speaker_name = Speaker.objects.filter(pk=OuterRef("speaker_id")).order_by().values("name")
    aliases = (
        SpeakerAlias.objects.filter(speaker_id=OuterRef("speaker_id"))
        .order_by()
        .values("speaker_id")
        .annotate(names=StringAgg("name", " "))
        .values("names")
    )
    source = Source.objects.filter(pk=OuterRef("source_id")).order_by()
    headline = source.values("headline")
    paragraph = source.annotate(
        paragraph_text=Func(
            F("body"),
            Value("\n"),
            OuterRef("paragraph") + Value(1, output_field=IntegerField()),
            function="split_part",
            output_field=TextField(),
        )
    )
    return (
        SearchVector("text", weight="A", config=CONFIG)
        + SearchVector(Subquery(speaker_name), Subquery(aliases), weight="B", config=CONFIG)
        + SearchVector(Subquery(headline), "speaker_mention", weight="C", config=CONFIG)
        + SearchVector(Subquery(paragraph.values("paragraph_text")), weight="D", config=CONFIG)
    )


def has_fts5(using: str = "default") -> bool:
    """Whether the FTS5 table exists (created by migration 0004 where SQLite has FTS5)."""
    connection = connections[using]
    if connection.vendor != "sqlite":
        return False
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=%s", [FTS_TABLE])
        return cursor.fetchone() is not None


def refresh_fts(quotes) -> int:
    """Rewrite the FTS5 rows of these quotes (SQLite). Returns how many quotes."""
    from quotes.models import SpeakerAlias

    rows = list(
        quotes.order_by().values_list(
            "pk",
            "text",
            "speaker_id",
            "speaker__name",
            "speaker_mention",
            "source__headline",
            "source__body",
            "paragraph",
        )
    )
    speaker_ids = {row[2] for row in rows if row[2]}
    aliases: dict[int, list[str]] = {}
    for speaker_id, name in SpeakerAlias.objects.filter(speaker_id__in=speaker_ids).values_list(
        "speaker_id", "name"
    ):
        aliases.setdefault(speaker_id, []).append(name)
    records = []
    for pk, text, speaker_id, name, mention, headline, body, paragraph in rows:
        lines = body.split("\n")
        context = lines[paragraph] if paragraph is not None and paragraph < len(lines) else ""
        speaker = " ".join([name or "", *aliases.get(speaker_id, [])])
        records.append((pk, text, speaker, f"{headline} {mention}", context))
    with connections[quotes.db].cursor() as cursor:
        for i in range(0, len(records), 500):
            chunk = records[i : i + 500]
            marks = ",".join("%s" for _ in chunk)
            cursor.execute(
                f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({marks})",  # noqa: S608
                [r[0] for r in chunk],
            )
            cursor.executemany(
                f"INSERT INTO {FTS_TABLE} (rowid, text, speaker, headline, context) "  # noqa: S608
                "VALUES (%s, %s, %s, %s, %s)",
                chunk,
            )
    return len(records)


_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')


def fts5_query(text: str) -> str:
    """Translate websearch syntax into an FTS5 query that cannot be malformed:
    "a phrase", -excluded, `or` between terms; every term is a quoted string."""
    positive: list[str] = []
    negative: list[str] = []
    pending_or = False
    for minus, phrase, word in _TOKEN.findall(text):
        if word and word.lower() == "or":
            pending_or = bool(positive)
            continue
        if word.startswith("-") and len(word) > 1:
            minus, word = "-", word[1:]
        term = phrase if phrase or not word else word
        words = re.findall(r"\w+", term)
        if not words:
            continue
        quoted = '"' + " ".join(words) + '"'
        if minus:
            negative.append(quoted)
        elif pending_or:
            positive[-1] = f"{positive[-1]} OR {quoted}"
        else:
            positive.append(quoted)
        pending_or = False
    if not positive:
        return ""
    query = "(" + " AND ".join(f"({p})" for p in positive) + ")"
    return query + "".join(f" NOT {n}" for n in negative)


_HIT = re.compile(f"{START}(.*?){STOP}", re.DOTALL)


def highlight(marked: str | None) -> SafeString:
    """Safe HTML from text whose hits are wrapped in START/STOP sentinels:
    escape everything first, then turn sentinel pairs into <mark> elements and
    drop stray sentinels (the text itself may contain them)."""
    escaped = escape(marked or "")
    html = _HIT.sub(lambda m: f"<mark>{m.group(1)}</mark>", escaped)
    return mark_safe(html.replace(START, "").replace(STOP, ""))  # noqa: S308
