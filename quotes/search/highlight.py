"""Search hits marked in user-written text, safely.

The database marks hits with private-use sentinel characters (ts_headline on
PostgreSQL, highlight() on SQLite); `highlight` escapes everything first, then turns
sentinel pairs into <mark> elements and drops stray sentinels (the text itself may
contain them).
"""

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

START, STOP = "\ue000", "\ue001"
_HIT = re.compile(f"{START}(.*?){STOP}", re.DOTALL)


def highlight(marked: str | None) -> SafeString:
    escaped = escape(marked or "")
    html = _HIT.sub(lambda m: f"<mark>{m.group(1)}</mark>", escaped)
    return mark_safe(html.replace(START, "").replace(STOP, ""))  # noqa: S308
