"""Importing by URL: fetched with a time and size limit, a descriptive User-Agent,
robots.txt obeyed, redirects limited, and only public http(s) addresses by default.
Every page here comes from a server on 127.0.0.1 (tests/loopback.py); the `loopback`
fixture allows private addresses, as only a test or an intranet would."""

from pathlib import Path

import pytest

from quotes.models import Source
from tests.importing import counts, run_import, write

pytestmark = pytest.mark.django_db

PAGE = (Path(__file__).parent / "inputs" / "wordpress_cycle_lanes.html").read_bytes()
OTHER = (Path(__file__).parent / "inputs" / "newsroom_jsonld_stopgap.html").read_bytes()


def only_error(outcome) -> str:
    assert Source.objects.count() == 0
    assert "Traceback" not in outcome.stdout + outcome.stderr
    (line,) = outcome.stderr.splitlines()
    return line


def test_a_page_by_url_lands_with_its_canonical_url(loopback, settings):
    url = loopback.page("/2025/03/04/cycle-lanes/", PAGE)
    outcome = run_import(url)
    assert not outcome.failed, outcome.stderr
    source = Source.objects.get()
    assert source.origin_file == url
    assert source.url == "https://riverside-gazette.example/2025/03/04/cycle-lanes/"
    # Who is asking, said plainly, for robots.txt and the page alike.
    agents = {headers["User-Agent"] for _, headers in loopback.requests}
    assert agents == {settings.IMPORT_USER_AGENT}
    assert "Claimtracker" in settings.IMPORT_USER_AGENT


def test_the_same_url_twice_creates_nothing(loopback):
    url = loopback.page("/story", PAGE)
    run_import(url)
    before = counts()
    assert "skipped, already imported  1" in run_import(url).stdout
    assert counts() == before


def test_a_file_of_urls_is_read_a_line_at_a_time(loopback, tmp_path):
    first = loopback.page("/one", PAGE)
    second = loopback.page("/two", OTHER)
    listing = write(tmp_path, "urls.txt", f"# morning list\n{first}\n\n{second}\n".encode())
    outcome = run_import(urls=str(listing))
    assert not outcome.failed, outcome.stderr
    assert Source.objects.count() == 2


def test_private_and_loopback_addresses_are_refused_by_default(loopback, settings):
    settings.IMPORT_FETCH_PRIVATE_ADDRESSES = False
    url = loopback.page("/story", PAGE)
    line = only_error(run_import(url))
    assert line == (
        f"error: {url}: 127.0.0.1 is a private or loopback address (127.0.0.1); fetching "
        "from those is refused (setting IMPORT_FETCH_PRIVATE_ADDRESSES)"
    )
    assert loopback.requests == []  # not even robots.txt was asked for


def test_a_name_that_resolves_to_this_machine_is_refused_too(settings):
    settings.IMPORT_FETCH_PRIVATE_ADDRESSES = False
    line = only_error(run_import("http://localhost:9/story"))
    assert "is a private or loopback address" in line


def test_a_page_that_never_answers_times_out(loopback, settings):
    settings.IMPORT_FETCH_TIMEOUT = 0.5
    url = loopback.page("/slow", PAGE, delay=5)
    assert only_error(run_import(url)) == f"error: {url}: timed out (the limit is 0.5 s)"


def test_a_page_that_drips_is_cut_off_at_the_time_limit(loopback, settings):
    settings.IMPORT_FETCH_TIMEOUT = 0.5
    url = loopback.page("/drip", PAGE, drip=0.05)
    assert only_error(run_import(url)) == f"error: {url}: timed out (the limit is 0.5 s)"


def test_a_page_over_the_size_limit_is_refused_by_its_length(loopback):
    url = loopback.page("/big", PAGE)
    line = only_error(run_import(url, max_bytes=1000))
    assert line == f"error: {url}: page too large ({len(PAGE):,} bytes; the limit is 1,000)"


