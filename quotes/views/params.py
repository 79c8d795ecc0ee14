"""Links that keep a list's filters: toggling a facet, turning a page."""

from django.http import QueryDict

YEAR_PARAMS = ("date_from", "date_to")


def with_params(params: QueryDict, **changes) -> str:
    """The query string of `params` with `changes` (None removes; a list sets all)."""
    query = params.copy()
    query.pop("page", None)
    for key, value in changes.items():
        if value is None:
            query.pop(key, None)
        elif isinstance(value, list):
            query.setlist(key, value)
        else:
            query[key] = value
    return "?" + query.urlencode() if query else "?"


def facet_links(facets, params: QueryDict) -> dict:
    """Each facet value with `url`: the list with that value added or removed."""
    for name, values in facets.items():
        for facet in values:
            if name == "speaker":
                chosen = params.getlist("speaker")
                new = (
                    [s for s in chosen if s != facet.key]
                    if facet.selected
                    else [*chosen, facet.key]
                )
                facet.url = with_params(params, speaker=new)
            elif name == "year":
                start, end = (
                    (None, None) if facet.selected else (f"{facet.key}-01-01", f"{facet.key}-12-31")
                )
                facet.url = with_params(params, date_from=start, date_to=end)
            else:
                facet.url = with_params(params, **{name: None if facet.selected else facet.key})
    return facets
