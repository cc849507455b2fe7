# One command for each job; each creates the virtual environment on first use.
#   make figures                 run every notebook on data/sample, export figures and tables
#   make figures CORPUS=/path    the same on your own corpus
#   make test                    lint and run the test suite
#   make check                   lint and the unit tests (under a minute): the development loop
#   make lab                     open the notebooks in JupyterLab
#   make explorer                serve the widget explorer as a web page (Voila)
#   make bench                   measure load and matching speed (prints figures)

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
CORPUS ?= data/sample
OUT ?= reports
PORT ?= 8866
HOST ?= 127.0.0.1
RUN_ARGS ?=
# Jupyter refuses to start as root (usual in containers) unless given --allow-root: give it
# only then. USER_ID is there for the tests (make -n lab USER_ID=0).
USER_ID ?= $(shell id -u)
LAB_ARGS ?= $(if $(filter 0,$(USER_ID)),--allow-root)

.PHONY: install figures test check lint lab explorer bench sample clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[lab,scale,dev]"
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 >/dev/null
	touch $@

figures: install
	$(BIN)/python -m analysis run --corpus "$(CORPUS)" --out "$(OUT)" $(RUN_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: lint
	$(BIN)/python -m pytest

# The fast lane: unit tests and doctests on both cores, without the notebooks, the browser,
# the Dask cluster, the widget app or the tests that start other processes.
check: lint
	$(BIN)/python -m pytest -q -x -n 2 -m "not slow and not browser and not integration"

lab: install
	$(BIN)/jupyter lab notebooks $(LAB_ARGS)

explorer: install
	@echo "Explorer at http://$(HOST):$(PORT)/ (Ctrl-C to stop)"
	ANALYSIS_CORPUS="$(abspath $(CORPUS))" $(BIN)/voila notebooks/04-explore.ipynb \
		--no-browser --port=$(PORT) --Voila.ip=$(HOST) --Voila.port_retries=0

bench: install
	$(BIN)/python benchmarks/run.py

sample: install
	$(BIN)/python -m analysis.sample --n 480 --out data/sample --force

clean:
	rm -rf $(VENV) data/processed reports .pytest_cache .ruff_cache .hypothesis
