"""Editors review a quote from its public page: verify or reject it in one press."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from quotes.models import Quote
from quotes.permissions import is_editor
from quotes.services.quotes import QuoteError, quotes_set_status

DONE = {Quote.Status.VERIFIED: "Quote marked verified.", Quote.Status.REJECTED: "Quote rejected."}


@require_POST
def quote_review(request, pk):
    """An editor marks a quote verified or rejected (quotes_set_status, as the admin's
    actions do). Models: Quote. Redirects to the quote, or to its article once rejected
    (readers no longer see the quote)."""
    quote = get_object_or_404(Quote.objects.public(), pk=pk)
    if not request.user.is_authenticated:
        return redirect_to_login(quote.get_absolute_url())
    if not is_editor(request.user):
        raise PermissionDenied("Only editors review quotes.")
    status = request.POST.get("status")
    if status not in DONE:
        messages.error(request, "Choose to verify or to reject the quote.")
        return redirect(quote.get_absolute_url())
    try:
        quotes_set_status(quotes=[quote], status=status, user=request.user)
    except QuoteError as error:
        messages.error(request, str(error))
        return redirect(quote.get_absolute_url())
    messages.success(request, DONE[status])
    if status == Quote.Status.REJECTED:
        return redirect(quote.source.get_absolute_url())
    return redirect(quote.get_absolute_url())
