"""On a phone the search page's filters sit behind a "Filter" button at the top, a skip
link leads there, and the header is short; on a desktop they stand beside the results."""

import datetime

import pytest

from quotes.models import Quote
from tests.browser.screens import PHONE
from tests.factories import QuoteFactory, SpeakerFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def quotes():
    speakers = [SpeakerFactory(name=f"Minister Number{n}") for n in range(8)]
    for n in range(40):
        QuoteFactory(
            words=f"The budget for the year {n} is settled",
            speaker=speakers[n % 8],
            kind=Quote.Kind.INDIRECT if n % 5 == 0 else Quote.Kind.DIRECT,
            said_on=datetime.date(2020 + n % 6, 1 + n % 12, 1),
        )


def focused(page) -> str:
    return page.evaluate(
        """() => { const e = document.activeElement;
                   return (e.closest('#filters') ? 'filters:' : '') + e.textContent.trim(); }"""
    )


def test_a_reader_reaches_the_filters_on_a_phone_in_five_tab_presses(
    new_page, quotes, screenshot, axe
):
    phone = new_page(**PHONE)
    phone.goto("/quotes/?q=budget")
    assert phone.locator(".site-header").bounding_box()["height"] <= 130
    summary = phone.locator("#filters-toggle")
    assert summary.is_visible() and summary.bounding_box()["y"] < 844 / 2
    assert not phone.locator(".facets").is_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    axe(phone)
    screenshot(phone, "search-phone-filter-button")

    presses = 0
    while focused(phone) != "Skip to filters" and presses < 5:
        phone.keyboard.press("Tab")
        presses += 1
    phone.keyboard.press("Enter")  # follows the skip link to the "Filter" button
    phone.keyboard.press("Enter")  # opens it
    phone.keyboard.press("Tab")
    presses += 1
    assert presses <= 5 and focused(phone).startswith("filters:Minister Number")
    assert phone.locator(".facets").is_visible()
    axe(phone)
    screenshot(phone, "search-phone-filters-open")

    phone.keyboard.press("Enter")
    phone.wait_for_url("**speaker=minister-number*")
    assert phone.locator(".results .quote-card").count() == 5


def test_on_a_desktop_the_filters_stand_beside_the_results(new_page, quotes, screenshot, axe):
    page = new_page(viewport={"width": 1366, "height": 900})
    page.goto("/quotes/?q=budget")
    assert not page.locator("#filters-toggle").is_visible()
    facets = page.locator(".facets").bounding_box()
    results = page.locator(".results").bounding_box()
    assert facets["x"] > results["x"] + results["width"] and facets["y"] < 400
    axe(page)
    screenshot(page, "search-desktop")


def test_without_javascript_the_filter_button_still_opens(new_page, quotes):
    phone = new_page(java_script_enabled=False, **PHONE)
    phone.goto("/quotes/?q=budget")
    phone.locator("#filters-toggle").click()
    assert phone.locator(".facets").is_visible()
