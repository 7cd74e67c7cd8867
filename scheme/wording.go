package scheme

import (
	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/internal/french"
)

// This file holds the French wording of the criteria: it renders what the
// rules found (rules.go), with the pieces of text.go, and never decides. As
// everywhere in the library, spaces before « : » and « ; » and inside « »
// are no-break spaces (U+00A0), and digits are grouped by narrow no-break
// spaces (U+202F).

// appendReason appends the reason of c, which a session judged, to b.
func (c Criterion) appendReason(b []byte) []byte {
	t := text(b)
	switch c.Code {
	case CodeDemandeur:
		c.demandeurReason(&t)
	case CodeAmpleur:
		c.ampleurReason(&t)
	case CodeBesoinCommun:
		c.besoinReason(&t)
	case CodeThematique:
		c.thematiqueReason(&t)
	case CodeBonnesPratiques:
		c.pratiquesReason(&t)
	case CodeResultats:
		c.resultatsReason(&t)
	case CodeCommencement:
		c.commencementReason(&t)
	}
	return t
}

// applicants writes the labels of the kinds admitted in the session, or says
// that none is.
func (c Criterion) applicants(t *text) {
	kinds := c.session.def.Rules.Applicants
	if len(kinds) == 0 {
		t.s("aucun")
		return
	}
	t.list(len(kinds), func(i int) { t.s(kinds[i].Label()) })
}

func (c Criterion) demandeurReason(t *text) {
	switch c.branch {
	case demandeurAPreciser:
		t.s("Nature du porteur non renseignée\u00a0; peuvent candidater à la ")
		t.sessionName(c.session)
		t.s("\u00a0: ")
		c.applicants(t)
	case demandeurAdmis:
		t.s("Porteur\u00a0: " + c.kind.kind().Label() + ", admis à candidater à la ")
		t.sessionName(c.session)
	case demandeurNonAdmis:
		t.s("Porteur\u00a0: " + c.kind.kind().Label() + ", non admis à candidater à la ")
		t.sessionName(c.session)
		t.s("\u00a0; peuvent candidater\u00a0: ")
		c.applicants(t)
	case demandeurInvalide:
		t.s("Nature du porteur inconnue\u00a0: ")
		t.quote(string(c.extra.leadKind))
		t.s("\u00a0; à la ")
		t.sessionName(c.session)
		t.s(", peuvent candidater\u00a0: ")
		c.applicants(t)
	}
}

func (c Criterion) ampleurReason(t *text) {
	threshold := c.session.def.Rules.Threshold
	switch c.branch {
	case ampleurInvalide:
		c.invalidAmpleur(t)
		return
	case ampleurPorteur:
		t.s("Porteur\u00a0: " + c.kind.kind().Label() + ", d’ampleur suffisante quelle que soit la population couverte")
		return
	case ampleurDepartement:
		t.s("Le projet couvre un département entier")
		return
	}
	var cv coverage
	if c.extra != nil {
		cv = c.extra.cover
	}
	t.s("Population couverte")
	if c.covered < threshold && (cv.leadMissing || cv.membersMissing > 0) {
		t.s(" connue")
	}
	t.s("\u00a0: ")
	if cv.saturated {
		t.s("plus de ")
	}
	t.inhabitants(c.covered)
	if cv.overlap > 0 {
		t.s(", chaque habitant compté une fois (déduction faite de ")
		t.inhabitants(cv.overlap)
		if cv.overlap == 1 {
			t.s(" commun à plusieurs territoires)")
		} else {
			t.s(" communs à plusieurs territoires)")
		}
	}
	t.s("\u00a0; seuil de la ")
	t.sessionName(c.session)
	t.s("\u00a0: ")
	t.int(threshold)
	if c.byMembers && c.branch != ampleurAtteinte { // where the choice decides
		t.s("\u00a0; la population du porteur, un syndicat, est celle de ses membres (choix de la bibliothèque)")
	}
	switch c.branch {
	case ampleurInsuffisante:
		t.s("\u00a0; le projet ne couvre pas un département entier, et le porteur n’est ni un département ni une région")
		c.shortfallReason(t, "\u00a0; ")
	case ampleurAPreciser:
		t.s("\u00a0; à préciser\u00a0: ")
		items := 0
		item := func(s string) {
			if items > 0 {
				t.s(", ")
			}
			t.s(s)
			items++
		}
		if c.extra.leadKind == "" {
			item("la nature du porteur")
		}
		if cv.leadMissing {
			item("la population du porteur")
		}
		switch n := cv.membersMissing; {
		case n == 1:
			item("la population d’un membre")
		case n > 1:
			item("la population de ")
			t.int(n)
			t.s(" membres")
		}
		if c.extra.departement == Unanswered {
			item("si le projet couvre un département entier")
		}
		c.shortfallReason(t, "\u00a0; sans les populations à préciser, ")
	}
}

