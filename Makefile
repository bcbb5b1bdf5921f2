# The two commands a fresh machine needs:  make run  (the main job)  and  make test  (the suite).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared
EXAMPLE ?= $(SHARED)/examples/lavrov-security-guarantees.txt
# the example's own date (a Monday): relative dates such as "اليوم (الاثنين)" resolve against it
EXAMPLE_PUBLISHED ?= 2022-02-14

.PHONY: install run test lint bench eval demo clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

install: $(BIN)/.installed

run: install
	$(BIN)/marsad analyze $(EXAMPLE) --published $(EXAMPLE_PUBLISHED)

# the workspace over three days of SaudiNewsNet (about 5,300 articles, about a minute to ingest on 2 cores):
# ingest into demo.db (resumable: a second `make demo` skips what is stored), then serve it at
# http://127.0.0.1:8000/
DEMO_INPUT ?= $(SHARED)/data/news/saudinewsnet-NC/2015-07-22.zip $(SHARED)/data/news/saudinewsnet-NC/2015-07-23.zip $(SHARED)/data/news/saudinewsnet-NC/2015-07-24.zip
DEMO_DB ?= demo.db
# (the dumps hold a few records with neither title nor text: reported, and accepted here)
demo: install
	$(BIN)/marsad ingest $(DEMO_INPUT) --db $(DEMO_DB) --max-failures 100
	$(BIN)/marsad serve --db $(DEMO_DB)

lint: install
	$(BIN)/ruff check src tests bench scripts

test: install lint
	$(BIN)/python -m pytest

eval: install
	$(BIN)/marsad analyze $(SHARED)/eval/inputs/dev.jsonl --json > /tmp/marsad-dev.jsonl
	$(PYTHON) $(SHARED)/eval/score.py --gold $(SHARED)/eval/gold/dev.jsonl --pred /tmp/marsad-dev.jsonl

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache
