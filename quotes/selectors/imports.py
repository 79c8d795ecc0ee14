"""Import jobs as the admin's pages show them."""

from django.urls import reverse

from quotes.models import ImportJob

RECENT = 10
ERRORS_SHOWN = 50


def recent_import_jobs(limit: int = RECENT) -> list[ImportJob]:
    return list(ImportJob.objects.select_related("created_by").order_by("-pk")[:limit])


def import_jobs_progress(ids) -> list[dict]:
    """What the page's script shows for each job: one query, whatever the number."""
    jobs = ImportJob.objects.filter(pk__in=list(ids)[: RECENT * 5]).order_by("-pk")
    return [job_progress(job) for job in jobs]


def job_progress(job: ImportJob) -> dict:
    return {
        "id": job.pk,
        "status": job.status,
        "finished": job.finished,
        "inputs_total": job.inputs_total,
        "inputs_read": job.inputs_read,
        "articles_found": job.articles_found,
        "articles_done": job.articles_done,
        "sources_created": job.sources_created,
        "skipped": job.skipped,
        "failed": job.failed,
        "quotes_created": job.quotes_created,
        "errors": job.errors[:ERRORS_SHOWN],
        "more_errors": max(job.failed - ERRORS_SHOWN, 0),
        "message": job.message,
        "sources_url": job_sources_url(job),
        "quotes_url": job_quotes_url(job),
        "job_url": reverse("admin:quotes_importjob_change", args=[job.pk]),
    }


def job_sources_url(job: ImportJob) -> str:
    return reverse("admin:quotes_source_changelist") + f"?import_job__id__exact={job.pk}"


def job_quotes_url(job: ImportJob) -> str:
    """The unreviewed quotes found in the job's sources: the editors' next work."""
    return (
        reverse("admin:quotes_quote_changelist")
        + f"?source__import_job__id__exact={job.pk}&status__exact=unreviewed"
    )
