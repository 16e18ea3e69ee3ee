# The README's two commands: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
# Every absolute URL the site prints starts with SITE_ORIGIN (README, "Configuration"):
# unless set, `make setup` writes, and `make run` serves, the dev server's own address,
# so that every link it prints opens.
setup run: export SITE_ORIGIN ?= http://$(HOST):$(PORT)
PYTEST_ARGS ?=

.PHONY: run test lint format bench messages setup clean backup restore publish-scheduled audit

$(VENV)/.runtime: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt $(VENV)/.runtime
	$(PIP) install --quiet -r requirements-dev.txt
	touch $@

setup: $(VENV)/.runtime
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content --with-admin
	$(PY) manage.py set_site_origin

run: setup
	@echo "Serving on http://$(HOST):$(PORT)/ (links: $$SITE_ORIGIN; admin: http://$(HOST):$(PORT)/admin/, user admin, password khuyencong-demo)"
	@echo "Mails (confirmations, alerts) are written to .mail/; the task worker runs alongside."
	$(PY) manage.py db_worker --interval 1 & WORKER=$$!; trap 'kill $$WORKER' EXIT INT TERM; \
		$(PY) manage.py runserver $(HOST):$(PORT)

test: $(VENV)/.dev
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check $$(git ls-files 'templates/*.html' '*/templates/*.html')

format: $(VENV)/.dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djhtml $$(git ls-files 'templates/*.html' '*/templates/*.html')

messages: $(VENV)/.dev
	$(PY) manage.py compile_catalogues

# Publishes pages whose go-live date has come and unpublishes expired ones; cron runs
# it every five minutes in production (docs/deployment.md).
publish-scheduled: $(VENV)/.runtime
	$(PY) manage.py publish_scheduled

bench: $(VENV)/.dev
	$(PY) tests/benchmarks/run.py

# wapiti and sqlmap (Debian packages, installed if missing) against a local
# production-settings server with the demo content; bounded, loopback only, ~15 minutes.
# Reports in audit-reports/. Not part of `make test` (tests/audit/run.py).
audit: $(VENV)/.dev
	$(PY) tests/audit/run.py

clean:
	rm -rf $(VENV) staticfiles .test-media

backup: $(VENV)/.runtime
	$(PY) manage.py backup

# make restore FILE=backups/kcqg-YYYYmmdd-HHMMSS.tar.gz
restore: $(VENV)/.runtime
	@test -n "$(FILE)" || (echo "usage: make restore FILE=backups/kcqg-….tar.gz" && exit 2)
	$(PY) manage.py restore --yes "$(FILE)"
