package main

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The browser test drives Debian's Chromium, headless. It looks for the
// browser at $CHROMIUM, else for chromium on the PATH. Without a browser it
// skips, saying how to run it — except in CI (CI set to anything but "",
// "0" or "false"), where it must run, and fails. It saves a screenshot of the
// results in $SIMULATEUR_ARTEFACTS when set, else in its temporary directory.

// chromium returns the path of the browser, or "".
func chromium() string {
	if path := os.Getenv("CHROMIUM"); path != "" {
		return path
	}
	path, err := exec.LookPath("chromium")
	if err != nil {
		return ""
	}
	return path
}

// inCI reports whether the test runs in CI, where it must not skip.
func inCI() bool {
	v := strings.ToLower(os.Getenv("CI"))
	return v != "" && v != "0" && v != "false"
}

// needChromium returns the path of the browser, or skips the test when
// there is none — except in CI, where it fails.
func needChromium(t *testing.T) string {
	t.Helper()
	path := chromium()
	if path == "" {
		if inCI() {
			t.Fatal("Chromium is not installed (no $CHROMIUM, no chromium on the PATH): CI must run the browser test; .ci/run installs it")
		}
		t.Skip("no Chromium: to run the simulator's browser test, apt-get install -y chromium, then go test ./examples/simulateur")
	}
	return path
}

// browser starts a headless Chromium with a fresh profile, so with a cold
// cache, its window width × height pixels, and returns a context for its
// tab. The test fails if the page throws an exception or writes an error to
// its console.
func browser(t *testing.T, path string, width, height int) context.Context {
	t.Helper()
	profile, err := os.MkdirTemp("", "simulateur-chromium-")
	require.NoError(t, err)
	t.Cleanup(func() {
		// Chromium's children may still write in the profile for a moment
		// after it stops.
		for range 50 {
			if os.RemoveAll(profile) == nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
	allocator, cancelAllocator := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(path),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(width, height),
	)
	ctx, cancelTab := chromedp.NewContext(allocator)
	ctx, cancelTime := context.WithTimeout(ctx, 4*time.Minute)
	require.NoError(t, chromedp.Do(ctx)) // start the browser, and open the tab
	var mu sync.Mutex
	var problems []string
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.IsException() || m.Type == chromedp.ConsoleError {
				mu.Lock()
				problems = append(problems, m.String())
				mu.Unlock()
			}
		}
	}()
	t.Cleanup(func() {
		mu.Lock()
		assert.Empty(t, problems, "the page's console")
		mu.Unlock()
		cancelTime()
		cancelTab()
		cancelAllocator()
	})
	return ctx
}

// artefacts returns the folder where the test saves its screenshots:
// $SIMULATEUR_ARTEFACTS, else a temporary folder of the test.
func artefacts(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("SIMULATEUR_ARTEFACTS")
	if dir == "" {
		dir = t.TempDir()
	}
	require.NoError(t, os.MkdirAll(dir, 0o755))
	return dir
}

// screenshot saves what the tab shows, its viewport, as name in the
// artefacts folder.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err)
	file := filepath.Join(artefacts(t), name)
	require.NoError(t, os.WriteFile(file, shot, 0o644))
	t.Logf("screenshot: %s", file)
}

// form is a project as a person fills in the form, field by field; an
// empty kind is left as the form has it, « non renseignée ».
type form struct {
	on, title                                    string
	leadKind, leadName, leadCode, leadPopulation string
	members                                      [][4]string // kind, name, population, official code
	departement, sharedNeed                      string      // "yes", "no", "" (« Je ne sais pas encore »)
	themes, practices                            []string
	requested, start, results                    string
	budget                                       [][3]string // category, label, amount
}

// project is a project of the test, as typed and as Go.
type project struct {
	name    string
	form    form
	project scheme.Project
	on      calendar.Date
}

