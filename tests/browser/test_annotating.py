"""A reader annotates a quote in a real browser; an editor hides the note."""

import pytest

from quotes.models import Annotation
from tests.factories import EditorFactory, QuoteFactory, UserFactory, published_claim

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _editors_group(editors_group):
    pass


@pytest.fixture
def quote():
    return QuoteFactory(words="If Ukraine falls, he won't stop")


def sign_in(page, username, next_url):
    page.goto(f"/accounts/login/?next={next_url}")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button:text('Sign in')")
    page.wait_for_url(f"**{next_url}")


def select_words(page, words):
    """Drag the mouse across `words` in the quote, as a reader does."""
    box = page.evaluate(
        """(words) => {
            const element = document.querySelector('#quote-text');
            element.scrollIntoView({block: 'center'});
            const node = element.firstChild;
            const start = node.textContent.indexOf(words);
            const rect = (from, to) => {
                const range = document.createRange();
                range.setStart(node, from);
                range.setEnd(node, to);
                return range.getBoundingClientRect();
            };
            const first = rect(start, start + 1), last = rect(start + words.length - 1,
                start + words.length);
            return {x1: first.left + 1, y1: first.top + first.height / 2,
                    x2: last.right - 1, y2: last.top + last.height / 2};
        }""",
        words,
    )
    page.mouse.move(box["x1"], box["y1"])
    page.mouse.down()
    page.mouse.move(box["x2"], box["y2"], steps=5)
    page.mouse.up()


def test_a_reader_annotates_a_selection_and_an_editor_hides_it(new_page, quote, screenshot):
    UserFactory(username="reader")
    EditorFactory(username="editor")
    url = quote.get_absolute_url()

    reader = new_page()
    sign_in(reader, "reader", url)
    select_words(reader, "he won't stop")
    reader.get_by_role("button", name="Annotate").click()
    assert reader.evaluate("document.activeElement.id") == "annotation-body"
    assert reader.input_value("#annotation-exact") == "he won't stop"
    assert (reader.input_value("#annotation-start"), reader.input_value("#annotation-end")) == (
        "18",
        "31",
    )
    reader.fill("#annotation-body", "Who is he? Putin, from the paragraph before.")
    reader.click("button:text('Add note')")
    reader.wait_for_url(f"**{url}#annotation-*")

    reader.reload()
    highlight = reader.locator("#quote-text mark.annotation-highlight")
    assert highlight.inner_text() == "he won't stop"
    annotation = Annotation.objects.get()
    assert (annotation.start, annotation.end, annotation.prefix) == (18, 31, "If Ukraine falls, ")
    note = reader.locator(f"#annotation-{annotation.pk}")
    assert "Who is he? Putin" in note.inner_text()
    screenshot(reader, "annotation-highlighted")

    editor = new_page()
    sign_in(editor, "editor", "/admin/quotes/annotation/")
    editor.check(f"input[name=_selected_action][value='{annotation.pk}']")
    editor.select_option("select[name=action]", "hide")
    editor.click("button[name=index]")
    assert "1 annotation(s) hidden." in editor.inner_text(".messagelist")
    screenshot(editor, "annotation-hidden-in-admin")

    reader.reload()
    assert reader.locator("mark.annotation-highlight").count() == 0
    assert "Who is he?" not in reader.inner_text("main")
    screenshot(reader, "annotation-gone")
    assert reader.csp_errors == [] and editor.csp_errors == []


def test_without_javascript_a_reader_types_the_words(new_page, quote):
    UserFactory(username="reader")
    url = quote.get_absolute_url()
    reader = new_page(java_script_enabled=False)
    sign_in(reader, "reader", url)
    reader.fill("#annotation-exact", "Ukraine falls")
    reader.fill("#annotation-body", "Typed, not selected.")
    reader.click("button:text('Add note')")
    reader.wait_for_url(f"**{url}#annotation-*")
    assert reader.locator("mark.annotation-highlight").inner_text() == "Ukraine falls"
    assert (Annotation.objects.get().start, Annotation.objects.get().end) == (3, 16)


def test_the_claim_page_markup_parses_in_the_browser_and_breaks_nothing(new_page, screenshot):
    hostile = "</script><script>document.title='pwned'</script> & more"
    claim = published_claim(editor=EditorFactory(), text=hostile)
    page = new_page()
    page.goto(claim.get_absolute_url())
    review = page.evaluate(
        "JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)"
    )
    assert review["claimReviewed"] == page.inner_text("#claim-text") == hostile
    assert page.title() != "pwned" and page.csp_errors == []
    screenshot(page, "claim-page")
