"""Aliases are names: the importer's old clause fragments are cleaned by
`tidy_aliases`; editors' aliases are never touched."""

import io

import pytest
from django.core.management import call_command

from quotes.models import SpeakerAlias
from tests.factories import SpeakerAliasFactory, SpeakerFactory

pytestmark = pytest.mark.django_db
IMPORTED = SpeakerAlias.Origin.IMPORT


def tidy(*args):
    out = io.StringIO()
    call_command("tidy_aliases", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def brown():
    speaker = SpeakerFactory(name="Gordon Brown")
    SpeakerAliasFactory(speaker=speaker, name="Gordon Brown", origin=IMPORTED)
    return speaker


def names(speaker):
    return sorted(speaker.aliases.values_list("name", flat=True))


def test_imported_fragments_become_names_or_go_with_history(brown):
    for name in ("Though Mr Brown", "Commenting Gordon Brown", "Brown derided the plan"):
        SpeakerAliasFactory(speaker=brown, name=name, origin=IMPORTED)
    bbc = SpeakerFactory(name="BBC", kind="organisation")
    SpeakerAliasFactory(speaker=bbc, name="BBC.", origin=IMPORTED)

    out = tidy()

    assert "2 alias(es) were renamed, 2 removed." in out
    assert names(brown) == ["Gordon Brown", "Mr Brown"]
    assert names(bbc) == ["BBC"]
    renamed = SpeakerAlias.history.filter(name="Mr Brown").latest()
    assert renamed.history_change_reason == "Cleaned: “Though Mr Brown” is “Mr Brown”"
    gone = SpeakerAlias.history.filter(name="Brown derided the plan", history_type="-").get()
    assert gone.history_change_reason.startswith("Cleaned: removed, not a name")


def test_an_editors_alias_is_never_touched(brown):
    SpeakerAliasFactory(speaker=brown, name="Though Mr Brown")  # an editor's
    tidy()
    assert "Though Mr Brown" in names(brown)


def test_a_dry_run_says_what_would_change_and_changes_nothing(brown):
    SpeakerAliasFactory(speaker=brown, name="Afterwards Brown", origin=IMPORTED)
    out = tidy("--dry-run")
    assert "Gordon Brown: “Afterwards Brown” -> “Brown” (words around the name)" in out
    assert "1 alias(es) would be renamed, 0 removed." in out
    assert "Afterwards Brown" in names(brown)


def test_an_alias_an_editor_edits_becomes_curated(editor_client, brown):
    alias = SpeakerAliasFactory(speaker=brown, name="Though Mr Brown", origin=IMPORTED)
    data = {"speaker": brown.pk, "name": "Mr G. Brown"}
    editor_client.post(f"/admin/quotes/speakeralias/{alias.pk}/change/", data)
    alias.refresh_from_db()
    assert (alias.name, alias.origin) == ("Mr G. Brown", SpeakerAlias.Origin.EDITOR)


def test_an_alias_that_is_already_anothers_is_refused_with_a_message(editor_client, brown):
    other = SpeakerFactory(name="James Gordon Brown")
    data = {"speaker": other.pk, "name": "Mr Gordon Brown"}
    response = editor_client.post("/admin/quotes/speakeralias/add/", data)
    assert response.status_code == 200
    assert "is already an alias of Gordon Brown" in response.content.decode()
