from functools import partial

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.checks import InlineModelAdminChecks
from django.db import models
from django.forms.models import BaseInlineFormSet, inlineformset_factory
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from quotes.models import Claim, Correction, Evidence, Rating, RatingScale, Verdict
from quotes.services.catalogue import rating_delete, rating_problems, rating_save, rating_scale_save
from quotes.services.claims import (
    TransitionError,
    claim_edit_problems,
    claim_save,
    claim_submit_for_review,
    evidence_remove,
    evidence_save,
    publication_problems,
    two_person_problems,
    verdict_publish,
    verdict_write,
)

from .inlines import save_rows
from .kept import KeptRecord
from .workflow import AVAILABLE, STEPS, workflow_view


class RatingForm(forms.ModelForm):
    def _post_clean(self):
        super()._post_clean()
        if not self.errors:
            for problem in rating_problems(self.instance, self.changed_data):
                self.add_error(None, problem)


class RatingInline(admin.TabularInline):
    model = Rating
    form = RatingForm
    fields = ["label", "slug", "value", "on_scale", "colour", "description"]
    prepopulated_fields = {"slug": ["label"]}
    extra = 0


@admin.register(RatingScale)
class RatingScaleAdmin(KeptRecord, admin.ModelAdmin):
    list_display = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [RatingInline]

    def save_model(self, request, obj, form, change):
        rating_scale_save(scale=obj, user=request.user)

    def save_formset(self, request, form, formset, change):
        def save(rating, rating_form):
            rating.scale = form.instance
            rating_save(rating=rating, changed=rating_form.changed_data, user=request.user)

        def delete(rating):
            rating_delete(ratings=[rating], user=request.user)

        save_rows(formset, save=save, delete=delete)


def write_verdict(verdict: Verdict, *, claim: Claim, user) -> Verdict:
    """verdict_write with what a verdict form holds."""
    return verdict_write(
        claim=claim,
        rating=verdict.rating,
        conclusion_only=verdict.conclusion_only,
        explanation=verdict.explanation,
        user=user,
    )


class VerdictInline(admin.StackedInline):
    """Written while the claim is a draft or in review; once public, it changes
    only through a correction. A claim without one shows an empty verdict form (never
    an "Add another Verdict" link: a claim has one verdict)."""

    model = Verdict
    fields = ["rating", "conclusion_only", "explanation", "reviewer", "published_at"]
    readonly_fields = ["reviewer", "published_at"]
    extra = 0
    max_num = 1
    min_num = 0
    can_delete = False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("rating")

    def get_extra(self, request, obj=None, **kwargs):
        return 0 if obj is not None and hasattr(obj, "verdict") else 1

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and obj.is_public:
            return self.fields
        return self.readonly_fields


class ClaimEvidenceFormSet(BaseInlineFormSet):
    """The evidence of a claim's verdict, on the claim's page: the admin hands an
    inline the claim, and evidence hangs on the verdict (an empty one until it is
    written; the claim admin writes the verdict before its evidence)."""

    def __init__(self, data=None, files=None, instance=None, **kwargs):
        self.claim = instance
        verdict = getattr(instance, "verdict", None) if instance and instance.pk else None
        super().__init__(data, files, instance=verdict or Verdict(claim=instance), **kwargs)

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if "DELETE" in form.fields:  # a table cell has no label of its own
            form.fields["DELETE"].widget.attrs["aria-label"] = "Remove this evidence link"


class EvidenceOfClaimChecks(InlineModelAdminChecks):
    def _check_relation(self, obj, parent_model):
        return []  # Evidence's foreign key is to the claim's verdict (ClaimEvidenceFormSet)


