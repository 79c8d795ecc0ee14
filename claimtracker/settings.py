"""Claimtracker settings: one module, driven by environment variables.

Defaults are the safe, production ones; local development opts out with
DEBUG=true (the Makefile does this for `make run`).
"""

from pathlib import Path

import environ
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()

DEBUG = env.bool("DEBUG", default=False)

SECRET_KEY = env.str("SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set it to a long random string in production "
            "(python -c 'import secrets; print(secrets.token_urlsafe(50))'), "
            "or set DEBUG=true for local development."
        )
    SECRET_KEY = "insecure-development-key-only-used-with-DEBUG"  # noqa: S105

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "claimtracker.admin_site.EditorsAdminConfig",  # django.contrib.admin, with the editors' home
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_filters",
    "simple_history",
    "axes",
    "csp",
    "django_ratelimit",
    "django_tasks",
    "django_tasks_db",
    "quotes",
]

MIDDLEWARE = [
    # First: a cached public page for an anonymous reader skips everything below.
    "quotes.middleware.PublicPageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks, so it sees the outcome of authentication.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "claimtracker.urls"

CONTEXT_PROCESSORS = [
    "django.template.context_processors.request",
    "django.contrib.auth.context_processors.auth",
    "django.contrib.messages.context_processors.messages",
    "csp.context_processors.nonce",
]
# The public site's templates are Jinja2 (templates/jinja2/, claimtracker/jinja2.py):
# the same HTML in half the CPU time of Django's template language (bench/README.md).
# The admin and its overrides (templates/admin/) stay with Django's. Jinja2 reads
# only templates/jinja2/: a Django template it found would be a syntax error to it.
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [BASE_DIR / "templates" / "jinja2"],
        "APP_DIRS": False,
        "OPTIONS": {
            "environment": "claimtracker.jinja2.environment",
            "context_processors": CONTEXT_PROCESSORS,
        },
    },
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {"context_processors": CONTEXT_PROCESSORS},
    },
]

WSGI_APPLICATION = "claimtracker.wsgi.application"

# SQLite by default so a newcomer needs nothing else; PostgreSQL by DATABASE_URL.
DATABASE_URL = env.str("DATABASE_URL", default="") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
DATABASES = {"default": env.db_url_config(DATABASE_URL)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and IMMEDIATE transactions let an import and the web server share the file.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
else:
    DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
    DATABASES["default"].setdefault("CONN_HEALTH_CHECKS", True)
    # Per connection: speaker search finds "Volodymyr" from "Volodimir" (pg_trgm's
    # default threshold is 0.6); web requests are short, so no parallel workers and no
    # JIT compilation, whose start-up costs more than the queries they would speed up.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "options",
        env.str(
            "DATABASE_OPTIONS",
            default="-c pg_trgm.word_similarity_threshold=0.45"
            " -c max_parallel_workers_per_gather=0 -c jit=off",
        ),
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

# How many reverse proxies stand in front of the app (nginx alone: 1). The client's
# address is then taken from X-Forwarded-For as the outermost of them wrote it; with 0
# it is the socket's (quotes/client_address.py, the one rule everything here uses).
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
if TRUSTED_PROXY_COUNT < 0:
    raise ImproperlyConfigured("TRUSTED_PROXY_COUNT is a number of proxies: 0 or more.")

# Failed sign-ins: at most 100 per hour for one account from one address (OWASP ASVS
# V2.2.1), and as many from one address over all accounts. Never per account alone:
# that would let anyone lock an editor out by guessing at their name.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=100)
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_CLIENT_IP_CALLABLE = "quotes.client_address.client_address"
# A successful sign-in clears that account's failures from that address, no others.
AXES_RESET_ON_SUCCESS = True
AXES_HANDLER = "quotes.sign_in_attempts.OwnFailuresResetHandler"
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"

CACHES = {
    # Anonymous readers' pages: each process's memory unless CACHE_URL names a
    # shared cache (redis://..., pymemcache://...).
    "default": env.cache_url("CACHE_URL", default="locmemcache://claimtracker"),
    # Rate-limit counters must be shared by every web process. The default, a table
    # in the database (`manage.py createcachetable`), needs no other service.
    "counters": env.cache_url("COUNTER_CACHE_URL", default="dbcache://claimtracker_cache"),
}
RATELIMIT_USE_CACHE = "counters"
RATELIMIT_IP_META_KEY = "quotes.client_address.client_address"
# django-ratelimit prefers Redis or memcached for atomic increments; with the
# database cache two simultaneous requests at the limit may both pass, which is
# fine for limits meant to stop floods, not to count exactly.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]
# Signed-in readers posting annotations and flags: a burst and a daily ceiling.
# Each rate applies per reader and per client address.
ANNOTATION_RATES = env.list("ANNOTATION_RATES", default=["10/m", "100/d"])
# Registrations (every attempt counts) from one client address.
REGISTRATION_RATES = env.list("REGISTRATION_RATES", default=["5/h", "20/d"])

# "Another editor checks": the editor who publishes a verdict did not write it or send
# it for review. A one-person newsroom turns it off.
CLAIMTRACKER_TWO_PERSON_RULE = env.bool("TWO_PERSON_RULE", default=True)

# Who publishes the fact checks: the ClaimReview `author`. An empty URL means
# the site's own address.
CLAIMTRACKER_PUBLISHER = {
    "name": env.str("PUBLISHER_NAME", default="Claimtracker"),
    "url": env.str("PUBLISHER_URL", default=""),
}

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# Editors' uploads (speakers' photos). Development serves them from MEDIA_ROOT; in
# production the proxy does (README, "Running in production"), or SERVE_MEDIA=true lets
# the app serve them itself, for a small site.
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(BASE_DIR / "media")))
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=DEBUG)
FILE_UPLOAD_PERMISSIONS = 0o644

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Security: strict unless DEBUG. Behind a proxy that terminates TLS, the proxy
# must set X-Forwarded-Proto (see README, "Running in production").
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="WARNING")},
}

