# Breach Desk. The README's two commands: `make run` and `make test`.
SHELL := /bin/bash
GO ?= go
PREFIX ?=
ADDR ?= 127.0.0.1:8000
CHROMIUM ?= /usr/bin/chromium
BIN := $(CURDIR)/bin
# Builds, vet and tests record no absolute paths, so that a clone in another
# folder (.ci/run's clean checkout) finds its packages in Go's build cache
# instead of compiling all again: go vet ./... in a new clone, 75 s -> 2 s
# with the machine at load 35. (.ci/wasm builds with -trimpath already.)
# A binary built so has no GOROOT of its own: runtime.GOROOT() reads the
# environment's (app/segmerge's test runs the go command from there).
export GOFLAGS := $(strip $(GOFLAGS) -trimpath)
export GOROOT := $(shell $(GO) env GOROOT)
E2E := $(CURDIR)/build/e2e
# What the app and the generator are built from (tests and test data are not).
SOURCES := $(shell find app wasm checklists -type f ! -name '*_test.go' ! -path '*/testdata/*' 2>/dev/null) go.mod go.sum
AXE_JS := $(CURDIR)/build/npm/node_modules/axe-core/axe.min.js
# The js/wasm compiler flags every site is built with (.ci/wasm says why): the
# js/wasm vet and the wasm tests use them too, so that a changed package is
# compiled once for js/wasm (a clean-clone run: vet 67 s, the tests 116 s,
# when most packages had changed).
WASM_GCFLAGS := $(shell cat .ci/wasm-gcflags)

.PHONY: run dist wasm rules test test-native test-wasm test-e2e e2e-sites soak bench browser office vet clean

## run: build everything and serve the app on http://$(ADDR)
run: dist
	@echo "Breach Desk: open http://$(ADDR)$(PREFIX)/"
	$(BIN)/breachdesk serve -dir dist -addr $(ADDR) -prefix "$(PREFIX)"

## dist: the deployable static site in dist/ (make dist PREFIX=/tools/breach for a sub-path)
dist: web/app.wasm $(BIN)/breachdesk
	$(BIN)/breachdesk dist -out dist -web web -prefix "$(PREFIX)"

# .ci/wasm holds the build flags and merges the linker's data segments
# (breachdesk segmerge); the end-to-end sites and make bench build with it too.
wasm: web/app.wasm
web/app.wasm: $(SOURCES) .ci/wasm .ci/wasm-gcflags $(BIN)/breachdesk
	GO=$(GO) BREACHDESK=$(BIN)/breachdesk bash .ci/wasm $@ ./wasm

$(BIN)/breachdesk: $(SOURCES)
	$(GO) build -o $@ ./wasm

## rules: after editing a file of checklists/, validate the rules and show which scenarios' verdicts change
## (make rules UPDATE=1 writes the new golden assessments for review)
rules:
	$(GO) run ./wasm rules $(if $(UPDATE),-update)

## test: every test: native, wasm components in Chromium, end-to-end in Chromium
# The app and the end-to-end sites are built in the background while the
# native and wasm tests run: on a new build most of it is compressing
# app.wasm (brotli at its best level, one core for a minute or more).
# On a new machine, Chromium and LibreOffice are installed (apt, mostly
# waiting on downloads) while vet compiles the code (mostly CPU). The wasm
# tests run beside the native ones: the native tests' last minute is
# app/draft's LibreOffice test alone, one core left idle.
test:
	@mkdir -p build; $(MAKE) --no-print-directory browser office >build/tools.log 2>&1 & tools=$$!; \
	$(MAKE) --no-print-directory vet; vetted=$$?; \
	wait $$tools; got=$$?; cat build/tools.log; \
	if [ $$vetted != 0 ]; then exit $$vetted; fi; \
	if [ $$got != 0 ]; then exit $$got; fi; \
	$(MAKE) --no-print-directory e2e-sites >build/e2e-sites.log 2>&1 & sites=$$!; \
	$(MAKE) --no-print-directory -j2 --output-sync=target test-native test-wasm; status=$$?; \
	wait $$sites; built=$$?; cat build/e2e-sites.log; \
	if [ $$built != 0 ]; then echo "make e2e-sites failed"; exit $$built; fi; \
	if [ $$status != 0 ]; then exit $$status; fi; \
	$(MAKE) --no-print-directory test-e2e

# The native and the js/wasm vet side by side (each prints when done): with
# the cache cold for new code each compiles the packages' dependency chains,
# and one alone leaves a core idle along them. The js/wasm vet takes the
# packages whose files differ on js/wasm (build tags, _js files: app/browser,
# app/ui's and app/oplog's wasm tests, the program): every other package's
# files are the ones the native vet checks, and their code compiles for
# js/wasm under those packages. Vetting all of ./... for js/wasm also
# type-checked every shared package's tests for a platform they never run
# on (15 s of a core with app/incident changed, 1.4 s without).
# The browser tests' own vets (tags e2e, bench, soak) run beside those two:
# they alone need chromedp's DevTools bindings compiled (cdproto, a large
# package: most of their time on a new machine). app/e2e is vetted with the
# tags e2e,soak, a superset of the files of e2e alone (no file is e2e and
# not soak), and make test-e2e compiles it with e2e alone.
vet:
	@bad=$$(gofmt -l app wasm checklists); if [ -n "$$bad" ]; then echo "gofmt needed:"; echo "$$bad"; exit 1; fi
	@files='{{.ImportPath}} {{.GoFiles}} {{.TestGoFiles}} {{.XTestGoFiles}}'; \
	jspkgs=$$(comm -3 <($(GO) list -f "$$files" ./... | sort) <(GOOS=js GOARCH=wasm $(GO) list -f "$$files" ./... | sort) | awk '{print $$1}' | sort -u); \
	if [ -z "$$jspkgs" ]; then echo "no package differs on js/wasm: the list of files is wrong"; exit 1; fi; \
	echo "$(GO) vet ./... & GOOS=js GOARCH=wasm $(GO) vet" $$jspkgs "& $(GO) vet -tags e2e,soak/bench ./app/e2e/"; \
	mkdir -p build; GOOS=js GOARCH=wasm $(GO) vet $(WASM_GCFLAGS) $$jspkgs >build/vet-js.log 2>&1 & js=$$!; \
	{ $(GO) vet -tags e2e,soak ./app/e2e/ && $(GO) vet -tags bench ./app/e2e/; } >build/vet-e2e.log 2>&1 & e2e=$$!; \
	$(GO) vet ./... && $(GO) vet -tags soak ./app/desk/; native=$$?; \
	wait $$js; jsrc=$$?; cat build/vet-js.log; wait $$e2e; e2erc=$$?; cat build/vet-e2e.log; \
	if [ $$native != 0 ] || [ $$jsrc != 0 ] || [ $$e2erc != 0 ]; then exit 1; fi

