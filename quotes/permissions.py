"""Who may do what on the public site, decided the same way everywhere.

Anonymous visitors read; signed-in readers annotate and flag; editors (staff
in the Editors group) also curate, review and publish.
"""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied


def is_editor(user) -> bool:
    return bool(user.is_active and user.is_staff and user.has_perm("quotes.change_claim"))


def editor_required(view):
    """Anonymous visitors are sent to sign in; signed-in non-editors get 403."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_editor(request.user):
            raise PermissionDenied("Only editors can do this.")
        return view(request, *args, **kwargs)

    return wrapper
