"""Signing in, out and up. Failed sign-ins are counted and locked out by django-axes;
registrations are limited per client address, and a username that looks like an
existing one is refused."""

from django.conf import settings
from django.contrib.auth import login
from django.contrib.auth.forms import UserCreationForm
from django.contrib.auth.views import LoginView
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods

from quotes.rate_limits import wait_seconds
from quotes.usernames import looks_like_an_existing_name


class SignInView(LoginView):
    """Template: registration/login.html. A signed-in visitor is sent on."""

    redirect_authenticated_user = True


class RegistrationForm(UserCreationForm):
    def clean_username(self):
        username = super().clean_username()
        if username and looks_like_an_existing_name(username):
            raise ValidationError(
                "This username looks too much like an existing one. Please choose another.",
                code="confusable",
            )
        return username


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

    Models: User, UsernameSkeleton. Template: registration/register.html (429 with a
    message when this address registered too often). Context: form, next, refused (why a
    registration was not even considered).
    """
    if request.user.is_authenticated:
        return redirect(_next(request))
    form = RegistrationForm(request.POST or None)
    context = {"form": form, "next": _next(request)}
    if request.method == "POST":
        wait = wait_seconds(
            request, group="registration", rates=settings.REGISTRATION_RATES, keys=("ip",)
        )
        if wait:
            context["form"] = RegistrationForm(initial={"username": request.POST.get("username")})
            context["refused"] = (
                f"Too many registrations from your address. Try again in {_minutes(wait)}."
            )
            response = render(request, "registration/register.html", context, status=429)
            response["Retry-After"] = str(wait)
            return response
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect(_next(request))
    return render(
        request, "registration/register.html", context, status=400 if form.errors else 200
    )


def _minutes(seconds: int) -> str:
    minutes = -(-seconds // 60)
    return "a minute" if minutes == 1 else f"{minutes:,} minutes"
