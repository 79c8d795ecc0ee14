"""The Jinja2 environment of the public site's templates (templates/jinja2/; the admin's
stay with Django's template language, settings.TEMPLATES): the functions and filters
they use, each Django's own where Django has one, so a page says what it said before.

Autoescaping is on (Django's backend turns it on): a value is escaped unless it is
already safe, as a SafeString from Django is (markupsafe reads its __html__).
csrf_input, request and the context processors' names (user, messages) come from
Django's backend (settings.TEMPLATES)."""

from functools import cache
from types import SimpleNamespace

import jinja2
from django.core.signals import setting_changed
from django.template import defaultfilters, defaulttags
from django.templatetags.static import static
from django.test.signals import template_rendered
from django.urls import reverse
from django.utils.timezone import template_localtime
from markupsafe import Markup

from quotes import links
from quotes.views.cards import quote_cards
from quotes.views.filter_inputs import filter_inputs


class Template(jinja2.Template):
    """Tells Django's test client what it rendered (response.context, .templates), as
    Django's own templates do under test; without receivers the signal costs nothing."""

    def render(self, *args, **kwargs):
        context = dict(*args, **kwargs)
        template_rendered.send(sender=self, template=self, context=context)
        return super().render(context)


class Environment(jinja2.Environment):
    template_class = Template


def url(name, *args, **kwargs):
    """{% url name arg ... %}: the path of the URL pattern `name`, what reverse() gives
    (without a reverse() each, quotes/links.py: a speed trick)."""
    if kwargs:
        return reverse(name, args=args or None, kwargs=kwargs)
    return links.path(name, *args)


@jinja2.pass_context
def querystring(context, query_dict=None, **changes):
    """Django's {% querystring %}: the request's query string with `changes` (None
    removes a key, a list sets all its values), "?..."."""
    django_context = SimpleNamespace(request=context["request"])
    return defaulttags.querystring(django_context, query_dict, **changes)


def inclusion(template_name, make_context):
    """A global that writes out `template_name` with what `make_context` returns, as
    Django's inclusion tags do."""

    @jinja2.pass_environment
    def include(environment, *args, **kwargs):
        template = environment.get_template(template_name)
        # Safe: the template escaped what it wrote (autoescaping).
        return Markup(template.render(make_context(*args, **kwargs)))  # noqa: S704

    return include


@cache
def static_url(path: str) -> str:
    """{% static path %}, looked up once per process (bench/README.md, "Speed tricks in
    the code"): the manifest the hashed names come from is read once at start-up too, so
    a new one needs a restart either way."""
    return static(path)


def _forget_static_urls(setting, **kwargs):
    """Tests change the storage or the static URL (settings fixture, override_settings)."""
    if setting in ("STORAGES", "STATIC_URL"):
        static_url.cache_clear()


setting_changed.connect(_forget_static_urls)


def date(value, arg=None):
    """Django's date filter, given local time as Django's templates give it."""
    return defaultfilters.date(template_localtime(value), arg)


def autoescaping(django_filter):
    """A Django filter that escapes its input itself, told whether the template escapes."""

    @jinja2.pass_eval_context
    def apply(eval_context, value, *args):
        return django_filter(value, *args, autoescape=eval_context.autoescape)

    return apply


def environment(**options):
    # A missing value is empty, as in Django's templates, with DEBUG on too (where the
    # backend would print "{{ name }}").
    options["undefined"] = jinja2.ChainableUndefined
    env = Environment(**options)
    env.globals.update(
        url=url,
        static=static_url,
        querystring=querystring,
        quote_cards=inclusion("quotes/_quote_cards.html", quote_cards),
        filter_inputs=inclusion("quotes/_filter_inputs.html", filter_inputs),
    )
    env.filters.update(
        date=date,
        default_if_none=defaultfilters.default_if_none,
        linebreaks=autoescaping(defaultfilters.linebreaks_filter),
        linebreaksbr=autoescaping(defaultfilters.linebreaksbr),
        pluralize=defaultfilters.pluralize,
        truncatechars=defaultfilters.truncatechars,
        urlencode=defaultfilters.urlencode,
    )
    return env
