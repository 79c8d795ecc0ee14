"""quotes.links: what reverse() gives, without a reverse() each."""

import pytest
from django.urls import (
    LocalePrefixPattern,
    NoReverseMatch,
    URLResolver,
    clear_script_prefix,
    get_resolver,
    reverse,
    set_script_prefix,
)

from quotes.links import page_path, path


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("quote-detail", 1),
        ("quote-detail", 1234567),
        ("source-detail", 42),
        ("claim-detail", 7),
        ("speaker-detail", "ines-schwarz"),
        ("speaker-detail", "A_slug-9"),
        ("quote-annotations", 3),
    ],
)
def test_it_gives_what_reverse_gives(name, value):
    assert page_path(name, value) == reverse(name, args=[value])


def test_it_follows_the_script_prefix():
    page_path("quote-detail", 5)
    set_script_prefix("/claimtracker/")
    try:
        assert page_path("quote-detail", 5) == "/claimtracker/quotes/5/"
    finally:
        clear_script_prefix()
    assert page_path("quote-detail", 5) == "/quotes/5/"


@pytest.mark.parametrize(
    ("name", "value"), [("quote-detail", -1), ("speaker-detail", ""), ("speaker-detail", "zoë")]
)
def test_it_refuses_what_reverse_refuses(name, value):
    with pytest.raises(NoReverseMatch):
        page_path(name, value)


def test_no_path_depends_on_the_language():
    # page_path keeps one path per URLconf and script prefix; i18n_patterns would
    # make it depend on the active language too.
    patterns = list(get_resolver().url_patterns)
    while patterns:
        pattern = patterns.pop()
        assert not isinstance(pattern.pattern, LocalePrefixPattern), pattern
        if isinstance(pattern, URLResolver):
            patterns.extend(pattern.url_patterns)


@pytest.mark.parametrize(
    "args",
    [
        ("home",),
        ("quote-list",),
        ("admin:index",),
        ("quote-detail", 12),
        ("admin:quotes_quote_change", 12),
        ("quote-export", "json"),  # its converter refuses the stand-in: reverse() itself
    ],
)
def test_a_templates_path_is_what_reverse_gives(args):
    name, *rest = args
    assert path(name, *rest) == reverse(name, args=rest)


def test_a_fixed_path_follows_the_script_prefix():
    path("quote-list")
    set_script_prefix("/claimtracker/")
    try:
        assert path("quote-list") == "/claimtracker/quotes/"
    finally:
        clear_script_prefix()
    assert path("quote-list") == "/quotes/"
