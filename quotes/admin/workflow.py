"""The claim workflow's steps in the admin: one confirmation page per step, each
calling its service and showing the service's refusal message as it is."""

from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from quotes.models import Claim, Rating
from quotes.services import claims as workflow


class ReasonForm(forms.Form):
    reason = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}))


class OptionalReasonForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), required=False, help_text="Optional."
    )


class CorrectionForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="What changed and why. Readers see this on the claim page and in the log.",
    )
    text = forms.CharField(label="Claim", max_length=300)
    rating = forms.ModelChoiceField(queryset=Rating.objects.select_related("scale"), required=False)
    conclusion_only = forms.BooleanField(label="No rating: written conclusion only", required=False)
    explanation = forms.CharField(widget=forms.Textarea(attrs={"rows": 8}))
    evidence = forms.CharField(
        label="More evidence",
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text="One link per line, optionally followed by a space and its title.",
    )

    def clean_evidence(self):
        lines = [line.strip() for line in self.cleaned_data["evidence"].splitlines()]
        pairs = (line.partition(" ") for line in lines if line)
        return [(url, title.strip()) for url, _, title in pairs]


@dataclass(frozen=True)
class Step:
    label: str
    explanation: str
    form: type[forms.Form] | None = None


STEPS = {
    "submit": Step("Send for review", "Another editor checks the verdict before it is public."),
    "return": Step("Return to draft", "Send the verdict back for more work.", OptionalReasonForm),
    "publish": Step("Publish", "Readers, search engines and aggregators will see the verdict."),
    "correct": Step(
        "Correct the verdict",
        "The change and its reason are shown on the claim page and in the corrections log.",
        CorrectionForm,
    ),
    "retract": Step(
        "Retract the verdict",
        "The verdict is withdrawn, not deleted: its page stays and says it was retracted, "
        "with your reason.",
        ReasonForm,
    ),
}

AVAILABLE = {
    Claim.Status.DRAFT: ["submit"],
    Claim.Status.IN_REVIEW: ["return", "publish"],
    Claim.Status.PUBLISHED: ["correct", "retract"],
    Claim.Status.RETRACTED: [],
}


def run(step: str, claim: Claim, data: dict, user) -> str:
    """Call the step's service; return the message for the editor."""
    if step == "submit":
        workflow.claim_submit_for_review(claim=claim, user=user)
        return "Sent for review."
    if step == "return":
        workflow.claim_return_to_draft(claim=claim, user=user, reason=data["reason"])
        return "Returned to draft."
    if step == "publish":
        workflow.verdict_publish(claim=claim, user=user)
        return "Published."
    if step == "correct":
        workflow.verdict_correct(claim=claim, user=user, **data)
        return "Correction published."
    workflow.verdict_retract(claim=claim, user=user, reason=data["reason"])
    return "Verdict retracted."


def initial(step: str, claim: Claim) -> dict:
    verdict = getattr(claim, "verdict", None)
    if step != "correct" or verdict is None:
        return {}
    return {
        "text": claim.text,
        "rating": verdict.rating_id,
        "conclusion_only": verdict.conclusion_only,
        "explanation": verdict.explanation,
    }


def workflow_view(model_admin, request, object_id, step):
    """GET: what the step does (and, for publishing, what is still missing).
    POST: do it, then back to the claim with the outcome."""
    claim = get_object_or_404(Claim.objects.select_related("verdict__rating"), pk=object_id)
    if not model_admin.has_change_permission(request, claim):
        raise PermissionDenied
    if step not in STEPS:
        raise Http404("No such step.")
    spec = STEPS[step]
    change_url = reverse("admin:quotes_claim_change", args=[claim.pk])
    form = None
    if spec.form:
        form = spec.form(request.POST or None, initial=initial(step, claim))
    if request.method == "POST" and (form is None or form.is_valid()):
        try:
            message = run(step, claim, form.cleaned_data if form else {}, request.user)
        except workflow.TransitionError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, message)
            return redirect(change_url)
    problems = []
    if step == "publish":
        verdict = getattr(claim, "verdict", None)
        problems = workflow.publication_problems(verdict) + workflow.two_person_problems(
            claim, verdict, request.user
        )
    context = {
        **model_admin.admin_site.each_context(request),
        "title": f"{spec.label}: {claim.text}",
        "claim": claim,
        "step": spec,
        "allowed": step in AVAILABLE[claim.status],
        "form": form,
        "problems": problems,
        "opts": model_admin.model._meta,
        "original": claim,
        "change_url": change_url,
    }
    return TemplateResponse(request, "admin/quotes/claim/workflow.html", context)
