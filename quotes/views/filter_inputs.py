"""Filters of a list's form, written out by hand: Django's widget templates cost
more than the rest of the page. A filter's value, errors and options are read here once
(the template asked the bound field for its value once per option); the template
quotes/_filter_inputs.html writes them out (`filter_inputs((field, type), ...)` in a
template, a global of claimtracker/jinja2.py)."""


def filter_input(field, type, bare=False) -> dict:
    """One input of quotes/_filter_inputs.html: `field` (a BoundField) as a labelled
    input of `type` (date, text, number, select); `bare` leaves out the wrapping
    paragraph."""
    value = field.value()
    value = "" if value is None else value
    options = ()
    if type == "select":
        chosen = str(value)  # compared as text, as the template did
        options = [(choice, label, str(choice) == chosen) for choice, label in field.field.choices]
    return {
        "id": field.id_for_label,
        "label": field.label,
        "name": field.html_name,
        "type": type,
        "value": value,
        "options": options,
        "errors": list(field.errors),
        "bare": bare,
    }


def filter_inputs(*filters: tuple) -> dict:
    """The context of quotes/_filter_inputs.html: each of `filters`, a (field, type) or
    (field, type, bare) as filter_input() takes them, in turn."""
    return {"inputs": [filter_input(*spec) for spec in filters]}