class ClaimEvidenceInline(admin.TabularInline):
    """Evidence links, written beside the verdict on the claim's page."""

    model = Evidence
    template = "admin/quotes/claim/evidence_inline.html"
    checks_class = EvidenceOfClaimChecks
    fields = ["url", "title"]
    extra = 1
    verbose_name = "evidence link"
    verbose_name_plural = "evidence"
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def get_formset(self, request, obj=None, **kwargs):
        public = obj is not None and obj.is_public
        return inlineformset_factory(
            Verdict,
            Evidence,
            formset=ClaimEvidenceFormSet,
            fields=self.fields if not public else [],
            extra=self.get_extra(request, obj),
            can_delete=not public,
            formfield_callback=partial(self.formfield_for_dbfield, request=request),
            # A table's cells have no labels of their own: name each box.
            widgets={
                "url": forms.URLInput(attrs={"aria-label": "Evidence link (web address)"}),
                "title": forms.TextInput(attrs={"aria-label": "Title of the evidence"}),
            },
        )

    def get_readonly_fields(self, request, obj=None):
        return self.fields if obj is not None and obj.is_public else []

    def get_extra(self, request, obj=None, **kwargs):
        return 0 if obj is not None and obj.is_public else self.extra

    def has_add_permission(self, request, obj=None):
        public = obj is not None and obj.is_public
        return not public and super().has_add_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        public = obj is not None and obj.is_public
        return not public and super().has_delete_permission(request, obj)


class ClaimForm(forms.ModelForm):
    """The service's refusals (what a public claim says, rejected appearances) show on
    the form."""

    def _post_clean(self):
        super()._post_clean()
        if not self.errors:
            appearances = self.cleaned_data.get("appearances")
            for problem in claim_edit_problems(self.instance, self.changed_data, appearances):
                self.add_error(None, problem[0].upper() + problem[1:] + ".")


@admin.register(Claim)
class ClaimAdmin(KeptRecord, SimpleHistoryAdmin):
    form = ClaimForm
    list_display = ["text", "claimant", "status", "rating", "created_at"]
    list_filter = ["status", "verdict__rating", "tags"]
    list_select_related = ["claimant", "verdict__rating"]
    search_fields = ["text", "claimant__name"]
    prepopulated_fields = {"slug": ["text"]}
    # Appearances by quote id (raw_id: the quote table is large), listed as quoted
    # beside; tags in a plain multiple choice (few). Django's select2 widgets for many
    # values write markup that fails axe-core (an unlabelled search box, a list of
    # spans); the claimant keeps the single-value search, which passes.
    autocomplete_fields = ["claimant"]
    raw_id_fields = ["appearances"]
    readonly_fields = ["status", "public_page", "quoted"]
    fields = ["text", "slug", "claimant", "appearances", "quoted", "tags", "status", "public_page"]
    show_full_result_count = False
    inlines = [VerdictInline, ClaimEvidenceInline]
    actions = ["submit_for_review", "publish"]
    change_form_template = "admin/quotes/claim/change_form.html"

    def get_urls(self):
        view = self.admin_site.admin_view(
            lambda request, object_id, step: workflow_view(self, request, object_id, step)
        )
        extra = [path("<path:object_id>/workflow/<slug:step>/", view, name="quotes_claim_workflow")]
        return extra + super().get_urls()

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and obj.is_public:
            # What a public claim says changes only through a correction.
            return [*self.readonly_fields, "text", "slug", "claimant", "appearances"]
        return self.readonly_fields

    def get_prepopulated_fields(self, request, obj=None):
        return {} if obj is not None and obj.is_public else self.prepopulated_fields

    def change_view(self, request, object_id, form_url="", extra_context=None):
        claim = self.get_object(request, object_id)
        extra_context = extra_context or {}
        if claim is not None:
            verdict = getattr(claim, "verdict", None)
            extra_context["workflow_steps"] = [
                (name, STEPS[name].label) for name in AVAILABLE[claim.status]
            ]
            if claim.status in (Claim.Status.DRAFT, Claim.Status.IN_REVIEW):
                extra_context["publication_problems"] = publication_problems(
                    verdict
                ) + two_person_problems(claim, verdict, request.user)
        return super().change_view(request, object_id, form_url, extra_context)

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        claim_save(
            claim=obj,
            changed=form.changed_data,
            appearances=data.get("appearances"),  # absent (None) when public
            tags=data.get("tags"),
            user=request.user,
        )

    def save_related(self, request, form, formsets, change):
        for formset in formsets:  # the claim's own many-to-many fields were claim_save's
            self.save_formset(request, form, formset, change)

    def save_formset(self, request, form, formset, change):
        claim = form.instance
        if formset.model is Evidence:  # after the verdict's formset: see inlines

            def save(evidence, evidence_form):
                verdict = Verdict.objects.filter(claim=claim).first()
                evidence.verdict = verdict or write_verdict(
                    Verdict(), claim=claim, user=request.user
                )
                evidence_save(evidence=evidence, user=request.user)

            def delete(evidence):
                evidence_remove(evidence=[evidence], user=request.user)

            save_rows(formset, save=save, delete=delete)
            return

        def save(verdict, verdict_form):
            verdict.pk = write_verdict(verdict, claim=claim, user=request.user).pk

        save_rows(formset, save=save, delete=None)  # never a deletion: can_delete is off

    @admin.display(description="Rating", ordering="verdict__rating__value")
    def rating(self, claim):
        verdict = getattr(claim, "verdict", None)
        if verdict is None:
            return "—"
        return verdict.rating or ("Written conclusion" if verdict.conclusion_only else "—")

    @admin.display(description="As quoted")
    def quoted(self, claim):
        if claim.pk is None:
            return "—"
        quotes = claim.appearances.select_related("speaker").order_by("said_on", "pk")
        items = format_html_join(
            "\n",
            '<li><a href="{}">{}</a> ({})</li>',
            (
                (reverse("admin:quotes_quote_change", args=[q.pk]), q.excerpt, q.speaker or "—")
                for q in quotes
            ),
        )
        return format_html('<ul class="quoted">{}</ul>', items) if items else "—"

    @admin.display(description="Public page")
    def public_page(self, claim):
        if claim.pk is None:
            return "—"
        url = reverse("claim-detail", args=[claim.pk])
        note = "" if claim.is_public else " (editors only until published)"
        return format_html('<a href="{}">{}</a>{}', url, url, note)

    def _each(self, request, queryset, service, done):
        succeeded = 0
        for claim in queryset:
            try:
                service(claim=claim, user=request.user)
            except TransitionError as error:
                self.message_user(request, f"{claim.text}: {error}", messages.ERROR)
            else:
                succeeded += 1
        if succeeded:
            self.message_user(request, f"{succeeded} claim(s) {done}.", messages.SUCCESS)

    @admin.action(description="Send selected claims for review", permissions=["change"])
    def submit_for_review(self, request, queryset):
        self._each(request, queryset, claim_submit_for_review, "sent for review")

    @admin.action(description="Publish selected claims", permissions=["change"])
    def publish(self, request, queryset):
        self._each(request, queryset, verdict_publish, "published")


