package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
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

	"github.com/planrelance/numerique/examples/simulateur/bridge"
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

// siteFiles are the files of the site, each with its twins F.gz and, with
// brotli on the PATH, F.br.
var siteFiles = []string{"index.html", "simulateur.js", "vue.js", "territoires.js", "style.css", wasmFile, wasmExecFile, territoriesFile}

// maxModuleGzip is the most bytes that the module may weigh gzipped, its
// data on the territories aside (issue 24).
const maxModuleGzip = 1_400_000

func TestBuild(t *testing.T) {
	dir := site(t)
	_, noBrotli := exec.LookPath("brotli")
	for _, name := range siteFiles {
		plain, err := os.ReadFile(filepath.Join(dir, name))
		require.NoError(t, err, name)
		assert.NotEmpty(t, plain, name)
		twin, err := os.ReadFile(filepath.Join(dir, name+".gz"))
		require.NoError(t, err, name)
		r, err := gzip.NewReader(bytes.NewReader(twin))
		require.NoError(t, err)
		unzipped, err := io.ReadAll(r)
		require.NoError(t, err)
		assert.Equal(t, plain, unzipped, "%s.gz is %s", name, name)
		if noBrotli == nil {
			out, err := exec.Command("brotli", "-d", "-c", filepath.Join(dir, name+".br")).Output()
			require.NoError(t, err, name)
			assert.Equal(t, plain, out, "%s.br is %s", name, name)
		} else {
			assert.NoFileExists(t, filepath.Join(dir, name+".br"), "no brotli, no twin")
		}
	}
	wasm, err := os.ReadFile(filepath.Join(dir, wasmFile))
	require.NoError(t, err)
	assert.Equal(t, []byte("\x00asm"), wasm[:4], "a WebAssembly module")

	// The data on the territories is territoire's, and no longer in the
	// module, which stays under its weight.
	data, err := embedded(context.Background(), "go", territoirePackage)
	require.NoError(t, err)
	served, err := os.ReadFile(filepath.Join(dir, territoriesFile))
	require.NoError(t, err)
	assert.Equal(t, data, served)
	assert.False(t, bytes.Contains(wasm, data[:4096]), "the module holds none of the data")
	info, err := os.Stat(filepath.Join(dir, wasmFile+".gz"))
	require.NoError(t, err)
	assert.LessOrEqual(t, info.Size(), int64(maxModuleGzip), "the module gzipped")
	t.Logf("%s: %d bytes, %d gzipped; %s: %d bytes, %d gzipped", wasmFile, len(wasm), info.Size(), territoriesFile, len(served), fileSize(t, filepath.Join(dir, territoriesFile+".gz")))

	// The page holds its data: the example's answer is the bridge's.
	d := readPageData(t, dir)
	assert.Equal(t, territories{File: territoriesFile, Address: d.Territories.Address, Size: len(data)}, d.Territories)
	assert.Positive(t, d.Territories.Address)
	b := bridge.Bridge{}.WithTerritories()
	assert.Equal(t, b.Catalogue(), d.Catalogue)
	want, err := json.Marshal(b.Answer(bridge.Example()))
	require.NoError(t, err)
	got, err := json.Marshal(d.Example)
	require.NoError(t, err)
	assert.JSONEq(t, string(want), string(got))
	assert.True(t, strings.HasPrefix(d.Version, "go"), d.Version)

	// wasm_exec.js is the toolchain's own, which the module needs.
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	require.NoError(t, err)
	wantExec, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js"))
	require.NoError(t, err)
	gotExec, err := os.ReadFile(filepath.Join(dir, wasmExecFile))
	require.NoError(t, err)
	assert.Equal(t, wantExec, gotExec)
}

// fileSize returns the size of a file.
func fileSize(t *testing.T, file string) int64 {
	t.Helper()
	info, err := os.Stat(file)
	require.NoError(t, err)
	return info.Size()
}

