from django import forms
from django.contrib import admin, messages
from django.db.models import Prefetch
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from quotes.models import Speaker, SpeakerAlias
from quotes.services.speakers import (
    MergeError,
    alias_remove,
    alias_save,
    speaker_merge,
    speaker_save,
)

from .inlines import save_rows
from .kept import KeptRecord
from .queue import SpeakerQueueView


class SpeakerAliasInline(admin.TabularInline):
    model = SpeakerAlias
    fields = ["name", "key"]
    readonly_fields = ["key"]
    extra = 1


class MergeForm(forms.Form):
    target = forms.ModelChoiceField(
        queryset=Speaker.objects.none(),
        widget=forms.RadioSelect,
        empty_label=None,
        help_text="The speaker that remains; the others become its aliases.",
    )


@admin.register(Speaker)
class SpeakerAdmin(KeptRecord, SimpleHistoryAdmin):
    list_display = ["name", "kind", "description", "alias_list", "quote_count_link"]
    list_filter = ["kind"]
    search_fields = ["name", "slug", "aliases__name", "aliases__key"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [SpeakerAliasInline]
    actions = ["merge_speakers"]
    show_full_result_count = False
    change_list_template = "admin/quotes/speaker/change_list.html"

    def get_urls(self):
        from django.urls import path

        queue = self.admin_site.admin_view(SpeakerQueueView(self))
        return [path("queue/", queue, name="quotes_speaker_queue"), *super().get_urls()]

    def save_model(self, request, obj, form, change):
        speaker_save(speaker=obj, changed=form.changed_data, user=request.user)

    def save_formset(self, request, form, formset, change):
        def save(alias, alias_form):
            alias.speaker = form.instance
            alias_save(alias=alias, user=request.user)

        def delete(alias):
            alias_remove(aliases=[alias], user=request.user)

        save_rows(formset, save=save, delete=delete)

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .with_quote_count()
            .prefetch_related(Prefetch("aliases", queryset=SpeakerAlias.objects.order_by("name")))
        )

    @admin.display(description="Aliases")
    def alias_list(self, speaker):
        return ", ".join(alias.name for alias in speaker.aliases.all())

    @admin.display(description="Quotes", ordering="quote_count")
    def quote_count_link(self, speaker):
        url = reverse("admin:quotes_quote_changelist") + f"?speaker={speaker.pk}"
        return format_html('<a href="{}">{}</a>', url, speaker.quote_count)

    @admin.action(description="Merge selected speakers into one", permissions=["change"])
    def merge_speakers(self, request, queryset):
        speakers = list(queryset.with_quote_count().order_by("-quote_count", "name"))
        if len(speakers) < 2:
            self.message_user(request, "Select at least two speakers to merge.", messages.WARNING)
            return None
        form = MergeForm(request.POST if "apply" in request.POST else None)
        form.fields["target"].queryset = queryset
        if form.is_valid():
            target = form.cleaned_data["target"]
            others = [s for s in speakers if s.pk != target.pk]
            try:
                speaker_merge(target=target, others=others, user=request.user)
            except MergeError as error:
                self.message_user(request, str(error), messages.ERROR)
                return None
            self.message_user(
                request,
                f"Merged {len(others)} speaker(s) into {target.name}.",
                messages.SUCCESS,
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Merge speakers",
            "speakers": speakers,
            "form": form,
            "opts": self.model._meta,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/quotes/speaker/merge.html", context)


@admin.register(SpeakerAlias)
class SpeakerAliasAdmin(admin.ModelAdmin):
    list_display = ["name", "key", "speaker", "origin"]
    list_filter = ["origin"]
    list_select_related = ["speaker"]
    search_fields = ["name", "key", "speaker__name"]
    autocomplete_fields = ["speaker"]
    readonly_fields = ["key", "origin"]
    show_full_result_count = False

    def save_model(self, request, obj, form, change):
        alias_save(alias=obj, user=request.user)

    def delete_model(self, request, obj):
        alias_remove(aliases=[obj], user=request.user)

    def delete_queryset(self, request, queryset):
        alias_remove(aliases=queryset, user=request.user)
