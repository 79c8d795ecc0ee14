"""Name normalisation shared by in-article clustering and the database's alias keys."""

import re
import unicodedata

# Titles that say what someone is, not who: stripped for identity, kept in the label.
HONORIFICS = frozenset(
    """
    mr mrs ms miss mx dr prof professor sir dame lord lady
    president chancellor premier minister senator sen rep representative
    governor gov mayor judge justice general gen colonel col captain capt
    rev reverend father sheikh
    """.split()
)

_APOSTROPHES = re.compile(r"['\u2019\u2018`\u02bc]")
_NON_WORD = re.compile(r"[^\w]+")


def alias_key(name: str) -> str:
    """The identity key of a surface form: "Mr. Zelenskyy" -> "zelenskyy".

    Case-folded, accents removed, punctuation folded to spaces and leading
    honorifics dropped; a name made only of honorifics keeps them, so
    "President" alone never collapses to an empty key.
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHES.sub("", text.casefold())
    words = _NON_WORD.sub(" ", text).split()
    start = 0
    while start < len(words) - 1 and words[start] in HONORIFICS:
        start += 1
    return " ".join(words[start:])
