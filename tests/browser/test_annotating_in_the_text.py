"""Readers annotate where the text is, and see who said each highlight: in the
article, on a desktop and on a phone, with axe-core checking each page."""

import re

import pytest

from quotes.models import Annotation, Quote
from tests.browser.screens import DESKTOP, PHONE, SIZES, width
from tests.browser.test_annotating import PASSWORD
from tests.factories import UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def sign_in(page, next_url):
    page.goto(f"/accounts/login/?next={next_url}")
    page.fill("#id_username", "reader")
    page.fill("#id_password", PASSWORD)
    page.click("button:text('Sign in')")
    page.wait_for_url(f"**{next_url}")


def drag_across(page, selector, words):
    """Drag the mouse across `words` in the element, as a reader selects them."""
    box = page.evaluate(
        """([selector, words]) => {
            const element = document.querySelector(selector);
            element.scrollIntoView({block: 'center'});
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            let node;
            while ((node = walker.nextNode()) && !node.textContent.includes(words)) {}
            const start = node.textContent.indexOf(words);
            const rect = (from, to) => {
                const range = document.createRange();
                range.setStart(node, from);
                range.setEnd(node, to);
                return range.getBoundingClientRect();
            };
            const first = rect(start, start + 1);
            const last = rect(start + words.length - 1, start + words.length);
            return {x1: first.left + 1, y1: first.top + first.height / 2,
                    x2: last.right - 1, y2: last.top + last.height / 2};
        }""",
        [selector, words],
    )
    page.mouse.move(box["x1"], box["y1"])
    page.mouse.down()
    page.mouse.move(box["x2"], box["y2"], steps=5)
    page.mouse.up()


def test_a_reader_selects_words_in_the_article_and_annotates_them(
    new_page, seed_article, screenshot, axe
):
    UserFactory(username="reader")
    merz = Quote.objects.get(text__startswith="If Ukraine falls")
    url = seed_article.get_absolute_url()
    page = new_page(**DESKTOP)
    sign_in(page, url)
    axe(page)

    drag_across(page, f"#quote-{merz.pk}", "he won't stop")
    annotate = page.get_by_role("button", name="Annotate")
    annotate.wait_for()
    screenshot(page, "article-annotate-button")
    annotate.click()
    assert page.inner_text("#annotation-words") == "he won't stop"
    assert page.evaluate("document.activeElement.id") == "annotation-body"
    page.keyboard.type("Who is he? Putin, from the paragraph before.")
    axe(page)
    page.get_by_role("button", name="Add note").click()
    page.wait_for_url(re.compile(rf"{url}#annotation-\d+$"))

    note = Annotation.objects.get()
    assert (note.quote, note.exact, note.start, note.end) == (merz, "he won't stop", 18, 31)
    assert note.prefix == "If Ukraine falls, " and note.suffix == ","
    highlight = page.locator(f"#quote-{merz.pk} mark.annotation-highlight")
    assert highlight.inner_text() == "he won't stop"
    beside = page.locator(f"#annotation-{note.pk}")
    assert "Who is he? Putin" in beside.inner_text()
    # Beside the text on a desktop: to the right of the paragraph, level with it.
    text_box = page.locator(f"#quote-{merz.pk}").bounding_box()
    note_box = beside.bounding_box()
    assert note_box["x"] > text_box["x"] + text_box["width"] - 1
    highlight.click()
    assert page.evaluate("document.activeElement.id") == f"annotation-{note.pk}"
    axe(page)
    screenshot(page, "article-annotated-desktop")

    page.goto(merz.get_absolute_url())
    assert page.locator("#quote-text mark.annotation-highlight").inner_text() == "he won't stop"
    assert "Who is he? Putin" in page.locator(".margin-notes").inner_text()
    axe(page)
    assert page.csp_errors == []


def test_a_reader_selects_words_in_the_quotes_context_on_a_phone(
    new_page, seed_article, screenshot, axe
):
    UserFactory(username="reader")
    quote = Quote.objects.get(text__startswith="a fundamental change")
    page = new_page(**PHONE)
    sign_in(page, quote.get_absolute_url())
    drag_across(page, "#quote-text", "the borders")
    page.get_by_role("button", name="Annotate").click()
    assert page.input_value("#annotation-exact") == "the borders"
    page.fill("#annotation-body", "Which borders?")
    page.get_by_role("button", name="Add note").click()
    page.wait_for_url(re.compile(r"#annotation-\d+$"))
    assert page.locator("#quote-text mark.annotation-highlight").inner_text() == "the borders"
    assert "Which borders?" in page.locator(".margin-notes").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= width(PHONE)
    axe(page)
    screenshot(page, "quote-annotated-phone")


def test_signed_out_the_button_leads_to_signing_in(new_page, seed_article):
    page = new_page(**DESKTOP)
    page.goto(seed_article.get_absolute_url())
    first = Quote.objects.order_by("start").first()
    drag_across(page, f"#quote-{first.pk}", "very beginning")
    page.get_by_role("button", name="Sign in to annotate").click()
    page.wait_for_url(re.compile(r"/accounts/login/\?next=/sources/\d+/"))


def test_a_reader_sees_who_said_each_highlight_and_follows_it_to_the_quote(
    new_page, seed_article, screenshot, axe
):
    for size, options in SIZES.items():
        page = new_page(**options)
        page.goto(seed_article.get_absolute_url())
        labels = page.locator(".article-body a.speaker-label")
        assert labels.all_inner_texts() == [
            "Volodymyr Zelenskyy",
            "Friedrich Merz",
            "Friedrich Merz",
        ]
        legend = page.locator(".speaker-legend li")
        assert [text.strip() for text in legend.all_inner_texts()] == [
            "Volodymyr Zelenskyy 1 quote",
            "Friedrich Merz 2 quotes",
        ]
        # Each speaker's marks and label share the legend's colour; two speakers differ.
        colours = page.evaluate(
            """() => [...document.querySelectorAll('.article-body mark.quote-mark')]
                .map((m) => getComputedStyle(m).backgroundColor)"""
        )
        assert colours[1] == colours[2] != colours[0]
        key = page.locator(".speaker-legend .legend-key").nth(1)
        assert key.evaluate("(k) => getComputedStyle(k).backgroundColor") == colours[1]
        assert page.evaluate("document.documentElement.scrollWidth") <= width(options)
        axe(page)
        screenshot(page, f"article-speakers-{size}")
        marked = page.locator(".article-body mark.quote-mark").nth(1).inner_text()
        labels.nth(1).click()
        page.wait_for_url(re.compile(r"/quotes/\d+/$"))
        assert page.inner_text("mark.the-quote") == marked
        assert page.inner_text("h1").startswith("Friedrich Merz")
        assert page.csp_errors == []
