from django import template

from quotes.search import highlight as highlight_marked

register = template.Library()


@register.filter
def highlight(marked):
    """Search hits as <mark>, everything else escaped (see quotes.search.highlight)."""
    return highlight_marked(marked)
