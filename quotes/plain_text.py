"""Text as the site stores and serves it: no character that XML 1.0 cannot carry,
no other control character, and none of the search highlighter's sentinels.

An Atom feed cannot contain U+0001 at all (Django's feed writer raises, and the feed
is a 500 for everyone), and a quote that contains the highlighter's private-use
sentinels U+E000/U+E001 has its own text turned into <mark>. So text is cleaned
where it enters: the importer cleans each article file as it is decoded, every save
of a record of this app cleans its text fields (`clean_fields_before_save`, so the
admin, the services and the shell all do), the list filters clean the words searched
for, and the Atom writer cleans whatever older rows still hold.

Each unwanted character is replaced by one character, never deleted, so the offsets
that quotes and annotations keep into an article's text stay right: a space for
those that separate words (vertical tab, form feed, the information separators,
next line), U+FFFD REPLACEMENT CHARACTER for the rest.
"""

import re

from django.db import models

from quotes.search import START, STOP

REPLACEMENT = "\ufffd"
_SPACES = "\x0b\x0c\x1c\x1d\x1e\x1f\x85"
# C0 controls but tab, line feed and carriage return; DEL and the C1 controls; lone
# surrogates; the two noncharacters XML 1.0 excludes; the highlighter's sentinels.
_UNWANTED = re.compile(
    f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff{START}{STOP}]"
)


def _replace(match: re.Match) -> str:
    return " " if match.group() in _SPACES else REPLACEMENT


def plain_text(text: str) -> str:
    """`text` with every unwanted character replaced, the same length."""
    return _UNWANTED.sub(_replace, text)


def search_words(text: str) -> str:
    """The words a reader searched for, with every unwanted character a space."""
    return _UNWANTED.sub(" ", text)


def clean_fields_before_save(sender, instance, **kwargs) -> None:
    """pre_save receiver: the text fields of this app's records are plain text."""
    if sender._meta.app_label != "quotes":
        return
    for field in sender._meta.concrete_fields:
        if isinstance(field, models.CharField | models.TextField):
            value = getattr(instance, field.attname)
            if isinstance(value, str):
                setattr(instance, field.attname, plain_text(value))
