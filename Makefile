# Recount Explainer. On a fresh machine: `make run` (needs only Go) and
# `make test` (installs Chromium, axe-core and wasmbrowsertest if missing).
SHELL := /bin/bash
GO    ?= go
PORT  ?= 8000
OUT   ?= build/static
PREFIX ?=

GO_SRC := $(shell find . -name '*.go' -not -name '*_test.go' -not -path './e2e/*' -not -path './bench/*') \
          go.mod go.sum $(shell find races rules words -name "*.tsv" -o -name "*.txt" -o -name "*.jsonl")
WASM   := web/app.wasm
BIN    := bin/recount
# Our own packages are compiled without inlining for the wasm: it is 41 KB
# smaller sent (brotli), and keystrokes are no slower (make bench).
WASM_GCFLAGS := -gcflags=github.com/recount-explainer/recount/...=-l

.PHONY: build run test static bench check clean

## build: the wasm (with brotli and gzip copies) and the server
build: $(WASM).br $(BIN)

$(WASM): $(GO_SRC) Makefile
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="-s -w" $(WASM_GCFLAGS) -o $@ .

$(WASM).br: $(WASM) cmd/compress/main.go
	$(GO) run ./cmd/compress $(WASM)

$(BIN): $(GO_SRC) server/app-worker.js
	$(GO) build -trimpath -o $@ .

## run: serve on http://localhost:$(PORT)
run: build
	PORT=$(PORT) ./$(BIN)

## static: a folder for any static host, every preset prerendered
static: build
	rm -rf $(OUT)
	./$(BIN) static -out $(OUT) $(if $(PREFIX),-prefix $(PREFIX))

## check: formatting and vet, native and wasm
check:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); echo "gofmt needed"; exit 1; }
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./...

## test: everything: unit, fuzz seeds, component, wasm-in-Chromium and end-to-end tests
test: build check
	./scripts/test-deps.sh
	$(GO) test -count=1 $$($(GO) list ./... | grep -v /e2e)
	PATH="$$PWD/bin:$$PATH" GOOS=js GOARCH=wasm $(GO) test -count=1 ./rules/... ./races ./words ./address
	$(GO) test -count=1 ./e2e

## bench: the performance table (see README)
bench: build
	./scripts/test-deps.sh
	$(GO) run ./bench

clean:
	rm -rf bin build web/app.wasm web/app.wasm.br web/app.wasm.gz
