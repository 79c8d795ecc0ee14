"""A reader uses the search form as it comes: Apply leaves a clean address, the verdict
is chosen from a list, the pages say how many there are; axe-core checks the lists."""

import re

import pytest

from tests.browser.screens import DESKTOP
from tests.factories import EditorFactory, QuoteFactory, RatingFactory, published_claim

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def checked(editors_group):
    rating = RatingFactory(label="Mostly false", slug="mostly-false")
    quotes = QuoteFactory.create_batch(45, words="The talks resume on Monday")
    published_claim(editor=EditorFactory(), quotes=quotes[:2], rating=rating)
    return quotes


def test_a_reader_filters_by_verdict_and_apply_leaves_a_clean_address(
    new_page, checked, screenshot, axe
):
    page = new_page(**DESKTOP)
    page.goto("/quotes/?q=talks")
    assert page.inner_text(".pagination [aria-current=page]") == "Page 1 of 3"
    assert page.locator("#id_order option").all_inner_texts() == [
        "Best match first",
        "Newest first",
        "Oldest first",
    ]
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url(re.compile(r"/quotes/\?q=talks$"))

    page.locator("summary", has_text="More filters").click()
    page.select_option("#id_verdict", label="Mostly false")
    axe(page)
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url(re.compile(r"/quotes/\?q=talks&verdict=mostly-false$"))
    assert page.locator(".results .quote-card").count() == 2
    assert page.locator("link[rel=icon]").get_attribute("href") == "/static/quotes/favicon.svg"
    screenshot(page, "search-by-verdict")

    page.goto("/speakers/?q=nobody-at-all")
    assert page.locator(".speaker-list").count() == 0
    assert "No speaker matches." in page.inner_text("main")
    axe(page)