// shortfallReason writes, after lead, what the project lacks to reach the
// threshold, and what would reach it, when only the population can still
// decide ([Facts.Shortfall]): « il manque 288 000 habitants pour atteindre
// le seuil de 300 000 de la 2e session ; un projet mutualisé avec d’autres
// collectivités peut l’atteindre ».
func (c Criterion) shortfallReason(t *text, lead string) {
	n := c.shortfall()
	if n <= 0 {
		return
	}
	t.s(lead)
	t.s("il manque ")
	t.inhabitants(n)
	t.s(" pour atteindre le seuil de ")
	t.int(c.session.def.Rules.Threshold)
	t.s(" de la ")
	t.sessionName(c.session)
	t.s("\u00a0; un projet mutualisé avec d’autres collectivités peut l’atteindre")
}

// invalidAmpleur writes the reason of CodeAmpleur for a project whose
// bodies or answer hold invalid facts: the first one, quoted, and how many
// others there are.
func (c Criterion) invalidAmpleur(t *text) {
	r := c.extra
	switch first := r.cover.first; first.what {
	case badKind:
		t.s("Nature ")
		body(t, first.member)
		t.s(" inconnue\u00a0: ")
		t.quote(string(r.badKind))
	case badPopulation:
		t.s("Population ")
		body(t, first.member)
		t.s(" invalide\u00a0: ")
		t.inhabitants(r.badValue)
	case badTwin:
		t.s("Membre n°\u00a0")
		t.int(first.member + 1)
		t.s(" en double, déjà compté ")
		if first.of < 0 {
			t.s("comme porteur")
		} else {
			t.s("comme membre n°\u00a0")
			t.int(first.of + 1)
		}
	case badDepartement:
		t.s("Projet couvrant un département entier\u00a0: réponse invalide ")
		t.invalidAnswer(r.departement)
	default:
		t.s("Recouvrement des territoires invalide\u00a0: ")
		t.inhabitants(r.badValue)
		if r.badValue > 0 {
			t.s(", au-delà de la somme des populations données (")
			t.inhabitants(r.cover.sum)
			t.s(")")
		}
	}
	if n := r.cover.invalid - 1; n > 0 {
		t.s("\u00a0; ")
		t.others(n, " autre donnée invalide", " autres données invalides")
	}
	t.s("\u00a0; l’ampleur du projet ne peut être établie")
}

// body writes « du porteur » for member -1, else « du membre n° i+1 ».
func body(t *text, member int) {
	if member < 0 {
		t.s("du porteur")
		return
	}
	t.s("du membre n°\u00a0")
	t.int(member + 1)
}

func (c Criterion) besoinReason(t *text) {
	switch c.branch {
	case besoinPartage:
		t.s("Le besoin est commun à d’autres collectivités")
	case besoinPropre:
		t.s("Le besoin n’est pas commun à d’autres collectivités\u00a0; ce dispositif part des besoins partagés par les territoires")
	case besoinAPreciser:
		t.s("Le projet ne dit pas si le besoin est commun à d’autres collectivités")
	case besoinInvalide:
		t.s("Besoin commun à d’autres collectivités\u00a0: réponse invalide ")
		t.invalidAnswer(c.extra.sharedNeed)
	}
}

// invalidItem writes the reason of a criterion whose list holds unknown
// values: the first one, named by what it is ("Thème", "Engagement") and
// its rank, quoted, then how many others there are (other and others: the
// singular and plural of "more unknown ones").
func invalidItem(t *text, b badItem, value, what, other, others string) {
	t.s(what + " n°\u00a0")
	t.int(b.at + 1)
	t.s(" du projet inconnu\u00a0: ")
	t.quote(value)
	if b.count > 1 {
		t.s("\u00a0; ")
		t.others(b.count-1, other, others)
	}
}

