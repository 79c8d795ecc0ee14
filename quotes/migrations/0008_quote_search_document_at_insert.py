"""The quote search document as one PostgreSQL function, computed at insert.

`quote_search_document(text, mention, speaker, source, paragraph)` is the weighted
tsvector described in quotes/search.py; a BEFORE INSERT trigger stores it in
`Quote.search_vector`, so an import's quotes (COPY included) are indexed as they land,
and `QuoteQuerySet.refresh_search_index` calls the same function for later changes
(an editor's edit, a merge, a new alias). SQLite: nothing (the FTS5 table is filled
from Python).
"""

from django.db import migrations

DOCUMENT = r"""
CREATE OR REPLACE FUNCTION quote_search_document(
    in_text text, in_mention text, in_speaker bigint, in_source bigint, in_paragraph integer
) RETURNS tsvector LANGUAGE plpgsql STABLE AS $$
DECLARE
    speaker_name text;
    alias_names text;
    source_headline text;
    paragraph_text text;
BEGIN
    SELECT s.name INTO speaker_name FROM quotes_speaker s WHERE s.id = in_speaker;
    SELECT string_agg(a.name, ' ') INTO alias_names
        FROM quotes_speakeralias a WHERE a.speaker_id = in_speaker;
    SELECT s.headline, split_part(s.body, E'\n', in_paragraph + 1)
        INTO source_headline, paragraph_text FROM quotes_source s WHERE s.id = in_source;
    RETURN setweight(to_tsvector('english'::regconfig, COALESCE(in_text, '')), 'A')
        || setweight(to_tsvector('english'::regconfig,
            COALESCE(speaker_name, '') || ' ' || COALESCE(alias_names, '')), 'B')
        || setweight(to_tsvector('english'::regconfig,
            COALESCE(source_headline, '') || ' ' || COALESCE(in_mention, '')), 'C')
        || setweight(to_tsvector('english'::regconfig, COALESCE(paragraph_text, '')), 'D');
END
$$
"""
TRIGGER_FUNCTION = """
CREATE OR REPLACE FUNCTION quote_index_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_vector := quote_search_document(
        NEW.text, NEW.speaker_mention, NEW.speaker_id, NEW.source_id, NEW.paragraph
    );
    RETURN NEW;
END
$$
"""
TRIGGER = (
    "CREATE TRIGGER quote_index_on_insert BEFORE INSERT ON quotes_quote "
    "FOR EACH ROW EXECUTE FUNCTION quote_index_on_insert()"
)
BACKWARD = [
    "DROP TRIGGER IF EXISTS quote_index_on_insert ON quotes_quote",
    "DROP FUNCTION IF EXISTS quote_index_on_insert()",
    "DROP FUNCTION IF EXISTS quote_search_document(text, text, bigint, bigint, integer)",
]


def _on_postgresql(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("quotes", "0007_editors_see_corrections_and_flags")]

    operations = [
        migrations.RunPython(
            _on_postgresql([DOCUMENT, TRIGGER_FUNCTION, TRIGGER]), _on_postgresql(BACKWARD)
        ),
    ]
