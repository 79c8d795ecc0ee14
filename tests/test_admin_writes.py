"""Every write the admin can make goes through a service, where the rules live."""

import pytest
from django.contrib import admin
from django.contrib.admin import ModelAdmin
from django.test import RequestFactory

from quotes.models import Quote
from tests.factories import QuoteFactory, UserFactory, published_claim

pytestmark = pytest.mark.django_db


def superuser_request():
    request = RequestFactory().get("/admin/")
    request.user = UserFactory.build(is_superuser=True, is_staff=True)
    return request


def own(method_name: str, model_admin) -> bool:
    """Whether this admin (not Django's ModelAdmin) defines the method."""
    return getattr(type(model_admin), method_name) is not getattr(ModelAdmin, method_name)


def test_each_admin_that_saves_or_deletes_calls_a_service_for_it():
    request = superuser_request()
    missing = []
    for model, model_admin in admin.site._registry.items():
        if model._meta.app_label != "quotes":
            continue
        name = type(model_admin).__name__
        writes = model_admin.has_add_permission(request) or model_admin.has_change_permission(
            request
        )
        if writes and not own("save_model", model_admin):
            missing.append(f"{name}.save_model")
        if model_admin.has_delete_permission(request):
            for method in ("delete_model", "delete_queryset"):
                if not own(method, model_admin):
                    missing.append(f"{name}.{method}")
        editable_inlines = [
            inline
            for inline in model_admin.get_inline_instances(request)
            if set(inline.fields or ()) - set(inline.get_readonly_fields(request))
        ]
        if editable_inlines and not own("save_formset", model_admin):
            missing.append(f"{name}.save_formset")
    assert missing == []


@pytest.mark.parametrize("model_name", ["source", "quote", "speaker", "claim", "verdict"])
def test_nobody_deletes_the_record_in_the_admin_not_even_a_superuser(model_name):
    model = next(m for m in admin.site._registry if m._meta.model_name == model_name)
    assert not admin.site._registry[model].has_delete_permission(superuser_request())


def test_rejecting_a_cited_quote_in_the_admin_says_why_and_changes_nothing(editor_client, editor):
    claim = published_claim(editor=editor, text="Prices fell")
    quote = claim.appearances.get()
    changelist = "/admin/quotes/quote/"
    data = {"action": "reject", "_selected_action": [quote.pk]}
    response = editor_client.post(changelist, data, follow=True)
    messages = [str(m) for m in response.context["messages"]]
    assert any("is cited by the fact check “Prices fell”" in m for m in messages)
    quote.refresh_from_db()
    assert quote.status == "unreviewed"
    change = editor_client.get(f"/admin/quotes/quote/{quote.pk}/change/")
    form = change.context["adminform"].form
    data = {name: form[name].value() or "" for name in form.fields}
    data.update(status="rejected", tags=[])
    refused = editor_client.post(f"/admin/quotes/quote/{quote.pk}/change/", data)
    assert refused.status_code == 200
    assert "is cited by the fact check" in str(refused.context["adminform"].form.non_field_errors())
    assert Quote.objects.get(pk=quote.pk).status == "unreviewed"
    other = QuoteFactory()
    editor_client.post(changelist, {"action": "reject", "_selected_action": [other.pk]})
    assert Quote.objects.get(pk=other.pk).status == "rejected"
