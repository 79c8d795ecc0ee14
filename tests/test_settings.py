"""The settings module reads its environment and refuses unsafe production set-ups."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION = {
    "SECRET_KEY": "k8Yq2-3mQ9vLr0pXz7WcE1fTgHb5NsJd4aUo6iKyMlRnVwSxCe",
    "ALLOWED_HOSTS": "claims.example.org",
    "TRUSTED_PROXY_COUNT": "1",
}


def run(*args, **env):
    base = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG"}}
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env={**base, **env}, capture_output=True, text=True
    )


def test_it_refuses_to_start_without_a_secret_key_when_debug_is_off():
    result = run("manage.py", "check")
    assert result.returncode == 2
    assert result.stderr.startswith("Configuration error: SECRET_KEY is not set")
    assert "Traceback" not in result.stderr


def test_it_starts_without_a_secret_key_in_local_development():
    assert run("manage.py", "check", DEBUG="true").returncode == 0


def test_the_deployment_checklist_passes_with_the_documented_production_variables():
    result = run("manage.py", "check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_database_comes_from_database_url_with_sqlite_as_the_default():
    show = "from django.conf import settings; print(settings.DATABASES['default']['ENGINE'])"
    script = ["-c", f"import django; django.setup(); {show}"]
    env = {"DJANGO_SETTINGS_MODULE": "claimtracker.settings", "DEBUG": "true"}
    default = run(*script, **env, DATABASE_URL="")
    postgres = run(*script, **env, DATABASE_URL="postgres://u@db.example:5432/claims")
    assert default.stdout.strip() == "django.db.backends.sqlite3"
    assert postgres.stdout.strip() == "django.db.backends.postgresql"


def test_a_negative_proxy_count_is_refused_at_start():
    result = run("manage.py", "check", **{**PRODUCTION, "TRUSTED_PROXY_COUNT": "-1"})
    assert result.returncode == 2
    assert "TRUSTED_PROXY_COUNT" in result.stderr and "Traceback" not in result.stderr


def test_the_documented_redis_caches_can_be_used_as_installed():
    """The production section's CACHE_URL and COUNTER_CACHE_URL=redis://...: the client
    library comes with the install (the cache connects on first use, so no server is
    needed to build its client)."""
    script = (
        "import django; django.setup(); from django.core.cache import caches; "
        "[print(type(caches[name]._cache.get_client(write=True)).__module__) "
        "for name in ('default', 'counters')]"
    )
    redis = "redis://127.0.0.1:6379/1"
    result = run(
        "-c",
        script,
        DJANGO_SETTINGS_MODULE="claimtracker.settings",
        DEBUG="true",
        CACHE_URL=redis,
        COUNTER_CACHE_URL=redis,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["redis.client", "redis.client"]
