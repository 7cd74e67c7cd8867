// Simulateur serves the France Relance simulator: a page in French where a
// collectivité describes its project and sees, scheme by scheme, whether it
// may apply, where each calendar stands and what the State would pay — the
// library itself, compiled to WebAssembly, running in the browser. The
// server only serves files: every figure is computed in the page.
//
// It builds the WebAssembly module with the Go toolchain found on the PATH
// (GOOS=js GOARCH=wasm), copies that toolchain's wasm_exec.js, then serves
// the page on 127.0.0.1, on a free port that it prints, until interrupted.
// It opens nothing by itself:
//
//	go run ./examples/simulateur
//
// With -out it writes the static site instead — index.html, simulateur.js,
// vue.js, territoires.js, style.css, simulateur.wasm and wasm_exec.js — for
// any static host:
//
//	go run ./examples/simulateur -out site
package main

import (
	"context"
	"embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/planrelance/numerique/examples/internal/cli"
)

// static holds the page: index.html, simulateur.js (the form), vue.js (the
// results), territoires.js (the bodies found by code or by name) and
// style.css.
//
//go:embed static
var static embed.FS

// wasmPackage is the module's main package, built for the browser.
const wasmPackage = "github.com/planrelance/numerique/examples/simulateur/wasm"

// The files of the site that Build writes besides the static ones.
const (
	wasmFile     = "simulateur.wasm"
	wasmExecFile = "wasm_exec.js"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// run builds the site and serves it until ctx is done, or writes it to the
// directory of -out; it returns the exit status: 0, 1 when the build or the
// server fails, 2 for a bad flag.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("simulateur", flag.ContinueOnError)
	flags.SetOutput(stderr)
	out := flags.String("out", "", "write the static site to this directory instead of serving it")
	addr := flags.String("addr", "127.0.0.1:0", "the address to serve on; port 0 picks a free port")
	if status, ok := cli.ParseFlags(flags, args); !ok {
		return status
	}

	dir := *out
	if dir == "" {
		tmp, err := os.MkdirTemp("", "simulateur-")
		if err != nil {
			fmt.Fprintf(stderr, "simulateur: %v\n", err)
			return 1
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	}
	toolchain, err := Build(ctx, dir)
	if err != nil {
		fmt.Fprintf(stderr, "simulateur: %v\n", err)
		return 1
	}
	if toolchain != runtime.Version() {
		// Not an error: the page works with any toolchain, as long as
		// wasm_exec.js comes from the one that built the module.
		fmt.Fprintf(stderr, "simulateur: the module is built with %s, the Go on the PATH (this program runs %s)\n", toolchain, runtime.Version())
	}
	if *out != "" {
		fmt.Fprintf(stdout, "Site statique écrit dans %s\n", dir)
		return 0
	}

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "simulateur: %v\n", err)
		return 1
	}
	srv := &http.Server{Handler: Handler(dir), ReadHeaderTimeout: 10 * time.Second}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	fmt.Fprintf(stdout, "Simulateur servi sur http://%s/ (Ctrl+C pour l’arrêter)\n", ln.Addr())
	select {
	case err := <-done:
		fmt.Fprintf(stderr, "simulateur: %v\n", err)
		return 1
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		fmt.Fprintf(stderr, "simulateur: %v\n", err)
		return 1
	}
	return 0
}

// Build writes the static site into dir, which it creates if need be: the
// embedded page, the WebAssembly module built by the Go toolchain on the
// PATH, and that toolchain's wasm_exec.js, which must match the module.
// It must run inside the module's source tree, as go run does. It returns
// the version of the toolchain that built the module: "go1.26.8".
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

	build := exec.CommandContext(ctx, goBin, "build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(dir, wasmFile), wasmPackage)
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	var stderr strings.Builder
	build.Stderr = &stderr
	if err := build.Run(); err != nil {
		return "", fmt.Errorf("build: go build %s (run it inside the module's source tree): %w\n%s", wasmPackage, err, stderr.String())
	}

	if err := copyWasmExec(goroot, filepath.Join(dir, wasmExecFile)); err != nil {
		return "", err
	}
	page, _ := fs.Sub(static, "static") // "static" is embedded: Sub cannot fail
	return version, fs.WalkDir(page, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(page, path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, path), data, 0o644)
	})
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

// Handler serves the site in dir. It only serves files, telling browsers to
// check them again on each load, so that a rebuilt module is always the one
// that runs.
func Handler(dir string) http.Handler {
	files := http.FileServer(http.Dir(dir))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		files.ServeHTTP(w, r)
	})
}