// readPageData returns the data that the build wrote into the page of the
// site in dir.
func readPageData(t *testing.T, dir string) pageData {
	t.Helper()
	html, err := os.ReadFile(filepath.Join(dir, pageFile))
	require.NoError(t, err)
	m := regexp.MustCompile(`<script id="donnees" type="application/json">(.*?)</script>`).FindSubmatch(html)
	require.NotNil(t, m)
	var d pageData
	require.NoError(t, json.Unmarshal(m[1], &d))
	return d
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
	t.Run("a page without its place for data", func(t *testing.T) {
		_, err := fillPage([]byte("<html></html>"), pageData{})
		require.Error(t, err)
		assert.Contains(t, err.Error(), "has 0 places for the data of the page, want 1")
	})
	t.Run("a package that embeds no file", func(t *testing.T) {
		_, err := embedded(context.Background(), "go", "github.com/planrelance/numerique/calendar")
		require.Error(t, err)
		assert.Contains(t, err.Error(), "embeds 0 files, want 1")
	})
	t.Run("a package that does not exist", func(t *testing.T) {
		_, err := embedded(context.Background(), "go", "github.com/planrelance/numerique/nothing")
		require.Error(t, err)
		assert.Contains(t, err.Error(), "build: go list")
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
	dir := site(t)
	srv := httptest.NewServer(Handler(dir))
	defer srv.Close()
	_, noBrotli := exec.LookPath("brotli")
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
		{"/" + territoriesFile, "text/tab-separated-values; charset=utf-8"},
	}
	for _, tt := range tests {
		file := strings.TrimPrefix(tt.path, "/")
		if file == "" {
			file = pageFile
		}
		plain, err := os.ReadFile(filepath.Join(dir, file))
		require.NoError(t, err)
		for _, enc := range []struct{ accept, encoding, suffix string }{
			{"", "", ""},
			{"gzip, deflate", "gzip", ".gz"},
			{"gzip, deflate, br, zstd", "br", ".br"},
			{"br;q=0, gzip", "gzip", ".gz"},
			{"*", "br", ".br"},
			{"identity", "", ""},
		} {
			t.Run(tt.path+" "+enc.accept, func(t *testing.T) {
				if noBrotli != nil && enc.encoding == "br" {
					enc.encoding, enc.suffix = "gzip", ".gz"
				}
				req, err := http.NewRequest(http.MethodGet, srv.URL+tt.path, nil)
				require.NoError(t, err)
				req.Header.Set("Accept-Encoding", enc.accept) // "": none, and the client does not add its own
				resp, err := http.DefaultTransport.RoundTrip(req)
				require.NoError(t, err)
				defer resp.Body.Close()
				body, err := io.ReadAll(resp.Body)
				require.NoError(t, err)
				assert.Equal(t, http.StatusOK, resp.StatusCode)
				assert.Equal(t, tt.contentType, resp.Header.Get("Content-Type"))
				assert.Equal(t, "no-cache", resp.Header.Get("Cache-Control"))
				assert.Equal(t, "nosniff", resp.Header.Get("X-Content-Type-Options"))
				assert.Equal(t, "Accept-Encoding", resp.Header.Get("Vary"))
				assert.Equal(t, enc.encoding, resp.Header.Get("Content-Encoding"))
				want := plain
				if enc.suffix != "" {
					want, err = os.ReadFile(filepath.Join(dir, file+enc.suffix))
					require.NoError(t, err)
				}
				assert.Equal(t, want, body)
			})
		}
	}
	resp, err := http.Get(srv.URL + "/nothing")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusNotFound, resp.StatusCode)
}

func TestAccepts(t *testing.T) {
	tests := []struct {
		header, token string
		want          bool
	}{
		{"gzip, deflate, br", "br", true},
		{"gzip, deflate, br", "gzip", true},
		{"gzip", "br", false},
		{"", "gzip", false},
		{"BR", "br", true},
		{" br ; q=0.5 ", "br", true},
		{"br;q=0", "br", false},
		{"br;q=0.000", "br", false},
		{"br;q=x", "br", false},
		{"*", "br", true},
		{"*;q=0", "br", false},
		{"*, br;q=0", "br", false},
		{"br;q=0, *", "br", false},
		{"gzip;level=9", "gzip", true},
	}
	for _, tt := range tests {
		t.Run(tt.header+" "+tt.token, func(t *testing.T) {
			assert.Equal(t, tt.want, accepts(tt.header, tt.token))
		})
	}
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

// withoutBrotli leaves on the PATH the Go toolchain alone, so that a build
// spares the ten seconds that brotli takes: the site's build is tested with
// brotli by TestBuild.
func withoutBrotli(t *testing.T) {
	t.Helper()
	goBin, err := exec.LookPath("go")
	require.NoError(t, err)
	bin := t.TempDir()
	require.NoError(t, os.Symlink(goBin, filepath.Join(bin, "go")))
	t.Setenv("PATH", bin)
}

func TestRunOut(t *testing.T) {
	withoutBrotli(t)
	dir := filepath.Join(t.TempDir(), "site")
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run(context.Background(), []string{"-out", dir}, &stdout, &stderr), stderr.String())
	assert.Equal(t, "Site statique écrit dans "+dir+"\n", stdout.String())
	for _, name := range siteFiles {
		assert.FileExists(t, filepath.Join(dir, name))
		assert.FileExists(t, filepath.Join(dir, name+".gz"))
	}
}

func TestRunServes(t *testing.T) {
	withoutBrotli(t)
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
