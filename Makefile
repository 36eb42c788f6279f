# Shared Practice portal. `make help` lists the targets.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PORT ?= 8000
PYTEST_WORKERS ?= 2

.DEFAULT_GOAL := help

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  %-14s %s\n", $$1, $$2}'

$(STAMP): requirements-dev.txt requirements.txt
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

install: $(STAMP) ## Create .venv and install the pinned dependencies (skipped when up to date)

run: install ## Migrate, seed demo content if the database is empty, serve on 127.0.0.1:$PORT
	$(PY) manage.py translations compile
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo --if-empty
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

# Production settings on the local database; a per-checkout secret key is
# generated once so `make serve` needs no setup.
WEB_CONCURRENCY ?= 2
GUNICORN_THREADS ?= 2
SERVE_ENV = DJANGO_SETTINGS_MODULE=portal.settings.production \
	SECRET_KEY="$${SECRET_KEY:-$$(cat .secret_key)}" \
	ALLOWED_HOSTS="$${ALLOWED_HOSTS:-127.0.0.1,localhost}" \
	SECURE_SSL_REDIRECT="$${SECURE_SSL_REDIRECT:-0}" \
	TASKS_BACKEND="$${TASKS_BACKEND:-django_tasks.backends.immediate.ImmediateBackend}"

.secret_key:
	@$(PY) -c "import secrets; print(secrets.token_urlsafe(50))" > $@

serve: install .secret_key ## Production settings + gunicorn + whitenoise on 127.0.0.1:$PORT
	$(PY) manage.py translations compile
	$(SERVE_ENV) $(PY) manage.py collectstatic --noinput -v0
	$(SERVE_ENV) $(PY) manage.py migrate --noinput
	$(SERVE_ENV) $(PY) manage.py seed_demo --if-empty
	$(SERVE_ENV) $(VENV)/bin/gunicorn portal.wsgi:application \
		--bind 127.0.0.1:$(PORT) --workers $(WEB_CONCURRENCY) --threads $(GUNICORN_THREADS) \
		--access-logfile - --forwarded-allow-ips 127.0.0.1

bench: install ## Seed a large data set into PostgreSQL, serve it with gunicorn, load it with wrk
	@command -v wrk >/dev/null || apt-get install -y -qq wrk || (apt-get update -qq && apt-get install -y -qq wrk)
	$(PY) -m portal.bench

# Browser and accessibility tests (tests/browser): Debian's Chromium, axe-core
# from npm, Playwright from requirements-dev.txt.
BROWSER_DIR := tests/browser
CHROMIUM ?= /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

$(BROWSER_DIR)/node_modules/.package-lock.json: $(BROWSER_DIR)/package.json $(BROWSER_DIR)/package-lock.json
	cd $(BROWSER_DIR) && npm ci --no-audit --no-fund --loglevel=error

browser-deps: $(BROWSER_DIR)/node_modules/.package-lock.json ## Chromium (apt, only if missing) and axe-core (npm ci) for the browser tests
	@test -x $(CHROMIUM) || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium; }

# PYTEST_MARK narrows the run, e.g. PYTEST_MARK="not browser".
test: install browser-deps ## Run the whole test suite, browser tests included (set DATABASE_URL for PostgreSQL)
	$(PY) manage.py translations compile
	$(PY) -m pytest -n $(PYTEST_WORKERS) $(if $(PYTEST_MARK),-m "$(PYTEST_MARK)",) $(PYTEST_ARGS)

test-browser: install browser-deps ## Only the browser and accessibility tests (Chromium + axe-core, English and Welsh)
	$(PY) -m pytest -n $(PYTEST_WORKERS) tests/browser -m browser $(PYTEST_ARGS)

lint: install ## Ruff lint and format check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install ## Apply ruff's fixes and formatting
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

messages: install ## Extract interface strings into locale/cy/LC_MESSAGES (then translate them)
	$(PY) manage.py translations update

check-messages: install ## Fail if a string is missing from the Welsh catalogue, fuzzy, or under 95% translated
	$(PY) manage.py translations check

seed: install ## Seed (or top up) the demo content
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo

lock: ## Re-pin requirements*.txt from requirements*.in in throwaway venvs
	rm -rf /tmp/portal-lock-rt /tmp/portal-lock-dev
	python3 -m venv /tmp/portal-lock-rt && /tmp/portal-lock-rt/bin/pip install -q -r requirements.in
	{ echo "# Pinned runtime set: regenerate with \`make lock\` after changing requirements.in."; /tmp/portal-lock-rt/bin/pip freeze | grep -v '^pip=='; } > requirements.txt
	python3 -m venv /tmp/portal-lock-dev && /tmp/portal-lock-dev/bin/pip install -q -r requirements-dev.in
	{ echo "# Pinned development set: regenerate with \`make lock\` after changing requirements-dev.in."; /tmp/portal-lock-dev/bin/pip freeze | grep -v '^pip=='; } > requirements-dev.txt

.PHONY: help install run serve bench browser-deps test-browser test lint format messages check-messages seed lock
