"""A real Chromium (Debian's, driven by Playwright) against pytest-django's live_server.

Without /usr/bin/chromium these tests skip with the reason, unless REQUIRE_BROWSER=1
(set by .ci/run), where a missing browser fails them."""

import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


@pytest.fixture(scope="session", autouse=True)
def _live_server_settings():
    # SecurityMiddleware reads SECURE_SSL_REDIRECT once, when the session-wide
    # live server loads it: before the per-test settings fixture could turn it off.
    from django.conf import settings

    settings.SECURE_SSL_REDIRECT = False


@pytest.fixture
def browser(monkeypatch):
    if not CHROMIUM.exists():
        reason = "Chromium not installed: apt-get install chromium"
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(reason + " (REQUIRE_BROWSER=1)", pytrace=False)
        pytest.skip(reason)
    # Playwright's sync API runs an event loop in this thread, and Django refuses
    # ORM calls (the test data) beside a running loop unless told; for this test only.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
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
def screenshot():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name):
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take
