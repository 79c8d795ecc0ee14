"""A reader in a real browser: search a word from the seed article, narrow to a
speaker, open a quote, follow it to the article and to the speaker's page."""

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_reader_searches_filters_opens_a_quote_and_follows_it(
    live_server, page, screenshot, seed_article
):
    page.goto(live_server.url + "/")
    page.get_by_label("Search quotes by words or speaker").fill("borders")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/quotes/\?q=borders"))
    assert page.locator("h2#results-heading").inner_text().startswith("1 quote")
    assert page.locator(".quote-card mark").first.inner_text().lower() == "borders"
    screenshot(page, "search-one-result")

    page.goto(live_server.url + "/quotes/?q=ukraine")
    assert page.locator(".results .quote-card").count() == 3  # the headline says Ukraine
    screenshot(page, "search")
    page.locator(".facets").get_by_role("link", name="Friedrich Merz").click()
    page.wait_for_url(re.compile(r"speaker=friedrich-merz"))
    cards = page.locator(".results .quote-card")
    assert cards.count() == 2
    assert page.get_by_role("checkbox", name="Friedrich Merz").is_checked()
    screenshot(page, "search-filtered-by-speaker")

    cards.filter(has_text="If Ukraine falls").locator("a.permalink").click()
    page.wait_for_url(re.compile(r"/quotes/\d+/$"))
    assert "If Ukraine falls" in page.locator("mark.the-quote").inner_text()
    assert "Cite this quote" in page.content()
    screenshot(page, "quote")

    page.locator("figcaption a").click()
    page.wait_for_url(re.compile(r"/sources/\d+/"))
    assert page.locator(".article-body mark.quote-mark").count() == 3
    screenshot(page, "article")

    page.locator(".article-body a.speaker-label").first.click()
    page.wait_for_url(re.compile(r"/quotes/\d+/$"))
    page.locator("dd a.speaker-chip").click()
    page.wait_for_url(re.compile(r"/speakers/volodymyr-zelenskyy/"))
    assert page.locator("h1").inner_text() == "Volodymyr Zelenskyy"
    assert "Zelensky" in page.locator(".facts").inner_text()
    screenshot(page, "speaker")
    assert page.csp_violations == []


def test_searching_works_from_the_keyboard_alone(live_server, page, seed_article):
    page.goto(live_server.url + "/speakers/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    page.get_by_label("Name").fill("zelensky")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"q=zelensky"))
    assert page.locator(".speaker-list li").first.inner_text().startswith("Volodymyr Zelenskyy")


def test_the_search_page_reads_on_a_phone(browser, live_server, screenshot, seed_article):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    phone = context.new_page()
    phone.goto(live_server.url + "/quotes/?q=guarantees")
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways ({width}px)"
    screenshot(phone, "search-phone")
    context.close()
