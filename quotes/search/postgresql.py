"""PostgreSQL: the document stored in `Quote.search_vector` (GIN index
`quote_search_vector_gin`), kept fresh by the database itself.

`quote_search_document(...)` computes a quote's weighted tsvector from the fields of
`document.FIELDS`. A BEFORE INSERT OR UPDATE trigger stores it whenever a quote is
written (COPY included) with a change to one of `document.QUOTE_COLUMNS`; statement
triggers on speakers, aliases and sources recompute the documents of the quotes a
rename, a new or moved alias, or a new headline touches. Nothing in Python has to
remember to refresh the index.

Queries: `websearch_to_tsquery` ("exact phrase", -exclude, or), `ts_rank`, and
`ts_headline` between the highlight sentinels. Speaker names: pg_trgm word similarity
on names and aliases (GIN-indexed), so typos and transliterations still find them.
"""

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    TrigramWordSimilarity,
)
from django.db import connections, transaction
from django.db.models import F, FloatField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce, Greatest

from .document import CONFIG, FIELDS, QUOTE_COLUMNS, by_length
from .highlight import START, STOP

_PART_SQL = {
    "quote.text": "p_text",
    "quote.speaker_mention": "p_speaker_mention",
    "quote.context": "p_context",
    "speaker.name": "(SELECT s.name FROM quotes_speaker s WHERE s.id = p_speaker_id)",
    "speaker.aliases": (
        "(SELECT string_agg(a.name, ' ' ORDER BY a.id) FROM quotes_speakeralias a "
        "WHERE a.speaker_id = p_speaker_id)"
    ),
    "source.headline": "(SELECT s.headline FROM quotes_source s WHERE s.id = p_source_id)",
}
_PARAMETERS = ", ".join(f"p_{column} {kind}" for column, kind in zip(
    QUOTE_COLUMNS, ("text", "text", "text", "bigint", "bigint"), strict=True
))  # fmt: skip
_ARGUMENTS = "{row}." + ", {row}.".join(QUOTE_COLUMNS)


def _document() -> str:
    weighted = [
        f"setweight(to_tsvector('{CONFIG}'::regconfig, "
        f"concat_ws(' ', {', '.join(_PART_SQL[part] for part in field.parts)})), "
        f"'{field.weight}')"
        for field in FIELDS
    ]
    return (
        f"CREATE OR REPLACE FUNCTION quote_search_document({_PARAMETERS}) "
        "RETURNS tsvector LANGUAGE sql STABLE AS $$ SELECT " + "\n || ".join(weighted) + " $$"
    )


def _refresh(where: str) -> str:
    """Recompute the documents of the quotes `where` selects (alias q)."""
    arguments = _ARGUMENTS.format(row="q")
    return (
        f"UPDATE quotes_quote q SET search_vector = quote_search_document({arguments}) "
        f"WHERE {where};"
    )


def _statement_trigger(name: str, table: str, event: str, tables: str, where: str) -> list:
    function = f"{name}_refresh"
    return [
        f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN {_refresh(where)} RETURN NULL; END $$",
        f"DROP TRIGGER IF EXISTS {name} ON {table}",
        f"CREATE TRIGGER {name} AFTER {event} ON {table} REFERENCING {tables} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {function}()",
    ]


def install_statements() -> list[str]:
    quote_arguments = _ARGUMENTS.format(row="NEW")
    columns = ", ".join(QUOTE_COLUMNS)
    return [
        _document(),
        "CREATE OR REPLACE FUNCTION quote_search_on_write() RETURNS trigger "
        "LANGUAGE plpgsql AS $$ BEGIN "
        f"NEW.search_vector := quote_search_document({quote_arguments}); RETURN NEW; END $$",
        "DROP TRIGGER IF EXISTS quote_search_on_write ON quotes_quote",
        "CREATE TRIGGER quote_search_on_write BEFORE INSERT OR UPDATE OF "
        f"{columns} ON quotes_quote FOR EACH ROW EXECUTE FUNCTION quote_search_on_write()",
        # Transition tables cannot go with a column list: the joins pick the renamed.
        *_statement_trigger(
            "quote_search_speaker_renamed", "quotes_speaker", "UPDATE",
            "OLD TABLE AS old_rows NEW TABLE AS new_rows",
            "q.speaker_id IN (SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id "
            "WHERE n.name IS DISTINCT FROM o.name)",
        ),
        *_statement_trigger(
            "quote_search_alias_added", "quotes_speakeralias", "INSERT",
            "NEW TABLE AS new_rows", "q.speaker_id IN (SELECT speaker_id FROM new_rows)",
        ),
        *_statement_trigger(
            "quote_search_alias_changed", "quotes_speakeralias", "UPDATE",
            "OLD TABLE AS old_rows NEW TABLE AS new_rows",
            "q.speaker_id IN (SELECT unnest(ARRAY[n.speaker_id, o.speaker_id]) "
            "FROM new_rows n JOIN old_rows o ON o.id = n.id "
            "WHERE (n.name, n.speaker_id) IS DISTINCT FROM (o.name, o.speaker_id))",
        ),
        *_statement_trigger(
            "quote_search_alias_removed", "quotes_speakeralias", "DELETE",
            "OLD TABLE AS old_rows", "q.speaker_id IN (SELECT speaker_id FROM old_rows)",
        ),
        *_statement_trigger(
            "quote_search_headline_changed", "quotes_source", "UPDATE",
            "OLD TABLE AS old_rows NEW TABLE AS new_rows",
            "q.source_id IN (SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id "
            "WHERE n.headline IS DISTINCT FROM o.headline)",
        ),
    ]  # fmt: skip


