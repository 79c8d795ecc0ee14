"""axe-core on every public page, as a reader (signed out and in) sees it, at a desktop's
and a phone's size: no violation of WCAG 2.1 A and AA or of axe's best practices."""

import pytest

from quotes.models import Quote
from quotes.services.claims import verdict_correct
from tests.browser.screens import SIZES, width
from tests.browser.test_annotating import sign_in
from tests.factories import (
    AnnotationFactory,
    EditorFactory,
    QuoteFactory,
    RatingFactory,
    UserFactory,
    published_claim,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def site(seed_article, editors_group):
    merz = Quote.objects.get(text__startswith="If Ukraine falls")
    AnnotationFactory(quote=merz, start=18, end=31, body="Who is he?")
    QuoteFactory(words="the talks had stalled", kind=Quote.Kind.INDIRECT)
    claim = published_claim(
        editor=EditorFactory(), quotes=[merz], text="Putin will not stop at Ukraine",
        rating=RatingFactory(label="Unproven"),
    )  # fmt: skip
    verdict_correct(
        claim=claim, user=EditorFactory(), reason="Reworded.", rating=None,
        conclusion_only=True, explanation="A prediction. No evidence settles it.",
    )  # fmt: skip
    return {
        "home": "/",
        "search": "/quotes/?q=ukraine",
        "quote": merz.get_absolute_url(),
        "article": seed_article.get_absolute_url(),
        "speakers": "/speakers/",
        "speaker": merz.speaker.get_absolute_url(),
        "claims": "/claims/",
        "claim": claim.get_absolute_url(),
        "corrections": "/corrections/",
        "sign in": "/accounts/login/",
        "register": "/accounts/register/",
    }


@pytest.mark.parametrize("size", SIZES)
def test_no_public_page_has_an_accessibility_violation(new_page, site, axe, size):
    page = new_page(**SIZES[size])
    for name, url in site.items():
        page.goto(url)
        axe(page)
        scrolled = page.evaluate("document.documentElement.scrollWidth")
        assert scrolled <= width(SIZES[size]), f"{name} scrolls sideways"
    UserFactory(username="reader")
    sign_in(page, "reader", site["quote"])
    for name in ("quote", "article", "search"):
        page.goto(site[name])
        axe(page)
