package main

import (
	"net/http/httptest"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/planrelance/numerique/examples/simulateur/bridge"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBrowserNextSession checks, on a phone, what a card says of the
// session to come and of the choices behind its figures: on 1 September
// 2021, a project starting on 1 October is told the reason it would fail
// the 2e session, which opens on 8 October; on 15 October, the 2e session's
// grant comes with what of its funding is the library's choice. Each as
// the bridge answers it.
func TestBrowserNextSession(t *testing.T) {
	chrome := needChromium(t)
	srv := httptest.NewServer(Handler(site(t)))
	defer srv.Close()
	ctx := browser(t, chrome, 390, 844)
	require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile)))
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(srv.URL)))
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](`window.simulateur && window.simulateur.liveMs !== null`, chromedp.WithPollingTimeout(readyTimeout)))
	require.NoError(t, err)
	card := `document.querySelector('#cartes [data-scheme="donnees"]')`

	retype(t, ctx, "#f-on", "01/09/2021")
	retype(t, ctx, "#f-start", "01/10/2021")
	retype(t, ctx, "#f-results", "31/12/2022")
	leave(t, ctx)
	settle(t, ctx)
	r := bridge.Example()
	r.On, r.Start, r.Results = "01/09/2021", "01/10/2021", "31/12/2022"
	want := cardOf(t, bridge.Bridge{}.Answer(r), "donnees")
	require.NotNil(t, want.Next)
	require.NotEmpty(t, want.Next.Reasons)
	assert.Equal(t, want.Next.Reasons, evaluate[[]string](t, ctx, `[...`+card+`.querySelectorAll('.suivante [data-figure="next-reason"]')].map((e) => e.textContent)`))
	assert.Contains(t, evaluate[string](t, ctx, card+`.querySelector('.suivante').textContent`), "(choix de la bibliothèque)")
	assert.Equal(t, "none", evaluate[string](t, ctx, `getComputedStyle(`+card+`.querySelector('.argent [data-key="closed"] dt'), '::after').content`),
		"« Dépôt clos : plus de subvention à demander », with nothing after it, ends without a colon")

	retype(t, ctx, "#f-on", "15/10/2021")
	retype(t, ctx, "#f-start", "01/11/2021")
	leave(t, ctx)
	settle(t, ctx)
	r.On, r.Start = "15/10/2021", "01/11/2021"
	want = cardOf(t, bridge.Bridge{}.Answer(r), "donnees")
	require.Equal(t, "session-2", want.Session)
	note := want.Money.Lines[len(want.Money.Lines)-1]
	require.Equal(t, "choice", note.Key)
	assert.Equal(t, note.Note, evaluate[string](t, ctx, card+`.querySelector('.argent [data-key="choice"] dd').textContent`))
}

// cardOf returns the card of scheme id in r.
func cardOf(t *testing.T, r bridge.Response, id string) bridge.Card {
	t.Helper()
	for _, c := range r.Options {
		if c.Scheme == id {
			return c
		}
	}
	t.Fatalf("no card of %s", id)
	return bridge.Card{}
}
