"""Paths of the pages of single objects (a quote's id, a speaker's slug) without a
reverse() each: a list page links some sixty objects, and reverse() matches the URL
pattern anew every time, a sixth of the search page's rendering. The templates' url()
(claimtracker/jinja2.py) goes through `path` here: a page's menu and forms link a
dozen fixed paths, and reverse() cost a quarter of the quote page's rendering.

The path for a value is the path reverse() gives for a stand-in value, with the value
in its place. It is kept per URLconf and script prefix, the two things reverse()
reads (no path here depends on the language: no i18n_patterns, which a test
checks), so it is what reverse() would return. Values the shortcut cannot vouch for
(anything but a plain non-negative int or an ASCII slug) go to reverse() itself."""

import re
from functools import lru_cache

from django.conf import settings
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse

# Passes the int and slug converters unchanged, and no fixed part of a path holds it.
STAND_IN = "8529637410"
SLUG = re.compile(r"[-a-zA-Z0-9_]+")


@lru_cache(maxsize=64)
def _around(name: str, urlconf: str, prefix: str) -> tuple[str, str] | None:
    """(before, after) the argument in the path of `name`; `prefix` is only the key.
    None when the pattern's converter refuses the stand-in (an export's format)."""
    try:
        path = reverse(name, urlconf=urlconf, args=[STAND_IN])
    except NoReverseMatch:
        return None
    before, found, after = path.rpartition(STAND_IN)
    return (before, after) if found else None


@lru_cache(maxsize=64)
def _fixed(name: str, urlconf: str, prefix: str) -> str:
    """The path of `name`, a pattern without arguments; `prefix` is only the key."""
    return reverse(name, urlconf=urlconf)


def page_path(name: str, value: int | str) -> str:
    """reverse(name, args=[value]) for a URL pattern with one int or slug argument."""
    if (type(value) is int and value >= 0) or (type(value) is str and SLUG.fullmatch(value)):
        around = _around(name, get_urlconf() or settings.ROOT_URLCONF, get_script_prefix())
        if around:
            return f"{around[0]}{value}{around[1]}"
    return reverse(name, args=[value])


def path_maker(name: str):
    """page_path for many values of one pattern, with the URLconf and prefix looked up
    once: `path_maker("quote-detail")(42)` is "/quotes/42/". For exports, which make
    three addresses a row."""
    around = _around(name, get_urlconf() or settings.ROOT_URLCONF, get_script_prefix())
    if around is None:
        return lambda value: reverse(name, args=[value])
    before, after = around

    def make(value) -> str:
        if (type(value) is int and value >= 0) or (type(value) is str and SLUG.fullmatch(value)):
            return f"{before}{value}{after}"
        return reverse(name, args=[value])

    return make


def path(name: str, *args) -> str:
    """reverse(name, args=args): once per URLconf and prefix for a pattern without
    arguments, by page_path for one with one argument."""
    if not args:
        return _fixed(name, get_urlconf() or settings.ROOT_URLCONF, get_script_prefix())
    if len(args) == 1:
        return page_path(name, args[0])
    return reverse(name, args=args)
