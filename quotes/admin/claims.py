from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from quotes.models import Claim, Evidence, Rating, RatingScale, Verdict


class RatingInline(admin.TabularInline):
    model = Rating
    fields = ["label", "slug", "value", "on_scale", "colour", "description"]
    prepopulated_fields = {"slug": ["label"]}
    extra = 0


@admin.register(RatingScale)
class RatingScaleAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [RatingInline]


class VerdictInline(admin.StackedInline):
    model = Verdict
    fields = ["rating", "explanation", "reviewer", "published_at"]
    readonly_fields = ["reviewer"]
    show_change_link = True
    extra = 0
    max_num = 1

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("rating")


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    list_display = ["text", "claimant", "status", "rating", "created_at"]
    list_filter = ["status", "verdict__rating", "tags"]
    list_select_related = ["claimant", "verdict__rating"]
    search_fields = ["text", "claimant__name"]
    prepopulated_fields = {"slug": ["text"]}
    autocomplete_fields = ["claimant", "appearances", "tags"]
    show_full_result_count = False
    inlines = [VerdictInline]

    def save_formset(self, request, form, formset, change):
        for verdict in formset.save(commit=False):
            verdict.reviewer = verdict.reviewer or request.user
            verdict.save()
        formset.save_m2m()
        for obj in formset.deleted_objects:
            obj.delete()

    @admin.display(description="Rating", ordering="verdict__rating__value")
    def rating(self, claim):
        verdict = getattr(claim, "verdict", None)
        return verdict.rating if verdict and verdict.rating else "—"


class EvidenceInline(admin.TabularInline):
    model = Evidence
    fields = ["url", "title"]
    extra = 1


@admin.register(Verdict)
class VerdictAdmin(SimpleHistoryAdmin):
    list_display = ["claim", "rating", "reviewer", "published_at"]
    list_select_related = ["claim", "rating", "reviewer"]
    search_fields = ["claim__text", "explanation"]
    autocomplete_fields = ["claim"]
    readonly_fields = ["reviewer"]
    inlines = [EvidenceInline]

    def save_model(self, request, obj, form, change):
        obj.reviewer = obj.reviewer or request.user
        super().save_model(request, obj, form, change)
