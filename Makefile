# Academy: `make demo` sets up and serves the site; `make test` runs the whole test suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
# The address the demo serves on, for the printed log-in, e-mail links and certificates' QR codes.
BASE_URL ?= $(or $(WAGTAILADMIN_BASE_URL),http://$(HOST):$(PORT))
export PIP_DISABLE_PIP_VERSION_CHECK=1

.PHONY: demo test install frontend lint clean

demo: install frontend
	@bash scripts/system-packages.sh
	$(PY) manage.py migrate --noinput
	WAGTAILADMIN_BASE_URL=$(BASE_URL) $(PY) manage.py seed_demo
	WAGTAILADMIN_BASE_URL=$(BASE_URL) $(PY) manage.py runserver --noreload $(HOST):$(PORT)

test: install frontend
	@bash scripts/system-packages.sh --tests
	$(VENV)/bin/pytest -n 2 --dist loadgroup $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djlint templates --lint
	$(VENV)/bin/lint-imports

$(VENV)/bin/activate:
	$(PYTHON) -m venv $(VENV)

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/activate
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -e '.[dev]'
	touch $@

# govuk-frontend compiled with the county's font and colours, and axe-core for browser tests.
frontend: academy_site/static_build/css/academy.css

academy_site/static_build/css/academy.css: static_src/academy.scss package.json
	npm install --no-audit --no-fund --loglevel=error
	mkdir -p academy_site/static_build/js
	npx sass --quiet-deps --silence-deprecation=import --load-path=node_modules --style=compressed \
		--no-source-map static_src/academy.scss $@
	cp node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js academy_site/static_build/js/

clean:
	rm -rf $(VENV) node_modules academy_site/static_build staticfiles db.sqlite3 media