TRIGGERS = {
    "quote_search_on_write": "quotes_quote",
    "quote_search_speaker_renamed": "quotes_speaker",
    "quote_search_alias_added": "quotes_speakeralias",
    "quote_search_alias_changed": "quotes_speakeralias",
    "quote_search_alias_removed": "quotes_speakeralias",
    "quote_search_headline_changed": "quotes_source",
}


def uninstall_statements() -> list[str]:
    drop = [f"DROP TRIGGER IF EXISTS {name} ON {table}" for name, table in TRIGGERS.items()]
    functions = ["quote_search_on_write", *(f"{name}_refresh" for name in list(TRIGGERS)[1:])]
    drop += [f"DROP FUNCTION IF EXISTS {function}()" for function in functions]
    return [*drop, f"DROP FUNCTION IF EXISTS quote_search_document({_PARAMETERS})"]


def rebuild(connection) -> int:
    """Recompute every quote's document (after a restore that skipped the triggers)."""
    with connection.cursor() as cursor:
        cursor.execute(_refresh("true"))
        return cursor.rowcount


# Queries


def _query(text: str) -> SearchQuery:
    return SearchQuery(text, search_type="websearch", config=CONFIG)


def matching(queryset, text: str):
    return queryset.filter(search_vector=_query(text))


def ranked(queryset, text: str, *, rank: bool, marked: bool):
    query = _query(text)
    if rank:
        queryset = queryset.annotate(rank=by_length(SearchRank(F("search_vector"), query)))
    if marked:
        queryset = queryset.annotate(
            marked=SearchHeadline(
                "text", query, config=CONFIG, start_sel=START, stop_sel=STOP, highlight_all=True
            )
        )
    return queryset


def speakers_matching(queryset, text: str):
    from quotes.models import Speaker, SpeakerAlias

    aliases = SpeakerAlias.objects.filter(speaker=OuterRef("pk"))
    alias_similarity = aliases.annotate(s=TrigramWordSimilarity(text, "name")).order_by("-s")
    # One id list from each trigram index, united: an OR across the two tables
    # would make PostgreSQL read every speaker.
    by_name = Speaker.objects.filter(name__trigram_word_similar=text).values("pk")
    by_alias = SpeakerAlias.objects.filter(name__trigram_word_similar=text).values("speaker")
    return (
        queryset.filter(pk__in=by_name.union(by_alias))
        .annotate(
            similarity=Greatest(
                TrigramWordSimilarity(text, "name"),
                Coalesce(Subquery(alias_similarity.values("s")[:1]), Value(0.0)),
                output_field=FloatField(),
            )
        )
        .order_by("-similarity", "name", "pk")
    )


def speakers_closest(queryset, text: str, limit: int) -> list:
    """The `limit` speakers most alike to `text`, however little (word similarity over
    SUGGESTION_SIMILARITY): suggestions when the search found nobody. The candidates
    come from the trigram indexes, as in speakers_matching, with the threshold lowered
    for this one query: computed over every speaker, it cost 0.26 s at 50,000."""
    with transaction.atomic(using=queryset.db), connections[queryset.db].cursor() as cursor:
        cursor.execute("SELECT current_setting('pg_trgm.word_similarity_threshold')")
        (threshold,) = cursor.fetchone()
        cursor.execute(_SET_THRESHOLD, [str(SUGGESTION_SIMILARITY)])
        try:
            closest = speakers_matching(queryset, text).filter(similarity__gt=SUGGESTION_SIMILARITY)
            return list(closest[:limit])
        finally:  # the setting is the transaction's, and a request's may go on
            cursor.execute(_SET_THRESHOLD, [threshold])


SUGGESTION_SIMILARITY = 0.2
_SET_THRESHOLD = "SELECT set_config('pg_trgm.word_similarity_threshold', %s, true)"
