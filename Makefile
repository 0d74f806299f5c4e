# liveblog — the two commands that matter:
#   make demo   ingest the built-in seeds into archive.db and serve them with
#               Datasette on http://127.0.0.1:8001/ (installs into .venv first)
#   make test   lint, type-check and run the test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo parse test lint typecheck pytest bench clean ingest serve

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: ingest serve

parse: $(STAMP)  ## print every seed document as parsed
	@for f in seeds/*.txt; do $(BIN)/liveblog parse "$$f" --format text; echo; done

test: lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check liveblog tests benchmarks
	$(BIN)/ruff format --check liveblog tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest

ingest: $(STAMP)  ## build or update archive.db from the sources in feeds.yml
	$(BIN)/liveblog ingest --config feeds.yml --db archive.db

serve: $(STAMP)  ## browse archive.db at http://127.0.0.1:8001/ (read-only)
	$(BIN)/liveblog serve --db archive.db

bench: $(STAMP)
	$(BIN)/python -m benchmarks $(BENCH)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
