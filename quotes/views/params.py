"""Links that keep a list's filters: toggling a facet, turning a page."""

from urllib.parse import urlencode

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


def facet_links(facets, params: QueryDict) -> dict:
    """Each facet value with `url`: the list with that value added or removed."""
    lists, encoding = _lists(params), params.encoding
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
            facet.url = _changed(lists, changes, encoding)
    return facets


def without_empty(params: QueryDict) -> str | None:
    """The query string of `params` less its empty values (what a submitted form sends
    for every field left blank), or None when none is empty."""
    pairs = [(key, value) for key, values in params.lists() for value in values]
    kept = [(key, value) for key, value in pairs if value.strip()]
    if len(kept) == len(pairs):
        return None
    return "?" + urlencode(kept, encoding=params.encoding) if kept else ""
