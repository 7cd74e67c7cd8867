package scheme

import (
	"strconv"
	"strings"

	"github.com/planrelance/numerique/internal/french"
)

// Explain tells e in French, for a person: the scheme and session, the
// verdict, then one line per criterion with its outcome and reason, then the
// facts to give to settle what is unknown. For a project of a syndicat mixte
// judged by « Meilleur usage des données »:
//
//	Meilleur usage des données, 1re session : éligibilité à préciser.
//	- Demandeur : satisfait. Porteur : Syndicat mixte ou groupement, admis à candidater à la 1re session.
//	- Ampleur du projet : satisfait. Population couverte : 620 000 habitants ; seuil de la 1re session : 500 000.
//	- Thématique : satisfait. Thème du projet : Données, celui que finance ce dispositif.
//	- Résultats sous 18 mois : à préciser. Dates de début et des résultats non renseignées ; les résultats sont attendus sous 18 mois.
//	À renseigner : la date de début et la date des résultats attendus.
//
// The scheme is named by its name in the catalogue, or by its ID when it is
// not in it. Missing facts are named in French; more than three members
// whose population is missing are counted rather than listed. The text has
// no final newline. As in the reasons, spaces before a colon or a semicolon
// and inside « » are no-break spaces (U+00A0), and digits are grouped by
// narrow no-break spaces (U+202F).
func (e Eligibility) Explain() string {
	const colon = french.NoBreak + ": "
	var b strings.Builder
	b.Grow(256 + 160*len(e.Criteria))

	b.WriteString(schemeName(e.Scheme))
	if e.Session != "" {
		b.WriteString(", ")
		b.WriteString(e.Session)
	}
	b.WriteString(colon)
	b.WriteString(verdictText(e.Verdict))
	b.WriteByte('.')

	for _, c := range e.Criteria {
		b.WriteString("\n- ")
		b.WriteString(c.Label())
		b.WriteString(colon)
		b.WriteString(outcomeText(c.Outcome))
		b.WriteByte('.')
		if c.Reason != "" {
			b.WriteByte(' ')
			b.WriteString(c.Reason)
			if !strings.HasSuffix(c.Reason, ".") {
				b.WriteByte('.')
			}
		}
	}

	if facts := missingFacts(e.Missing); len(facts) > 0 {
		b.WriteString("\nÀ renseigner")
		b.WriteString(colon)
		for i, f := range facts {
			switch {
			case i == 0:
			case i == len(facts)-1:
				b.WriteString(" et ")
			default:
				b.WriteString(", ")
			}
			b.WriteString(f)
		}
		b.WriteByte('.')
	}
	return b.String()
}

// schemeName returns the name of scheme id in the catalogue, or the ID
// itself.
func schemeName(id ID) string {
	for i := range catalogue {
		if catalogue[i].ID == id {
			return catalogue[i].Name
		}
	}
	if id == "" {
		return "Dispositif non précisé"
	}
	return "Dispositif " + string(id)
}

// verdictText returns the verdict inside a sentence.
func verdictText(v Verdict) string {
	switch v {
	case Eligible:
		return "éligible"
	case Ineligible:
		return "non éligible"
	case Undetermined:
		return "éligibilité à préciser"
	}
	return v.String()
}

// outcomeText returns the outcome inside a sentence.
func outcomeText(o Outcome) string {
	switch o {
	case Met:
		return "satisfait"
	case NotMet:
		return "non satisfait"
	case Unknown:
		return "à préciser"
	}
	return o.String()
}

// missingFacts names the missing facts in French, in order, counting the
// members' populations when there are more than three of them.
func missingFacts(missing []string) []string {
	var members []int
	memberAt := -1
	facts := make([]string, 0, len(missing))
	for _, path := range missing {
		if i, ok := memberPopulation(path); ok {
			if memberAt < 0 {
				memberAt = len(facts)
				facts = append(facts, "")
			}
			members = append(members, i)
			continue
		}
		facts = append(facts, factName(path))
	}
	if memberAt < 0 {
		return facts
	}
	if len(members) > 3 {
		facts[memberAt] = "la population de " + french.Int(int64(len(members))) + " membres"
		return facts
	}
	var b strings.Builder
	for j, i := range members {
		if j > 0 {
			b.WriteString(", ")
		}
		b.WriteString("la population du membre n")
		b.WriteString("°" + french.NoBreak)
		b.WriteString(french.Int(int64(i) + 1))
	}
	facts[memberAt] = b.String()
	return facts
}

// memberPopulation returns i for the path "Members[i].Population".
func memberPopulation(path string) (int, bool) {
	rest, ok := strings.CutPrefix(path, "Members[")
	if !ok {
		return 0, false
	}
	index, ok := strings.CutSuffix(rest, "].Population")
	if !ok {
		return 0, false
	}
	i, err := strconv.Atoi(index)
	if err != nil || i < 0 || i == int(^uint(0)>>1) {
		return 0, false
	}
	return i, true
}

// factName names a missing fact, given by its Go field path, in French.
func factName(path string) string {
	switch path {
	case "Lead.Kind":
		return "la nature du porteur"
	case "Lead.Population":
		return "la population du porteur"
	case "Departement":
		return "si le projet couvre un département entier"
	case "SharedNeed":
		return "si le besoin est commun à d’autres collectivités"
	case "Themes":
		return "les thèmes du projet"
	case "Practices":
		return "les bonnes pratiques retenues"
	case "Start":
		return "la date de début"
	case "Results":
		return "la date des résultats attendus"
	}
	return path
}
