# Attention Lab. Two commands do everything on a fresh machine:
#   make run    set up the venv and serve the app at http://localhost:8501 (shipped models, no training)
#   make test   set up, install Chromium and redis-server if missing, lint, run every test (browser included)

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8501

.PHONY: run test lint browser redis bench train load clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamps: reinstall only when a requirements file changes.
$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt $(VENV)/.runtime
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

run: $(VENV)/.runtime
	$(BIN)/python -m streamlit run app.py --server.port $(PORT)

# Debian's chromium for the browser tests (Playwright cannot download browsers here).
browser:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		echo "installing Debian's chromium and fonts…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	else echo "chromium is missing: run 'sudo apt-get install chromium fonts-noto-cjk' (browser tests will be skipped)"; fi

# Debian's redis-server: the class store's tests run the same suite against SQLite and a real Redis
# that they start on a free loopback port (under CI=true a missing redis-server fails them).
redis:
	@if command -v redis-server >/dev/null || [ -x /usr/bin/redis-server ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		echo "installing Debian's redis-server…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null; \
	else echo "redis-server is missing: run 'sudo apt-get install redis-server' (the Redis store's tests will be skipped)"; fi

lint: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: $(VENV)/.dev browser redis lint
	$(BIN)/python -m pytest

bench: $(VENV)/.dev
	$(BIN)/python -m bench.rerun_latency
	$(BIN)/python -m bench.train_to_99
	$(BIN)/python -m bench.bert
	$(BIN)/python -m bench.training_load

# Re-create every shipped checkpoint and the stored extrapolation result: two models at a time, one
# per core, longest first (bfloat16 autocast; estimated 2 h 30 min on two cores, see README "Everyday sentences").
train: $(VENV)/.runtime
	$(BIN)/python -m models.train --all --jobs 2
	$(BIN)/python -m models.lessons.extrapolation
	$(BIN)/python -m models.training.card > models/README.md

clean:
	rm -rf $(VENV) artifacts .pytest_cache .ruff_cache

# Classroom load test (protocol-level WebSocket clients), two replicas behind nginx, and class mode's store
# (40 students answering within 2 s and at once, SQLite and Redis, two replica processes), a class of 40
# through the real app (one server with SQLite; two behind nginx sharing Redis), and the burst
# (40 sessions press Enter 3 times at once, per page, against a one-box-one-heatmap reference page).
load: $(VENV)/.dev redis
	@command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { [ "$$(id -u)" = 0 ] && apt-get install -y -qq nginx >/dev/null; } || true
	$(BIN)/python -m bench.load --sessions 40
	$(BIN)/python -m bench.load --sessions 100
	$(BIN)/python -m bench.replicas --sessions 60
	$(BIN)/python -m bench.class_load
	$(BIN)/python -m bench.class_app
	$(BIN)/python -m bench.class_app --replicas 2
	$(BIN)/python -m bench.burst