# BREACHDESK_OFFICE=require: the test that opens the Word files in
# LibreOffice fails, instead of skipping, when a tool is missing.
# -vet=off in the three test targets: make test runs the whole of go vet
# first (vet, above, every analyzer); go test's own vet is a subset of it,
# run again per package under another cache key.
test-native: office
	BREACHDESK_OFFICE=require $(GO) test -count=1 -vet=off ./...

# .ci/wasmbrowser holds the "chromium" wasmbrowsertest finds first: $(CHROMIUM)
# with V8's baseline compiler only (the script says why).
test-wasm: browser $(BIN)/wasmbrowsertest
	CHROMIUM=$(CHROMIUM) PATH="$(CURDIR)/.ci/wasmbrowser:$(BIN):$$PATH" GOOS=js GOARCH=wasm $(GO) test -count=1 -vet=off $(WASM_GCFLAGS) -exec="$(BIN)/wasmbrowsertest" ./app/ui/... ./app/browser/... 2>&1 | grep -v "could not unmarshal event"; exit $${PIPESTATUS[0]}

$(BIN)/wasmbrowsertest:
	GOBIN=$(BIN) $(GO) install github.com/agnivade/wasmbrowsertest@v0.11.0

# The end-to-end suite needs three generated sites: at the root, under a
# sub-path, and a second version of the root site (to test updates). They are
# made from the web/app.wasm and bin/breachdesk built above (the app is
# compiled once), and only again when one of those or web/ changes. Their
# brotli twins are made at level 5: nothing the suite checks depends on the
# level, and level 11 of a new app.wasm kept a core busy for a minute or more
# beside the native tests (make dist and make bench keep level 11).
test-e2e: browser office $(E2E)/.sites $(AXE_JS)
	BREACHDESK_OFFICE=require AXE_JS=$(AXE_JS) E2E_SITES=$(E2E) CHROMIUM=$(CHROMIUM) bash .ci/e2e-run

e2e-sites: $(E2E)/.sites
$(E2E)/.sites: web/app.wasm $(BIN)/breachdesk $(filter-out web/app.wasm,$(wildcard web/*)) .ci/e2e-sites
	BREACHDESK_BROTLI_QUALITY=5 bash .ci/e2e-sites $(E2E)
	touch $@

$(AXE_JS):
	npm install --no-save --no-audit --no-fund --prefix $(CURDIR)/build/npm axe-core@4.14.1

## soak: the README's safety figures from many trials, natively and in Chromium (not part of make test;
## SOAK_PAGEHIDE=20 SOAK_KILLS=4 ... for a quick run: .ci/soak lists the variables)
soak: browser
	bash .ci/e2e-sites $(E2E)
	E2E_SITES=$(E2E) CHROMIUM=$(CHROMIUM) bash .ci/soak

## browser: Debian's chromium for the browser tests (installed with apt when missing and root)
browser:
	@if [ -x "$(CHROMIUM)" ] && command -v pdftotext >/dev/null && command -v npm >/dev/null && fc-list 2>/dev/null | grep -qi "CJK"; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing Debian's chromium, fonts and poppler-utils with apt-get..."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk poppler-utils $$(command -v npm >/dev/null || echo npm) >/dev/null; \
	else \
		echo "The browser tests need Chromium at $(CHROMIUM). Install it with:"; \
		echo "    sudo apt-get install chromium fonts-noto-cjk poppler-utils npm"; \
		echo "or set CHROMIUM=/path/to/chromium."; exit 1; \
	fi

## office: Debian's LibreOffice Writer (no GUI) for the test that opens the Word files in a real reader
office:
	@if command -v soffice >/dev/null && command -v pdftotext >/dev/null && fc-list 2>/dev/null | grep -qi "CJK"; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing Debian's libreoffice-writer-nogui, fonts and poppler-utils with apt-get..."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui fonts-noto-cjk poppler-utils >/dev/null; \
	else \
		echo "The Word files are tested in LibreOffice. Install it with:"; \
		echo "    sudo apt-get install --no-install-recommends libreoffice-writer-nogui fonts-noto-cjk poppler-utils"; exit 1; \
	fi

## bench: sizes and load times against a go-app hello world, and the Go benchmarks
bench: browser web/app.wasm $(BIN)/breachdesk
	bash .ci/bench

clean:
	rm -rf dist build bin web/app.wasm
