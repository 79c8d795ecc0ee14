"""A real Chromium (Debian's) driven by Playwright's sync API against pytest-django's
live server. Without /usr/bin/chromium the browser tests skip, saying why, unless
REQUIRE_BROWSER=1 (as in CI), where they fail."""

import os
from pathlib import Path

import pytest
from django.test import override_settings

from quotes.models import Quote, Source
from tests.factories import SpeakerAliasFactory, SpeakerFactory

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session", autouse=True)
def _plain_http_live_server():
    """The live server speaks plain HTTP, and its middleware reads these settings once,
    when it starts: override them before it does (autouse comes first in its scope)."""
    with override_settings(
        SECURE_SSL_REDIRECT=False, SESSION_COOKIE_SECURE=False, CSRF_COOKIE_SECURE=False
    ):
        yield


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        reason = f"no Chromium at {CHROMIUM}: apt-get install chromium"
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls that
    # tests make between browser steps are still synchronous and safe.
    with pytest.MonkeyPatch.context() as env:
        env.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            yield browser
            browser.close()


@pytest.fixture
def page(browser):
    """One page in a fresh context, collecting Content-Security-Policy violations."""
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    page.csp_violations = []
    page.on(
        "console",
        lambda msg: "Content Security Policy" in msg.text and page.csp_violations.append(msg.text),
    )
    yield page
    context.close()


@pytest.fixture
def new_page(browser, live_server):
    """Pages in fresh browser contexts (one per person), on the live server."""
    contexts = []

    def make(**options):
        context = browser.new_context(base_url=live_server.url, **options)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.csp_errors = []
        page.on(
            "console",
            lambda m: "Content Security Policy" in m.text and page.csp_errors.append(m.text),
        )
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def screenshot():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name):
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
# WCAG 2.1 A and AA, and axe's best practices (landmarks, one h1, list structure).
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


def axe_violations(page, *, exclude=()) -> list[str]:
    """What axe-core finds wrong on the page as it stands, one line per rule and
    element. The script is evaluated through the debugging protocol, which the page's
    Content-Security-Policy does not govern (an injected <script> would be refused)."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        """([tags, exclude]) => axe.run(
            {include: [document], exclude: exclude.map((s) => [s])},
            {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})""",
        [AXE_TAGS, list(exclude)],
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {node['target']}"
        for v in result["violations"]
        for node in v["nodes"]
    ]


@pytest.fixture
def axe():
    """`axe(page)` asserts that axe-core finds no violation on the page."""

    def check(page, **options):
        violations = axe_violations(page, **options)
        assert violations == [], f"axe-core on {page.url}:\n" + "\n".join(violations)

    return check


SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_190b2f4bf00dd89e.txt"
QUOTES = [  # (fragment of the body, speaker, how the article named them, cue)
    ('"From the very beginning', "zelenskyy", "Mr Zelensky", "told reporters"),
    ('"If Ukraine falls, he won\'t stop,"', "merz", "Mr Merz", "warned"),
    ('"a fundamental change to the borders in Europe', "merz", "He", "warned"),
]


@pytest.fixture
def seed_article():
    lines = SEED.read_text(encoding="utf-8").splitlines()
    headline = lines[0].strip().split(" ", 2)[2]
    body = "\n".join(lines[2:])
    source = Source.objects.create(
        headline=headline,
        standfirst=lines[1],
        body=body,
        published_on="2025-12-14",
        outlet="Seed News",
    )
    speakers = {
        "zelenskyy": SpeakerFactory(name="Volodymyr Zelenskyy", slug="volodymyr-zelenskyy"),
        "merz": SpeakerFactory(name="Friedrich Merz", slug="friedrich-merz"),
    }
    SpeakerAliasFactory(speaker=speakers["zelenskyy"], name="Zelensky")
    for fragment, who, mention, cue in QUOTES:
        start = body.index(fragment)
        end = body.index('"', start + 1) + 1
        Quote.objects.create(
            source=source,
            speaker=speakers[who],
            speaker_mention=mention,
            cue=cue,
            text=body[start + 1 : end - 1],
            start=start,
            end=end,
            paragraph=body.count("\n", 0, start),
            said_on=source.published_on,
        )
    return source