class EvidenceInline(admin.TabularInline):
    model = Evidence
    fields = ["url", "title"]
    extra = 1
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def _public(self, obj):
        return obj is not None and obj.claim.is_public

    def get_readonly_fields(self, request, obj=None):
        return self.fields if self._public(obj) else []

    def get_extra(self, request, obj=None, **kwargs):
        return 0 if self._public(obj) else self.extra

    def has_add_permission(self, request, obj=None):
        return not self._public(obj) and super().has_add_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return not self._public(obj) and super().has_delete_permission(request, obj)


@admin.register(Verdict)
class VerdictAdmin(KeptRecord, SimpleHistoryAdmin):
    list_display = ["claim", "rating", "reviewer", "published_at"]
    list_select_related = ["claim", "rating", "reviewer"]
    search_fields = ["claim__text", "explanation"]
    autocomplete_fields = ["claim"]
    fields = ["claim", "rating", "conclusion_only", "explanation", "reviewer", "published_at"]
    readonly_fields = ["reviewer", "published_at"]
    inlines = [EvidenceInline]

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and obj.claim.is_public:
            return self.fields  # corrected through the claim's "Correct the verdict"
        return self.readonly_fields

    def save_model(self, request, obj, form, change):
        # The inlines' evidence hangs on the verdict as saved.
        obj.pk = write_verdict(obj, claim=obj.claim, user=request.user).pk

    def save_formset(self, request, form, formset, change):
        def save(evidence, evidence_form):
            evidence.verdict = form.instance
            evidence_save(evidence=evidence, user=request.user)

        def delete(evidence):
            evidence_remove(evidence=[evidence], user=request.user)

        save_rows(formset, save=save, delete=delete)


@admin.register(Correction)
class CorrectionAdmin(admin.ModelAdmin):
    """The corrections log, read-only: corrections are made by the workflow."""

    list_display = ["created_at", "kind", "claim", "reason", "editor"]
    list_filter = ["kind"]
    list_select_related = ["claim", "editor"]
    search_fields = ["claim__text", "reason"]
    show_full_result_count = False

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
