"""Readers annotate spans of quotes; editors hide and restore their notes."""

import pytest

from quotes.models import Annotation
from quotes.services.annotations import (
    AnnotationError,
    annotation_create,
    annotation_flag,
    annotation_hide,
    annotation_restore,
)
from tests.factories import AnnotationFactory, QuoteFactory, UserFactory

pytestmark = pytest.mark.django_db

MERZ = "If Ukraine falls, he won't stop,"


@pytest.fixture
def quote():
    return QuoteFactory(words="If Ukraine falls, he won't stop")


def note(quote, reader, **kwargs):
    return annotation_create(**{"quote": quote, "author": reader, "body": "Who is he?", **kwargs})


class TestWriting:
    def test_a_selection_is_stored_with_its_position_and_words_in_context(self, quote, reader):
        annotation = note(quote, reader, exact="he", start=18, end=20)
        assert quote.text == MERZ
        assert (annotation.start, annotation.end, annotation.exact) == (18, 20, "he")
        assert (annotation.prefix, annotation.suffix) == ("If Ukraine falls, ", " won't stop,")
        assert annotation.history.get().history_user == reader

    def test_typed_words_are_found_in_the_quote_without_offsets(self, quote, reader):
        annotation = note(quote, reader, exact="won't  stop")
        assert (annotation.start, annotation.end, annotation.exact) == (21, 31, "won't stop")

    def test_offsets_that_do_not_match_the_words_are_corrected(self, quote, reader):
        annotation = note(quote, reader, exact="Ukraine", start=0, end=7)
        assert (annotation.start, annotation.end) == (3, 10)

    def test_words_not_in_the_quote_are_refused(self, quote, reader):
        with pytest.raises(AnnotationError, match="not in the quote"):
            note(quote, reader, exact="Russia")

    @pytest.mark.parametrize(
        ("body", "message"),
        [("   ", "Write a note"), ("x" * 2001, "under 2000"), ("a\x00b", "not text")],
    )
    def test_empty_oversized_or_binary_notes_are_refused(self, quote, reader, body, message):
        with pytest.raises(AnnotationError, match=message):
            note(quote, reader, exact="he", body=body)
        assert not Annotation.objects.exists()

    def test_an_unknown_motivation_is_refused(self, quote, reader):
        with pytest.raises(AnnotationError, match="kind of note"):
            note(quote, reader, exact="he", motivation="shouting")


class TestModeration:
    def test_a_reader_flags_a_note_once(self, reader):
        annotation = AnnotationFactory()
        flag, created = annotation_flag(annotation=annotation, user=reader, reason="Spam")
        again, created_again = annotation_flag(annotation=annotation, user=reader, reason="x")
        assert (created, created_again, again, flag.reason) == (True, False, flag, "Spam")

    def test_a_hidden_note_cannot_be_flagged(self, reader):
        annotation = AnnotationFactory(visibility=Annotation.Visibility.HIDDEN)
        with pytest.raises(AnnotationError, match="already been hidden"):
            annotation_flag(annotation=annotation, user=reader)

    def test_an_editor_hides_and_restores_notes_and_the_history_names_them(self, editor):
        annotations = AnnotationFactory.create_batch(2)
        assert annotation_hide(annotations=annotations, user=editor, reason="Abuse") == 2
        assert annotation_hide(annotations=annotations, user=editor) == 0
        hidden = Annotation.objects.get(pk=annotations[0].pk)
        assert (hidden.visibility, hidden.moderated_by) == ("hidden", editor)
        record = hidden.history.latest()
        assert (record.history_user, record.history_change_reason) == (editor, "Hidden: Abuse")
        assert annotation_restore(annotations=Annotation.objects.all(), user=editor) == 2
        assert Annotation.objects.visible().count() == 2

    def test_visible_excludes_hidden_notes(self):
        AnnotationFactory(visibility=Annotation.Visibility.HIDDEN, author=UserFactory())
        assert not Annotation.objects.visible().exists()
