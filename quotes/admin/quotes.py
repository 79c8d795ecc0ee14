from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from simple_history.admin import SimpleHistoryAdmin

from quotes.models import Claim, Quote, Speaker, Verdict
from quotes.services.claims import TransitionError, claim_add_appearances, claim_create_from_quotes
from quotes.services.quotes import (
    QuoteError,
    edit_problems,
    quote_save,
    quotes_accept_suggestions,
    quotes_reassign,
    quotes_set_status,
)

from .kept import KeptRecord


class SpeakerListFilter(admin.SimpleListFilter):
    """The most-quoted speakers, plus the one chosen (linked from a speaker's row):
    a full dropdown of every speaker would not scale."""

    title = "speaker"
    parameter_name = "speaker"
    shown = 15

    def lookups(self, request, model_admin):
        top = (
            Speaker.objects.annotate(n=Count("quotes"))
            .filter(n__gt=0)
            .order_by("-n", "name")
            .values_list("pk", "name")[: self.shown]
        )
        choices = [(str(pk), name) for pk, name in top]
        chosen = self.value()
        if chosen and chosen.isdigit() and chosen not in dict(choices):
            speaker = Speaker.objects.filter(pk=chosen).values_list("name", flat=True).first()
            if speaker:
                choices.insert(0, (chosen, speaker))
        return [*choices, ("none", "Unattributed")]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "none":
            return queryset.filter(speaker__isnull=True)
        if value and value.isdigit():
            return queryset.filter(speaker_id=value)
        if value:
            return queryset.none()
        return queryset


def speaker_choice(admin_site, help_text: str) -> forms.ModelChoiceField:
    """An optional speaker, picked with the admin's speaker search."""
    return forms.ModelChoiceField(
        queryset=Speaker.objects.all(),
        required=False,
        widget=AutocompleteSelect(Quote._meta.get_field("speaker"), admin_site),
        help_text=help_text,
    )


