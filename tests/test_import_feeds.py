"""RSS and Atom feeds: an article per entry, from its full content or its link."""

import datetime
from pathlib import Path

import pytest

from quotes.models import Quote, Source
from tests.importing import counts, run_import, write

pytestmark = pytest.mark.django_db

INPUTS = Path(__file__).parent / "inputs"
RSS = (INPUTS / "rss_with_full_content.xml").read_bytes()
ATOM = (INPUTS / "atom_with_links.xml").read_text(encoding="utf-8")
PAGE = (INPUTS / "newsroom_jsonld_stopgap.html").read_bytes()


def test_an_rss_feeds_entries_land_with_their_date_author_and_the_feeds_title(tmp_path):
    feed = write(tmp_path, "northern.rss", RSS)
    outcome = run_import(feed)
    first, second = Source.objects.order_by("published_on").reverse()
    assert first.headline == "Hospital trust apologises for ambulance delays"
    # 00:30 on the 15th in the publisher's zone (the 14th in UTC): the date as written.
    assert first.published_on == datetime.date(2025, 10, 15)
    assert (first.byline, first.outlet, first.language) == ("Priya Nair", "Northern Desk", "en")
    assert first.url == "https://northern-desk.example/news/ambulance-delays"
    assert first.standfirst == "The trust said handover times had doubled since spring."
    assert first.origin_file == f"{feed}#1"
    assert first.paragraphs[1] == (
        "“We are deeply sorry for the distress this caused,” said chief executive Helen "
        "Marsh. “It is not the service we want to give.”"
    )
    assert second.byline == "Tom Avery" and second.standfirst == ""
    assert "alert" not in second.body  # the feed's script is gone
    assert "Helen Marsh" in Quote.objects.values_list("speaker__name", flat=True)
    # The empty entry: one line, naming the entry; the others landed.
    assert outcome.stderr.splitlines() == [
        f"error: {feed}#3: the entry has no content and no link to fetch it from"
    ]


def test_an_atom_entry_without_content_is_fetched_from_its_link(tmp_path, loopback):
    loopback.page("/politics/2025/09/30/senate-stopgap/", PAGE)
    feed = write(tmp_path, "politics.atom", ATOM.replace("LINK", loopback.url).encode())
    outcome = run_import(feed)
    assert not outcome.failed, outcome.stderr
    compact, stopgap = Source.objects.order_by("-published_on")
    assert compact.headline == "Governors split over new water compact"
    assert compact.published_on == datetime.date(2025, 10, 1)
    assert (compact.byline, compact.outlet) == ("Dana Whitlock", "Capital Ledger: Politics")
    assert compact.standfirst == "Three states signed; two walked away."
    assert "“This is a fair division of a shrinking river,” Governor Elena Ruiz" in compact.body
    # The second entry's body came from its page; its date and author from the feed.
    assert stopgap.headline == "Senate passes stopgap funding bill, averting shutdown"
    assert stopgap.published_on == datetime.date(2025, 9, 30)  # 18:41 -04:00, as written
    assert stopgap.byline == "Luis Ortega" and stopgap.outlet == "Capital Ledger"
    assert '"We did our job tonight," Senate Majority Leader Karen Whitfield' in stopgap.body
    assert loopback.paths_requested() == ["/robots.txt", "/politics/2025/09/30/senate-stopgap/"]


def test_importing_a_feed_again_creates_nothing(tmp_path):
    feed = write(tmp_path, "northern.xml", RSS)
    run_import(feed)
    before = counts()
    again = run_import(feed)
    assert "skipped, already imported  2" in again.stdout
    assert counts() == before


def test_a_feed_by_url_is_read_and_its_entries_land(loopback):
    url = loopback.page("/feed", RSS, headers={"Content-Type": "application/rss+xml"})
    outcome = run_import(url)
    assert Source.objects.count() == 2
    assert f"error: {url}#3:" in outcome.stderr


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"<?xml version='1.0'?><rss version='2.0'><channel><title>Empty</title></channel></rss>",
         "a feed with no entries"),
        (b"<?xml version='1.0'?><catalogue><book/></catalogue>", "not an RSS or Atom feed"),
        (b"\x00\x01 a binary file", "not an RSS or Atom feed ("),
    ],
    ids=["no entries", "other xml", "not xml"],
)  # fmt: skip
def test_a_bad_feed_gets_one_line(tmp_path, data, reason):
    feed = write(tmp_path, "bad.xml", data)
    outcome = run_import(feed)
    (line,) = outcome.stderr.splitlines()
    assert line.startswith(f"error: {feed}: {reason}")
    assert Source.objects.count() == 0