// themeNames writes themes as « A », « B ».
func themeNames(t *text, themes []Theme) {
	t.list(len(themes), func(i int) { t.s("«\u00a0" + themes[i].Label() + "\u00a0»") })
}

// funded writes what the session funds: « le thème « A » » or « les thèmes
// « A », « B » ».
func funded(t *text, themes []Theme) {
	if len(themes) == 1 {
		t.s("le thème ")
	} else {
		t.s("les thèmes ")
	}
	themeNames(t, themes)
}

func (c Criterion) thematiqueReason(t *text) {
	r := &c.session.def.Rules
	switch c.branch {
	case themeInvalide:
		invalidItem(t, c.extra.badTheme, string(c.extra.theme), "Thème", " autre thème inconnu", " autres thèmes inconnus")
		return
	case themesAPreciser:
		t.s("Thèmes du projet non renseignés\u00a0; ")
		if len(r.Themes) > 0 {
			t.s("ce dispositif finance ")
			funded(t, r.Themes)
			return
		}
		t.s("ce dispositif accueille tout thème hors ")
		t.list(len(r.ExcludedThemes), func(i int) { t.s(french.InSentence(r.ExcludedThemes[i].Label())) })
		return
	}
	// The project's themes, in the order of Themes.
	var excluded []Theme
	first := Theme("")
	for _, th := range themes.Values() {
		switch {
		case !c.themes.has(th):
		case contains(r.ExcludedThemes, th):
			excluded = append(excluded, th)
		case first == "" && (len(r.Themes) == 0 || contains(r.Themes, th)):
			first = th
		}
	}
	if len(r.Themes) > 0 && first != "" {
		t.s("Thème du projet\u00a0: " + first.Label())
		if len(r.Themes) == 1 {
			t.s(", celui que finance ce dispositif")
		} else {
			t.s(", l’un de ceux que finance ce dispositif")
		}
	} else {
		t.s("Thèmes du projet\u00a0: ")
		n := 0
		for _, th := range themes.Values() {
			if c.themes.has(th) {
				if n > 0 {
					t.s(", ")
				}
				t.s(th.Label())
				n++
			}
		}
	}
	if c.branch == themeNonFinance {
		t.s("\u00a0; ce dispositif ne finance que ")
		funded(t, r.Themes)
	}
	switch {
	case len(excluded) == 1 && excluded[0] == ThemeInfrastructure:
		t.s("\u00a0; les infrastructures (fibre, wifi, antennes) et le matériel informatique sont hors du champ de ce dispositif")
	case len(excluded) == 1:
		t.s("\u00a0; le thème ")
		themeNames(t, excluded)
		t.s(" est hors du champ de ce dispositif")
	case len(excluded) > 1:
		t.s("\u00a0; les thèmes ")
		themeNames(t, excluded)
		t.s(" sont hors du champ de ce dispositif")
	}
}

func (c Criterion) pratiquesReason(t *text) {
	required := c.session.def.Rules.Practices
	practices := func(keep func(Practice) bool) {
		n := 0
		for _, r := range required {
			if keep(r) {
				if n > 0 {
					t.s(", ")
				}
				t.s(r.Label())
				n++
			}
		}
	}
	all := func(Practice) bool { return true }
	switch c.branch {
	case pratiquesAPreciser:
		t.s("Engagements du projet non renseignés\u00a0; la ")
		t.sessionName(c.session)
		t.s(" exige\u00a0: ")
		practices(all)
	case pratiqueInvalide:
		invalidItem(t, c.extra.badPract, string(c.extra.practice), "Engagement", " autre engagement inconnu", " autres engagements inconnus")
	case pratiquesTenues:
		t.s("Le projet s’engage sur les bonnes pratiques exigées\u00a0: ")
		practices(all)
	case pratiquesManquantes:
		n := 0
		for _, r := range required {
			if c.lacking.has(r) {
				n++
			}
		}
		if n == 1 {
			t.s("Bonne pratique exigée sans engagement du projet\u00a0: ")
		} else {
			t.s("Bonnes pratiques exigées sans engagement du projet\u00a0: ")
		}
		practices(c.lacking.has)
	}
}

// lastDay is the last day of the calendar that [calendar.Date] supports.
var lastDay = calendar.MustDate(9999, 12, 31)
