package main

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/examples/simulateur/bridge"
	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/scheme"
	"github.com/planrelance/numerique/scheme/territoire"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// This file checks the territories on the page: the bodies that official
// codes name, and those proposed by name, against scheme/territoire.

// official returns the body of code, as territoire.Lookup finds it.
func official(t *testing.T, code string) scheme.Body {
	t.Helper()
	b, err := territoire.Lookup(code)
	require.NoError(t, err, code)
	return b
}

// completed returns p as the bridge completes it: territoire.Complete of its
// bodies, given by their codes.
func completed(t *testing.T, p scheme.Project) scheme.Project {
	t.Helper()
	c, err := territoire.Complete(p)
	require.NoError(t, err)
	return c
}

// byCodes is the fourth project of the test: Grenoble-Alpes-Métropole and
// the CA du Pays Voironnais, given by their SIREN alone.
func byCodes(t *testing.T) project {
	t.Helper()
	return project{
		name: "Grenoble-Alpes-Métropole and the Pays Voironnais by their codes",
		form: form{
			on: "15/10/2021", title: "Plateforme de données du sillon alpin",
			leadCode:    "200040715",
			members:     [][4]string{{"", "", "", "243800984"}},
			departement: "no", sharedNeed: "yes",
			themes: []string{"donnees"}, practices: []string{"code-ouvert"},
			start: "01/12/2021", results: "31/12/2022",
			budget: [][3]string{{"prestations", "Plateforme", "250 000"}, {"personnel", "Équipe", "80 000"}},
		},
		project: completed(t, scheme.Project{
			Lead:        scheme.Body{ID: "200040715"},
			Members:     []scheme.Body{{ID: "243800984"}},
			Departement: scheme.No, SharedNeed: scheme.Yes,
			Themes: []scheme.Theme{scheme.ThemeDonnees}, Practices: []scheme.Practice{scheme.CodeOuvert},
			Start: calendar.MustDate(2021, time.December, 1), Results: calendar.MustDate(2022, time.December, 31),
			Budget: cost.Budget{{Category: cost.Services, Amount: cost.Euros(250000)}, {Category: cost.Personnel, Amount: cost.Euros(80000)}},
		}),
		on: calendar.MustDate(2021, time.October, 15),
	}
}

// overlap is the syndicat of issue 20: Grenoble-Alpes-Métropole and
// Grenoble, one of its communes, by their codes, whose inhabitants count
// once: 445 059, below the 500 000 of the first session's calls.
func overlap(t *testing.T) project {
	t.Helper()
	p := project{
		name: "a syndicat of Grenoble-Alpes-Métropole and Grenoble",
		form: form{
			on: "01/03/2021", title: "Données de l’agglomération grenobloise",
			leadKind: "syndicat", leadName: "Syndicat mixte",
			members:     [][4]string{{"", "", "", "200040715"}, {"", "", "", "38185"}},
			departement: "no", sharedNeed: "yes", themes: []string{"donnees"}, practices: []string{"code-ouvert"},
			start: "01/04/2021", results: "30/06/2022",
			budget: [][3]string{{"prestations", "Plateforme", "180 000"}},
		},
		project: completed(t, scheme.Project{
			Lead:        scheme.Body{Kind: scheme.Syndicat},
			Members:     []scheme.Body{{ID: "200040715"}, {ID: "38185"}},
			Departement: scheme.No, SharedNeed: scheme.Yes,
			Themes: []scheme.Theme{scheme.ThemeDonnees}, Practices: []scheme.Practice{scheme.CodeOuvert},
			Start: calendar.MustDate(2021, time.April, 1), Results: calendar.MustDate(2022, time.June, 30),
			Budget: cost.Budget{{Category: cost.Services, Amount: cost.Euros(180000)}},
		}),
		on: calendar.MustDate(2021, time.March, 1),
	}
	require.Equal(t, official(t, "38185").Population, p.project.Overlap, "Grenoble's inhabitants count once")
	return p
}

// closedIntake checks the Incubateur's card of the project on the page,
// on 15 October 2021, seven months after its intake closed: no grant, no
// figure, no bar, no question.
func closedIntake(t *testing.T, ctx context.Context) {
	t.Helper()
	card := `document.querySelector('#cartes [data-scheme="incubateur-territoires"]')`
	assert.Equal(t, "closed", evaluate[string](t, ctx, card+`.querySelector('.calendrier').dataset.status`))
	assert.Equal(t, "Dépôt clos\u00a0: plus de subvention à demanderaucune session ultérieure connue.",
		evaluate[string](t, ctx, card+`.querySelector('.argent').textContent`))
	assert.Equal(t, 0, evaluate[int](t, ctx, card+`.querySelectorAll('.montant, .barre, .questions li').length`))
	assert.NotContains(t, evaluate[string](t, ctx, card+`.textContent`), "€")
}

// foundShown is what the page shows under an official code.
type foundShown struct{ ID, Code, Name, Kind, Inhabitants, Departement, Note string }

const readFound = `[...document.querySelectorAll('.trouve')].map((p) => {
  const text = (sel) => { const e = p.querySelector(sel); return e ? e.textContent : ''; };
  return {ID: p.id, Code: p.dataset.code, Name: text('[data-figure=name]'), Kind: text('[data-figure=kind]'),
    Inhabitants: text('[data-figure=inhabitants]'), Departement: text('[data-figure=departement]'), Note: text('.note')};
})`

