# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1:8000
# `make run` is local development; production sets these itself (see README).
DEV_ENV := DEBUG=true

.PHONY: run test import install setup eval lint fuzz bench-extract bench-import bench-formats bench-search bench-render load-test clean

# The web server, and beside it the worker that runs the admin's imports in the
# background; stopping one (Ctrl-C) stops both.
run: setup
	@echo
	@echo "Claimtracker is starting on http://$(HOST)/ (admin: http://$(HOST)/admin/),"
	@echo "with the background worker that runs imports started in the admin."
	@echo "Create an editor account in another terminal with:"
	@echo "    $(DEV_ENV) $(PY) manage.py create_editor YOUR_NAME"
	@echo
	$(DEV_ENV) $(PY) manage.py import_worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(DEV_ENV) $(PY) manage.py runserver $(HOST)

setup: install
	$(DEV_ENV) $(PY) manage.py migrate --noinput
	$(DEV_ENV) $(PY) manage.py createcachetable
	$(DEV_ENV) $(PY) manage.py loaddata fixtures/speakers.json fixtures/rating_scales.json
	$(DEV_ENV) $(PY) manage.py import_articles seeds/

# Import article files or directories into the development database:
#   make import PATHS="seeds/ archive/2025/"   (IMPORT_ARGS="--dry-run" etc. for options)
import: install
	@test -n "$(PATHS)" || { echo 'Say what to import: make import PATHS="seeds/ more/"'; exit 2; }
	$(DEV_ENV) $(PY) manage.py import_articles $(PATHS) $(IMPORT_ARGS)

test: install
	SECRET_KEY=$${SECRET_KEY:-insecure-key-for-tests-only} $(VENV)/bin/pytest $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

install: $(VENV)/.installed

# The install compiles quotes/extraction with mypyc (setup.py), so an edit there installs
# again; until it does, the package runs its Python source and warns that it does.
$(VENV)/.installed: pyproject.toml setup.py $(wildcard quotes/extraction/*.py)
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[dev]'
	touch $@

# Precision, recall and F1 of the quote extractor on the hand-annotated gold set.
eval: install
	$(PY) -m quotes.extraction.scoring tests/gold

# Extraction speed over generated articles, one process.
bench-extract: install
	$(PY) bench/extract.py

# 10,000 generated (mutated, hostile, broken) article files through parser and extractor.
fuzz: install
	$(PY) bench/fuzz_articles.py --examples 10000

# Import benchmark on PostgreSQL (creates and drops the database claimtracker_importbench).
bench-import: install
	$(PY) bench/import_articles.py $(BENCH_ARGS)

# HTML pages beside the text format: articles/s to parse and to import (PostgreSQL,
# database claimtracker_formatbench, created and dropped).
bench-formats: install
	$(PY) bench/import_formats.py $(BENCH_ARGS)

# Public-site benchmark on PostgreSQL (database claimtracker_sitebench; needs wrk):
# loads 1,000,000 synthetic quotes, times every SQL statement, drives gunicorn with wrk.
bench-search: install
	$(PY) bench/search_load.py all

# CPU per uncached search and quote page, in process, on claimtracker_sitebench_100k
# (load it with `make load-test` first).
bench-render: install
	$(PY) bench/render_pages.py $(BENCH_ARGS)

# Production load test: gunicorn on PostgreSQL with 100,000 quotes (database
# claimtracker_sitebench_100k), the search and quote pages, wrk at 8 connections for 60 s.
load-test: install
	$(PY) bench/load_test.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-* staticfiles artifacts
