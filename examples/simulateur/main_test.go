package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The site is built once for every test of the package, into shared.
var (
	shared    string
	buildOnce sync.Once
	buildErr  error
)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "simulateur-test-")
	if err != nil {
		panic(err)
	}
	shared = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// site returns the directory of the built site.
func site(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer cancel()
		_, buildErr = Build(ctx, shared)
	})
	require.NoError(t, buildErr)
	return shared
}

func TestBuild(t *testing.T) {
	dir := site(t)
	for _, name := range []string{"index.html", "simulateur.js", "vue.js", "territoires.js", "style.css", wasmFile, wasmExecFile} {
		info, err := os.Stat(filepath.Join(dir, name))
		require.NoError(t, err, name)
		assert.Positive(t, info.Size(), name)
	}
	wasm, err := os.ReadFile(filepath.Join(dir, wasmFile))
	require.NoError(t, err)
	assert.Equal(t, []byte("\x00asm"), wasm[:4], "a WebAssembly module")

	// wasm_exec.js is the toolchain's own, which the module needs.
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	require.NoError(t, err)
	want, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js"))
	require.NoError(t, err)
	got, err := os.ReadFile(filepath.Join(dir, wasmExecFile))
	require.NoError(t, err)
	assert.Equal(t, want, got)
}

func TestBuildErrors(t *testing.T) {
	t.Run("no toolchain on the PATH", func(t *testing.T) {
		t.Setenv("PATH", t.TempDir())
		_, err := Build(context.Background(), t.TempDir())
		require.Error(t, err)
		assert.Contains(t, err.Error(), "the Go toolchain is not on the PATH")
	})
	t.Run("a directory that cannot be made", func(t *testing.T) {
		file := filepath.Join(t.TempDir(), "file")
		require.NoError(t, os.WriteFile(file, nil, 0o644))
		_, err := Build(context.Background(), filepath.Join(file, "site"))
		require.Error(t, err)
		assert.Contains(t, err.Error(), "build: ")
	})
	t.Run("no wasm_exec.js", func(t *testing.T) {
		err := copyWasmExec(t.TempDir(), filepath.Join(t.TempDir(), wasmExecFile))
		require.Error(t, err)
		assert.Contains(t, err.Error(), "no wasm_exec.js in the Go distribution")
	})
	t.Run("a wasm_exec.js that cannot be read", func(t *testing.T) {
		goroot := t.TempDir()
		require.NoError(t, os.MkdirAll(filepath.Join(goroot, "lib", "wasm", "wasm_exec.js"), 0o755))
		err := copyWasmExec(goroot, filepath.Join(t.TempDir(), wasmExecFile))
		require.Error(t, err)
	})
	t.Run("the wasm_exec.js of Go before 1.24", func(t *testing.T) {
		goroot := t.TempDir()
		require.NoError(t, os.MkdirAll(filepath.Join(goroot, "misc", "wasm"), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(goroot, "misc", "wasm", "wasm_exec.js"), []byte("// old"), 0o644))
		dst := filepath.Join(t.TempDir(), wasmExecFile)
		require.NoError(t, copyWasmExec(goroot, dst))
		got, err := os.ReadFile(dst)
		require.NoError(t, err)
		assert.Equal(t, "// old", string(got))
	})
}

func TestHandler(t *testing.T) {
	srv := httptest.NewServer(Handler(site(t)))
	defer srv.Close()
	tests := []struct {
		path, contentType string
	}{
		{"/", "text/html; charset=utf-8"},
		{"/simulateur.js", "text/javascript; charset=utf-8"},
		{"/vue.js", "text/javascript; charset=utf-8"},
		{"/territoires.js", "text/javascript; charset=utf-8"},
		{"/style.css", "text/css; charset=utf-8"},
		{"/" + wasmFile, "application/wasm"},
		{"/" + wasmExecFile, "text/javascript; charset=utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			resp, err := http.Get(srv.URL + tt.path)
			require.NoError(t, err)
			defer resp.Body.Close()
			assert.Equal(t, http.StatusOK, resp.StatusCode)
			assert.Equal(t, tt.contentType, resp.Header.Get("Content-Type"))
			assert.Equal(t, "no-cache", resp.Header.Get("Cache-Control"))
			assert.Equal(t, "nosniff", resp.Header.Get("X-Content-Type-Options"))
		})
	}
	resp, err := http.Get(srv.URL + "/nothing")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusNotFound, resp.StatusCode)
}