// described are three projects of the test, whose bodies are given by kind
// and population; byCodes gives the fourth, by official codes.
var described = []project{
	{
		name: "the README's project",
		form: form{
			on: "01/03/2021", title: "Entrepôt de données territorial mutualisé",
			leadKind: "syndicat", leadName: "Syndicat mixte",
			members:     [][4]string{{"epci", "CA du Nord", "350 000"}, {"epci", "CC du Val", "120000"}, {"epci", "CC des Monts", "90 000"}},
			departement: "no", sharedNeed: "yes",
			themes: []string{"donnees"}, practices: []string{"code-ouvert"},
			start: "01/04/2021", results: "30/06/2022",
			budget: [][3]string{
				{"prestations", "Développement", "180 000"}, {"conseil", "Accompagnement", "30000,00"},
				{"personnel", "Chef de projet", "60 000"}, {"materiel", "Serveurs", "20 000 €"},
			},
		},
		project: scheme.Project{
			Lead:        scheme.Body{Kind: scheme.Syndicat},
			Members:     []scheme.Body{{Kind: scheme.EPCI, Population: 350000}, {Kind: scheme.EPCI, Population: 120000}, {Kind: scheme.EPCI, Population: 90000}},
			Departement: scheme.No, SharedNeed: scheme.Yes,
			Themes: []scheme.Theme{scheme.ThemeDonnees}, Practices: []scheme.Practice{scheme.CodeOuvert},
			Start: calendar.MustDate(2021, time.April, 1), Results: calendar.MustDate(2022, time.June, 30),
			Budget: cost.Budget{
				{Category: cost.Services, Amount: cost.Euros(180000)}, {Category: cost.Consulting, Amount: cost.Euros(30000)},
				{Category: cost.Personnel, Amount: cost.Euros(60000)}, {Category: cost.Equipment, Amount: cost.Euros(20000)},
			},
		},
		on: calendar.MustDate(2021, time.March, 1),
	},
	{
		name: "a département in the second session",
		form: form{
			on: "15/10/2021", title: "Démarches en ligne",
			leadKind: "departement", leadName: "Departement", leadPopulation: "1 258 722",
			departement: "", sharedNeed: "no",
			themes: []string{"services"}, practices: []string{"accessibilite", "langage-simple", "mobile"},
			start: "2021-11-15", results: "30/04/2023",
			budget: [][3]string{{"prestations", "Refonte", "120 000,50"}, {"personnel", "Agents", "40 000"}},
		},
		project: scheme.Project{
			Lead:       scheme.Body{Kind: scheme.Departement, Population: 1258722},
			SharedNeed: scheme.No,
			Themes:     []scheme.Theme{scheme.ThemeServices},
			Practices:  []scheme.Practice{scheme.Accessibilite, scheme.LangageSimple, scheme.Mobile},
			Start:      calendar.MustDate(2021, time.November, 15), Results: calendar.MustDate(2023, time.April, 30),
			Budget: cost.Budget{{Category: cost.Services, Amount: cost.Cents(12000050)}, {Category: cost.Personnel, Amount: cost.Euros(40000)}},
		},
		on: calendar.MustDate(2021, time.October, 15),
	},
	{
		name: "an incomplete project",
		form: form{
			on: "10/02/2021", leadKind: "commune",
			members: [][4]string{{"epci", "", ""}, {"partenaire", "Association", ""}},
			start:   "01/03/2021",
			budget:  [][3]string{{"logiciels", "Licences", "15 500,75"}},
		},
		project: scheme.Project{
			Lead:    scheme.Body{Kind: scheme.Commune},
			Members: []scheme.Body{{Kind: scheme.EPCI}, {Kind: scheme.Partenaire}},
			Start:   calendar.MustDate(2021, time.March, 1),
			Budget:  cost.Budget{{Category: cost.Software, Amount: cost.Cents(1550075)}},
		},
		on: calendar.MustDate(2021, time.February, 10),
	},
}