def test_a_page_that_does_not_say_its_size_is_cut_off_at_the_limit(loopback):
    url = loopback.page("/sneaky", PAGE, length=-1)
    line = only_error(run_import(url, max_bytes=1000))
    assert line == f"error: {url}: page too large (over the limit of 1,000 bytes)"


def test_a_redirect_loop_is_named(loopback):
    loopback.redirect("/a", "/b")
    url = loopback.redirect("/b", "/a")
    line = only_error(run_import(loopback.url + "/a"))
    assert (
        line == f"error: {loopback.url}/a: redirect loop ({url} redirects back to {loopback.url}/a)"
    )


def test_redirects_are_followed_up_to_the_limit(loopback, settings):
    settings.IMPORT_FETCH_MAX_REDIRECTS = 2
    loopback.page("/final", PAGE)
    loopback.redirect("/hop2", "/final", status=301)
    loopback.redirect("/hop1", "/hop2")
    loopback.redirect("/hop0", "/hop1")
    line = only_error(run_import(loopback.url + "/hop0"))
    assert line == f"error: {loopback.url}/hop0: too many redirects (more than 2)"
    assert not run_import(loopback.url + "/hop1").failed
    assert Source.objects.get().origin_file == loopback.url + "/hop1"


def test_a_redirect_to_another_scheme_is_refused(loopback):
    url = loopback.redirect("/away", "file:///etc/passwd")
    line = only_error(run_import(url))
    assert line == f"error: {url}: only http and https URLs are fetched, not file"


def test_only_http_and_https_urls_are_fetched():
    line = only_error(run_import("ftp://example.org/story.html"))
    assert (
        line == "error: ftp://example.org/story.html: only http and https URLs are fetched, not ftp"
    )


def test_something_that_is_not_a_page_or_a_feed_is_refused(loopback):
    url = loopback.page("/photo", b"\x89PNG\r\n", headers={"Content-Type": "image/png"})
    line = only_error(run_import(url))
    assert line == f"error: {url}: not a web page or a feed (content type image/png)"


def test_an_http_error_is_named(loopback):
    url = loopback.page("/gone", b"gone", status=410)
    assert only_error(run_import(url)) == f"error: {url}: HTTP 410 Gone"


def test_a_page_that_robots_txt_disallows_is_not_fetched(loopback):
    loopback.page("/robots.txt", "User-agent: *\nDisallow: /private/\n", headers={})
    url = loopback.page("/private/story", PAGE)
    allowed = loopback.page("/public/story", OTHER)
    outcome = run_import(url, allowed)
    assert outcome.stderr.splitlines() == [
        f"error: {url}: robots.txt of {loopback.url} does not allow fetching {url}"
    ]
    assert Source.objects.count() == 1
    assert "/private/story" not in loopback.paths_requested()
    assert loopback.paths_requested().count("/robots.txt") == 1  # once per site


def test_robots_txt_that_names_the_importer_is_obeyed(loopback):
    loopback.page("/robots.txt", "User-agent: Claimtracker-importer\nDisallow: /\n")
    url = loopback.page("/story", PAGE)
    assert "does not allow fetching" in only_error(run_import(url))


def test_a_site_whose_robots_txt_fails_is_not_fetched(loopback):
    loopback.page("/robots.txt", b"oops", status=503)
    url = loopback.page("/story", PAGE)
    line = only_error(run_import(url))
    assert line == (
        f"error: {url}: robots.txt of {loopback.url} could not be read (HTTP 503 Service "
        "Unavailable)"
    )


def test_a_page_that_is_not_an_article_gets_one_clear_line(loopback):
    url = loopback.page("/", b"<html><body><nav><a href='/a'>Home</a></nav></body></html>")
    line = only_error(run_import(url))
    assert line.startswith(f"error: {url}: not an article:")


def test_a_server_that_refuses_connections_is_named(settings):
    settings.IMPORT_FETCH_PRIVATE_ADDRESSES = True
    line = only_error(run_import("http://127.0.0.1:9/story"))
    assert line == (
        "error: http://127.0.0.1:9/story: cannot connect to the host (connection refused or "
        "unreachable)"
    )
