"""SQLite: an FTS5 table `quote_fts` (porter stemming over unicode61) with one column
per field of `document.FIELDS`, ranked by bm25 with the fields' weights, kept fresh by
triggers: a quote's row is written when the quote is inserted, changed in one of
`document.QUOTE_COLUMNS` or deleted, and rewritten for the quotes of a renamed
speaker, a new, moved or removed alias, or a source's new headline.

The websearch syntax of the search box is translated by `fts5_query` into an FTS5
query that cannot be malformed. Speaker names: rapidfuzz over every name and alias in
memory, word by word, so typos are forgiven as pg_trgm forgives them on PostgreSQL.
"""

import re

from django.db.models import Case, F, FloatField, Func, TextField, Value, When
from django.db.models.expressions import RawSQL

from quotes.registry.similarity import closest

from .document import FIELDS, QUOTE_COLUMNS, by_length
from .highlight import START, STOP

TABLE = "quote_fts"
CREATE_TABLE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
    + ", ".join(field.name for field in FIELDS)
    + ", tokenize = 'porter unicode61 remove_diacritics 2')"
)

_PART_SQL = {
    "quote.text": "{q}.text",
    "quote.speaker_mention": "{q}.speaker_mention",
    "quote.context": "{q}.context",
    "speaker.name": "(SELECT s.name FROM quotes_speaker s WHERE s.id = {q}.speaker_id)",
    "speaker.aliases": (
        "(SELECT group_concat(a.name, ' ') FROM quotes_speakeralias a "
        "WHERE a.speaker_id = {q}.speaker_id)"
    ),
    "source.headline": "(SELECT s.headline FROM quotes_source s WHERE s.id = {q}.source_id)",
}
_COLUMNS = ", ".join(field.name for field in FIELDS)


def _values(q: str) -> str:
    """The FTS5 row of the quote `q` (NEW, or an alias of quotes_quote)."""
    fields = []
    for field in FIELDS:
        parts = [f"coalesce({_PART_SQL[part].format(q=q)}, '')" for part in field.parts]
        fields.append(" || ' ' || ".join(parts))
    return f"{q}.id, " + ", ".join(fields)


def _write(where: str) -> str:
    """Rewrite the rows of the quotes `where` selects (alias q)."""
    return (
        f"DELETE FROM {TABLE} WHERE rowid IN (SELECT q.id FROM quotes_quote q WHERE {where}); "
        f"INSERT INTO {TABLE} (rowid, {_COLUMNS}) "
        f"SELECT {_values('q')} FROM quotes_quote q WHERE {where};"
    )


def _trigger(name: str, when: str, body: str) -> list[str]:
    return [f"DROP TRIGGER IF EXISTS {name}", f"CREATE TRIGGER {name} {when} BEGIN {body} END"]


def install_statements() -> list[str]:
    columns = ", ".join(QUOTE_COLUMNS)
    return [
        CREATE_TABLE,
        *_trigger(
            "quote_fts_inserted", "AFTER INSERT ON quotes_quote",
            f"INSERT INTO {TABLE} (rowid, {_COLUMNS}) SELECT {_values('NEW')};",
        ),
        *_trigger(
            "quote_fts_changed", f"AFTER UPDATE OF {columns} ON quotes_quote",
            f"DELETE FROM {TABLE} WHERE rowid = OLD.id; "
            f"INSERT INTO {TABLE} (rowid, {_COLUMNS}) SELECT {_values('NEW')};",
        ),
        *_trigger(
            "quote_fts_deleted", "AFTER DELETE ON quotes_quote",
            f"DELETE FROM {TABLE} WHERE rowid = OLD.id;",
        ),
        *_trigger(
            "quote_fts_speaker_renamed",
            "AFTER UPDATE OF name ON quotes_speaker WHEN OLD.name IS NOT NEW.name",
            _write("q.speaker_id = NEW.id"),
        ),
        *_trigger(
            "quote_fts_alias_added", "AFTER INSERT ON quotes_speakeralias",
            _write("q.speaker_id = NEW.speaker_id"),
        ),
        *_trigger(
            "quote_fts_alias_changed",
            "AFTER UPDATE OF name, speaker_id ON quotes_speakeralias",
            _write("q.speaker_id IN (OLD.speaker_id, NEW.speaker_id)"),
        ),
        *_trigger(
            "quote_fts_alias_removed", "AFTER DELETE ON quotes_speakeralias",
            _write("q.speaker_id = OLD.speaker_id"),
        ),
        *_trigger(
            "quote_fts_headline_changed",
            "AFTER UPDATE OF headline ON quotes_source WHEN OLD.headline IS NOT NEW.headline",
            _write("q.source_id = NEW.id"),
        ),
    ]  # fmt: skip


