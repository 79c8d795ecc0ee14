from django.contrib import admin

from quotes.models import Tag
from quotes.services.catalogue import tag_delete, tag_save


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}

    def save_model(self, request, obj, form, change):
        tag_save(tag=obj, user=request.user)

    def delete_model(self, request, obj):
        tag_delete(tags=[obj], user=request.user)

    def delete_queryset(self, request, queryset):
        tag_delete(tags=queryset, user=request.user)
