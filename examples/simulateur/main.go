// Simulateur serves the France Relance simulator: a page in French where a
// collectivité describes its project and sees, scheme by scheme, whether it
// may apply, where each calendar stands and what the State would pay — the
// library itself, compiled to WebAssembly, running in the browser. The
// server only serves files: every figure is computed in the page.
//
// It builds the site (see [Build]) with the Go toolchain found on the PATH,
// then serves it on 127.0.0.1, on a free port that it prints, until
// interrupted. It opens nothing by itself:
//
//	go run ./examples/simulateur
//
// With -out it writes the static site instead, for any static host:
//
//	go run ./examples/simulateur -out site
//
// # The site
//
// The site is index.html, simulateur.js, vue.js, territoires.js, style.css,
// simulateur.wasm, wasm_exec.js and territoires.tsv, each with its
// precompressed twins: F.gz (gzip), and F.br (brotli) when Debian's brotli
// command is on the PATH at build time. [Handler] serves the twin that the
// browser accepts; a static host that serves such twins (nginx's
// gzip_static and brotli_static, Caddy's precompressed) does the same.
//
// A page on a slow mobile network shows its first result before the module
// arrives: the build writes into index.html the example project's answer,
// computed by the same bridge the module runs, which the page draws at
// once and replaces by the module's own answer once it runs — the same, to
// the byte. The data on the territories is not in the module, but in a file
// that the page fetches when a person first types a code or a name: see
// [Build].
package main

import (
	"context"
	"embed"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"time"

	"github.com/planrelance/numerique/examples/internal/cli"
)

// static holds the page: index.html, simulateur.js (the form), vue.js (the
// results), territoires.js (the bodies found by code or by name) and
// style.css.
//
//go:embed static
var static embed.FS

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

	// The address is taken first, so that a bad one fails before the
	// build's seconds.
	var ln net.Listener
	dir := *out
	if dir == "" {
		var err error
		if ln, err = net.Listen("tcp", *addr); err != nil {
			fmt.Fprintf(stderr, "simulateur: %v\n", err)
			return 1
		}
		defer ln.Close()
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
