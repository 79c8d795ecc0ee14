"""Links that keep a list's filters: toggling a facet, turning a page."""

from urllib.parse import quote_plus, urlencode

from django.http import QueryDict

YEAR_PARAMS = ("date_from", "date_to")


def with_params(params: QueryDict, **changes) -> str:
    """The query string of `params` with `changes` (None removes; a list sets all)."""
    return _changed(_lists(params), changes, params.encoding)


def _lists(params: QueryDict) -> dict[str, list]:
    """`params` as a plain dict of lists, less the page. Each link changes a shallow
    copy of it: copying the QueryDict (a deep copy) cost more than the link."""
    return {key: values for key, values in params.lists() if key != "page"}


def _changed(lists: dict[str, list], changes: dict, encoding: str) -> str:
    """What QueryDict.urlencode gives for `lists` with `changes`, keys in order."""
    query = dict(lists)
    for key, value in changes.items():
        if value is None:
            query.pop(key, None)
        else:
            query[key] = value if isinstance(value, list) else [value]
    pairs = [(key, value) for key, values in query.items() for value in values]
    return "?" + urlencode(pairs, encoding=encoding) if pairs else "?"


class _Encoder:
    """_changed for many links from one set of parameters: each parameter the links keep
    is encoded once, not once a link (a search page makes some forty)."""

    def __init__(self, lists: dict[str, list], encoding: str) -> None:
        self.lists, self.encoding = lists, encoding
        self.encoded = {key: self._pairs(key, values) for key, values in lists.items()}

    def _pairs(self, key: str, values: list) -> str:
        name = quote_plus(str(key), "", self.encoding)
        return "&".join(f"{name}={quote_plus(str(value), '', self.encoding)}" for value in values)

    def changed(self, changes: dict) -> str:
        """What _changed(lists, changes, encoding) gives."""
        parts = dict(self.encoded)
        for key, value in changes.items():
            if value is None:
                parts.pop(key, None)
            else:
                parts[key] = self._pairs(key, value if isinstance(value, list) else [value])
        query = "&".join(part for part in parts.values() if part)
        return "?" + query


def facet_links(facets, params: QueryDict) -> dict:
    """Each facet value with `url`: the list with that value added or removed."""
    lists = _lists(params)
    encoder = _Encoder(lists, params.encoding)
    chosen = params.getlist("speaker")
    for name, values in facets.items():
        for facet in values:
            if name == "speaker":
                new = (
                    [s for s in chosen if s != facet.key]
                    if facet.selected
                    else [*chosen, facet.key]
                )
                changes = {"speaker": new}
            elif name == "year":
                start, end = (
                    (None, None) if facet.selected else (f"{facet.key}-01-01", f"{facet.key}-12-31")
                )
                changes = {"date_from": start, "date_to": end}
            else:
                changes = {name: None if facet.selected else facet.key}
            facet.url = encoder.changed(changes)
    return facets


def without_empty(params: QueryDict) -> str | None:
    """The query string of `params` less its empty values (what a submitted form sends
    for every field left blank), or None when none is empty."""
    pairs = [(key, value) for key, values in params.lists() for value in values]
    kept = [(key, value) for key, value in pairs if value.strip()]
    if len(kept) == len(pairs):
        return None
    return "?" + urlencode(kept, encoding=params.encoding) if kept else ""
