package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/planrelance/numerique/examples/simulateur/bridge"
)

// wasmPackage is the module's main package, built for the browser;
// territoirePackage is the package whose embedded data the build takes out
// of the module.
const (
	wasmPackage       = "github.com/planrelance/numerique/examples/simulateur/wasm"
	territoirePackage = "github.com/planrelance/numerique/scheme/territoire"
)

// noInlining is the flag of go build's -gcflags that compiles the module's
// own packages without inlining: the module weighs 62 KB less gzipped
// (1 406 314 bytes with gzip -9, 1 343 779 without inlining: the code
// inlined at each call compresses worse than the calls), while an
// orientation takes as long (the bridge's, natively: 150 to 260 µs either
// way; in Chromium, a few milliseconds). The standard library, the runtime
// above all, keeps its inlining.
const noInlining = "github.com/planrelance/numerique/...=-l"

// The files of the site that Build writes besides the static ones.
const (
	wasmFile        = "simulateur.wasm"
	wasmExecFile    = "wasm_exec.js"
	territoriesFile = "territoires.tsv"
	pageFile        = "index.html"
)

// pagePlaceholder is where index.html receives the data of the page
// ([pageData]), which the page reads before anything else.
const pagePlaceholder = `<script id="donnees" type="application/json">null</script>`

// pageData is what the build writes into the page: what the page needs to
// show its form and its first result before the module runs, and where to
// put the data on the territories when it fetches them.
type pageData struct {
	// Version is the Go version that built the module.
	Version string `json:"version"`
	// Catalogue is the form's choices, with the territories that the site
	// serves.
	Catalogue bridge.Catalogue `json:"catalogue"`
	// Example is the answer to the catalogue's example, the page's first
	// result, as the module's bridge gives it.
	Example bridge.Response `json:"example"`
	// Territories is the data on the territories taken out of the module.
	Territories territories `json:"territories"`
}

// Build writes the static site into dir, which it creates if need be, and
// returns the version of the toolchain that built the module: "go1.26.8".
// It must run inside the module's source tree, as go run does.
//
// It builds the WebAssembly module with the Go toolchain on the PATH
// (GOOS=js GOARCH=wasm, -trimpath, -ldflags="-s -w", and the module's own
// packages without inlining: see noInlining), and copies that
// toolchain's wasm_exec.js, which must match the module. It takes out of the
// module the data that scheme/territoire embeds — the file that go list
// names as its one embedded file, which the module holds once, as it is —
// and writes it as territoires.tsv: the module keeps the place of those
// bytes, zeroed, and the page writes them back there, at the address the
// build gives it, before its first lookup (see [cutOut]). It writes the
// embedded page, with the data of the page in index.html ([pageData]), and
// every file's precompressed twins ([precompress]).
func Build(ctx context.Context, dir string) (string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("build: %w", err)
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		return "", fmt.Errorf("build: the Go toolchain is not on the PATH: %w", err)
	}
	env, err := exec.CommandContext(ctx, goBin, "env", "GOROOT", "GOVERSION").Output()
	if err != nil {
		return "", fmt.Errorf("build: go env: %w", err)
	}
	goroot, version, _ := strings.Cut(strings.TrimSpace(string(env)), "\n")

	module := filepath.Join(dir, wasmFile)
	build := exec.CommandContext(ctx, goBin, "build", "-trimpath", "-ldflags=-s -w", "-gcflags="+noInlining, "-o", module, wasmPackage)
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	var stderr strings.Builder
	build.Stderr = &stderr
	if err := build.Run(); err != nil {
		return "", fmt.Errorf("build: go build %s (run it inside the module's source tree): %w\n%s", wasmPackage, err, stderr.String())
	}
	data, err := embedded(ctx, goBin, territoirePackage)
	if err != nil {
		return "", err
	}
	t, err := splitModule(module, data, filepath.Join(dir, territoriesFile))
	if err != nil {
		return "", err
	}
	if err := copyWasmExec(goroot, filepath.Join(dir, wasmExecFile)); err != nil {
		return "", err
	}
	if err := writePage(dir, pageData{Version: version, Territories: t}); err != nil {
		return "", err
	}
	return version, precompress(ctx, dir)
}

