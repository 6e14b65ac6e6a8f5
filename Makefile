# Entry points for people and CI. `make demo` and `make test` are the two that matter;
# both run `setup` first, which is quiet when the machine is already prepared.

SWIFT ?= swift

.PHONY: setup build demo test lint bench bench-prowler clean distclean

setup:
	@scripts/setup

build:
	$(SWIFT) build -c release

# Starts moto, seeds it, scans it into out/demo and stops moto even when a step fails.
demo: setup build
	@scripts/demo

# The tests start moto themselves through a Swift helper that runs scripts/moto-server;
# the HTML report test loads reports in Debian's chromium, which setup-browser installs.
test: setup
	@scripts/setup-browser
	$(SWIFT) build --build-tests
	@# A hung test fails the run instead of stalling CI until its time limit.
	timeout 1800 $(SWIFT) test

lint:
	$(SWIFT) format lint --strict -r Sources Tests Package.swift

bench: setup build
	@if [ -x bench/run ]; then \
	  bench/run; \
	else \
	  echo "bench: bench/run does not exist yet; seed with bench/seed_large.py" >&2; \
	  exit 1; \
	fi

# Parapet beside Prowler on seeded accounts of 200 and 2,000 resources (minutes; Prowler's
# venv is ~2.3 GB on first run). bench/compare --resources 20000 for the largest size.
bench-prowler: setup build
	@bench/prowler-setup
	@bench/compare

clean:
	@scripts/moto stop
	@PARAPET_MOTO_DIR=.build/moto-demo scripts/moto stop
	$(SWIFT) package clean
	rm -rf out

# Also removes the Python venv that scripts/setup creates.
distclean: clean
	rm -rf .build .venv
