package cli

import (
	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/scheme"
)

// Heading returns the first line of a program's French output about p,
// without its end of line: « Projet « Titre », porté par : Grenoble
// (Commune), avec 2 membres ». The lead is its kind, or « nature non
// renseignée »; its name comes first when named is set; the members are
// counted when there are some.
func Heading(p scheme.Project, named bool) string {
	lead := "nature non renseignée"
	if p.Lead.Kind != "" {
		lead = p.Lead.Kind.Label()
	}
	if named {
		lead = p.Lead.Name + " (" + lead + ")"
	}
	s := "Projet «" + french.NoBreak + p.Title + french.NoBreak + "», porté par" + french.Colon + lead
	if n := len(p.Members); n > 0 {
		s += ", avec " + Count(int64(n), "membre", "membres")
	}
	return s
}
