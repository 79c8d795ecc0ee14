"""Who may do what: every URL and method, for an anonymous visitor, a reader and an
editor. Anonymous visitors read; readers annotate and flag; only editors curate,
review and publish. Every form is protected against cross-site request forgery."""

import re
from dataclasses import dataclass

import pytest
from django.test import Client
from django.urls import reverse

from quotes.models import Annotation, Claim, Correction
from quotes.services.claims import claim_create_from_quotes, verdict_retract, verdict_write
from tests.factories import (
    AnnotationFactory,
    QuoteFactory,
    UserFactory,
    published_claim,
)

pytestmark = pytest.mark.django_db

LOGIN = "/accounts/login/"
ADMIN_LOGIN = "/admin/login/"


@dataclass
class World:
    quote: object
    rejected: object
    published: object
    draft: object
    retracted: object
    annotation: object


@pytest.fixture
def world(editor):
    quote = QuoteFactory(words="If Ukraine falls, he won't stop")
    retracted = published_claim(editor=editor, text="Retracted claim")
    verdict_retract(claim=retracted, user=editor, reason="Misattributed")
    draft = claim_create_from_quotes(quotes=[quote], text="Draft claim", user=editor)
    verdict_write(claim=draft, user=editor, explanation="Work in progress.")
    return World(
        quote=quote,
        rejected=QuoteFactory(status="rejected"),
        published=published_claim(editor=editor, quotes=[quote], text="Published claim"),
        draft=draft,
        retracted=retracted,
        annotation=AnnotationFactory(quote=quote, author=UserFactory(username="someone")),
    )


def ok(code=200):
    return (code, None)


def to(where):
    return (302, where)


# name: (method, url(world), data(world), {persona: (status, redirect prefix or None)})
EVERYONE_READS = {"anonymous": ok(), "reader": ok(), "editor": ok()}
NOBODY = {"anonymous": ok(405), "reader": ok(405), "editor": ok(405)}
ONLY_EDITORS_SEE = {"anonymous": ok(404), "reader": ok(404), "editor": ok()}
EDITORS_IN_ADMIN = {"anonymous": to(ADMIN_LOGIN), "reader": to(ADMIN_LOGIN), "editor": ok()}


def quote_url(w):
    return w.quote.get_absolute_url()


