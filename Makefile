# The table of contents of the project: `make` lists the targets.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
RAW ?= data/raw
OUT ?= data/processed
JOBS ?=

.DEFAULT_GOAL := help
.PHONY: help extract test test-fast lint browser report bench bench-scale kb-check eval eval-probes eval-misses eval-spurious clean fetch notebooks eval-dates

## Show this help
help:
	@awk '/^## /{desc=substr($$0,4); next} /^[a-zA-Z_-]+:/{if(desc){split($$1,t,":"); printf "  make %-12s %s\n", t[1], desc}; desc=""}' $(MAKEFILE_LIST)

# The set-up is a file target: it runs once, then again only when pyproject.toml changes.
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

## Extract the timeline and the actor graph from data/raw into data/processed
extract: $(STAMP)
	$(PY) -m pipeline extract $(RAW) $(OUT) $(if $(JOBS),--jobs $(JOBS))

## Save the web pages listed in URLS=file.txt (one a line) under data/raw/web/
fetch: $(if $(URLS),$(STAMP))
	@test -n "$(URLS)" || (echo "usage: make fetch URLS=urls.txt (one URL a line, # for comments)" && exit 2)
	$(PY) -m pipeline fetch --urls $(URLS) --raw $(RAW)

## Run the linters, then the whole test suite
test: $(STAMP) browser lint
	$(PY) -m pytest -q

## ruff (lint and format check) and mypy on the package
lint: $(STAMP)
	$(VENV)/bin/ruff check pipeline tests scripts
	$(VENV)/bin/ruff format --check pipeline tests scripts
	$(VENV)/bin/mypy

## Score events and actors on ../shared/corpus/dev: overall, tuning and checking parts, per article and type
eval: $(STAMP)
	$(PY) scripts/eval_dev.py

## Count why the checking part's core events are missed, by event type (counts only, no text)
eval-misses: $(STAMP)
	$(PY) scripts/eval_misses.py checking

## Count the checking part's spurious events by type, trigger and whether gold has an event in their sentence
eval-spurious: $(STAMP)
	$(PY) scripts/eval_misses.py checking --spurious

## Score events and actors on the team's own probe sets in data/probes, then rows per event across outlets
eval-probes: $(STAMP)
	$(PY) scripts/eval_probes.py
	$(PY) scripts/eval_across.py

# The report is tested in a real headless Chromium (Debian's package); without root the
# browser tests are skipped with their reason.
browser:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) \
		|| echo "chromium could not be installed: the report's browser tests will be skipped"

## Write data/processed/report.html: timeline, actor graph and evidence in one offline page
report: $(STAMP)
	$(PY) -m pipeline report $(OUT)

## Install the notebooks extra and open JupyterLab on notebooks/
notebooks: $(VENV)/.notebooks
	$(VENV)/bin/jupyter lab notebooks/

# The notebooks extra is installed once, like the project itself.
$(VENV)/.notebooks: $(STAMP)
	$(PY) -m pip install --quiet -e ".[notebooks]"
	touch $@

## Run the tests that do not load the spaCy model
test-fast: $(STAMP)
	$(PY) -m pytest -q -m "not slow"

## Throughput and memory benchmark (../shared/corpus/bench if present, else data/raw)
bench: $(STAMP)
	$(PY) -m pipeline bench

## The benchmark plus a run over the corpus copied 5 times (memory must not grow)
bench-scale: $(STAMP)
	$(PY) -m pipeline bench --replicate 5

## Score the date tagger: French TimeBank values (../shared) and the Duckling/dateparser cases
eval-dates: $(STAMP)
	@t=$$(mktemp -d) && \
	python3 ../shared/eval/score_ftib.py make-input ../shared/corpus/time-dev/ftib_dev.jsonl $$t/in.jsonl && \
	$(PY) -m pipeline dates --input $$t/in.jsonl > $$t/pred.jsonl && \
	python3 ../shared/eval/score_ftib.py score ../shared/corpus/time-dev/ftib_dev.jsonl $$t/pred.jsonl && \
	rm -r $$t
	$(PY) scripts/eval_time_dev.py

## Validate the actor knowledge base in models/actors
kb-check: $(STAMP)
	$(PY) -m pipeline kb check

## Remove the outputs (data/processed is rebuilt from data/raw and models/)
clean:
	find $(OUT) -mindepth 1 ! -name .gitkeep -delete
	find data/interim -mindepth 1 ! -name .gitkeep -delete