// checkFound checks that the page shows, under each official code of f,
// the name, kind, population and département that territoire.Lookup finds.
func checkFound(t *testing.T, ctx context.Context, f form) {
	t.Helper()
	codes := map[string]string{} // the id of the code field: the code
	if f.leadCode != "" {
		codes["f-lead-code"] = f.leadCode
	}
	for i, m := range f.members {
		if m[3] != "" {
			codes[fmt.Sprintf("f-members-%d-code", i)] = m[3]
		}
	}
	shown := evaluate[[]foundShown](t, ctx, readFound)
	require.Len(t, shown, len(codes))
	for _, s := range shown {
		id := s.ID[:len(s.ID)-len("-trouve")]
		code, ok := codes[id]
		require.True(t, ok, s.ID)
		b := official(t, code)
		assert.Equal(t, b.ID, s.Code)
		assert.Equal(t, b.Name, s.Name)
		assert.Equal(t, b.Kind.Label(), s.Kind)
		assert.Equal(t, french.Int(int64(b.Population))+" habitants", s.Inhabitants)
		if b.DepartementCode == "" || b.DepartementCode == b.ID {
			assert.Empty(t, s.Departement)
		} else {
			assert.Equal(t, official(t, b.DepartementCode).Name, s.Departement)
		}
		assert.Empty(t, s.Note, "nothing typed over the official data")
		assert.Contains(t, evaluate[string](t, ctx, fmt.Sprintf(`document.getElementById(%q).getAttribute('aria-describedby')`, id)), s.ID)
	}
}

// searchByName adds a member to the project p, which is on the page, by
// typing part of its name and choosing it with the keyboard among the
// bodies proposed; it returns the project with that member.
func searchByName(t *testing.T, ctx context.Context, p project) project {
	i := len(p.form.members)
	name := fmt.Sprintf("#f-members-%d-name", i)
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#ajouter-membre"))))
	require.NoError(t, chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS(name), "grésivaudan")))
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](fmt.Sprintf(`!window.simulateur.searching && document.querySelectorAll('%s + .propositions .proposition').length > 0`, name),
		chromedp.WithPollingTimeout(10*time.Second)))
	require.NoError(t, err, "no body proposed")

	want := territoire.Search("grésivaudan")
	if len(want) > bridge.ProposalLimit {
		want = want[:bridge.ProposalLimit]
	}
	var codes []string
	for _, b := range want {
		codes = append(codes, b.ID)
	}
	assert.Equal(t, codes, evaluate[[]string](t, ctx, fmt.Sprintf(`[...document.querySelectorAll('%s + .propositions .proposition')].map((b) => b.dataset.code)`, name)))
	assert.Equal(t, bridge.Bridge{Search: territoire.Search}.Propose("grésivaudan").Summary,
		evaluate[string](t, ctx, fmt.Sprintf(`document.querySelector('%s + .propositions [role=status]').textContent`, name)))

	// The down arrow reaches the first proposal, Enter chooses it.
	require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent(kb.ArrowDown)))
	assert.Equal(t, want[0].ID, evaluate[string](t, ctx, `document.activeElement.dataset.code`))
	require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent(kb.Enter)))
	settle(t, ctx)
	field := func(key string) string {
		return evaluate[string](t, ctx, fmt.Sprintf(`document.getElementById('f-members-%d-%s').value`, i, key))
	}
	assert.Equal(t, want[0].Name, field("name"))
	assert.Equal(t, string(want[0].Kind), field("kind"))
	assert.Equal(t, want[0].ID, field("code"))
	assert.Empty(t, field("population"), "the official population counts")
	assert.Equal(t, fmt.Sprintf("f-members-%d-code", i), evaluate[string](t, ctx, `document.activeElement.id`))

	with := p
	with.project.Members = append(append([]scheme.Body{}, p.project.Members...), official(t, want[0].ID))
	with.project = completed(t, with.project)
	with.form.members = append(append([][4]string{}, p.form.members...), [4]string{"", "", "", want[0].ID})
	checkPage(t, ctx, with.project, with.on)
	checkFound(t, ctx, with.form)
	return with
}

// unknownCode types a code that names no body in the first member of the
// project p, which is on the page, then corrects it.
func unknownCode(t *testing.T, ctx context.Context, p project) {
	code := p.form.members[0][3]
	retype(t, ctx, "#f-members-0-code", "1001")
	settle(t, ctx)
	assert.Equal(t, "Aucune collectivité connue ne porte le code «\u00a01001\u00a0»\u00a0: celui d’une commune (INSEE) a cinq caractères, comme «\u00a038185\u00a0», celui d’un EPCI (SIREN) neuf chiffres, comme «\u00a0200040715\u00a0». Vouliez-vous dire «\u00a001001\u00a0» (L'Abergement-Clémenciat, commune)\u00a0? 01001 — L'Abergement-Clémenciat",
		evaluate[string](t, ctx, `document.getElementById('f-members-0-code-erreur').textContent`))
	assert.Equal(t, 0, evaluate[int](t, ctx, `document.querySelectorAll('#f-members-0-code-trouve').length`))
	// The member stays, unknown, so that the others keep their numbers.
	without := p.project
	without.Members = append([]scheme.Body{{}}, p.project.Members[1:]...)
	without.Overlap = 0
	without = completed(t, without)
	checkPage(t, ctx, without, p.on)

	// The code suggested is a button that fills the field.
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#f-members-0-code-erreur .suggestion"))))
	settle(t, ctx)
	assert.Equal(t, "01001", evaluate[string](t, ctx, `document.getElementById('f-members-0-code').value`))
	assert.Equal(t, "f-members-0-code", evaluate[string](t, ctx, `document.activeElement.id`))

	retype(t, ctx, "#f-members-0-code", code)
	settle(t, ctx)
	assert.Equal(t, 0, evaluate[int](t, ctx, `document.querySelectorAll('.erreur-champ').length`))
	checkPage(t, ctx, p.project, p.on)
	checkFound(t, ctx, p.form)
}