MATRIX = {
    "home": ("get", lambda w: reverse("home"), None, EVERYONE_READS),
    "quote page": ("get", quote_url, None, EVERYONE_READS),
    "rejected quote page": (
        "get",
        lambda w: w.rejected.get_absolute_url(),
        None,
        {"anonymous": ok(404), "reader": ok(404), "editor": ok(404)},
    ),
    "home, posted to": ("post", lambda w: reverse("home"), {}, NOBODY),
    "quote search": ("get", lambda w: reverse("quote-list") + "?q=Ukraine", None, EVERYONE_READS),
    "quote search, posted to": ("post", lambda w: reverse("quote-list"), {}, NOBODY),
    "quotes as json": (
        "get",
        lambda w: reverse("quote-export", args=["json"]),
        None,
        EVERYONE_READS,
    ),
    "quotes as csv": ("get", lambda w: reverse("quote-export", args=["csv"]), None, EVERYONE_READS),
    "quotes as csv, posted to": (
        "post",
        lambda w: reverse("quote-export", args=["csv"]),
        {},
        NOBODY,
    ),
    "search feed": ("get", lambda w: reverse("quote-feed") + "?q=Ukraine", None, EVERYONE_READS),
    "speaker list": ("get", lambda w: reverse("speaker-list"), None, EVERYONE_READS),
    "speaker list, posted to": ("post", lambda w: reverse("speaker-list"), {}, NOBODY),
    "speakers as json": (
        "get",
        lambda w: reverse("speaker-export", args=["json"]),
        None,
        EVERYONE_READS,
    ),
    "speaker feed": (
        "get",
        lambda w: reverse("speaker-feed", args=[w.quote.speaker.slug]),
        None,
        EVERYONE_READS,
    ),
    "claims as csv": ("get", lambda w: reverse("claim-export", args=["csv"]), None, EVERYONE_READS),
    "quote page, posted to": ("post", quote_url, {}, NOBODY),
    "speaker page": ("get", lambda w: w.quote.speaker.get_absolute_url(), None, EVERYONE_READS),
    "source page": ("get", lambda w: w.quote.source.get_absolute_url(), None, EVERYONE_READS),
    "claim list": ("get", lambda w: reverse("claim-list"), None, EVERYONE_READS),
    "published claim": ("get", lambda w: w.published.get_absolute_url(), None, EVERYONE_READS),
    "published claim, posted to": (
        "post",
        lambda w: w.published.get_absolute_url(),
        {},
        NOBODY,
    ),
    "retracted claim": ("get", lambda w: w.retracted.get_absolute_url(), None, EVERYONE_READS),
    "draft claim": ("get", lambda w: w.draft.get_absolute_url(), None, ONLY_EDITORS_SEE),
    "claimreview feed": ("get", lambda w: reverse("claimreview-feed"), None, EVERYONE_READS),
    "claimreview feed, posted to": ("post", lambda w: reverse("claimreview-feed"), {}, NOBODY),
    "corrections log": ("get", lambda w: reverse("corrections"), None, EVERYONE_READS),
    "corrections log, posted to": ("post", lambda w: reverse("corrections"), {}, NOBODY),
    "annotations json-ld": (
        "get",
        lambda w: reverse("quote-annotations", args=[w.quote.pk]),
        None,
        EVERYONE_READS,
    ),
    "annotations json-ld, posted to": (
        "post",
        lambda w: reverse("quote-annotations", args=[w.quote.pk]),
        {},
        NOBODY,
    ),
    "make a claim": (
        "post",
        lambda w: reverse("quote-make-claim", args=[w.quote.pk]),
        {"text": "Putin will not stop at Ukraine"},
        {"anonymous": to(LOGIN), "reader": ok(403), "editor": to("/admin/quotes/claim/")},
    ),
    "verify a quote from its page": (
        "post",
        lambda w: reverse("quote-review", args=[w.quote.pk]),
        {"status": "verified"},
        {"anonymous": to(LOGIN), "reader": ok(403), "editor": to("/quotes/")},
    ),
    "verify a quote, fetched": (
        "get",
        lambda w: reverse("quote-review", args=[w.quote.pk]),
        None,
        NOBODY,
    ),
    "favicon": (
        "get",
        lambda w: "/favicon.ico",
        None,
        dict.fromkeys(("anonymous", "reader", "editor"), (301, "/static/quotes/favicon")),
    ),
    "make a claim, fetched": (
        "get",
        lambda w: reverse("quote-make-claim", args=[w.quote.pk]),
        None,
        NOBODY,
    ),
    "annotate": (
        "post",
        lambda w: reverse("annotation-create", args=[w.quote.pk]),
        {"exact": "he", "body": "Who?", "motivation": "questioning"},
        {"anonymous": to(LOGIN), "reader": to("/quotes/"), "editor": to("/quotes/")},
    ),
    "annotate, fetched": (
        "get",
        lambda w: reverse("annotation-create", args=[w.quote.pk]),
        None,
        NOBODY,
    ),
    "flag": (
        "post",
        lambda w: reverse("annotation-flag", args=[w.annotation.pk]),
        {"reason": "Spam"},
        {"anonymous": to(LOGIN), "reader": to("/quotes/"), "editor": to("/quotes/")},
    ),
    "flag, fetched": (
        "get",
        lambda w: reverse("annotation-flag", args=[w.annotation.pk]),
        None,
        NOBODY,
    ),
    "sign-in page": (
        "get",
        lambda w: reverse("login"),
        None,
        {"anonymous": ok(), "reader": to("/"), "editor": to("/")},
    ),
    "sign in with a wrong password": (
        "post",
        lambda w: reverse("login"),
        {"username": "reader", "password": "wrong"},
        {"anonymous": ok(), "reader": to("/"), "editor": to("/")},
    ),
    "sign out": (
        "post",
        lambda w: reverse("logout"),
        {},
        {"anonymous": to("/"), "reader": to("/"), "editor": to("/")},
    ),
    "sign out, fetched": ("get", lambda w: reverse("logout"), None, NOBODY),
    "registration page": (
        "get",
        lambda w: reverse("register"),
        None,
        {"anonymous": ok(), "reader": to("/"), "editor": to("/")},
    ),
    "register with an invalid form": (
        "post",
        lambda w: reverse("register"),
        {"username": "", "password1": "x", "password2": "y"},
        {"anonymous": ok(400), "reader": to("/"), "editor": to("/")},
    ),
    "admin": ("get", lambda w: reverse("admin:index"), None, EDITORS_IN_ADMIN),
    "admin: publish step": (
        "get",
        lambda w: reverse("admin:quotes_claim_workflow", args=[w.draft.pk, "publish"]),
        None,
        EDITORS_IN_ADMIN,
    ),
    "admin: send for review": (
        "post",
        lambda w: reverse("admin:quotes_claim_workflow", args=[w.draft.pk, "submit"]),
        {},
        {
            "anonymous": to(ADMIN_LOGIN),
            "reader": to(ADMIN_LOGIN),
            "editor": to("/admin/quotes/claim/"),
        },
    ),
    "admin: turn quotes into a claim": (
        "post",
        lambda w: reverse("admin:quotes_quote_changelist"),
        lambda w: {"action": "make_claim", "_selected_action": [w.quote.pk]},
        {"anonymous": to(ADMIN_LOGIN), "reader": to(ADMIN_LOGIN), "editor": ok()},
    ),
    "admin: corrections": (
        "get",
        lambda w: reverse("admin:quotes_correction_changelist"),
        None,
        EDITORS_IN_ADMIN,
    ),
    "admin: hide annotations": (
        "post",
        lambda w: reverse("admin:quotes_annotation_changelist"),
        lambda w: {"action": "hide", "_selected_action": [w.annotation.pk]},
        {"anonymous": to(ADMIN_LOGIN), "reader": to(ADMIN_LOGIN), "editor": to("/admin/")},
    ),
}


