"""--replace: a corrected article's quotes replace the machine-made ones of the old
version; whatever people worked on is kept."""

import pytest
from django.utils import timezone

from quotes.models import Quote, Source
from tests.factories import AnnotationFactory, ClaimFactory
from tests.importing import article, counts, run_import, write

pytestmark = pytest.mark.django_db

VERIFIED = '"We are close to a deal," Anna Lindqvist said.'
UNTOUCHED = '"Nothing is agreed until everything is agreed," Tomas Berg told reporters.'
EDITED = '"The deadline is Friday," Anna Lindqvist said.'
ANNOTATED = '"We will see what the weekend brings," Tomas Berg said.'

ORIGINAL = article("Talks resumed on Sunday.", VERIFIED, UNTOUCHED, EDITED, ANNOTATED)
# The correction: a new first paragraph, Sunday is Monday, the deadline is gone.
CORRECTED = article(
    "This article was corrected on 15 December.",
    "Talks resumed on Monday.",
    VERIFIED,
    UNTOUCHED,
    ANNOTATED,
)


def quote(start_of_text, source):
    return Quote.objects.get(source=source, text__startswith=start_of_text)


@pytest.fixture
def curated(tmp_path, editor):
    path = write(tmp_path, "talks.txt", ORIGINAL)
    run_import(path)
    old = Source.objects.get()
    Quote.objects.filter(text__startswith="We are close").update(
        status=Quote.Status.VERIFIED, edited_at=timezone.now()
    )
    Quote.objects.filter(text__startswith="The deadline").update(edited_at=timezone.now())
    AnnotationFactory(quote=quote("We will see", old), author=editor, start=0, end=7)
    write(tmp_path, "talks.txt", CORRECTED)
    return path, old


def test_replace_deletes_untouched_machine_quotes_and_moves_curated_ones(curated):
    path, old = curated
    outcome = run_import(path, replace=True)
    assert not outcome.failed, outcome.stderr
    new = Source.objects.exclude(pk=old.pk).get()

    assert f"quotes of source {old.pk}: 1 machine-made deleted, 2 curated moved" in outcome.stdout
    assert "1 curated left on the old source" in outcome.stdout
    # The untouched quote is gone from the old source, with a history row saying so.
    assert not Quote.objects.filter(source=old, text__startswith="Nothing is agreed").exists()
    assert Quote.history.filter(history_type="-", text__startswith="Nothing is agreed").exists()
    # The verified and the annotated quotes now point into the new text.
    for start in ("We are close", "We will see"):
        moved = quote(start, new)
        assert moved.text in new.body[moved.start : moved.end]
        assert moved.text in new.paragraphs[moved.paragraph]
    assert quote("We are close", new).status == Quote.Status.VERIFIED
    assert quote("We will see", new).annotations.count() == 1
    # The edited quote's text is not in the correction: it stays where it was.
    assert quote("The deadline", old).edited_at is not None
    # The new version's own quote for the untouched text, and no duplicates.
    assert quote("Nothing is agreed", new).status == Quote.Status.UNREVIEWED
    assert new.quotes.count() == 3
    # The old source is kept as it was.
    assert Source.objects.get(pk=old.pk).body == old.body


def test_quotes_with_claims_or_added_by_an_editor_are_kept(tmp_path):
    path = write(tmp_path, "talks.txt", ORIGINAL)
    run_import(path)
    ClaimFactory().appearances.add(Quote.objects.get(text__startswith="Nothing is agreed"))
    Quote.objects.filter(text__startswith="We are close").update(origin=Quote.Origin.EDITOR)
    write(tmp_path, "talks.txt", CORRECTED)
    outcome = run_import(path, replace=True)
    assert "2 machine-made deleted, 2 curated moved" in outcome.stdout


def test_a_dry_run_of_a_replacement_says_so_and_writes_nothing(curated):
    path, old = curated
    before = counts()
    outcome = run_import(path, replace=True, dry_run=True)
    assert counts() == before
    assert f"would replace the quotes of source {old.pk}" in outcome.stdout
