from django.contrib import admin, messages
from django.db.models import Count
from simple_history.admin import SimpleHistoryAdmin

from quotes.models import Annotation, AnnotationFlag
from quotes.services.annotations import annotation_hide, annotation_restore

from .kept import KeptRecord


class FlaggedFilter(admin.SimpleListFilter):
    title = "flagged by readers"
    parameter_name = "flagged"

    def lookups(self, request, model_admin):
        return [("yes", "Flagged"), ("no", "Not flagged")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(flag_count__gt=0)
        if self.value() == "no":
            return queryset.filter(flag_count=0)
        return queryset


class FlagInline(admin.TabularInline):
    model = AnnotationFlag
    fields = ["user", "reason", "created_at"]
    readonly_fields = fields
    extra = 0
    max_num = 0
    can_delete = False


@admin.register(Annotation)
class AnnotationAdmin(KeptRecord, SimpleHistoryAdmin):
    """Editors curate readers' notes: they hide and restore them, never rewrite them."""

    list_display = [
        "excerpt",
        "exact",
        "author",
        "quote",
        "visibility",
        "flags",
        "moderated_by",
        "created_at",
    ]
    list_filter = ["visibility", FlaggedFilter, "motivation"]
    list_select_related = ["author", "quote", "moderated_by"]
    search_fields = ["body", "exact", "author__username"]
    readonly_fields = [
        "quote",
        "author",
        "body",
        "motivation",
        "visibility",
        "start",
        "end",
        "exact",
        "prefix",
        "suffix",
        "created_at",
        "moderated_by",
        "moderated_at",
    ]
    fields = readonly_fields
    inlines = [FlagInline]
    show_full_result_count = False
    actions = ["hide", "show"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(flag_count=Count("flags"))

    @admin.display(description="Note")
    def excerpt(self, annotation):
        return annotation.body[:80]

    @admin.display(description="Flags", ordering="flag_count")
    def flags(self, annotation):
        return annotation.flag_count

    @admin.action(description="Hide selected annotations from public pages", permissions=["change"])
    def hide(self, request, queryset):
        n = annotation_hide(annotations=queryset, user=request.user)
        self.message_user(request, f"{n} annotation(s) hidden.", messages.SUCCESS)

    @admin.action(description="Show selected annotations again", permissions=["change"])
    def show(self, request, queryset):
        n = annotation_restore(annotations=queryset, user=request.user)
        self.message_user(request, f"{n} annotation(s) shown.", messages.SUCCESS)

    def has_add_permission(self, request):
        return False  # readers write annotations on the public site

    def save_model(self, request, obj, form, change):
        pass  # every field is read-only: editors hide and restore with the actions
