"""Readers annotate spans of quotes; editors hide and restore their notes."""

import pytest
from django.urls import reverse

from quotes.models import Annotation, Quote
from quotes.services.annotations import (
    AnnotationError,
    annotation_create,
    annotation_flag,
    annotation_hide,
    annotation_restore,
)
from tests.factories import AnnotationFactory, QuoteFactory, UserFactory
from tests.html import parse

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


def post(client, quote, **data):
    data = {"body": "Who is he?", "motivation": "questioning", **data}
    return client.post(reverse("annotation-create", args=[quote.pk]), data)


def quote_page(client, quote):
    response = client.get(quote.get_absolute_url())
    assert response.status_code == 200
    return response


class TestPosting:
    def test_a_selection_posted_from_the_page_is_stored(self, reader_client, quote):
        response = post(
            reader_client, quote, exact="he", start=18, end=20, prefix="falls, ", suffix=" won't"
        )
        annotation = Annotation.objects.get()
        assert response.status_code == 302
        assert response["Location"] == f"/quotes/{quote.pk}/#annotation-{annotation.pk}"
        assert (annotation.start, annotation.end, annotation.motivation) == (18, 20, "questioning")

    @pytest.mark.parametrize(
        "next_url, back",
        [
            ("/sources/7/", "/sources/7/"),
            ("https://evil.example/", None),
            ("//evil.example/", None),
        ],
    )
    def test_a_note_from_the_article_returns_there_and_nowhere_else(
        self, reader_client, quote, next_url, back
    ):
        response = post(reader_client, quote, exact="he", next=next_url)
        pk = Annotation.objects.get().pk
        assert response["Location"] == f"{back or quote.get_absolute_url()}#annotation-{pk}"

    def test_without_javascript_typed_words_are_enough(self, reader_client, quote):
        post(reader_client, quote, exact="Ukraine falls", start="", end="")
        annotation = Annotation.objects.get()
        assert (annotation.start, annotation.end, annotation.prefix) == (3, 16, "If ")

    def test_words_not_in_the_quote_are_refused_with_the_form_again(self, reader_client, quote):
        response = post(reader_client, quote, exact="Russia")
        assert response.status_code == 400 and not Annotation.objects.exists()
        assert b"Those words are not in the quote" in response.content
        assert b"Who is he?" in response.content  # the note is kept for another try

    def test_an_anonymous_visitor_is_sent_to_sign_in(self, client, quote):
        response = post(client, quote, exact="he")
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/?next=/quotes/")
        assert not Annotation.objects.exists()

    def test_a_rejected_quote_cannot_be_annotated(self, reader_client):
        rejected = QuoteFactory(status="rejected")
        assert post(reader_client, rejected, exact="We").status_code == 404

    def test_posting_too_often_is_refused_with_429_and_a_clear_message(
        self, reader_client, quote, settings
    ):
        settings.ANNOTATION_RATES = ["2/m", "100/d"]
        assert [post(reader_client, quote, exact="he").status_code for _ in range(2)] == [302, 302]
        response = post(reader_client, quote, exact="he")
        assert response.status_code == 429
        assert b"You have posted too many notes" in response.content
        assert 1 <= int(response["Retry-After"]) <= 60
        assert Annotation.objects.count() == 2

    def test_readers_at_different_addresses_each_have_the_limit(self, client, quote, settings):
        settings.ANNOTATION_RATES = ["1/m"]
        for name, address in [("ada", "192.0.2.1"), ("grace", "192.0.2.2")]:
            client.force_login(UserFactory(username=name))
            data = {"body": "Who is he?", "motivation": "questioning", "exact": "he"}
            url = reverse("annotation-create", args=[quote.pk])
            assert client.post(url, data, REMOTE_ADDR=address).status_code == 302


class TestShowing:
    def test_a_note_is_a_highlight_with_the_note_beside_it(self, client, quote, reader):
        annotation = note(quote, reader, exact="he", start=18, end=20, body="Putin, presumably")
        page = parse(quote_page(client, quote).content)
        assert page.texts["quote-text"] == f'"{MERZ}"'  # the quote in its paragraph
        assert (
            b'If Ukraine falls, <mark class="annotation-highlight" data-annotations="'
            + str(annotation.pk).encode()
            + b'">he</mark> won'
        ) in quote_page(client, quote).content
        assert "Putin, presumably" in page.texts[f"annotation-{annotation.pk}"]

    def test_notes_and_words_are_escaped_everywhere(self, client, quote, reader):
        note(quote, reader, exact="he", body='<script>alert("x")</script><b onmouseover=1>')
        content = quote_page(client, quote).content
        assert b"<script>alert" not in content and b"<b onmouseover" not in content
        assert b"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in content

    def test_a_note_whose_words_left_the_quote_is_shown_detached(self, client, quote, reader):
        annotation = note(quote, reader, exact="Ukraine", body="Kept")
        moved = note(quote, reader, exact="stop", body="Moves")
        Quote.objects.filter(pk=quote.pk).update(text="Mr Merz: If Kyiv falls, he won't stop,")
        page = parse(quote_page(client, quote).content)
        entry = page.texts[f"annotation-{annotation.pk}"]
        assert "detached" in entry and "Ukraine" in entry and "Kept" in entry
        assert (
            page.attrs[f"annotation-{annotation.pk}"]["class"] == "annotation annotation-detached"
        )
        assert page.attrs[f"annotation-{moved.pk}"]["class"] == "annotation"

    def test_hidden_notes_vanish_from_the_page(self, client, quote, reader, editor):
        annotation = note(quote, reader, exact="he", body="Rude words")
        annotation_hide(annotations=[annotation], user=editor)
        content = quote_page(client, quote).content
        assert b"Rude words" not in content and b"annotation-highlight" not in content

    def test_anonymous_visitors_read_notes_and_are_invited_to_sign_in(self, client, quote, reader):
        note(quote, reader, exact="he", body="Visible to all")
        content = quote_page(client, quote).content
        assert b"Visible to all" in content and b"annotation-form" not in content
        assert b"to annotate this quote" in content


class TestFlagging:
    def test_a_reader_flags_someone_elses_note_once(self, client, quote, reader):
        annotation = note(quote, UserFactory(username="author"), exact="he")
        client.force_login(reader)
        url = reverse("annotation-flag", args=[annotation.pk])
        assert f'action="{url}"'.encode() in quote_page(client, quote).content
        response = client.post(url, {"reason": "Spam"}, follow=True)
        assert [str(m) for m in response.context["messages"]] == [
            "Thank you: an editor will look at this note."
        ]
        assert annotation.flags.get().reason == "Spam"
        assert b"You flagged this note." in response.content

    def test_no_flag_button_on_your_own_note(self, reader_client, quote, reader):
        annotation = note(quote, reader, exact="he")
        url = reverse("annotation-flag", args=[annotation.pk])
        assert url.encode() not in quote_page(reader_client, quote).content

    def test_a_hidden_note_cannot_be_flagged(self, reader_client, quote, editor):
        annotation = note(quote, editor, exact="he")
        annotation_hide(annotations=[annotation], user=editor)
        url = reverse("annotation-flag", args=[annotation.pk])
        assert reader_client.post(url).status_code == 404
