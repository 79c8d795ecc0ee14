"""The two template engines: the public site's pages in Jinja2 (claimtracker/jinja2.py),
the admin in Django's template language, each reading only its own files."""

import datetime

import pytest
from django.template import TemplateDoesNotExist, engines, loader
from django.test import RequestFactory
from django.utils import timezone
from django.utils.safestring import mark_safe

jinja2 = engines["jinja2"]
django_templates = engines["django"]


def test_the_public_pages_are_jinja2_and_the_admins_django():
    assert loader.get_template("quotes/quote_list.html").backend is jinja2
    assert loader.get_template("admin/base_site.html").backend is django_templates


def test_jinja2_never_reads_an_admin_template():
    with pytest.raises(TemplateDoesNotExist):
        jinja2.get_template("admin/base_site.html")


def test_it_escapes_what_is_not_already_safe():
    context = {"text": "<b>", "html": mark_safe("<i>")}
    assert jinja2.from_string("{{ text }} {{ html }}").render(context) == "&lt;b&gt; <i>"


def test_a_missing_value_is_empty_as_in_djangos_templates():
    assert jinja2.from_string("[{{ nothing }}{{ nothing.at.all }}]").render({}) == "[]"


@pytest.mark.parametrize(
    ("query", "call", "tag"),
    [
        ("", "querystring()", "{% querystring %}"),
        ("q=a+b&page=3", "querystring()", "{% querystring %}"),
        ("q=a&page=3", "querystring(page=None)", "{% querystring page=None %}"),
        ("page=3", "querystring(page=None)", "{% querystring page=None %}"),
        ("q=a&page=3", "querystring(page=4)", "{% querystring page=4 %}"),
        (
            "q=%C3%A9&speaker=x",
            "querystring(speaker=['y', 'z'], order='new')",
            "{% querystring speaker=speakers order='new' %}",
        ),
    ],
)
def test_querystring_is_djangos(query, call, tag):
    request = RequestFactory().get(f"/quotes/?{query}")
    mine = jinja2.from_string("{{ " + call + " }}").render({}, request)
    theirs = django_templates.from_string(tag).render({"speakers": ["y", "z"]}, request)
    assert mine == theirs


def test_the_date_filter_gives_local_time_as_djangos_does():
    moment = datetime.datetime(2026, 3, 4, 23, 30, tzinfo=datetime.UTC)
    context = {"t": moment}
    with timezone.override("Europe/Berlin"):
        mine = jinja2.from_string("{{ t|date('j F Y H:i') }} {{ t|date('c') }}").render(context)
        theirs = django_templates.from_string('{{ t|date:"j F Y H:i" }} {{ t|date:"c" }}')
        theirs = theirs.render(context)
    assert mine == theirs
    assert mine.startswith("5 March 2026 00:30")


def test_a_static_files_address_follows_the_settings(settings):
    template = jinja2.from_string("{{ static('quotes/site.css') }}")
    assert template.render({}) == "/static/quotes/site.css"
    settings.STATIC_URL = "/assets/"  # remembered addresses are forgotten
    assert template.render({}) == "/assets/quotes/site.css"