// embedded returns the one file that package pkg embeds, as go list finds
// it in the module's source tree.
func embedded(ctx context.Context, goBin, pkg string) ([]byte, error) {
	list := exec.CommandContext(ctx, goBin, "list", "-f", "{{.Dir}}\n{{range .EmbedFiles}}{{.}}\n{{end}}", pkg)
	out, err := list.Output()
	if err != nil {
		return nil, fmt.Errorf("build: go list %s: %w", pkg, err)
	}
	lines := strings.Fields(string(out))
	if len(lines) != 2 {
		return nil, fmt.Errorf("build: %s embeds %d files, want 1", pkg, len(lines)-1)
	}
	data, err := os.ReadFile(filepath.Join(lines[0], lines[1]))
	if err != nil {
		return nil, fmt.Errorf("build: %w", err)
	}
	return data, nil
}

// splitModule takes data out of the module file, and writes it to the file
// dataFile; it returns where the page puts it back.
func splitModule(module string, data []byte, dataFile string) (territories, error) {
	wasm, err := os.ReadFile(module)
	if err != nil {
		return territories{}, fmt.Errorf("build: %w", err)
	}
	address, err := cutOut(wasm, data)
	if err != nil {
		return territories{}, fmt.Errorf("build: the data on the territories in %s: %w", wasmFile, err)
	}
	if err := os.WriteFile(module, wasm, 0o644); err != nil {
		return territories{}, fmt.Errorf("build: %w", err)
	}
	if err := os.WriteFile(dataFile, data, 0o644); err != nil {
		return territories{}, fmt.Errorf("build: %w", err)
	}
	return territories{File: filepath.Base(dataFile), Address: address, Size: len(data)}, nil
}

// writePage writes the embedded page into dir, index.html with the data of
// the page: the catalogue, and the answer to its example, of the bridge
// that the module runs once the territories are in place.
func writePage(dir string, d pageData) error {
	b := bridge.Bridge{}.WithTerritories()
	d.Catalogue = b.Catalogue()
	d.Example = b.Answer(d.Catalogue.Example)
	page, _ := fs.Sub(static, "static") // "static" is embedded: Sub cannot fail
	return fs.WalkDir(page, ".", func(path string, entry fs.DirEntry, err error) error {
		if err != nil || entry.IsDir() {
			return err
		}
		content, err := fs.ReadFile(page, path)
		if err != nil {
			return err
		}
		if path == pageFile {
			if content, err = fillPage(content, d); err != nil {
				return err
			}
		}
		return os.WriteFile(filepath.Join(dir, path), content, 0o644)
	})
}

// fillPage writes d into the placeholder of the page html.
func fillPage(html []byte, d pageData) ([]byte, error) {
	if n := bytes.Count(html, []byte(pagePlaceholder)); n != 1 {
		return nil, fmt.Errorf("build: %s has %d places for the data of the page, want 1", pageFile, n)
	}
	data, err := json.Marshal(d) // escapes <, > and &: nothing closes the script
	if err != nil {
		return nil, fmt.Errorf("build: %w", err)
	}
	filled := strings.Replace(pagePlaceholder, "null", string(data), 1)
	return bytes.Replace(html, []byte(pagePlaceholder), []byte(filled), 1), nil
}

// copyWasmExec copies the toolchain's wasm_exec.js, the glue between the
// browser and a module built by that toolchain: in lib/wasm since Go 1.24,
// in misc/wasm before.
func copyWasmExec(goroot, dst string) error {
	for _, rel := range []string{"lib/wasm/wasm_exec.js", "misc/wasm/wasm_exec.js"} {
		data, err := os.ReadFile(filepath.Join(goroot, rel))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return fmt.Errorf("build: %w", err)
		}
		return os.WriteFile(dst, data, 0o644)
	}
	return fmt.Errorf("build: no wasm_exec.js in the Go distribution at %s", goroot)
}