# Articles larger than this are refused by the importer (bytes).
IMPORT_MAX_BYTES = env.int("IMPORT_MAX_BYTES", default=5 * 1024 * 1024)
# Fetching pages and feeds by URL: a total time limit per fetch (seconds), at most this
# many redirects, and a User-Agent that says who is asking (robots.txt is obeyed for it).
IMPORT_FETCH_TIMEOUT = env.float("IMPORT_FETCH_TIMEOUT", default=20.0)
IMPORT_FETCH_MAX_REDIRECTS = env.int("IMPORT_FETCH_MAX_REDIRECTS", default=5)
IMPORT_USER_AGENT = env.str(
    "IMPORT_USER_AGENT",
    default="Claimtracker-importer/0.1 (+https://github.com/claimtracker/claimtracker; "
    "fetches news articles an editor asked for)",
)
# Addresses on private networks and this machine (10.x, 192.168.x, 127.x, ::1, ...) are
# refused, so an import cannot reach internal services; a newsroom's own intranet (and
# the tests' loopback server) needs this on.
IMPORT_FETCH_PRIVATE_ADDRESSES = env.bool("IMPORT_FETCH_PRIVATE_ADDRESSES", default=False)
# An upload in the admin: at most this many bytes in all, and a zip of at most this many
# files, each at most IMPORT_MAX_BYTES once unpacked.
IMPORT_UPLOAD_MAX_BYTES = env.int("IMPORT_UPLOAD_MAX_BYTES", default=50 * 1024 * 1024)
IMPORT_ZIP_MAX_FILES = env.int("IMPORT_ZIP_MAX_FILES", default=2000)
# A running import whose worker has said nothing for this long is taken to have died,
# and runs again (seconds).
IMPORT_JOB_STALE_SECONDS = env.int("IMPORT_JOB_STALE_SECONDS", default=120)

# Background jobs (the admin's imports): Django's task framework through the
# django-tasks backport, queued in the database, so no other server is needed; a worker
# runs them (`manage.py import_worker`, started by `make run`).
TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default"],
    }
}

# How often one address may ask for an export (CSV, JSON, Atom, NDJSON) anonymously.
EXPORT_RATES = env.list("EXPORT_RATES", default=["60/m", "1000/h"])
# How many streamed downloads (CSV, NDJSON) run at once, site-wide (quotes/views/limits.py).
EXPORT_STREAMS = env.int("EXPORT_STREAMS", default=2)
# The share of its time a streamed download may spend making its rows (1: no pause).
EXPORT_CPU_SHARE = env.float("EXPORT_CPU_SHARE", default=0.25)
if not 0 < EXPORT_CPU_SHARE <= 1:
    raise ImproperlyConfigured("EXPORT_CPU_SHARE must be more than 0 and at most 1.")
# The most rows one request for /quotes.csv returns; more come page by page.
EXPORT_MAX_ROWS = env.int("EXPORT_MAX_ROWS", default=10_000)

# Anonymous quote pages are cached this long (seconds); 0 turns it off.
PUBLIC_PAGE_CACHE_SECONDS = env.int("PUBLIC_PAGE_CACHE_SECONDS", default=60)