@pytest.fixture
def as_persona(client, reader, editor):
    def sign_in(persona):
        if persona != "anonymous":
            client.force_login({"reader": reader, "editor": editor}[persona])
        return client

    return sign_in


@pytest.mark.parametrize("persona", ["anonymous", "reader", "editor"])
@pytest.mark.parametrize("case", MATRIX)
def test_every_url_and_method_answers_each_persona_as_expected(world, as_persona, persona, case):
    method, url, data, expected = MATRIX[case]
    client = as_persona(persona)
    target = url(world)
    if callable(data):
        data = data(world)
    response = getattr(client, method)(target, data) if data is not None else client.get(target)
    status, where = expected[persona]
    assert response.status_code == status, f"{case} as {persona}"
    if where is not None:
        assert response["Location"].startswith(where), f"{case} as {persona}"


def test_the_matrix_covers_every_public_url_name():
    from quotes.urls import urlpatterns

    names = {p.name for p in urlpatterns}
    covered = {
        "home", "quote-detail", "speaker-detail", "source-detail", "claim-list", "claim-detail",
        "quote-list", "quote-export", "quote-feed", "speaker-list", "speaker-export",
        "speaker-feed", "claim-export",
        "claimreview-feed", "corrections", "quote-make-claim", "annotation-create",
        "quote-annotations", "annotation-flag", "login", "logout", "register",
        "quote-review", "favicon",
    }  # fmt: skip
    assert names <= covered, f"add {names - covered} to the matrix"


def test_allowed_writes_really_happen_and_refused_ones_do_not(world, as_persona):
    as_persona("reader")
    for case in ["make a claim", "annotate", "flag"]:
        method, url, data, _ = MATRIX[case]
        getattr(as_persona("reader"), method)(url(world), data)
    assert Claim.objects.count() == 3  # the reader's claim was refused
    assert Annotation.objects.filter(author__username="reader").count() == 1
    assert world.annotation.flags.count() == 1
    assert Correction.objects.count() == 1


# Cross-site request forgery: each form posted without its token is refused, and
# with the token from the page that shows it, accepted.

TOKEN = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')


def token_from(client, page):
    response = client.get(page)
    assert response.status_code == 200
    return TOKEN.search(response.content).group(1).decode()


CSRF_FORMS = {
    # form: (page showing it, persona, url to post to, data, status when accepted)
    "register": (
        lambda w: reverse("register"),
        None,
        lambda w: reverse("register"),
        {"username": "ada", "password1": "a-long passphrase", "password2": "a-long passphrase"},
        302,
    ),
    "sign in": (
        lambda w: reverse("login"),
        None,
        lambda w: reverse("login"),
        {"username": "reader", "password": "correct horse battery staple"},
        302,
    ),
    "sign out": (quote_url, "reader", lambda w: reverse("logout"), {}, 302),
    "annotate": (
        quote_url,
        "reader",
        lambda w: reverse("annotation-create", args=[w.quote.pk]),
        {"exact": "he", "body": "Who?", "motivation": "commenting"},
        302,
    ),
    "flag": (
        quote_url,
        "reader",
        lambda w: reverse("annotation-flag", args=[w.annotation.pk]),
        {"reason": "Spam"},
        302,
    ),
    "make a claim": (
        quote_url,
        "editor",
        lambda w: reverse("quote-make-claim", args=[w.quote.pk]),
        {"text": "Putin will not stop at Ukraine"},
        302,
    ),
    "admin: send for review": (
        lambda w: reverse("admin:quotes_claim_workflow", args=[w.draft.pk, "submit"]),
        "editor",
        lambda w: reverse("admin:quotes_claim_workflow", args=[w.draft.pk, "submit"]),
        {},
        302,
    ),
}


@pytest.mark.parametrize("form", CSRF_FORMS)
def test_every_form_needs_its_csrf_token(world, reader, editor, form):
    page, persona, action, data, accepted = CSRF_FORMS[form]
    client = Client(enforce_csrf_checks=True)
    if persona:
        client.force_login({"reader": reader, "editor": editor}[persona])
    assert client.post(action(world), data).status_code == 403
    token = token_from(client, page(world))
    response = client.post(action(world), {**data, "csrfmiddlewaretoken": token})
    assert response.status_code == accepted
