package relancetest

import (
	"fmt"
	"slices"
	"strings"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
)

// This file holds the French wording of the results; verify.go decides,
// and builds no text.

// Message tells in French what r's case expected and what came, in figures,
// scheme by scheme, each followed by the explanation of its option
// (relance.Option.Explain) and, when a figure of the funding differs, by the
// computation of the grant (cost.Result.Explain) — for an option that
// promises no grant, only when the figure that differs is the policy's, and
// under a heading that says the grant is not promised:
//
//	Cas « Syndicat de 620 000 habitants » (corpus/ampleur.json) : 1 écart
//	Meilleur usage des données — 1re session (donnees)
//	  - subvention : attendue 90 000,00 €, obtenue 89 999,99 € (écart : -0,01 €)
//	  Explication :
//	    Meilleur usage des données (DINUM) — 1re session
//	    …
//
// It returns "" for a case that passed.
func (r Result) Message() string {
	if r.Passed() {
		return ""
	}
	var b strings.Builder
	n := len(r.Mismatches)
	fmt.Fprintf(&b, "Cas «%s%s%s» (%s)%s%d écart", french.NoBreak, r.Case, french.NoBreak, r.File, french.Colon, n)
	if n > 1 {
		b.WriteByte('s')
	}
	b.WriteByte('\n')
	// The mismatches of each scheme, and its option, found in one pass: a
	// case that expects something of many schemes is worded in time
	// linear in them.
	bySchemes := make(map[scheme.ID][]Mismatch)
	for _, m := range r.Mismatches {
		bySchemes[m.Scheme] = append(bySchemes[m.Scheme], m)
	}
	options := make(map[scheme.ID]relance.Option, len(r.Options))
	for _, o := range r.Options {
		options[o.Scheme.ID()] = o
	}
	for _, m := range r.Mismatches {
		if m.Scheme == "" {
			b.WriteString(invalidText(m, r.Invalid))
			continue
		}
		mms, first := bySchemes[m.Scheme]
		if !first {
			continue
		}
		delete(bySchemes, m.Scheme)
		o := options[m.Scheme]
		fmt.Fprintf(&b, "%s — %s (%s)\n", schemeName(o.Scheme), o.Session.Name(), m.Scheme)
		money := false
		for _, mm := range mms {
			b.WriteString("  - " + mismatchText(mm, o) + "\n")
			money = money || mm.Field == "eligible" || mm.Field == "grant" || mm.Field == "remainder" || mm.Field == "promise"
		}
		b.WriteString("  Explication" + french.NoBreak + ":\n")
		b.WriteString(indent(o.Explain(), "    "))
		if !money {
			continue
		}
		if heading, ok := r.computation(o, mms); ok {
			b.WriteString("  " + heading + french.NoBreak + ":\n")
			b.WriteString(indent(o.Funding.Explain(), "    "))
		}
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// computation returns the heading under which the computation of option
// o's funding explains the mismatches mms, and whether to write it: « Calcul
// de la subvention » when o promises the grant; when it promises none, as
// relance.Option.Explain says, the computation is the policy's and is
// headed so, with what o promises — written only when a figure that
// differs is the policy's (the eligible base, or in a file of Format1 the
// grant and the remainder), and left out when the figures compared are
// the money promised (no grant, the whole budget), which it would
// contradict.
func (r Result) computation(o relance.Option, mms []Mismatch) (string, bool) {
	switch p := o.Promise(); {
	case o.Funding == nil:
		return "", false
	case p.Pays():
		return "Calcul de la subvention", true
	default:
		policy := slices.ContainsFunc(mms, func(m Mismatch) bool {
			return m.Field == "eligible" || r.computed && (m.Field == "grant" || m.Field == "remainder")
		})
		return "Calcul selon la politique de la session, sans subvention promise (" + p.Label() + ")", policy
	}
}

// schemeName names a scheme for people: its name, or its ID when it has
// none.
func schemeName(s scheme.Scheme) string {
	if s.Name() == "" {
		return string(s.ID())
	}
	return s.Name()
}

// indent prefixes every line of s with prefix, and ends it with a newline.
func indent(s, prefix string) string {
	s = strings.TrimRight(s, "\n")
	return prefix + strings.ReplaceAll(s, "\n", "\n"+prefix) + "\n"
}

// guillemets quotes s the French way.
func guillemets(s string) string { return "«" + french.NoBreak + s + french.NoBreak + "»" }

// invalidText tells that the project's validity is not what the case
// expects.
func invalidText(m Mismatch, err error) string {
	want, _ := m.Want.([]string)
	got, _ := m.Got.([]string)
	var b strings.Builder
	b.WriteString("Validité du projet" + french.Colon + "attendu ")
	b.WriteString(pathsText(want, "projet valide"))
	b.WriteString(french.Semicolon + "obtenu ")
	b.WriteString(pathsText(got, "projet valide"))
	b.WriteString("\n")
	if err != nil {
		b.WriteString(indent(err.Error(), "    "))
	}
	return b.String()
}

// pathsText lists Go field paths, or says none.
func pathsText(paths []string, none string) string {
	if len(paths) == 0 {
		return none
	}
	return "des données invalides en " + strings.Join(paths, ", ")
}

// fieldLabel names what a mismatch about option o is about, and whether the
// word is feminine, for the agreement of « attendu » and « obtenu ».
func fieldLabel(field string, o relance.Option) (string, bool) {
	switch field {
	case "session":
		return "session", true
	case "verdict":
		return "verdict", false
	case "status":
		return "calendrier", false
	case "missing":
		return "informations manquantes", true
	case "eligible":
		return "assiette éligible", true
	case "promise":
		return "promesse", true
	case "grant":
		return "subvention", true
	case "remainder":
		return "reste à charge", false
	}
	if fact, ok := strings.CutPrefix(field, "facts."); ok {
		code, key, _ := strings.Cut(fact, ".")
		return "fait " + key + " du critère " + code + " (" + factLabel(key) + ")", false
	}
	if code, ok := strings.CutPrefix(field, "criteria."); ok {
		c, judged := criterionOf(o, code)
		if !judged {
			parsed, _ := scheme.ParseCriterionCode(code)
			c = scheme.Criterion{Code: parsed}
		}
		return "critère " + code + " (" + c.Label() + ")", false
	}
	rule, _ := strings.CutPrefix(field, "branches.")
	return "branche de " + rule, true
}

// mismatchText tells one mismatch about option o.
func mismatchText(m Mismatch, o relance.Option) string {
	label, fem := fieldLabel(m.Field, o)
	want, got := "attendu ", "obtenu "
	if m.Field == "missing" {
		want, got = "attendues ", "obtenues "
	} else if fem {
		want, got = "attendue ", "obtenue "
	}
	s := label + french.Colon + want
	if m.Want == nil {
		s += "aucune"
	} else {
		s += valueText(m.Want)
	}
	s += french.Semicolon + got
	if m.Got == nil {
		return s + absentText(m.Field, o)
	}
	s += valueText(m.Got)
	switch g := m.Got.(type) {
	case cost.Amount:
		if w, ok := m.Want.(cost.Amount); ok {
			s += " (écart" + french.Colon + g.Sub(w).French() + ")"
		} else {
			s += " (" + o.Promise().Label() + ")"
		}
	case scheme.Outcome:
		c, _ := criterionOf(o, strings.TrimPrefix(m.Field, "criteria."))
		s += " (branche " + c.Branch() + french.Colon + c.Reason() + ")"
	}
	return s
}

// absentText says why nothing came.
func absentText(field string, o relance.Option) string {
	if strings.HasPrefix(field, "criteria.") || strings.HasPrefix(field, "facts.") ||
		strings.HasPrefix(field, "branches.") && !isFundingRule(strings.TrimPrefix(field, "branches.")) {
		return "rien" + french.Colon + "la " + lowerFirst(o.Session.Name()) + " ne juge pas ce critère"
	}
	if o.Funding == nil {
		return "rien" + french.Colon + "aucun financement calculé, le projet n’a pas de budget"
	}
	if field == "grant" {
		return "aucune (" + o.Promise().Label() + ")"
	}
	return "rien" + french.Colon + "le financement n’a pas suivi cette règle"
}

// lowerFirst lowers the first letter of s, as the reasons name a session
// after « la »: « la 1re session », « la consultation nationale 2021 ».
func lowerFirst(s string) string {
	for i, r := range s {
		return strings.ToLower(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// valueText writes an expected or obtained value in French.
func valueText(v any) string {
	switch x := v.(type) {
	case cost.Amount:
		return x.French()
	case scheme.Verdict:
		return guillemets(x.Label())
	case relance.Promise:
		return guillemets(x.Label())
	case scheme.Outcome:
		return guillemets(x.Label())
	case calendar.Status:
		return guillemets(x.French())
	case []string:
		if len(x) == 0 {
			return "aucune"
		}
		labels := make([]string, len(x))
		for i, f := range x {
			labels[i] = scheme.FactLabel(f)
		}
		return strings.Join(labels, ", ")
	case string:
		return guillemets(x)
	case int:
		return french.Int(int64(x))
	case calendar.Date:
		if x.IsZero() {
			return "aucune"
		}
		return x.French()
	case []scheme.Theme:
		return listText(x)
	case []scheme.Practice:
		return listText(x)
	}
	return fmt.Sprint(v)
}

// listText writes a list of themes or practices by their French labels,
// or says none.
func listText[T interface{ Label() string }](list []T) string {
	if len(list) == 0 {
		return "aucun"
	}
	labels := make([]string, len(list))
	for i, x := range list {
		labels[i] = x.Label()
	}
	return strings.Join(labels, ", ")
}
