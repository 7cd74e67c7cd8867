package main

import (
	"fmt"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/planrelance/numerique/examples/simulateur/bridge"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// box is the place of an element on the screen, in CSS pixels.
type box struct{ Top, Bottom, Left, Right float64 }

// TestBrowserPhone checks the page on phones 390 and 320 pixels wide: the
// results in brief within the first screen, and kept in sight while the
// form is filled in, with a link to the cards; the timeline whole, from
// January 2021 to the end of the second session, within the screen's
// width, its texts at least 12 pixels high and none cut. It saves
// phone-390.png and phone-320.png, the first screen, and
// phone-390-frise.png and phone-320-frise.png, the timeline.
func TestBrowserPhone(t *testing.T) {
	chrome := needChromium(t)
	srv := httptest.NewServer(Handler(site(t)))
	defer srv.Close()
	ctx := browser(t, chrome, 390, 844)
	want := bridge.Bridge{}.Answer(bridge.Example())

	for _, screen := range []struct{ width, height int64 }{{390, 844}, {320, 640}} {
		t.Run(fmt.Sprintf("%d pixels", screen.width), func(t *testing.T) {
			require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(screen.width, screen.height, chromedp.EmulateMobile)))
			require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(srv.URL)))
			_, err := chromedp.Run(ctx, chromedp.Poll[bool](`window.simulateur && window.simulateur.liveMs !== null`, chromedp.WithPollingTimeout(readyTimeout)))
			require.NoError(t, err)
			assert.Equal(t, int(screen.width), evaluate[int](t, ctx, `window.innerWidth`))
			assert.LessOrEqual(t, evaluate[int](t, ctx, `document.documentElement.scrollWidth`), int(screen.width), "nothing wider than the screen")

			// The results in brief, within the first screen.
			summary := evaluate[box](t, ctx, `(() => { const r = document.getElementById('sommaire').getBoundingClientRect(); return {Top: r.top, Bottom: r.bottom, Left: r.left, Right: r.right}; })()`)
			t.Logf("the summary from %.0f to %.0f px, on a screen of %d × %d", summary.Top, summary.Bottom, screen.width, screen.height)
			assert.Less(t, summary.Top, float64(screen.height), "the summary's top within the first screen")
			assert.LessOrEqual(t, summary.Bottom, float64(screen.height)+0.5, "the whole summary within the first screen")
			assert.GreaterOrEqual(t, summary.Top, float64(screen.height)/2, "at the bottom of the screen, under the form's first fields")
			assert.Equal(t, want.Glance.Verdicts, evaluate[string](t, ctx, `document.getElementById('sommaire-verdicts').textContent`))
			assert.Equal(t, want.Glance.Best, evaluate[string](t, ctx, `document.getElementById('sommaire-subvention').textContent`))
			assert.Equal(t, "#resultats-titre", evaluate[string](t, ctx, `document.getElementById('sommaire-lien').getAttribute('href')`))
			assert.Less(t, evaluate[float64](t, ctx, `document.getElementById('sommaire').scrollHeight`), float64(screen.height)/3, "short")
			screenshot(t, ctx, fmt.Sprintf("phone-%d.png", screen.width))

			// Filled in far down the form, the change shows in the summary,
			// still in sight.
			retype(t, ctx, "#f-budget-0-amount", "100 000")
			settle(t, ctx)
			assert.NotEqual(t, want.Glance.Best, evaluate[string](t, ctx, `document.getElementById('sommaire-subvention').textContent`))
			assert.Equal(t, evaluate[string](t, ctx, `window.simulateur.last.glance.best`), evaluate[string](t, ctx, `document.getElementById('sommaire-subvention').textContent`))
			in := evaluate[box](t, ctx, `(() => { const r = document.getElementById('sommaire').getBoundingClientRect(); return {Top: r.top, Bottom: r.bottom}; })()`)
			assert.Less(t, in.Top, float64(screen.height), "the summary in sight while the form is filled in")
			field := evaluate[box](t, ctx, `(() => { const r = document.getElementById('f-budget-0-amount').getBoundingClientRect(); return {Top: r.top, Bottom: r.bottom}; })()`)
			assert.LessOrEqual(t, field.Bottom, in.Top, "the field typed in is not hidden by the summary")

			// The link takes the reader to the cards.
			require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#sommaire-lien"))))
			_, err = chromedp.Run(ctx, chromedp.Poll[bool](`Math.abs(document.getElementById('resultats-titre').getBoundingClientRect().top) < 2`, chromedp.WithPollingTimeout(5*time.Second)))
			require.NoError(t, err, "the link scrolls to the results")
			assert.Equal(t, "resultats-titre", evaluate[string](t, ctx, `document.activeElement.id`))

			// The timeline whole, its texts readable and none cut.
			evaluate[chromedp.Void](t, ctx, `document.getElementById('frise-titre').scrollIntoView()`)
			frise := evaluate[box](t, ctx, `(() => { const r = document.querySelector('#frise .frise').getBoundingClientRect(); return {Top: r.top, Bottom: r.bottom, Left: r.left, Right: r.right}; })()`)
			assert.GreaterOrEqual(t, frise.Left, 0.0)
			assert.LessOrEqual(t, frise.Right, float64(screen.width))
			outside := evaluate[[]string](t, ctx, `(() => {
			  const f = document.querySelector('#frise .frise').getBoundingClientRect();
			  const out = [];
			  for (const e of document.querySelectorAll('#frise .phase, #frise .frise-nom, #frise .frise-mois-texte, #frise .frise-annee, #frise .marque-texte')) {
			    const r = e.getBoundingClientRect();
			    if (r.left < f.left - 0.5 || r.right > f.right + 0.5) out.push((e.dataset.phase || e.textContent) + ' ' + r.left + '–' + r.right);
			    if (!e.matches('.phase') && e.scrollWidth > e.clientWidth + 1) out.push(e.textContent + ' is cut');
			  }
			  return out;
			})()`)
			assert.Empty(t, outside, "everything within the timeline, nothing cut")
			small := evaluate[[]string](t, ctx, `[...document.querySelectorAll('#frise *')].filter((e) => e.childElementCount === 0 && e.textContent.trim() && parseFloat(getComputedStyle(e).fontSize) < 12).map((e) => e.textContent)`)
			assert.Empty(t, small, "every text of the timeline at least 12 px")
			phases := 0
			for _, r := range want.Timeline.Rows {
				phases += len(r.Phases)
			}
			assert.Equal(t, phases, evaluate[int](t, ctx, `document.querySelectorAll('#frise .phase').length`), "every session's phases")
			assert.Equal(t, []string{"janv.", "2021"}, evaluate[[]string](t, ctx, `[...document.querySelectorAll('#frise .frise-tick')[0].children].map((e) => e.textContent)`))
			assert.Equal(t, "2021-11-30", want.Timeline.Last, "to the end of the second session")
			labelled := evaluate[int](t, ctx, `document.querySelectorAll('#frise .frise-mois-texte').length`)
			assert.GreaterOrEqual(t, labelled, 4, "months labelled")
			t.Logf("the timeline: %.0f px wide, %d of %d months labelled", frise.Right-frise.Left, labelled, len(want.Timeline.Months))
			screenshot(t, ctx, fmt.Sprintf("phone-%d-frise.png", screen.width))
		})
	}
}
