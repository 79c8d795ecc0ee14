from django.contrib import admin, messages

from quotes.models import Annotation


@admin.register(Annotation)
class AnnotationAdmin(admin.ModelAdmin):
    list_display = ["excerpt", "exact", "author", "quote", "visibility", "created_at"]
    list_filter = ["visibility", "motivation"]
    list_select_related = ["author", "quote"]
    search_fields = ["body", "exact", "author__username"]
    readonly_fields = ["quote", "author", "start", "end", "exact", "prefix", "suffix", "created_at"]
    fields = ["body", "motivation", "visibility", *readonly_fields]
    show_full_result_count = False
    actions = ["hide", "show"]

    @admin.display(description="Note")
    def excerpt(self, annotation):
        return annotation.body[:80]

    @admin.action(description="Hide selected annotations from public pages", permissions=["change"])
    def hide(self, request, queryset):
        n = queryset.update(visibility=Annotation.Visibility.HIDDEN)
        self.message_user(request, f"{n} annotation(s) hidden.", messages.SUCCESS)

    @admin.action(description="Show selected annotations again", permissions=["change"])
    def show(self, request, queryset):
        n = queryset.update(visibility=Annotation.Visibility.VISIBLE)
        self.message_user(request, f"{n} annotation(s) shown.", messages.SUCCESS)

    def has_add_permission(self, request):
        return False  # readers write annotations on the public site
