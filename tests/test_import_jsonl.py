"""JSON Lines dumps: an article a line; a bad line gets FILE:LINE and its reason."""

import datetime
import json
from pathlib import Path

import pytest

from quotes.models import Source
from tests.importing import counts, run_import, write

pytestmark = pytest.mark.django_db

DUMP = (Path(__file__).parent / "inputs" / "scraper_dump.jsonl").read_bytes()


def test_good_lines_land_and_each_bad_line_gets_file_line_and_reason(tmp_path):
    dump = write(tmp_path, "scrape.jsonl", DUMP)
    outcome = run_import(dump)
    assert outcome.failed and "Traceback" not in outcome.stderr
    assert outcome.stderr.splitlines() == [
        f"error: {dump}:2: 'date' must be YYYY-MM-DD (got '02/11/2025')",
        f"error: {dump}:5: not JSON (Expecting value at column 1)",
        f"error: {dump}:6: no 'body'",
        f"error: {dump}:7: not a JSON object",
        f"error: {dump}:8: 'body' must be a string or a list of strings",
        f"error: {dump}:9: 'url' must be an http or https address",
    ]
    assert "sources created            2" in outcome.stdout
    assert "failed                     6" in outcome.stdout
    strike, bridge = Source.objects.order_by("published_on")
    assert strike.headline == "Port strike ends after pay deal"
    assert strike.standfirst == "Cranes will be working again on Monday."
    assert (strike.outlet, strike.byline, strike.language) == ("Harbour News", "Rhys Morgan", "en")
    assert strike.url == "https://harbour-news.example/port-strike"
    assert strike.origin_file == f"{dump}:1"
    # Paragraphs split at blank lines; a single line break inside one is a space.
    assert strike.paragraphs == [
        "Dock workers voted on Saturday to accept a 6% rise, ending a three-week strike.",
        '"It\'s a fair deal at last," said union organiser Sam Ellery. He thanked members '
        "for their patience.",
    ]
    assert bridge.published_on == datetime.date(2025, 11, 3) and bridge.language == "hr"
    assert bridge.paragraphs[1] == "“We will build it within four years,” Mayor Ana Petrovic said."


def test_importing_a_dump_again_creates_nothing(tmp_path):
    dump = write(tmp_path, "scrape.jsonl", DUMP)
    run_import(dump)
    before = counts()
    again = run_import(dump)
    assert "skipped, already imported  2" in again.stdout
    assert counts() == before


def test_a_line_over_the_size_limit_is_refused_and_the_next_line_still_lands(tmp_path):
    big = {"headline": "Big", "date": "2025-01-01", "body": "Words. " * 400}
    small = {"headline": "Small", "date": "2025-01-02", "body": '"Yes," Ann Lee said.'}
    lines = [json.dumps(big), json.dumps(small)]
    dump = write(tmp_path, "two.jsonl", "\n".join(lines).encode())
    outcome = run_import(dump, max_bytes=1000)
    assert outcome.stderr.splitlines() == [f"error: {dump}:1: line over 1,000 bytes"]
    assert list(Source.objects.values_list("headline", flat=True)) == ["Small"]


def test_a_dump_can_be_larger_than_the_per_article_limit(tmp_path):
    lines = [
        json.dumps({"headline": f"Story {n}", "date": "2025-01-01", "body": f"Body {n}. " * 20})
        for n in range(30)
    ]
    dump = write(tmp_path, "many.jsonl", "\n".join(lines).encode())
    assert dump.stat().st_size > 5000
    outcome = run_import(dump, max_bytes=5000)
    assert not outcome.failed, outcome.stderr
    assert Source.objects.count() == 30


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b'{"headline": "x", "date": "2025-13-01", "body": "y"}', "invalid date 2025-13-01"),
        (b'{"headline": "", "date": "2025-01-01", "body": "y"}', "no headline"),
        (b'{"headline": "x", "date": "2025-01-01", "body": ["", "  "]}', "no body paragraphs"),
        (b'{"headline": 7, "date": "2025-01-01", "body": "y"}', "'headline' must be a string"),
        (b'{"headline": "caf\xe9", "date": "2025-01-01", "body": "y"}', "not UTF-8 text"),
        (b"[" * 100000 + b"]" * 100000, "not JSON"),
    ],
    ids=["impossible date", "empty headline", "blank body", "number", "latin-1", "deep nesting"],
)
def test_hostile_and_broken_lines_get_a_reason(tmp_path, line, reason):
    dump = write(tmp_path, "bad.jsonl", line + b"\n")
    outcome = run_import(dump)
    (error,) = outcome.stderr.splitlines()
    assert error.startswith(f"error: {dump}:1: {reason}")
    assert Source.objects.count() == 0


def test_an_empty_dump_is_one_line(tmp_path):
    dump = write(tmp_path, "empty.jsonl", b"\n\n")
    assert run_import(dump).stderr.splitlines() == [f"error: {dump}: empty file"]
