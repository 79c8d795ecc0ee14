"""The portable export: a reviewed, published, corrected claim with readers' notes and
the whole history goes into one file and comes back whole in an empty instance."""

import gzip
import json

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from quotes.models import Annotation, AnnotationFlag, Claim, Correction, Quote, Speaker
from quotes.services.claims import verdict_correct
from quotes.services.quotes import quotes_set_status
from tests.factories import (
    AnnotationFactory,
    AnnotationFlagFactory,
    QuoteFactory,
    RatingFactory,
    TagFactory,
    published_claim,
)

pytestmark = pytest.mark.django_db(transaction=True)
User = get_user_model()


def snapshot() -> dict:
    """What a restore must give back, model by model, history included."""
    result = {}
    for model in [Quote, Speaker, Claim, Annotation, AnnotationFlag, Correction]:
        result[model.__name__] = sorted(
            tuple(sorted((k, str(v)) for k, v in row.items()))
            for row in model._default_manager.values()
        )
        if hasattr(model, "history"):
            result[f"{model.__name__} history"] = model.history.count()
    result["users"] = sorted(User.objects.values_list("username", "is_staff", "is_superuser"))
    result["groups"] = sorted(
        User.groups.through.objects.values_list("user__username", "group__name")
    )
    result["appearances"] = sorted(
        Claim.appearances.through.objects.values_list("claim_id", "quote_id")
    )
    result["tags"] = sorted(Quote.tags.through.objects.values_list("quote_id", "tag_id"))
    return result


@pytest.fixture
def curated(editors_group):
    from tests.factories import EditorFactory

    editor = EditorFactory(username="maria")
    quote = QuoteFactory(words="Prices fell by half")
    quote.tags.add(TagFactory(name="Economy", slug="economy"))
    quotes_set_status(quotes=[quote], status="verified", user=editor)
    claim = published_claim(editor=editor, quotes=[quote], text="Prices fell by half")
    verdict_correct(
        claim=claim,
        user=editor,
        reason="A newer release.",
        rating=RatingFactory(label="Mostly true"),
        conclusion_only=False,
        explanation="Revised.",
    )
    note = AnnotationFactory(quote=quote, exact="Prices", body="Which prices?")
    AnnotationFlagFactory(annotation=note)
    return claim


def test_a_curated_claim_round_trips_into_an_empty_instance(curated, tmp_path, client):
    before = snapshot()
    path = tmp_path / "site.jsonl.gz"
    call_command("export_data", str(path), verbosity=0)
    with gzip.open(path, "rt") as lines:
        header, *records = [json.loads(line) for line in lines]
    assert header["format"] == "claimtracker-portable-export"
    users = [r for r in records if r["model"] == "auth.user"]
    assert users and all(r["fields"]["password"].startswith("!") for r in users)
    assert not any("email" in r["fields"] for r in users)

    call_command("flush", interactive=False, verbosity=0)
    from django.contrib.auth.models import Group

    Group.objects.get_or_create(name="Editors")
    call_command("import_data", str(path), verbosity=0)

    assert snapshot() == before
    claim = Claim.objects.get()
    page = client.get(claim.get_absolute_url()).content.decode()
    assert "Mostly true" in page and "A newer release." in page
    assert client.get(claim.appearances.get().get_absolute_url()).status_code == 200
    assert set(Quote.objects.search("prices").values_list("pk", flat=True)) == {
        claim.appearances.get().pk
    }
    maria = User.objects.get(username="maria")
    assert maria.is_staff and not maria.has_usable_password()
    assert maria.groups.filter(name="Editors").exists()
    restored = claim.appearances.get()
    new = Quote.objects.create(source=restored.source, text="New", start=0, end=3, paragraph=0)
    assert new.pk > restored.pk  # the ids go on from those restored


def test_restoring_into_an_instance_that_has_data_is_refused(curated, tmp_path):
    path = tmp_path / "site.jsonl.gz"
    call_command("export_data", str(path), verbosity=0)
    with pytest.raises(CommandError, match="restores into an empty instance"):
        call_command("import_data", str(path), verbosity=0)


def test_a_file_that_is_not_an_export_is_refused_clearly(tmp_path, db):
    path = tmp_path / "notes.jsonl.gz"
    with gzip.open(path, "wt") as out:
        out.write('{"hello": 1}\n')
    with pytest.raises(CommandError, match="not a Claimtracker portable export"):
        call_command("import_data", str(path), verbosity=0)
    plain = tmp_path / "plain.txt"
    plain.write_text("not gzip")
    with pytest.raises(CommandError, match=r"plain\.txt"):
        call_command("import_data", str(plain), verbosity=0)
