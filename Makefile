# The two commands: `make demo` and `make test`. Both set up .venv first if it is missing.
PYTHON ?= python3
VENV ?= .venv
DEMO_DB ?= sqlite:///db/demo.sqlite3
QT = $(VENV)/bin/quotetrack

.PHONY: demo test venv

# Re-install when the package metadata changes; the stamp file records the last install.
$(VENV)/.installed: setup.cfg pyproject.toml
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

venv: $(VENV)/.installed

demo: venv
	$(QT) ingest fixtures/articles/ --db $(DEMO_DB)
	$(QT) people --db $(DEMO_DB)
	$(QT) report "Antony Blinken" --db $(DEMO_DB) --format md

# PostgreSQL tests run when QUOTETRACK_TEST_PG_URL names a server (see .ci/run); else they skip.
test: venv
	$(VENV)/bin/python -m pytest -q
