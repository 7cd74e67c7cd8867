package main

import (
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// brotliQuality is the quality at which brotli compresses: its best, which
// takes about ten seconds of one processor for the module and spares a
// tenth of its bytes over quality 10, a fifth over 9.
const brotliQuality = "11"

// precompress writes, next to every file F of dir, its gzip twin F.gz, at
// the best compression of compress/gzip, and its brotli twin F.br when the
// brotli command is on the PATH (Debian's package brotli), at its best
// quality. brotli runs while the twins in gzip are written.
func precompress(ctx context.Context, dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("build: %w", err)
	}
	var files []string
	for _, e := range entries {
		if name := e.Name(); e.Type().IsRegular() && !strings.HasSuffix(name, ".gz") && !strings.HasSuffix(name, ".br") {
			files = append(files, filepath.Join(dir, name))
		}
	}
	var brotli *exec.Cmd
	var stderr strings.Builder
	if path, err := exec.LookPath("brotli"); err == nil {
		brotli = exec.CommandContext(ctx, path, append([]string{"-q", brotliQuality, "-f", "-k", "--"}, files...)...)
		brotli.Stderr = &stderr
		if err := brotli.Start(); err != nil {
			return fmt.Errorf("build: brotli: %w", err)
		}
	}
	for _, f := range files {
		if err = gzipFile(f); err != nil {
			break
		}
	}
	if brotli != nil {
		if werr := brotli.Wait(); werr != nil && err == nil {
			err = fmt.Errorf("build: brotli: %w\n%s", werr, stderr.String())
		}
	}
	return err
}

// gzipFile writes file.gz.
func gzipFile(file string) error {
	data, err := os.ReadFile(file)
	if err != nil {
		return fmt.Errorf("build: %w", err)
	}
	out, err := os.Create(file + ".gz")
	if err != nil {
		return fmt.Errorf("build: %w", err)
	}
	w, _ := gzip.NewWriterLevel(out, gzip.BestCompression) // a valid level: no error
	_, err = w.Write(data)
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("build: %w", err)
	}
	return nil
}