TRIGGERS = (
    "quote_fts_inserted",
    "quote_fts_changed",
    "quote_fts_deleted",
    "quote_fts_speaker_renamed",
    "quote_fts_alias_added",
    "quote_fts_alias_changed",
    "quote_fts_alias_removed",
    "quote_fts_headline_changed",
)


def uninstall_statements() -> list[str]:
    return [f"DROP TRIGGER IF EXISTS {name}" for name in TRIGGERS] + [
        f"DROP TABLE IF EXISTS {TABLE}"
    ]


def rebuild(connection) -> int:
    """Rewrite every quote's row (after a restore that skipped the triggers)."""
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TABLE}")
        cursor.execute(
            f"INSERT INTO {TABLE} (rowid, {_COLUMNS}) SELECT {_values('q')} FROM quotes_quote q"
        )
        return cursor.rowcount


def available(connection) -> bool:
    """Whether this SQLite has FTS5 (a build without it falls back to substrings)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT sqlite_compileoption_used('ENABLE_FTS5')")
        if cursor.fetchone()[0]:
            return True
        cursor.execute("SELECT 1 FROM pragma_module_list WHERE name = 'fts5'")
        return cursor.fetchone() is not None


# Queries


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
            f"(SELECT {self.select} FROM {TABLE} "
            f"WHERE {TABLE} MATCH {match_sql} AND rowid = {pk_sql})"
        )
        return sql, (*self.select_params, *match_params, *pk_params)


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


def matching(queryset, text: str):
    match = fts5_query(text)
    if not match:
        return queryset.none()
    sql = f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s"
    return queryset.filter(pk__in=RawSQL(sql, [match]))  # noqa: S611


def ranked(queryset, text: str, *, rank: bool, marked: bool):
    match = fts5_query(text)
    if rank:
        weights = ", ".join(str(field.bm25) for field in FIELDS)
        score = FTS5Column(f"-bm25({TABLE}, {weights})", (), match, output_field=FloatField())
        queryset = queryset.annotate(rank=by_length(score) if match else Value(0.0))
    if marked:
        hits = FTS5Column(
            f"highlight({TABLE}, 0, %s, %s)", (START, STOP), match, output_field=TextField()
        )
        queryset = queryset.annotate(marked=hits if match else F("text"))
    return queryset


# How alike (rapidfuzz ratio of a word run, 0-100) a name must be to be found, and
# to be suggested when nothing is found; and how many found names are ranked.
SPEAKER_CUTOFF = 75
SUGGESTION_CUTOFF = 50
SPEAKERS_RANKED = 500


def _speaker_names():
    """(speaker id, name) of every speaker and alias: two queries, read in memory (a
    SQLite instance is a small one; PostgreSQL has its trigram index instead)."""
    from quotes.models import Speaker, SpeakerAlias

    yield from Speaker.objects.values_list("pk", "name").order_by()
    yield from SpeakerAlias.objects.values_list("speaker_id", "name").order_by()


def speakers_matching(queryset, text: str):
    """Speakers whose name or an alias holds `text` or resembles it word by word
    ("Blaire" finds Tony Blair, "Zelenski" Zelenskyy), closest first."""
    scores = closest(text, _speaker_names(), cutoff=SPEAKER_CUTOFF, limit=SPEAKERS_RANKED)
    return _ranked(queryset, scores)


def speakers_closest(queryset, text: str, limit: int):
    """The `limit` speakers most alike to `text`, however little: suggestions."""
    scores = closest(text, _speaker_names(), cutoff=SUGGESTION_CUTOFF, limit=limit)
    return _ranked(queryset, scores)[:limit]


def _ranked(queryset, scores: dict[int, float]):
    similarity = Case(
        *(When(pk=pk, then=Value(score)) for pk, score in scores.items()),
        default=Value(0.0),
        output_field=FloatField(),
    )
    return (
        queryset.filter(pk__in=list(scores))
        .annotate(similarity=similarity)
        .order_by("-similarity", "name", "pk")
    )


class Fallback:
    """SQLite built without FTS5: an unranked, case-insensitive substring of the text."""

    @staticmethod
    def matching(queryset, text: str):
        return queryset.filter(text__icontains=text)

    @staticmethod
    def ranked(queryset, text: str, *, rank: bool, marked: bool):
        if rank:
            queryset = queryset.annotate(rank=Value(0.0, output_field=FloatField()))
        return queryset.annotate(marked=F("text")) if marked else queryset

    speakers_matching = staticmethod(speakers_matching)
    speakers_closest = staticmethod(speakers_closest)
