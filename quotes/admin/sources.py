from django.contrib import admin
from django.db import models
from django.db.models import Count
from django.utils.html import format_html

from quotes.models import Quote, Source
from quotes.services.sources import source_save

from .kept import KeptRecord


class QuoteInline(admin.TabularInline):
    model = Quote
    fields = ["text", "speaker", "kind", "status", "paragraph"]
    readonly_fields = fields
    show_change_link = True
    can_delete = False
    extra = 0
    max_num = 0

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("speaker")


@admin.register(Source)
class SourceAdmin(KeptRecord, admin.ModelAdmin):
    list_display = ["headline", "published_on", "outlet", "quote_total", "imported_at"]
    # Django 6 makes https the scheme of a URL typed without one; this opts in now.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_filter = ["published_on", "outlet", "language"]
    search_fields = ["headline", "outlet", "origin_file", "content_hash"]
    date_hierarchy = "published_on"
    show_full_result_count = False
    inlines = [QuoteInline]
    readonly_fields = [
        "headline",
        "standfirst",
        "text",
        "published_on",
        "content_hash",
        "origin_file",
        "extractor_version",
        "imported_at",
        "byline",
        "import_job",
    ]
    fields = [*readonly_fields[:5], "outlet", "url", "language", *readonly_fields[5:]]
    exclude = ["body"]

    class Media:
        css = {"all": ["quotes/admin.css"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(quote_total=Count("quotes"))

    def save_model(self, request, obj, form, change):
        source_save(source=obj, changed=form.changed_data, user=request.user)

    @admin.display(description="Quotes", ordering="quote_total")
    def quote_total(self, source):
        return source.quote_total

    @admin.display(description="Body")
    def text(self, source):
        return format_html('<div class="source-body">{}</div>', source.body)

    def has_add_permission(self, request):
        return False  # sources arrive through import_articles
