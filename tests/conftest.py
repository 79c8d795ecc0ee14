"""Personas (anonymous, reader, editor) and shared fixtures."""

import importlib

import pytest

from tests.factories import EditorFactory, UserFactory


@pytest.fixture(autouse=True)
def _test_transport(settings):
    # Production redirects to HTTPS; the test client speaks plain HTTP.
    settings.SECURE_SSL_REDIRECT = False
    # Production serves hashed files from collectstatic's manifest; tests do not collect.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    # Hashing a password properly takes a deliberate half-second; tests make hundreds.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Page caching is tested where it is meant; elsewhere every request is fresh.
    settings.PUBLIC_PAGE_CACHE_SECONDS = 0
    # So are the export limits (tests/test_exports.py); elsewhere their counters would
    # count in every export's queries.
    settings.EXPORT_RATES = []


@pytest.fixture
def reader(db):
    return UserFactory(username="reader")


@pytest.fixture
def editor(db):
    return EditorFactory(username="editor")


@pytest.fixture
def reader_client(client, reader):
    client.force_login(reader)
    return client


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def page_queries(db):
    """The SQL statements one GET of a page costs (a streamed body is read whole):
    `len(page_queries(client, url))` is its query count."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def run(client, url) -> list[str]:
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
            assert response.status_code == 200, response.status_code
            if response.streaming:
                b"".join(response.streaming_content)
        return [query["sql"] for query in captured]

    return run


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run a write as if its transaction committed, as the data a reader sees was (a
    test runs inside a transaction that never commits). What the test wrote before
    counts as committed too."""
    from django.db import connection

    from quotes import data_version

    def run(write, *args, **kwargs):
        data_version.forget_pending(connection)
        with django_capture_on_commit_callbacks(execute=True):
            return write(*args, **kwargs)

    return run


@pytest.fixture
def loopback(settings):
    """A web server on 127.0.0.1 (tests/loopback.py), with fetching from private and
    loopback addresses allowed, as only a test or an intranet deployment would."""
    from tests.loopback import LoopbackServer

    settings.IMPORT_FETCH_PRIVATE_ADDRESSES = True
    with LoopbackServer() as server:
        yield server


@pytest.fixture(autouse=True)
def _empty_cache():
    # Pages are cached per process; no test may see another's.
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _fresh_compiled_searches():
    # SQL built once per shape (selectors/compiled.py) would keep a limit or a page size
    # another test patched.
    from quotes.selectors import compiled

    compiled._built.clear()


@pytest.fixture
def editors_group(transactional_db):
    """The Editors group as its migrations make it. A transactional test starts from
    a flushed database, where migrations' data is gone but permissions are back."""
    from django.contrib.auth.models import Group, Permission

    made = importlib.import_module("quotes.migrations.0002_create_editors_group")
    seen = importlib.import_module("quotes.migrations.0007_editors_see_corrections_and_flags")
    imports = importlib.import_module("quotes.migrations.0018_editors_import_articles")
    codenames = (
        [
            f"{action}_{model}"
            for model, actions in made.EDITOR_PERMISSIONS.items()
            for action in actions
        ]
        + seen.CODENAMES
        + imports.CODENAMES
    )
    group, _ = Group.objects.get_or_create(name="Editors")
    group.permissions.set(
        Permission.objects.filter(content_type__app_label="quotes", codename__in=codenames)
    )
    return group
