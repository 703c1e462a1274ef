# Letters — build, run and test. `make run` and `make test` are the README's quick start.
SWIFT ?= swift
# OCR: Tesseract 5 and Leptonica for the CTesseract module, trained data for the five languages.
APT_PACKAGES := libpoppler-glib-dev libxml2-dev libsqlite3-dev poppler-utils pkg-config \
	tesseract-ocr libtesseract-dev libleptonica-dev \
	tesseract-ocr-eng tesseract-ocr-spa tesseract-ocr-fra tesseract-ocr-deu tesseract-ocr-por
TESSDATA := $(firstword $(wildcard /usr/share/tesseract-ocr/*/tessdata))
SAMPLES := $(wildcard samples/*.pdf samples/*.txt samples/*.md samples/*.html)

.PHONY: deps build run test quality bench fuzz mutation clean

# Installs the C libraries with apt when pkg-config cannot find them (as root, or with sudo).
deps:
	@if ! pkg-config --exists poppler-glib libxml-2.0 sqlite3 tesseract lept 2>/dev/null || ! command -v pdftotext >/dev/null \
		|| ! ls $(TESSDATA)/por.traineddata $(TESSDATA)/deu.traineddata $(TESSDATA)/fra.traineddata \
			$(TESSDATA)/spa.traineddata $(TESSDATA)/eng.traineddata >/dev/null 2>&1; then \
		echo "Installing $(APT_PACKAGES) with apt-get"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(APT_PACKAGES); \
	fi
	@python3 -c 'import jsonschema' 2>/dev/null || python3 -m pip install -q jsonschema

build: deps
	$(SWIFT) build -c release --product letters

# Converts every letter in samples/ into output/NAME.json.
run: build
	@mkdir -p output
	.build/release/letters extract $(SAMPLES) -o output
	@echo "Wrote $$(ls output/*.json | wc -l) files to output/"

test: deps
	$(SWIFT) build --build-tests
	# After the build: scripts/test_docs_commands.py runs the commands the docs show with it.
	python3 -m unittest discover -s scripts -p 'test_*.py'
	# The suite is XCTest (no empty Swift Testing summary last). Tesseract's OpenMP reads
	# OMP_THREAD_LIMIT at load: one thread per OCR, as in `letters extract` and the batch workers.
	OMP_THREAD_LIMIT=1 $(SWIFT) test --skip-build --disable-swift-testing

# The quality ratchet: fails when a score on ../shared drops below quality/scores.json.
# `make quality UPDATE=1` records the current scores (say why in the commit when one drops).
quality: deps
	scripts/quality.sh $(if $(UPDATE),--update)

bench: build
	scripts/bench-extract.sh
	scripts/bench-floor.sh
	scripts/bench-ocr.sh

# libFuzzer targets (Fuzz/, a package of its own so `make test` never builds them): text and
# Markdown, HTML, PDF, each for FUZZ_SECONDS, one after another (docs/reliability.md#fuzzing).
FUZZ_SECONDS ?= 60
fuzz: deps
	scripts/fuzz.sh $(FUZZ_SECONDS)

# The mutation run: 5,000 damaged PDFs from ../shared/corpus and the hostile text and HTML set
# through the release `letters extract` (docs/reliability.md#mutation-run).
MUTATION_COUNT ?= 5000
mutation: build
	scripts/bench-mutation.sh $(MUTATION_COUNT)

clean:
	rm -rf .build
