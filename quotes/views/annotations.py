"""Readers annotate quotes and flag notes; anyone reads them as Web Annotations."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST, require_safe

from quotes.models import Annotation, Quote
from quotes.rate_limits import wait_seconds
from quotes.services.annotations import AnnotationError, annotation_create, annotation_flag
from quotes.webannotation import MEDIA_TYPE, annotation_collection

FLAG_REASONS = ["Abusive", "Spam", "Off topic", "Misleading", "Other"]


class AnnotationForm(forms.Form):
    """What the quote page posts. With JavaScript, selecting words fills the
    hidden fields; without it, the reader types the words into `exact`."""

    exact = forms.CharField(label="Words you are annotating", max_length=2000, strip=False)
    body = forms.CharField(label="Your note", widget=forms.Textarea, max_length=2000)
    motivation = forms.ChoiceField(
        label="Kind of note",
        choices=[c for c in Annotation.Motivation.choices if c[0] != Annotation.Motivation.TAGGING],
        initial=Annotation.Motivation.COMMENTING,
    )
    start = forms.IntegerField(required=False, min_value=0, widget=forms.HiddenInput)
    end = forms.IntegerField(required=False, min_value=0, widget=forms.HiddenInput)
    prefix = forms.CharField(required=False, strip=False, widget=forms.HiddenInput)
    suffix = forms.CharField(required=False, strip=False, widget=forms.HiddenInput)


def rate_limited(request) -> int | None:
    """Seconds to wait when this reader, or anyone at this reader's address, has
    posted too often, else None. Every post counts, stored or not, against each of
    ANNOTATION_RATES per reader and per address: fresh accounts do not add more."""
    return wait_seconds(request, group="annotations", rates=settings.ANNOTATION_RATES)


def too_many(request, wait: int, quote: Quote):
    response = render(request, "annotations/rate_limited.html", {"quote": quote}, status=429)
    response["Retry-After"] = str(wait)
    return response


def back_to(request, quote: Quote) -> str:
    """Where a note was written: the article's page sends `next`; otherwise the quote's."""
    target = request.POST.get("next", "")
    safe = target.startswith("/") and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if safe else quote.get_absolute_url()


@require_POST
def annotation_post(request, pk):
    """A signed-in reader's note on a span of a quote, from the quote's page or the
    article's (which sends `next`, a path on this site, to come back to).

    Models: Quote, Annotation. Templates: annotations/annotation_form.html (400, with
    the errors), annotations/rate_limited.html (429). Redirects to the note on success.
    """
    quote = get_object_or_404(Quote.objects.public(), pk=pk)
    if not request.user.is_authenticated:
        return redirect_to_login(quote.get_absolute_url())
    wait = rate_limited(request)
    if wait:
        return too_many(request, wait, quote)
    form = AnnotationForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            annotation = annotation_create(
                quote=quote,
                author=request.user,
                body=data["body"],
                exact=data["exact"],
                start=data["start"],
                end=data["end"],
                prefix=data["prefix"],
                suffix=data["suffix"],
                motivation=data["motivation"],
            )
        except AnnotationError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Your note is on the quote.")
            return redirect(f"{back_to(request, quote)}#annotation-{annotation.pk}")
    context = {"quote": quote, "form": form}
    return render(request, "annotations/annotation_form.html", context, status=400)


@require_POST
def annotation_flag_post(request, pk):
    """A signed-in reader asks editors to look at a note.

    Models: Annotation, AnnotationFlag. Redirects back to the quote page.
    """
    annotation = get_object_or_404(
        Annotation.objects.visible().select_related("quote"),
        pk=pk,
        quote__in=Quote.objects.public(),
    )
    back = annotation.quote.get_absolute_url()
    if not request.user.is_authenticated:
        return redirect_to_login(back)
    wait = rate_limited(request)
    if wait:
        return too_many(request, wait, annotation.quote)
    try:
        _, created = annotation_flag(
            annotation=annotation, user=request.user, reason=request.POST.get("reason", "")
        )
    except AnnotationError as error:
        messages.error(request, str(error))
    else:
        text = "Thank you: an editor will look at this note." if created else "Already flagged."
        messages.success(request, text)
    return redirect(f"{back}#annotation-{annotation.pk}")


@require_safe
def annotation_collection_jsonld(request, pk):
    """A quote's visible annotations as a W3C Web Annotation collection.

    Models: Quote, Annotation. Served as application/ld+json with the anno profile.
    """
    quote = get_object_or_404(Quote.objects.public(), pk=pk)
    annotations = Annotation.objects.visible().filter(quote=quote).select_related("author")
    data = annotation_collection(
        quote,
        annotations,
        url=request.build_absolute_uri(),
        target=request.build_absolute_uri(quote.get_absolute_url()),
    )
    return JsonResponse(data, content_type=MEDIA_TYPE, json_dumps_params={"ensure_ascii": False})