func TestBrowser(t *testing.T) {
	path := needChromium(t)
	srv := httptest.NewServer(Handler(site(t)))
	defer srv.Close()
	ctx := browser(t, path, 1280, 900)
	codes := byCodes(t)

	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(srv.URL)))
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](`window.simulateur && window.simulateur.liveMs !== null`))
	require.NoError(t, err, "the module never answered")
	t.Logf("from navigation: first result in %.0f ms, module ready in %.0f ms",
		evaluate[float64](t, ctx, `window.simulateur.firstResultMs`), evaluate[float64](t, ctx, `window.simulateur.readyMs`))
	assert.False(t, evaluate[bool](t, ctx, `performance.getEntriesByType('resource').some((e) => e.name.endsWith('/`+territoriesFile+`'))`),
		"no code nor name typed yet: the territories' data stayed home")
	t.Logf("an orientation of the example in the module, request and response in JSON: %.2f ms", evaluate[float64](t, ctx, `(() => {
	  const request = JSON.stringify(JSON.parse(document.getElementById("donnees").textContent).catalogue.example);
	  const start = performance.now();
	  for (let i = 0; i < 50; i++) globalThis.numerique.orient(request);
	  return (performance.now() - start) / 50;
	})()`))

	t.Run("the example on load", func(t *testing.T) {
		checkPage(t, ctx, described[0].project, described[0].on)
	})
	for _, p := range described {
		t.Run(p.name, func(t *testing.T) {
			fill(t, ctx, p.form)
			checkPage(t, ctx, p.project, p.on)
			checkFound(t, ctx, p.form)
		})
	}
	t.Run("a bad amount", func(t *testing.T) {
		// The incomplete project is on the page; its one budget line is
		// typed again, with a dot.
		retype(t, ctx, "#f-budget-0-amount", "15.500,75")
		settle(t, ctx)
		message := evaluate[string](t, ctx, `document.getElementById('f-budget-0-amount-erreur').textContent`)
		assert.Equal(t, "Montant «\u00a015.500,75\u00a0»\u00a0: séparez les centimes par une virgule, comme «\u00a012\u202f000,50\u00a0».", message)
		assert.Equal(t, "true", evaluate[string](t, ctx, `document.getElementById('f-budget-0-amount').getAttribute('aria-invalid')`))
		assert.Contains(t, evaluate[string](t, ctx, `document.getElementById('f-budget-0-amount').getAttribute('aria-describedby')`), "f-budget-0-amount-erreur")
		// The rest keeps working: the cards are the project's without the line.
		without := described[2].project
		without.Budget = nil
		checkPage(t, ctx, without, described[2].on)
		assert.Contains(t, evaluate[string](t, ctx, `document.getElementById('annonce').textContent`), "1 champ à corriger")

		// Corrected, the line counts again; nothing else was lost.
		retype(t, ctx, "#f-budget-0-amount", "15 500,75")
		settle(t, ctx)
		assert.Equal(t, 0, evaluate[int](t, ctx, `document.querySelectorAll('.erreur-champ').length`))
		assert.Equal(t, "Licences", evaluate[string](t, ctx, `document.getElementById('f-budget-0-label').value`))
		assert.Equal(t, "commune", evaluate[string](t, ctx, `document.getElementById('f-lead-kind').value`))
		checkPage(t, ctx, described[2].project, described[2].on)
	})
	t.Run("a date that does not exist", func(t *testing.T) {
		retype(t, ctx, "#f-start", "31/02/2021")
		settle(t, ctx)
		assert.Equal(t, "La date «\u00a031/02/2021\u00a0» n’existe pas\u00a0: vérifiez le jour et le mois.",
			evaluate[string](t, ctx, `document.getElementById('f-start-erreur').textContent`))
		without := described[2].project
		without.Start = calendar.Date{}
		checkPage(t, ctx, without, described[2].on)
	})
	t.Run("two members described alike", func(t *testing.T) {
		// The incomplete project is on the page, with its bad start date
		// and a first member of which only the kind is chosen; a new row,
		// where only the kind is chosen as well, repeats it.
		require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#ajouter-membre"))))
		choose(t, ctx, "#f-members-2-kind", "epci")
		settle(t, ctx)
		assert.Equal(t, "Ce membre est décrit exactement comme le membre n°\u00a01\u00a0: une collectivité ne compte qu’une fois, ce membre n’est pas pris en compte\u00a0; s’il s’agit d’une autre collectivité, indiquez son nom ou sa population.",
			evaluate[string](t, ctx, `document.getElementById('f-members-2-erreur').textContent`))
		assert.Equal(t, "FIELDSET", evaluate[string](t, ctx, `document.getElementById('f-members-2-erreur').parentElement.tagName`), "the problem is shown on the member's row")
		assert.Equal(t, "true", evaluate[string](t, ctx, `document.getElementById('f-members-2').getAttribute('aria-invalid')`))
		assert.Contains(t, evaluate[string](t, ctx, `document.getElementById('f-members-2').getAttribute('aria-describedby')`), "f-members-2-erreur")
		assert.True(t, evaluate[bool](t, ctx, `document.getElementById('erreurs-generales').hidden`), "no problem without its field")
		// The rest keeps working: the cards are the project's without the twin.
		without := described[2].project
		without.Start = calendar.Date{}
		checkPage(t, ctx, without, described[2].on)
		_, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.getElementById('annonce').textContent === window.simulateur.last.summary`,
			chromedp.WithPollingTimeout(5*time.Second)))
		require.NoError(t, err, "the results were not announced")
		announced := evaluate[string](t, ctx, `document.getElementById('annonce').textContent`)
		assert.Contains(t, announced, "Au "+described[2].on.French()+", sur 4 dispositifs")
		assert.Contains(t, announced, "2 champs à corriger")
		assert.NotContains(t, announced, "manque")

		// Named, the member is another body, and counts.
		require.NoError(t, chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS("#f-members-2-name"), "CC du Val")))
		settle(t, ctx)
		assert.Equal(t, 0, evaluate[int](t, ctx, `document.querySelectorAll('#membres .erreur-champ').length`))
		assert.False(t, evaluate[bool](t, ctx, `document.getElementById('f-members-2').hasAttribute('aria-invalid')`))
		with := without
		with.Members = append(with.Members[:2:2], scheme.Body{Kind: scheme.EPCI, Name: "CC du Val"})
		checkPage(t, ctx, with, described[2].on)
	})
	t.Run("a date far from the sessions", func(t *testing.T) {
		retype(t, ctx, "#f-on", "31/12/9999")
		settle(t, ctx)
		response := evaluate[struct {
			Timeline struct {
				Months  []any  `json:"months"`
				OnLabel string `json:"on_label"`
			} `json:"timeline"`
		}](t, ctx, `window.simulateur.last`)
		assert.Equal(t, "31 décembre 9999, après la frise", response.Timeline.OnLabel)
		assert.Equal(t, response.Timeline.OnLabel, evaluate[string](t, ctx, `document.querySelector('#frise .marque-texte').textContent`))
		assert.Equal(t, "after", evaluate[string](t, ctx, `document.querySelector('#frise .marque-date').dataset.outside`))
		assert.Equal(t, len(response.Timeline.Months), evaluate[int](t, ctx, `document.querySelectorAll('#frise .frise-tick').length`))
		assert.Less(t, len(response.Timeline.Months), 50, "the line spans the sessions, not eight thousand years")
		// The mark stands at the right edge of the line.
		assert.Equal(t, 100.0, evaluate[float64](t, ctx, `parseFloat(document.querySelector('#frise .marque-date').style.left)`))
		retype(t, ctx, "#f-on", "10/02/2021")
		settle(t, ctx)
	})
	t.Run("a date of request", func(t *testing.T) {
		fill(t, ctx, described[0].form)
		assert.Equal(t, "2021-03-01", evaluate[string](t, ctx, `window.simulateur.last.requested`), "empty: the day of the orientation")
		retype(t, ctx, "#f-requested", "15/03/2021")
		settle(t, ctx)
		assert.Equal(t, "2021-03-15", evaluate[string](t, ctx, `window.simulateur.last.requested`))
		p := described[0].project
		p.Requested = calendar.MustDate(2021, time.March, 15)
		checkPage(t, ctx, p, described[0].on)
	})
	t.Run("calm states", func(t *testing.T) { calm(t, ctx) })
	t.Run(codes.name, func(t *testing.T) {
		fill(t, ctx, codes.form)
		t.Logf("the territories fetched, written back and decoded in %.0f ms, once the first name was typed", evaluate[float64](t, ctx, `window.simulateur.territoriesMs`))
		checkPage(t, ctx, codes.project, codes.on)
		checkFound(t, ctx, codes.form)
		closedIntake(t, ctx)
	})
	withMember := codes
	t.Run("a body chosen by its name", func(t *testing.T) { withMember = searchByName(t, ctx, codes) })
	t.Run("an unknown code", func(t *testing.T) { unknownCode(t, ctx, withMember) })
	t.Run("a syndicat of a métropole and one of its communes", func(t *testing.T) {
		p := overlap(t)
		fill(t, ctx, p.form)
		checkPage(t, ctx, p.project, p.on)
		checkFound(t, ctx, p.form)
		reason := `document.querySelector('#cartes [data-scheme="donnees"] [data-code="ampleur"]')`
		assert.NotEqual(t, "met", evaluate[string](t, ctx, reason+`.dataset.outcome`), "not at scale")
		assert.Contains(t, evaluate[string](t, ctx, reason+`.textContent`), french.Int(int64(official(t, "200040715").Population))+" habitants")
	})
	// The screenshot: the README’s project, wide, as the README shows it.
	require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(1280, 1500)))
	fill(t, ctx, described[0].form)
	checkPage(t, ctx, described[0].project, described[0].on) // and its summary announced
	require.NoError(t, chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`window.scrollTo(0, 0)`)))
	screenshot(t, ctx, "simulateur.png")
	// And its timeline, as wide.
	require.NoError(t, chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`document.getElementById('frise-titre').scrollIntoView()`)))
	screenshot(t, ctx, "frise-1280.png")
}

// calm checks the states of a form that a person empties or starts to
// fill: no problem shown before the person leaves a field, no result left
// from before, and a date that does not exist said so.
func calm(t *testing.T, ctx context.Context) {
	t.Helper()
	fill(t, ctx, described[0].form)
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#vider"))))
	settle(t, ctx)
	assert.Equal(t, "f-on", evaluate[string](t, ctx, `document.activeElement.id`))
	assert.Equal(t, 0, evaluate[int](t, ctx, `document.querySelectorAll('.erreur-champ, [aria-invalid]').length`), "an empty form flags nothing")
	assert.Equal(t, 0, evaluate[int](t, ctx, `document.querySelectorAll('#cartes article, #frise .frise, #frise-texte li').length`), "« Vider » clears the results")
	assert.True(t, evaluate[bool](t, ctx, `document.getElementById('perime').hidden && document.getElementById('prochaine-question').hidden`))
	const none = "Aucun résultat\u00a0: la date d’orientation manque."
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.getElementById('annonce').textContent === window.simulateur.last.summary`,
		chromedp.WithPollingTimeout(5*time.Second)))
	require.NoError(t, err)
	assert.Equal(t, none, evaluate[string](t, ctx, `document.getElementById('annonce').textContent`))
	assert.Equal(t, none, evaluate[string](t, ctx, `document.getElementById('sommaire-verdicts').textContent`))

	// Leaving the date empty flags it.
	leave(t, ctx)
	assert.Equal(t, "Indiquez la date d’orientation, comme «\u00a001/03/2021\u00a0»\u00a0: les dispositifs ouverts en dépendent.",
		evaluate[string](t, ctx, `document.getElementById('f-on-erreur').textContent`))
	assert.Equal(t, 1, evaluate[int](t, ctx, `document.querySelectorAll('.erreur-champ').length`), "only the field left")

	// A date that does not exist says so, on its field and in the summary.
	retype(t, ctx, "#f-on", "31/02/2021")
	settle(t, ctx)
	assert.Equal(t, "La date «\u00a031/02/2021\u00a0» n’existe pas\u00a0: vérifiez le jour et le mois.",
		evaluate[string](t, ctx, `document.getElementById('f-on-erreur').textContent`))
	_, err = chromedp.Run(ctx, chromedp.Poll[bool](`document.getElementById('annonce').textContent === window.simulateur.last.summary`,
		chromedp.WithPollingTimeout(5*time.Second)))
	require.NoError(t, err)
	assert.Equal(t, "Aucun résultat\u00a0: la date «\u00a031/02/2021\u00a0» n’existe pas. 1 champ à corriger.",
		evaluate[string](t, ctx, `document.getElementById('annonce').textContent`))
	assert.NotContains(t, evaluate[string](t, ctx, `document.getElementById('annonce').textContent`), "manque")

	// Back to the example: nothing flagged, its results.
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#exemple"))))
	settle(t, ctx)
	assert.Equal(t, 0, evaluate[int](t, ctx, `document.querySelectorAll('.erreur-champ, [aria-invalid]').length`))
	checkPage(t, ctx, described[0].project, described[0].on)
}