class ReassignForm(forms.Form):
    def __init__(self, *args, admin_site, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["speaker"] = speaker_choice(
            admin_site, "Leave empty to mark the quotes unattributed."
        )


class MakeClaimForm(forms.Form):
    text = forms.CharField(
        label="Claim",
        max_length=300,
        help_text="The claim as you will check it: the ClaimReview claimReviewed, "
        "ideally under 75 characters.",
        widget=forms.TextInput(attrs={"size": 80}),
    )

    def __init__(self, *args, admin_site, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["claimant"] = speaker_choice(
            admin_site, "Leave empty to use the quotes' speaker when they share one."
        )


class AddToClaimForm(forms.Form):
    def __init__(self, *args, admin_site, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["claim"] = forms.ModelChoiceField(
            queryset=Claim.objects.exclude(status=Claim.Status.RETRACTED),
            # Any foreign key to Claim drives the admin's claim search.
            widget=AutocompleteSelect(Verdict._meta.get_field("claim"), admin_site),
        )


class QuoteForm(forms.ModelForm):
    """The quote's change form: the service's refusals (rejecting a quote a fact check
    cites, a place outside the article) show on the form."""

    def _post_clean(self):
        super()._post_clean()  # the instance now holds the edit
        if not self.errors:
            for problem in edit_problems(self.instance, self.changed_data):
                self.add_error(None, problem)


def _accept_button(quote):
    """A button that posts the page's own form (and its CSRF token) to the accepting
    view: one click, without a form nested in the changelist's."""
    url = reverse("admin:quotes_quote_accept", args=[quote.pk])
    return format_html(
        '<button type="submit" class="accept-suggestion" formaction="{}" formmethod="post" '
        'title="Attribute it to this speaker">Accept “<bdi>{}</bdi>”?</button>',
        url,
        quote.speaker_suggestion,
    )


@admin.register(Quote)
class QuoteAdmin(KeptRecord, SimpleHistoryAdmin):
    form = QuoteForm
    list_display = [
        "excerpt",
        "speaker_or_suggestion",
        "article",
        "said_on",
        "kind",
        "status",
        "confidence",
    ]
    list_filter = ["status", "kind", SpeakerListFilter, "speaker_match", "said_on"]
    list_select_related = ["speaker", "source"]
    search_fields = ["text", "speaker__name", "speaker_mention", "source__headline"]
    search_help_text = "Words of the quote, the speaker's name, or the article's headline."
    autocomplete_fields = ["speaker", "tags"]
    date_hierarchy = "said_on"
    show_full_result_count = False

    class Media:
        css = {"all": ["quotes/admin.css"]}

    actions = [
        "verify",
        "reject",
        "accept_suggestions",
        "reassign_speaker",
        "make_claim",
        "add_to_claim",
    ]

    def lookup_allowed(self, lookup, value, request=None):
        # An import's page links to the quotes it found (selectors/imports.py), and the
        # editors' home to the quotes of the last import (selectors.editors).
        return lookup in (
            "source__import_job__id__exact",
            "source__imported_at__gte",
        ) or super().lookup_allowed(lookup, value, request)

    readonly_fields = [
        "in_context",
        "suggestion",
        "source",
        "location",
        "paragraph",
        "start",
        "end",
        "attribution_rule",
        "attribution_confidence",
        "speaker_match",
        "origin",
        "edited_at",
        "extractor_version",
        "created_at",
    ]
    fieldsets = [
        (None, {"fields": ["in_context", "text", "kind", "status"]}),
        (
            "Speaker",
            {"fields": ["speaker", "suggestion", "speaker_mention", "cue", "speaker_match"]},
        ),
        ("Where", {"fields": ["source", "said_on", "location", "paragraph", "start", "end"]}),
        ("Tags", {"fields": ["tags"]}),
        (
            "Provenance",
            {
                "classes": ["collapse"],
                "fields": [
                    "attribution_rule",
                    "attribution_confidence",
                    "origin",
                    "edited_at",
                    "extractor_version",
                    "created_at",
                ],
            },
        ),
    ]

    def get_readonly_fields(self, request, obj=None):
        if obj is None:  # an editor adding a quote by hand says where it is
            where = {"source", "location", "paragraph", "start", "end"}
            return [name for name in self.readonly_fields if name not in where]
        return self.readonly_fields

    def get_urls(self):
        accept = self.admin_site.admin_view(self.accept_suggestion_view)
        url = path("<path:object_id>/accept-suggestion/", accept, name="quotes_quote_accept")
        return [url, *super().get_urls()]

    @admin.display(description="Speaker", ordering="speaker__name")
    def speaker_or_suggestion(self, quote):
        """The speaker, or the extractor's suggestion with a button that accepts it."""
        if quote.speaker_id or not quote.speaker_suggestion:
            return quote.speaker or "—"
        return _accept_button(quote)

    @admin.display(description="Suggested speaker")
    def suggestion(self, quote):
        if quote.pk is None or not quote.speaker_suggestion:
            return "—"
        return _accept_button(quote)

    def accept_suggestion_view(self, request, object_id):
        """One click: the quote goes to the speaker the extractor suggested."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        quote = self.get_object(request, object_id)
        if quote is None or not self.has_change_permission(request, quote):
            raise PermissionDenied
        name = quote.speaker_suggestion
        if quotes_accept_suggestions(quotes=[quote], user=request.user):
            quote.refresh_from_db()
            self.message_user(request, f"“{quote.excerpt}” is now {quote.speaker}’s.")
        else:
            self.message_user(request, f"No suggestion to accept ({name!r}).", messages.WARNING)
        back = request.headers.get("Referer", "")  # the list or the form it was clicked on
        if not url_has_allowed_host_and_scheme(back, {request.get_host()}):
            back = reverse("admin:quotes_quote_change", args=[quote.pk])
        return redirect(back)

    @admin.action(description="Accept the suggested speakers", permissions=["change"])
    def accept_suggestions(self, request, queryset):
        n = quotes_accept_suggestions(quotes=queryset, user=request.user)
        self.message_user(request, f"{n} quote(s) attributed as suggested.", messages.SUCCESS)

    @admin.display(description="Article", ordering="source__headline")
    def article(self, quote):
        headline = quote.source.headline
        return headline if len(headline) <= 60 else headline[:59].rstrip() + "…"

    @admin.display(description="Confidence", ordering="attribution_confidence")
    def confidence(self, quote):
        return f"{quote.attribution_confidence:.0%}"

    @admin.display(description="In context")
    def in_context(self, quote):
        if quote.pk is None:
            return "—"
        before, marked, after = quote.context_parts()
        return format_html(
            '<div class="quote-context">{}<mark>{}</mark>{}</div>', before, marked, after
        )

    def save_model(self, request, obj, form, change):
        tags = form.cleaned_data.get("tags")
        quote_save(quote=obj, changed=form.changed_data, tags=tags, user=request.user)

    def save_related(self, request, form, formsets, change):
        pass  # the tags were saved by quote_save; there are no inlines

    @admin.action(description="Mark selected quotes verified", permissions=["change"])
    def verify(self, request, queryset):
        self._set_status(request, queryset, Quote.Status.VERIFIED)

    @admin.action(description="Mark selected quotes rejected", permissions=["change"])
    def reject(self, request, queryset):
        self._set_status(request, queryset, Quote.Status.REJECTED)

    def _set_status(self, request, queryset, status):
        try:
            n = quotes_set_status(quotes=queryset, status=status, user=request.user)
        except QuoteError as error:
            self.message_user(request, str(error), messages.ERROR)
            return
        label = Quote.Status(status).label.lower()
        self.message_user(request, f"{n} quote(s) marked {label}.", messages.SUCCESS)

    @admin.action(description="Reassign selected quotes to a speaker", permissions=["change"])
    def reassign_speaker(self, request, queryset):
        form = ReassignForm(
            request.POST if "apply" in request.POST else None, admin_site=self.admin_site
        )
        if form.is_valid():
            speaker = form.cleaned_data["speaker"]
            n = quotes_reassign(quotes=queryset, speaker=speaker, user=request.user)
            who = speaker.name if speaker else "nobody (unattributed)"
            self.message_user(request, f"{n} quote(s) reassigned to {who}.", messages.SUCCESS)
            return None
        return self._intermediate(
            request,
            queryset,
            form=form,
            title="Reassign quotes",
            action="reassign_speaker",
            button="Reassign",
            help_text="Choose who said these quotes.",
        )

    def _intermediate(self, request, queryset, *, form, title, action, button, help_text):
        context = {
            **self.admin_site.each_context(request),
            "title": title,
            "quotes": queryset.select_related("speaker"),
            "form": form,
            "media": self.media + form.media,
            "opts": self.model._meta,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            "action": action,
            "button": button,
            "help_text": help_text,
        }
        return TemplateResponse(request, "admin/quotes/quote/action_form.html", context)

    @admin.action(description="Turn selected quotes into a claim", permissions=["change"])
    def make_claim(self, request, queryset):
        data = request.POST if "apply" in request.POST else None
        form = MakeClaimForm(data, admin_site=self.admin_site)
        if form.is_valid():
            try:
                claim = claim_create_from_quotes(
                    quotes=queryset,
                    text=form.cleaned_data["text"],
                    claimant=form.cleaned_data["claimant"],
                    user=request.user,
                )
            except TransitionError as error:
                form.add_error(None, str(error))
            else:
                self.message_user(
                    request,
                    "Draft claim made. Write its verdict and evidence, then send it for review.",
                    messages.SUCCESS,
                )
                return redirect(reverse("admin:quotes_claim_change", args=[claim.pk]))
        return self._intermediate(
            request,
            queryset,
            form=form,
            title="Turn quotes into a claim",
            action="make_claim",
            button="Make the claim",
            help_text="The selected quotes become the claim's appearances.",
        )

    @admin.action(description="Add selected quotes to an existing claim", permissions=["change"])
    def add_to_claim(self, request, queryset):
        data = request.POST if "apply" in request.POST else None
        form = AddToClaimForm(data, admin_site=self.admin_site)
        if form.is_valid():
            claim = form.cleaned_data["claim"]
            try:
                n = claim_add_appearances(claim=claim, quotes=queryset, user=request.user)
            except TransitionError as error:
                form.add_error(None, str(error))
            else:
                self.message_user(
                    request, f"{n} new appearance(s) of “{claim.text}”.", messages.SUCCESS
                )
                return None
        return self._intermediate(
            request,
            queryset,
            form=form,
            title="Add quotes to a claim",
            action="add_to_claim",
            button="Add",
            help_text="The selected quotes become more appearances of the claim.",
        )
