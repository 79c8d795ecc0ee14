"""A reader reads a fact check on a phone and on a desktop: the verdict on its scale,
the claimant's photo, the dates, and a link to copy; axe-core finds nothing wrong."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from quotes.models import Rating
from quotes.services.claims import verdict_correct
from tests.browser.screens import DESKTOP, PHONE, width
from tests.factories import EditorFactory, QuoteFactory, RatingScaleFactory, published_claim

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def claim(settings, tmp_path, editors_group):
    settings.MEDIA_ROOT = tmp_path
    scale = RatingScaleFactory()
    steps = [("Pants on fire", "#82071e"), ("False", "#cf222e"), ("Half true", "#bf8700"),
             ("Mostly true", "#4c9a2a"), ("True", "#1a7f37")]  # fmt: skip
    for value, (label, colour) in enumerate(steps, 1):
        Rating.objects.create(scale=scale, label=label, slug=label.lower().replace(" ", "-"),
                              value=value, colour=colour)  # fmt: skip
    quote = QuoteFactory(words="Unemployment has halved since we took office")
    claim = published_claim(
        editor=EditorFactory(), quotes=[quote], text="Unemployment has halved since 2022",
        rating=scale.ratings.get(label="False"), evidence=2,
    )  # fmt: skip
    verdict_correct(claim=claim, user=EditorFactory(), reason="The 2022 figure was revised.",
                    rating=scale.ratings.get(label="Mostly true"), conclusion_only=False,
                    explanation="Unemployment fell by 40%, not half.")  # fmt: skip
    buffer = io.BytesIO()
    Image.new("RGB", (128, 128), "#6b8fb3").save(buffer, format="PNG")
    claim.claimant.photo = SimpleUploadedFile("face.png", buffer.getvalue())
    claim.claimant.save()
    return claim


def serve_media(page, claim):
    """The test server does not serve uploads (production's proxy does): answer the
    photo's request with the stored file."""
    photo = claim.claimant.photo
    page.route(
        "**/media/**", lambda route: route.fulfill(body=photo.read(), content_type="image/png")
    )


def test_a_reader_reads_the_claim_page_on_a_phone(browser, live_server, claim, screenshot, axe):
    context = browser.new_context(**PHONE)
    phone = context.new_page()
    serve_media(phone, claim)
    phone.goto(live_server.url + claim.get_absolute_url())
    assert phone.evaluate("document.documentElement.scrollWidth") <= width(PHONE)
    verdict = phone.locator("#verdict-rating")
    assert verdict.inner_text() == "Mostly true"
    assert verdict.bounding_box()["y"] < 844, "the verdict is on the first screen"
    assert phone.locator(".scale li.current").inner_text().startswith("Mostly true")
    assert phone.inner_text("#scale-text").startswith("Mostly true is step 4 of 5")
    assert phone.locator(".claimant-photo").evaluate("img => img.naturalWidth") == 128
    dates = phone.inner_text(".verdict-dates")
    assert "Published" in dates and "Updated" in dates and "The 2022 figure was revised." in dates
    axe(phone)
    screenshot(phone, "claim-phone")
    context.close()


def test_a_reader_copies_the_link_of_a_fact_check(browser, live_server, claim, screenshot, axe):
    context = browser.new_context(**DESKTOP)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    page = context.new_page()
    serve_media(page, claim)
    page.goto(live_server.url + claim.get_absolute_url())
    page.get_by_role("button", name="Copy link").click()
    assert page.evaluate("navigator.clipboard.readText()") == (
        live_server.url + claim.get_absolute_url()
    )
    assert page.inner_text("#copy-status") == "Copied to the clipboard."
    page.get_by_role("button", name="Copy citation").click()
    assert page.evaluate("navigator.clipboard.readText()").startswith(
        "Claimtracker, “Unemployment has halved since 2022”"
    )
    axe(page)
    screenshot(page, "claim-desktop")

    page.goto(live_server.url + claim.appearances.get().get_absolute_url())
    boxes = [page.locator(s).bounding_box()["y"] for s in (".quote-verdicts", "#cite-heading")]
    assert boxes[0] < boxes[1], "the verdict comes before the citation"
    assert "Unreviewed" not in page.inner_text(".facts")
    axe(page)
    screenshot(page, "quote-with-verdict-desktop")
    context.close()