// evaluate returns the value of a JavaScript expression in the page.
func evaluate[T any](t *testing.T, ctx context.Context, expression string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expression))
	require.NoError(t, err, expression)
	return v
}

// settle waits until the page has shown the results of what was typed last.
func settle(t *testing.T, ctx context.Context) {
	t.Helper()
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](`!window.simulateur.pending`))
	require.NoError(t, err)
}

// retype clears a text field, types text into it, key by key, and leaves
// it, as a person does before the page shows its problems.
func retype(t *testing.T, ctx context.Context, selector, text string) {
	t.Helper()
	evaluate[chromedp.Void](t, ctx, fmt.Sprintf(`document.querySelector(%q).value = ''`, selector))
	require.NoError(t, chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS(selector), text)))
	leave(t, ctx)
}

// leave takes the focus out of the field that has it.
func leave(t *testing.T, ctx context.Context) {
	t.Helper()
	evaluate[chromedp.Void](t, ctx, `document.activeElement && document.activeElement.blur()`)
}

// choose picks a value in a select, as a person does, so that the page
// sees the change.
func choose(t *testing.T, ctx context.Context, selector, value string) {
	t.Helper()
	js := fmt.Sprintf(`(() => { const s = document.querySelector(%q); s.value = %q; s.dispatchEvent(new Event('change', {bubbles: true})); return s.value; })()`, selector, value)
	require.Equal(t, value, evaluate[string](t, ctx, js), selector)
}

