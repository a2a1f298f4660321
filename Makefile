# Every target builds .venv itself on a fresh machine: only python3 is assumed.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export AIRFLOW_HOME ?= $(CURDIR)/.local/airflow
export AIRFLOW__CORE__DAGS_FOLDER ?= $(CURDIR)/dags
export AIRFLOW__CORE__LOAD_EXAMPLES ?= False
export XDG_RUNTIME_DIR ?= /tmp/runtime-$(shell id -u)

.PHONY: setup run test test-unit test-dags test-integration eval bench fuzz report-demo lint clean

setup: $(STAMP)

# --compile-bytecode: uv writes no .pyc by default and PYTHONDONTWRITEBYTECODE may be set, so every
# process (each Airflow task, each pool worker) would compile Airflow, GX and pandas again:
# measured 31 s -> 9 s for 'import great_expectations' on a loaded machine.
$(STAMP): pyproject.toml Makefile
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check uv==0.13.8
	$(VENV)/bin/uv pip install --quiet --compile-bytecode --python $(PY) -e '.[airflow,dev]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m etl run --inbox samples/reports

test: $(STAMP)
	scripts/ensure-system-packages.sh
	mkdir -p .local
	$(PY) -m pytest -n 2 --dist loadgroup --basetemp=$(CURDIR)/.local/pytest

test-unit: $(STAMP)
	$(PY) -m pytest -m unit

test-dags: $(STAMP)
	$(PY) -m pytest -m dags

test-integration: $(STAMP)
	$(PY) -m pytest -m integration

eval: $(STAMP)
	$(PY) -m etl.evaluate

bench: $(STAMP)
	$(PY) -m etl.bench

# FUZZ_SECONDS (default 60) of coverage-guided fuzzing of read_bytes -> extract, then the property
# tests with the large hypothesis profile; fails on any crash, hang (FUZZ_TIMEOUT s per input) or broken invariant
fuzz: $(STAMP)
	$(PY) -m etl.fuzz --seconds $${FUZZ_SECONDS:-60}
	HYPOTHESIS_PROFILE=fuzz $(PY) -m pytest -q -p no:cacheprovider tests/unit/test_properties.py

report-demo: $(STAMP)
	scripts/ensure-system-packages.sh
	mkdir -p .local
	$(PY) -m etl.reporting.demo

lint: $(STAMP)
	$(VENV)/bin/ruff check etl dags tests
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) .local
