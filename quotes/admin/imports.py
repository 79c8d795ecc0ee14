""" "Import articles": editors upload files (several, or a zip), paste URLs or a feed's
URL, and watch the import run in the background (services/imports.py), its progress
updating live (static/quotes/import_progress.js polls progress.json)."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse

from quotes.importing import FORMATS, Upload
from quotes.models import ImportJob
from quotes.selectors.imports import import_jobs_progress, job_progress, recent_import_jobs
from quotes.services.imports import ImportRefused, check_inputs, import_job_submit

from .kept import KeptRecord


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files from one input (Django's documented recipe)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        one = super().clean
        if isinstance(data, list | tuple):
            return [one(item, initial) for item in data]
        return [one(data, initial)] if data else []


class ImportForm(forms.ModelForm):
    files = MultipleFileField(
        required=False,
        help_text="Saved web pages (.html), feeds (.xml, .rss, .atom), JSON Lines (.jsonl), "
        "text files in the seed format (.txt), or a zip of them.",
    )
    urls = forms.CharField(
        label="URLs",
        required=False,
        widget=forms.Textarea(attrs={"rows": 5, "cols": 80}),
        help_text="Pages or feeds, one URL a line.",
    )
    input_format = forms.ChoiceField(
        label="Read as",
        required=False,
        choices=[("", "by each file's name and content"), *((f, f) for f in FORMATS)],
    )

    class Meta:
        model = ImportJob
        fields = ["input_format"]

    def clean(self):
        cleaned = super().clean()
        uploads = [Upload(f.name, f.read()) for f in cleaned.get("files") or []]
        urls = [line.strip() for line in cleaned.get("urls", "").splitlines() if line.strip()]
        try:
            check_inputs(uploads=uploads, urls=urls)
        except ImportRefused as error:
            raise forms.ValidationError(str(error)) from None
        cleaned["uploads"], cleaned["url_list"] = uploads, urls
        return cleaned


@admin.register(ImportJob)
class ImportJobAdmin(KeptRecord, admin.ModelAdmin):
    form = ImportForm
    list_display = ["__str__", "created_at", "created_by", "status", "progress", "failed"]
    list_select_related = ["created_by"]
    list_filter = ["status"]
    add_form_template = "admin/quotes/importjob/import.html"
    fields = ["files", "urls", "input_format"]

    class Media:
        css = {"all": ["quotes/admin.css"]}
        js = ["quotes/import_progress.js"]

    def has_change_permission(self, request, obj=None):
        return False  # a job is written by its worker alone

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        uploads, urls = data["uploads"], data["url_list"]
        import_job_submit(job=obj, uploads=uploads, urls=urls, user=request.user)

    def response_add(self, request, obj, post_url_continue=None):
        message = f"Import {obj.pk} queued: its progress shows below."
        self.message_user(request, message, messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:quotes_importjob_add"))

    def add_view(self, request, form_url="", extra_context=None):
        extra = {"title": "Import articles", "jobs": recent_import_jobs(), **(extra_context or {})}
        return super().add_view(request, form_url, extra)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        """The job's own page: progress (live), errors, and links to what it made."""
        job = get_object_or_404(ImportJob.objects.select_related("created_by"), pk=object_id)
        if not self.has_view_permission(request, job):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "title": str(job),
            "job": job,
            "progress": job_progress(job),
            "opts": self.model._meta,
            "media": self.media,
        }
        return TemplateResponse(request, "admin/quotes/importjob/job.html", context)

    def get_urls(self):
        progress = self.admin_site.admin_view(self.progress_view)
        urls = [path("progress.json", progress, name="quotes_importjob_progress")]
        return urls + super().get_urls()

    def progress_view(self, request):
        """The progress of the jobs named by ?id=..., for the page's script."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        ids = [value for value in request.GET.getlist("id") if value.isdigit()]
        return JsonResponse({"jobs": import_jobs_progress(ids)})

    @admin.display(description="Progress")
    def progress(self, job):
        return f"{job.articles_done} of {job.articles_found} articles, {job.quotes_created} quotes"