// fill empties the form with its own button and fills it in as f says.
func fill(t *testing.T, ctx context.Context, f form) {
	t.Helper()
	click := func(selector string) {
		t.Helper()
		require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(selector))), selector)
	}
	typ := func(selector, text string) {
		t.Helper()
		if text != "" {
			require.NoError(t, chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS(selector), text)), selector)
		}
	}
	click("#vider")
	typ("#f-on", f.on)
	typ("#f-title", f.title)
	if f.leadKind != "" {
		choose(t, ctx, "#f-lead-kind", f.leadKind)
	}
	typ("#f-lead-name", f.leadName)
	typ("#f-lead-code", f.leadCode)
	typ("#f-lead-population", f.leadPopulation)
	for i, m := range f.members {
		click("#ajouter-membre")
		if m[0] != "" {
			choose(t, ctx, fmt.Sprintf("#f-members-%d-kind", i), m[0])
		}
		typ(fmt.Sprintf("#f-members-%d-name", i), m[1])
		typ(fmt.Sprintf("#f-members-%d-population", i), m[2])
		typ(fmt.Sprintf("#f-members-%d-code", i), m[3])
	}
	click(fmt.Sprintf(`input[name="departement"][value=%q]`, f.departement))
	click(fmt.Sprintf(`input[name="shared_need"][value=%q]`, f.sharedNeed))
	for _, v := range f.themes {
		click(fmt.Sprintf(`input[name="themes"][value=%q]`, v))
	}
	for _, v := range f.practices {
		click(fmt.Sprintf(`input[name="practices"][value=%q]`, v))
	}
	typ("#f-requested", f.requested)
	typ("#f-start", f.start)
	typ("#f-results", f.results)
	for i, l := range f.budget {
		if i > 0 { // the empty form has one line
			click("#ajouter-ligne")
		}
		choose(t, ctx, fmt.Sprintf("#f-budget-%d-category", i), l[0])
		typ(fmt.Sprintf("#f-budget-%d-label", i), l[1])
		typ(fmt.Sprintf("#f-budget-%d-amount", i), l[2])
	}
	click("#projet button[type=submit]")
	settle(t, ctx)
}
