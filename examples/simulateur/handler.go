package main

import (
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
)

// encodings are the precompressed twins that Handler serves, the preferred
// first: the suffix of the twin's file and the token of its
// Content-Encoding.
var encodings = []struct{ suffix, token string }{{".br", "br"}, {".gz", "gzip"}}

// contentTypes are the types of the site's files, whatever the machine's
// own table says; others are found by mime.TypeByExtension.
var contentTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".wasm": "application/wasm",
	".tsv":  "text/tab-separated-values; charset=utf-8",
}

// Handler serves the site in dir. It only serves files, telling browsers to
// check them again on each load, so that a rebuilt module is always the one
// that runs. For a file F whose twin F.br or F.gz is in dir, it serves the
// twin that the request accepts (brotli first), with its Content-Encoding
// and F's type.
func Handler(dir string) http.Handler {
	files := http.FileServer(http.Dir(dir))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Add("Vary", "Accept-Encoding")
		name := path.Clean("/" + r.URL.Path)
		if strings.HasSuffix(r.URL.Path, "/") {
			name = path.Join(name, "index.html")
		}
		ctype, ok := contentTypes[path.Ext(name)]
		if !ok {
			ctype = mime.TypeByExtension(path.Ext(name))
		}
		for _, e := range encodings {
			if accepts(r.Header.Get("Accept-Encoding"), e.token) && serveTwin(w, r, filepath.Join(dir, filepath.FromSlash(name)+e.suffix), e.token, ctype) {
				return
			}
		}
		if ctype != "" {
			w.Header().Set("Content-Type", ctype)
		}
		files.ServeHTTP(w, r)
	})
}

// serveTwin serves file, the twin of the file asked for in the coding
// token, as that file of type ctype; it reports false when there is no such
// twin.
func serveTwin(w http.ResponseWriter, r *http.Request, file, token, ctype string) bool {
	f, err := os.Open(file)
	if err != nil {
		return false
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() {
		return false
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Encoding", token)
	http.ServeContent(w, r, path.Base(file), info.ModTime(), f)
	return true
}

// accepts reports whether an Accept-Encoding header accepts the coding
// token: named, or covered by "*", with a weight above 0.
func accepts(header, token string) bool {
	star := false
	for _, part := range strings.Split(header, ",") {
		coding, params, _ := strings.Cut(part, ";")
		coding = strings.ToLower(strings.TrimSpace(coding))
		if coding != token && coding != "*" {
			continue
		}
		ok := true
		for _, p := range strings.Split(params, ";") {
			if k, v, found := strings.Cut(strings.TrimSpace(p), "="); found && strings.EqualFold(k, "q") {
				q, err := strconv.ParseFloat(v, 64)
				ok = err == nil && q > 0
			}
		}
		if coding == token {
			return ok
		}
		star = ok
	}
	return star
}
