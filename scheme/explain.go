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
// The scheme and the session are named by their names — a caller's own
// scheme's too; an Eligibility decoded from JSON for a scheme that is not in
// the catalogue is named by its IDs. Missing facts are named in French; more than three members
// whose population is missing are counted rather than listed. The text has
// no final newline. As in the reasons, spaces before a french.Colon or a semicolon
// and inside « » are no-break spaces (U+00A0), and digits are grouped by
// narrow no-break spaces (U+202F).
func (e Eligibility) Explain() string {
	var b strings.Builder
	b.Grow(256 + 160*len(e.Criteria))

	scheme, session := e.names()
	b.WriteString(scheme)
	if session != "" {
		b.WriteString(", ")
		b.WriteString(session)
	}
	b.WriteString(french.Colon)
	b.WriteString(inSentence(e.Verdict.Label(), e.Verdict.IsValid()))
	b.WriteByte('.')

	for _, c := range e.Criteria {
		b.WriteString("\n- ")
		b.WriteString(c.Label())
		b.WriteString(french.Colon)
		b.WriteString(inSentence(c.Outcome.Label(), c.Outcome.IsValid()))
		b.WriteByte('.')
		if reason := c.Reason(); reason != "" {
			b.WriteByte(' ')
			b.WriteString(reason)
			if !strings.HasSuffix(reason, ".") {
				b.WriteByte('.')
			}
		}
	}

	if facts := FactLabels(e.Missing); len(facts) > 0 {
		b.WriteString("\nÀ renseigner")
		b.WriteString(french.Colon)
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

// names returns the names of e's scheme and session, for people: those of
// its session, or of the catalogue's scheme and session of e's IDs; else
// « Dispositif » and the IDs.
func (e Eligibility) names() (scheme, session string) {
	se := e.session
	if se == nil {
		if s, ok := lookup(e.Scheme); ok {
			if found, ok := s.Session(e.Session); ok {
				se = found.s
			} else {
				return s.Name(), e.Session
			}
		}
	}
	if se != nil && se.scheme.def.Name != "" {
		scheme, session = se.scheme.def.Name, se.def.Name
		if session == "" {
			session = se.def.ID
		}
		return scheme, session
	}
	if e.Scheme == "" {
		return "Dispositif non précisé", e.Session
	}
	return "Dispositif " + string(e.Scheme), e.Session
}

// inSentence returns label, the French label of a valid value, as it reads
// inside a sentence: its first letter lowered, « éligible », « à préciser »;
// an invalid value's label, which is its String, as it is.
func inSentence(label string, valid bool) string {
	if !valid {
		return label
	}
	return french.InSentence(label)
}

// FactLabels names the missing facts of an [Eligibility] in French, in
// order, each with [FactLabel]; when more than three members' populations
// are missing, they are counted instead, in one fact at the place of the
// first of them: « la population de 1 000 membres ». It is how
// [Eligibility.Explain] lists them, and the slice is new.
func FactLabels(missing []string) []string {
	members := 0
	for _, path := range missing {
		if _, ok := memberPopulation(path); ok {
			members++
		}
	}
	facts := make([]string, 0, len(missing))
	counted := false
	for _, path := range missing {
		if _, ok := memberPopulation(path); ok && members > 3 {
			if !counted {
				facts = append(facts, "la population de "+french.Int(int64(members))+" membres")
				counted = true
			}
			continue
		}
		facts = append(facts, FactLabel(path))
	}
	return facts
}

// FactLabel returns the French wording of a fact of a [Project], given by
// its Go field path as [Eligibility.Missing] lists it, for people: it reads
// inside a sentence, after « À renseigner : » or in a list of missing
// information.
//
//	Lead.Kind              la nature du porteur
//	Lead.Population        la population du porteur
//	Members[1].Population  la population du membre n° 2
//	Departement            si le projet couvre un département entier
//	SharedNeed             si le besoin est commun à d’autres collectivités
//	Themes                 les thèmes du projet
//	Practices              les bonnes pratiques retenues
//	Start                  la date de début
//	Results                la date des résultats attendus
//	Requested              la date de réception de la demande de subvention
//
// Members are numbered from 1, as people count them, where their Go index
// starts at 0; the space after « n° » is a no-break space (U+00A0) and digits
// are grouped by narrow no-break spaces (U+202F). For any other path, ""
// included, FactLabel returns path itself, so that a list of facts never
// loses one. Only the wording of a member allocates.
func FactLabel(path string) string {
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
	case "Requested":
		return "la date de réception de la demande de subvention"
	}
	if i, ok := memberPopulation(path); ok {
		return "la population du membre n°" + french.NoBreak + french.Int(int64(i)+1)
	}
	return path
}

// memberPopulation returns i for the path "Members[i].Population", i
// written in decimal digits only.
func memberPopulation(path string) (int, bool) {
	rest, ok := strings.CutPrefix(path, "Members[")
	if !ok {
		return 0, false
	}
	index, ok := strings.CutSuffix(rest, "].Population")
	if !ok || index == "" || index[0] < '0' || index[0] > '9' {
		return 0, false
	}
	i, err := strconv.Atoi(index)
	if err != nil || i == int(^uint(0)>>1) {
		return 0, false
	}
	return i, true
}
