package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// This file measures how soon the page answers: its first result, drawn
// from what the build wrote into it, and its first answer to a change,
// which needs the module. Issue 24 sets the targets.

// The network of a slow mobile connection, as Chromium emulates it.
const (
	slowLatency  = 150              // ms of round trip
	slowDownload = 1.6e6 / 8        // bytes per second: 1.6 Mbit/s
	slowUpload   = 0.75e6 / 8       // bytes per second: 0.75 Mbit/s
	slowFirst    = 2 * time.Second  // the most before the first result
	slowChange   = 8 * time.Second  // the most before the first answer to a change
	fastBoth     = 1 * time.Second  // both, without emulation
	readyTimeout = 60 * time.Second // how long the test waits for an answer
)

// emulation are the parameters of Network.emulateNetworkConditions, the
// command that Chromium keeps for DevTools' own throttling; its successor
// by rule takes other parameters from one version of the protocol to the
// next.
type emulation struct {
	Offline            bool    `json:"offline"`
	Latency            float64 `json:"latency"`            // ms
	DownloadThroughput float64 `json:"downloadThroughput"` // bytes per second
	UploadThroughput   float64 `json:"uploadThroughput"`   // bytes per second
}

var emulateNetwork = cdp.Command[emulation, cdp.Empty]{Method: "Network.emulateNetworkConditions"}

// gate holds the requests of the module until it is opened.
type gate struct {
	next http.Handler
	open chan struct{}
	once sync.Once
}

func (g *gate) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if path.Base(r.URL.Path) == wasmFile {
		select {
		case <-g.open:
		case <-r.Context().Done():
			return
		}
	}
	g.next.ServeHTTP(w, r)
}

func (g *gate) release() { g.once.Do(func() { close(g.open) }) }

// results is what the page shows of the results, as HTML.
const results = `['cartes', 'prochaine-question', 'frise', 'frise-texte', 'sommaire'].map((id) => document.getElementById(id).outerHTML).join('\n')`

// TestBrowserPrerendered checks that the first result, which the build
// wrote into the page, is the module's own: the same response, the same
// page, to the byte.
func TestBrowserPrerendered(t *testing.T) {
	chrome := needChromium(t)
	g := &gate{next: Handler(site(t)), open: make(chan struct{})}
	srv := httptest.NewServer(g)
	defer srv.Close()
	defer g.release()
	ctx := browser(t, chrome, 1280, 900)

	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(srv.URL)))
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](`window.simulateur && window.simulateur.firstResultMs !== null`))
	require.NoError(t, err)
	require.False(t, evaluate[bool](t, ctx, `'numerique' in globalThis`), "the module is held back")
	checkPage(t, ctx, described[0].project, described[0].on)
	before := evaluate[string](t, ctx, results)

	g.release()
	_, err = chromedp.Run(ctx, chromedp.Poll[bool](`window.simulateur.liveMs !== null`, chromedp.WithPollingTimeout(readyTimeout)))
	require.NoError(t, err)
	assert.Equal(t, evaluate[map[string]any](t, ctx, `window.simulateur.prerendered`), evaluate[map[string]any](t, ctx, `window.simulateur.last`),
		"the build's response is the module's")
	assert.Equal(t, before, evaluate[string](t, ctx, results), "the page is the same")
	assert.True(t, evaluate[bool](t, ctx, `document.getElementById('attente').hidden`))
}

// changeOnFirstResult types the lead's population as soon as the page shows
// its first result, as a person would: the field takes the text, and the
// page hears an input event.
const changeOnFirstResult = `(function change() {
  const s = window.simulateur;
  if (!s || s.firstResultMs === null) {
    requestAnimationFrame(change);
    return;
  }
  const field = document.getElementById('f-lead-population');
  field.value = '1000';
  field.dispatchEvent(new InputEvent('input', {bubbles: true, data: '1000', inputType: 'insertText'}));
})();`

// timing is what one load of the page measured, in milliseconds from the
// navigation, and the bytes transferred until then.
type timing struct {
	first, changed           float64
	compiled, ready          float64 // when the module was compiled, and ready
	bytesFirst, bytesChanged int64
}

