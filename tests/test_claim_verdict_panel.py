"""The claim page gives the verdict weight: the rating on its scale, who made the claim
(with a photo an editor supplied), when it was published and last corrected, and how to
share and cite it; the quote page shows a published verdict before its citation."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from quotes.models import Rating, RatingScale, Speaker
from quotes.services.claims import verdict_correct
from tests.factories import EditorFactory, QuoteFactory, SpeakerFactory, published_claim
from tests.html import parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def scale():
    scale = RatingScale.objects.create(name="Five", slug="five")
    labels = ["Pants on fire", "False", "Half true", "Mostly true", "True"]
    for value, label in enumerate(labels, 1):
        Rating.objects.create(scale=scale, label=label, slug=label.lower().replace(" ", "-"),
                              value=value, colour="#123456")  # fmt: skip
    Rating.objects.create(scale=scale, label="Misleading", slug="misleading", value=-1,
                          on_scale=False)  # fmt: skip
    return scale


def claim_rated(label, scale, **kwargs):
    return published_claim(editor=EditorFactory(), rating=scale.ratings.get(label=label), **kwargs)


def test_the_rating_is_shown_on_its_scale_with_a_sentence_for_screen_readers(client, scale):
    claim = claim_rated("False", scale)
    page = parse(client.get(claim.get_absolute_url()).content)
    assert page.texts["verdict-rating"] == "False"
    assert page.texts["scale-text"] == (
        "False is step 2 of 5 on our scale, from Pants on fire to True."
    )
    body = client.get(claim.get_absolute_url()).content.decode()
    steps = body.split('<ol class="scale" aria-hidden="true">')[1].split("</ol>")[0]
    assert steps.count("<li") == 5 and steps.count('class="current"') == 1
    assert '<li class="current"><svg' in steps and "False</span>" in steps.split("current")[1]


def test_an_off_scale_rating_says_it_is_off_the_scale(client, scale):
    claim = claim_rated("Misleading", scale)
    page = parse(client.get(claim.get_absolute_url()).content)
    assert page.texts["scale-text"] == "Misleading is outside our scale from Pants on fire to True."


def test_published_and_updated_dates_stand_by_the_verdict_with_the_latest_correction(client, scale):
    claim = claim_rated("False", scale)
    verdict_correct(claim=claim, user=EditorFactory(), reason="We misread the 2024 table.",
                    text=claim.text, rating=scale.ratings.get(label="Half true"),
                    conclusion_only=False, explanation="Revised.")  # fmt: skip
    body = client.get(claim.get_absolute_url()).content.decode()
    dates = body.split('<p class="verdict-dates">')[1].split("</p>")[0]
    assert 'id="verdict-date"' in dates and 'id="verdict-updated"' in dates
    assert "We misread the 2024 table." in dates and "correction</a>" in dates


def test_the_page_offers_its_link_and_a_citation_to_copy(client, scale):
    claim = claim_rated("False", scale, text="Prices fell by half")
    page = parse(client.get(claim.get_absolute_url()).content)
    assert page.attrs["share-link"]["value"] == f"http://testserver/claims/{claim.pk}/"
    cite = page.texts["cite-text"]
    assert cite.startswith("Claimtracker, “Prices fell by half”, a claim by ")
    assert ": False. Published " in cite and cite.endswith(f"/claims/{claim.pk}/")


def png(size=(40, 40)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "#336699").save(buffer, format="PNG")
    return buffer.getvalue()


def test_the_claimants_photo_shows_when_an_editor_supplied_one(client, scale, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    claim = claim_rated("False", scale)
    speaker = claim.claimant
    body = client.get(claim.get_absolute_url()).content.decode()
    assert "claimant-photo" not in body
    speaker.photo = SimpleUploadedFile("face.png", png(), content_type="image/png")
    speaker.save()
    body = client.get(claim.get_absolute_url()).content.decode()
    assert f'<img class="claimant-photo" src="/media/{speaker.photo.name}" alt=""' in body


@pytest.mark.parametrize(
    "name, content, error",
    [
        ("notes.png", b"<html><script>alert(1)</script>", "Upload a valid image"),
        ("face.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>", "Upload a valid image"),
        ("face.gif", None, "not allowed"),
        ("huge.png", None, "at most 2 MB"),
    ],
)
def test_a_photo_must_be_a_small_jpeg_png_or_webp_image(
    client, settings, tmp_path, name, content, error
):
    settings.MEDIA_ROOT = tmp_path
    speaker = SpeakerFactory()
    editor = EditorFactory(is_superuser=True)
    client.force_login(editor)
    if content is None and name.endswith(".gif"):
        content = png()  # an image, but not one of the types allowed
    elif content is None:
        content = png() + b"\0" * (2 * 1024 * 1024)
    data = {"name": speaker.name, "slug": speaker.slug, "kind": "person",
            "photo": SimpleUploadedFile(name, content),
            "aliases-TOTAL_FORMS": 0, "aliases-INITIAL_FORMS": 0}  # fmt: skip
    response = client.post(f"/admin/quotes/speaker/{speaker.pk}/change/", data)
    assert error in response.content.decode()
    assert not Speaker.objects.get(pk=speaker.pk).photo
    assert list(tmp_path.iterdir()) == []


def test_on_the_quote_page_a_published_verdict_comes_before_the_citation(client, scale):
    quote = QuoteFactory()
    claim_rated("False", scale, quotes=[quote])
    body = client.get(quote.get_absolute_url()).content.decode()
    assert body.index('class="quote-verdicts"') < body.index('id="cite-heading"')
    review = body.split("<dt>Review</dt><dd>")[1].split("</dd>")[0]
    assert review == "Fact-checked: the verdict is below" and "Unreviewed" not in review