// TestPageLabels checks, in the HTML itself, what the browser test cannot
// see at a glance: the page is in French, every control of the static form
// has a label tied to it, and every fieldset a legend.
func TestPageLabels(t *testing.T) {
	html, err := static.ReadFile("static/index.html")
	require.NoError(t, err)
	page := string(html)
	assert.Contains(t, page, `<html lang="fr">`)
	assert.Contains(t, page, `name="viewport" content="width=device-width, initial-scale=1"`)
	assert.Contains(t, page, `aria-live="polite"`)
	labels := map[string]bool{}
	for _, m := range regexp.MustCompile(`<label for="([^"]+)"`).FindAllStringSubmatch(page, -1) {
		labels[m[1]] = true
	}
	controls := regexp.MustCompile(`<(?:input|select)[^>]* id="([^"]+)"`).FindAllStringSubmatch(page, -1)
	require.NotEmpty(t, controls)
	for _, m := range controls {
		assert.True(t, labels[m[1]], "control %s has no label", m[1])
	}
	assert.Equal(t, strings.Count(page, "<fieldset"), strings.Count(page, "<legend>"))
	assert.NotContains(t, page, "'", "French typography: ’, not '")
}

func TestRunOut(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run(context.Background(), []string{"-out", dir}, &stdout, &stderr), stderr.String())
	assert.Equal(t, "Site statique écrit dans "+dir+"\n", stdout.String())
	for _, name := range []string{"index.html", wasmFile, wasmExecFile} {
		assert.FileExists(t, filepath.Join(dir, name))
	}
}

func TestRunServes(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out, w := io.Pipe()
	status := make(chan int, 1)
	var stderr bytes.Buffer
	go func() {
		status <- run(ctx, nil, w, &stderr)
		w.Close()
	}()
	line, err := bufio.NewReader(out).ReadString('\n')
	require.NoError(t, err, stderr.String())
	m := regexp.MustCompile(`^Simulateur servi sur (http://127\.0\.0\.1:\d+/) \(Ctrl\+C pour l’arrêter\)\n$`).FindStringSubmatch(line)
	require.NotNil(t, m, line)
	resp, err := http.Get(m[1])
	require.NoError(t, err)
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	require.NoError(t, err)
	assert.Contains(t, string(body), "Simulateur des dispositifs numériques de France Relance")
	cancel()
	assert.Equal(t, 0, <-status, stderr.String())
}

func TestRunErrors(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		status int
		stderr string
	}{
		{"help", []string{"-h"}, 0, "-out"},
		{"a bad flag", []string{"-port", "80"}, 2, "flag provided but not defined"},
		{"an extra argument", []string{"site"}, 2, `unexpected argument "site"`},
		{"an address that cannot be listened on", []string{"-addr", "256.0.0.1:0"}, 1, "simulateur: listen tcp"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			assert.Equal(t, tt.status, run(context.Background(), tt.args, &stdout, &stderr))
			assert.Contains(t, stderr.String(), tt.stderr)
		})
	}
	t.Run("a build that fails", func(t *testing.T) {
		t.Setenv("PATH", t.TempDir())
		var stdout, stderr bytes.Buffer
		assert.Equal(t, 1, run(context.Background(), []string{"-out", t.TempDir()}, &stdout, &stderr))
		assert.Contains(t, stderr.String(), "simulateur: build: the Go toolchain is not on the PATH")
	})
}
