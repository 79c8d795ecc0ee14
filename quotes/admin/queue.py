"""The speakers' queue in the admin: likely duplicates and likely junk, each with its
reason and evidence quotes, merged or dismissed in one click (services do the writes).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from quotes.models import Speaker
from quotes.selectors.registry import speaker_queue
from quotes.services.queue import queue_decide
from quotes.services.speakers import MergeError, speaker_merge


class SpeakerQueueView:
    """GET: the queue (quotes/selectors/registry.speaker_queue), template
    admin/quotes/speaker/queue.html. POST `action`:

    - "merge" with `target` and `other`: the other speaker is merged into the target;
    - "distinct" with `speaker` and `other`: not a duplicate, never suggested again;
    - "name" with `speaker`: a real name, never listed as junk again.
    """

    def __init__(self, model_admin):
        self.model_admin = model_admin

    def __call__(self, request):
        if not self.model_admin.has_change_permission(request):
            raise PermissionDenied
        if request.method == "POST":
            self.answer(request)
            return redirect(reverse("admin:quotes_speaker_queue"))
        context = {
            **self.model_admin.admin_site.each_context(request),
            "title": "Speakers to check",
            "opts": Speaker._meta,
            "queue": speaker_queue(),
        }
        return TemplateResponse(request, "admin/quotes/speaker/queue.html", context)

    def answer(self, request) -> None:
        data, user = request.POST, request.user
        action = data.get("action")
        if action == "merge":
            target = _speaker(data.get("target"))
            others = [_speaker(pk) for pk in (data.get("a"), data.get("b")) if pk]
            others = [s for s in others if s.pk != target.pk]
            try:
                speaker_merge(target=target, others=others, user=user)
            except MergeError as error:
                messages.error(request, str(error))
                return
            names = ", ".join(s.name for s in others)
            messages.success(request, f"Merged {names} into {target.name}.")
        elif action == "distinct":
            a, b = _speaker(data.get("a")), _speaker(data.get("b"))
            queue_decide(speaker=a, other=b, suggestion=data.get("reason", ""), user=user)
            messages.success(request, f"{a.name} and {b.name}: not a duplicate. Noted.")
        elif action == "name":
            speaker = _speaker(data.get("speaker"))
            queue_decide(speaker=speaker, suggestion=data.get("reason", ""), user=user)
            messages.success(request, f"“{speaker.name}” is a real name. Noted.")
        else:
            messages.error(request, "Unknown action.")


def _speaker(pk) -> Speaker:
    return get_object_or_404(Speaker, pk=pk if str(pk or "").isdigit() else 0)
