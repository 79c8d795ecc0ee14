"""Signing in, out and up. Failed sign-ins are counted and locked out by django-axes."""

from django.contrib.auth import login
from django.contrib.auth.forms import UserCreationForm
from django.contrib.auth.views import LoginView
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods


class SignInView(LoginView):
    """Template: registration/login.html. A signed-in visitor is sent on."""

    redirect_authenticated_user = True


def _next(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if safe else "/"


@sensitive_post_parameters("password1", "password2")
@require_http_methods(["GET", "POST"])
def register(request):
    """A reader chooses a username and password and is signed in.

    Models: User. Template: registration/register.html. Context: form, next.
    """
    if request.user.is_authenticated:
        return redirect(_next(request))
    form = UserCreationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect(_next(request))
    context = {"form": form, "next": _next(request)}
    return render(
        request, "registration/register.html", context, status=400 if form.errors else 200
    )