// measure loads the page at url in a fresh browser, on the slow network or
// not, and as soon as its first result shows, types the lead's population:
// it returns when the module has answered that change.
func measure(t *testing.T, chrome, url string, slow bool) timing {
	t.Helper()
	ctx := browser(t, chrome, 1280, 900) // a fresh profile: a cold cache
	if slow {
		_, err := chromedp.Call(ctx, network.Enable, network.EnableParams{})
		require.NoError(t, err)
		_, err = chromedp.Call(ctx, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true})
		require.NoError(t, err)
		_, err = chromedp.Call(ctx, emulateNetwork, emulation{Latency: slowLatency, DownloadThroughput: slowDownload, UploadThroughput: slowUpload})
		require.NoError(t, err)
	}
	// As soon as the first result shows, the lead's population is typed,
	// from within the page: the protocol's own round trips do not count.
	_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: changeOnFirstResult})
	require.NoError(t, err)
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(url)))
	_, err = chromedp.Run(ctx, chromedp.Poll[bool](`window.simulateur.answeredMs !== null && !window.simulateur.pending`, chromedp.WithPollingTimeout(readyTimeout)))
	require.NoError(t, err)
	// No code nor name was typed: the territories' data stayed home.
	assert.False(t, evaluate[bool](t, ctx, `performance.getEntriesByType('resource').some((e) => e.name.endsWith('/`+territoriesFile+`'))`),
		"the territories are fetched only when a code or a name is typed")
	// The answer is the changed project's.
	p := described[0].project
	p.Lead.Population = 1000
	checkPage(t, ctx, p, described[0].on)

	var r timing
	r.first = evaluate[float64](t, ctx, `window.simulateur.firstResultMs`)
	r.changed = evaluate[float64](t, ctx, `window.simulateur.answeredMs`)
	r.compiled = evaluate[float64](t, ctx, `window.simulateur.compiledMs`)
	r.ready = evaluate[float64](t, ctx, `window.simulateur.readyMs`)
	transferred := `((until) => {
	  let n = 0;
	  for (const e of [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]) {
	    if (e.responseEnd <= until) n += e.transferSize;
	  }
	  return n;
	})(%f)`
	r.bytesFirst = evaluate[int64](t, ctx, fmt.Sprintf(transferred, r.first))
	r.bytesChanged = evaluate[int64](t, ctx, fmt.Sprintf(transferred, r.changed))
	return r
}

// TestBrowserNetwork measures the page on Chromium's emulation of a slow
// mobile network — 150 ms of latency, 1.6 Mbit/s down, 0.75 Mbit/s up,
// a cold cache —, with the site as Handler serves it (brotli when the build
// made its twins) and with gzip alone, then without emulation. It fails
// when the site as served misses a target: the first result within 2 s and
// the first answer to a change within 8 s of the navigation on the slow
// network, both within 1 s without emulation.
func TestBrowserNetwork(t *testing.T) {
	chrome := needChromium(t)
	dir := site(t)
	served := "gzip"
	if _, err := os.Stat(filepath.Join(dir, wasmFile+".br")); err == nil {
		served = "br"
	}
	srv := httptest.NewServer(Handler(dir))
	defer srv.Close()
	gzipOnly := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Header.Set("Accept-Encoding", "gzip")
		Handler(dir).ServeHTTP(w, r)
	}))
	defer gzipOnly.Close()

	// A load is measured again when it misses a target, up to three times
	// on the slow network and five without (a load then takes a second or
	// two), as the machine may be busy with other work: the best of them
	// counts.
	slow := best(t, chrome, srv.URL, true, 3, func(r timing) bool { return r.first <= ms(slowFirst) && r.changed <= ms(slowChange) })
	t.Logf("slow network: first result %.0f ms, changed field %.0f ms", slow.first, slow.changed)
	runs := map[string]timing{served: slow}
	if served == "br" {
		runs["gzip"] = measure(t, chrome, gzipOnly.URL, true)
		t.Logf("the same with gzip alone: first result %.0f ms, changed field %.0f ms", runs["gzip"].first, runs["gzip"].changed)
	}
	for _, enc := range []string{"br", "gzip"} {
		if r, ok := runs[enc]; ok {
			t.Logf("bytes transferred, %s: %d before the first result, %d before the first answer to a change", enc, r.bytesFirst, r.bytesChanged)
		}
	}
	fast := best(t, chrome, srv.URL, false, 5, func(r timing) bool { return r.first <= ms(fastBoth) && r.changed <= ms(fastBoth) })
	t.Logf("no emulation: first result %.0f ms, changed field %.0f ms (module compiled at %.0f ms, ready at %.0f ms)", fast.first, fast.changed, fast.compiled, fast.ready)

	assert.LessOrEqual(t, slow.first, ms(slowFirst), "first result on the slow network (%s)", served)
	assert.LessOrEqual(t, slow.changed, ms(slowChange), "a changed field answered on the slow network (%s)", served)
	assert.LessOrEqual(t, fast.first, ms(fastBoth), "first result without emulation")
	assert.LessOrEqual(t, fast.changed, ms(fastBoth), "a changed field answered without emulation")
}

// ms returns d in milliseconds.
func ms(d time.Duration) float64 { return float64(d.Milliseconds()) }

// best measures a load of url, again while met reports a target missed, up
// to loads times: it returns the first that meets the targets, else the
// one whose changed field was answered first.
func best(t *testing.T, chrome, url string, slow bool, loads int, met func(timing) bool) timing {
	t.Helper()
	var b timing
	for attempt := 1; attempt <= loads; attempt++ {
		r := measure(t, chrome, url, slow)
		if met(r) {
			return r
		}
		if attempt == 1 || r.changed < b.changed {
			b = r
		}
		t.Logf("load %d missed a target: first result %.0f ms, changed field %.0f ms", attempt, r.first, r.changed)
	}
	return b
}
