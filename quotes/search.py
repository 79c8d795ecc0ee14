"""Full-text search for quotes. The PostgreSQL document is defined once, in the
database function quote_search_document (migration 0008), and SQLite's in
`refresh_fts`; the queries are here.

PostgreSQL: a stored, weighted tsvector (`Quote.search_vector`, GIN index
`quote_search_vector_gin`), computed by the database function quote_search_document
(migration 0008): at insert by a trigger, and by one UPDATE for many quotes after
edits, merges and new aliases:
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

from django.contrib.postgres.search import SearchQuery, SearchVectorField
from django.db import connections
from django.db.models import F, FloatField, Func, TextField, Value
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
    """The weighted document of a quote, as an expression over the quote's row: the
    database function `quote_search_document` (migration 0008), which a trigger also
    stores for every quote inserted."""
    return Func(
        F("text"),
        F("speaker_mention"),
        F("speaker_id"),
        F("source_id"),
        F("paragraph"),
        function="quote_search_document",
        output_field=SearchVectorField(),
    )


def indexed_at_insert(using: str = "default") -> bool:
    """Whether a new quote is in the search index as soon as it is inserted (the
    PostgreSQL trigger); elsewhere the importer refreshes the index itself."""
    return connections[using].vendor == "postgresql"


_fts5_databases: set[str] = set()


def has_fts5(using: str = "default") -> bool:
    """Whether the FTS5 table exists (migration 0004 makes it where SQLite has FTS5).
    A yes is remembered per database file, so searching costs no extra query."""
    connection = connections[using]
    if connection.vendor != "sqlite":
        return False
    name = str(connection.settings_dict["NAME"])
    if name in _fts5_databases:
        return True
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=%s", [FTS_TABLE])
        if cursor.fetchone() is None:
            return False
    _fts5_databases.add(name)
    return True


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


class FTS5Column(Func):
    """A value from the FTS5 table for the quote of this row, as a correlated
    subquery: `(SELECT <select> FROM quote_fts WHERE quote_fts MATCH <match>
    AND rowid = <the quote's id>)`. The id is an expression, so it stays right
    when the quote table is aliased inside a subquery."""

    def __init__(self, select: str, select_params: tuple, match: str, **extra):
        super().__init__(Value(match), F("pk"), **extra)
        self.select, self.select_params = select, select_params

    def as_sql(self, compiler, connection, **extra_context):
        match_sql, match_params = compiler.compile(self.source_expressions[0])
        pk_sql, pk_params = compiler.compile(self.source_expressions[1])
        sql = (
            f"(SELECT {self.select} FROM {FTS_TABLE} "  # noqa: S608
            f"WHERE {FTS_TABLE} MATCH {match_sql} AND rowid = {pk_sql})"
        )
        return sql, (*self.select_params, *match_params, *pk_params)


def fts5_rank(match: str) -> FTS5Column:
    weights = ", ".join(map(str, FTS_WEIGHTS))
    return FTS5Column(f"-bm25({FTS_TABLE}, {weights})", (), match, output_field=FloatField())


def fts5_marked(match: str) -> FTS5Column:
    return FTS5Column(
        f"highlight({FTS_TABLE}, 0, %s, %s)", (START, STOP), match, output_field=TextField()
    )


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
