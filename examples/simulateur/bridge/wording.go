package bridge

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
)

// The French typography of the messages: « » with no-break spaces inside.
const (
	openQuote  = "«" + french.NoBreak
	closeQuote = french.NoBreak + "»"
)

// quoted puts what a person typed between « », cut after 40 characters so
// that a message stays short.
func quoted(s string) string {
	const limit = 40
	s = trim(s)
	if utf8.RuneCountInString(s) > limit {
		runes := []rune(s)
		s = string(runes[:limit]) + "…"
	}
	return openQuote + s + closeQuote
}

// example is an amount as the messages show it: « 12 000,50 ».
var example = openQuote + "12" + french.Thin + "000,50" + closeQuote

// messages word the problems by code, in French, for the person who typed
// input: the message says what is wrong and how to write it.
var messages = map[string]func(input string) string{
	CodeAmountSyntax: func(in string) string {
		return "Montant illisible " + quoted(in) + french.Colon + "écrivez-le en chiffres, comme " + example + "."
	},
	CodeAmountDot: func(in string) string {
		return "Montant " + quoted(in) + french.Colon + "séparez les centimes par une virgule, comme " + example + "."
	},
	CodeAmountNegative: func(in string) string {
		return "Montant " + quoted(in) + french.Colon + "une dépense ne peut pas être négative."
	},
	CodeAmountGrouping: func(in string) string {
		return "Nombre " + quoted(in) + french.Colon + "groupez les chiffres par trois, comme " + openQuote + "1" + french.Thin + "250" + french.Thin + "000" + closeQuote + ", ou ne les séparez pas."
	},
	CodeAmountSubCent: func(in string) string {
		return "Montant " + quoted(in) + french.Colon + "un montant s’arrête au centime, deux chiffres au plus après la virgule."
	},
	CodeAmountRange: func(in string) string {
		return "Montant " + quoted(in) + french.Colon + "ce montant est trop grand pour être compté."
	},
	CodeBudgetRange: func(string) string {
		return "Avec cette ligne, le total du budget est trop grand pour être compté" + french.Semicolon + "la ligne n’est pas prise en compte."
	},
	CodePopulationSyntax: func(in string) string {
		return "Population illisible " + quoted(in) + french.Colon + "écrivez un nombre entier d’habitants, comme " + openQuote + "350" + french.Thin + "000" + closeQuote + "."
	},
	CodePopulationRange: func(in string) string {
		return "Population " + quoted(in) + french.Colon + "ce nombre d’habitants est trop grand."
	},
	CodeDateSyntax: func(in string) string {
		return "Date illisible " + quoted(in) + french.Colon + "écrivez-la jj/mm/aaaa, comme " + openQuote + "15/03/2021" + closeQuote + "."
	},
	CodeDateInvalid: func(in string) string {
		return "La date " + quoted(in) + " n’existe pas" + french.Colon + "vérifiez le jour et le mois."
	},
	CodeDateMissing: func(string) string {
		return "Indiquez la date d’orientation, comme " + openQuote + "01/03/2021" + closeQuote + french.Colon + "les dispositifs ouverts en dépendent."
	},
	CodeResultsBeforeStart: func(start string) string {
		return "Les résultats ne peuvent pas être attendus avant le début du projet, le " + start + "."
	},
	CodeUnknownValue: func(in string) string {
		return "Choix inconnu " + quoted(in) + french.Colon + "choisissez l’une des valeurs proposées."
	},
	CodeLookupUnavailable: func(in string) string {
		return "Code " + quoted(in) + french.Colon + "la recherche par code officiel n’est pas disponible" + french.Semicolon + "indiquez la nature et la population."
	},
	CodeLookupFailed: func(in string) string {
		return "Aucune collectivité connue ne porte le code " + quoted(in) + french.Colon +
			"celui d’une commune (INSEE) a cinq caractères, comme " + openQuote + "38185" + closeQuote +
			", celui d’un EPCI (SIREN) neuf chiffres, comme " + openQuote + "200040715" + closeQuote + "."
	},
	CodeDuplicateBody: func(first string) string {
		if first != "" {
			first = ", comme " + first
		}
		return "Cette collectivité figure déjà dans le projet" + first + french.Colon + "sa population ne compte qu’une fois, ce membre n’est pas pris en compte."
	},
	CodeSameBody: func(first string) string {
		return "Ce membre est décrit exactement comme " + first + french.Colon +
			"une collectivité ne compte qu’une fois, ce membre n’est pas pris en compte" + french.Semicolon +
			"s’il s’agit d’une autre collectivité, indiquez son nom ou sa population."
	},
	CodeRequestSyntax: func(string) string {
		return "La demande n’a pas pu être lue, ce n’est pas du JSON" + french.Semicolon + "rechargez la page."
	},
	CodeRequestKey: func(path string) string {
		return "La demande n’a pas pu être lue" + french.Colon + "la clé " + quoted(path) + " est inconnue" + french.Semicolon + "rechargez la page."
	},
	CodeRequestDuplicate: func(path string) string {
		return "La demande n’a pas pu être lue" + french.Colon + "la clé " + quoted(path) + " est donnée deux fois" + french.Semicolon + "rechargez la page."
	},
	CodeRequestValue: func(path string) string {
		if path == "" {
			return "La demande n’a pas pu être lue, ce n’est pas un objet JSON" + french.Semicolon + "rechargez la page."
		}
		return "La demande n’a pas pu être lue" + french.Colon + "la valeur de " + quoted(path) + " n’est pas du type attendu" + french.Semicolon + "rechargez la page."
	},
	CodeProjectInvalid: func(string) string {
		return "Le projet n’a pas pu être examiné tel quel" + french.Semicolon + "vérifiez les champs signalés."
	},
}

// newFieldError words the problem code on field, from the input it found.
func newFieldError(field, code, input string) FieldError {
	return FieldError{Field: field, Code: code, Message: messages[code](input)}
}

// Ask asks, in French, for a fact of the project that Eligibility.Missing
// names by its Go field path; member is the number of the member in the
// form, from 1, for "Members[i].Population". An unknown path gives
// « À renseigner : » and the wording of scheme.FactLabel.
func Ask(path string, member int) string {
	switch path {
	case "Lead.Kind":
		return "Quelle est la nature du porteur" + french.NoBreak + "?"
	case "Lead.Population":
		return "Combien d’habitants le porteur compte-t-il" + french.NoBreak + "?"
	case "Departement":
		return "Le projet couvre-t-il un département entier" + french.NoBreak + "?"
	case "SharedNeed":
		return "Le besoin est-il commun à d’autres collectivités" + french.NoBreak + "?"
	case "Themes":
		return "Quels sont les thèmes du projet" + french.NoBreak + "?"
	case "Practices":
		return "À quelles bonnes pratiques le projet s’engage-t-il" + french.NoBreak + "?"
	case "Requested":
		return "Quel jour la demande de subvention est-elle déposée" + french.NoBreak + "?"
	case "Start":
		return "Quand le projet commence-t-il" + french.NoBreak + "?"
	case "Results":
		return "Quand les résultats concrets sont-ils attendus" + french.NoBreak + "?"
	}
	if strings.HasPrefix(path, "Members[") && strings.HasSuffix(path, "].Population") {
		return "Combien d’habitants le membre n°" + french.NoBreak + strconv.Itoa(member) + " compte-t-il" + french.NoBreak + "?"
	}
	return "À renseigner" + french.Colon + scheme.FactLabel(path)
}

// count writes n and the noun that agrees with it: « 1 dispositif »,
// « 2 dispositifs ».
func count(n int, one, many string) string {
	if n > 1 {
		return french.Int(int64(n)) + " " + many
	}
	return french.Int(int64(n)) + " " + one
}

// The reasons why an orientation has no result, for summary.
const (
	whyNoDate      = "la date d’orientation manque"
	whyBadDate     = "la date d’orientation est à corriger"
	whyBadRequest  = "la demande n’a pas pu être lue"
	whyNotExamined = "le projet n’a pas pu être examiné"
)

// summary says in one sentence what the orientation found, for the page to
// announce: « Au 1er mars 2021, sur 4 dispositifs : 2 éligibles, 2 non
// éligibles. », or, without cards, « Aucun résultat : » and why; followed by
// the fields to correct, if any.
func summary(on calendar.Date, options []relance.Option, why string, problems int) string {
	var b strings.Builder
	if len(options) > 0 {
		b.WriteString("Au " + on.French() + ", sur " + count(len(options), "dispositif", "dispositifs") + french.Colon + verdicts(options) + ".")
	} else {
		b.WriteString("Aucun résultat" + french.Colon + why + ".")
	}
	if problems > 0 {
		b.WriteString(" " + count(problems, "champ", "champs") + " à corriger.")
	}
	return b.String()
}

// verdicts says how many options have each verdict: « 2 éligibles, 1 à
// préciser, 1 non éligible ».
func verdicts(options []relance.Option) string {
	counts := map[scheme.Verdict]int{}
	for _, o := range options {
		counts[o.Eligibility.Verdict]++
	}
	var parts []string
	if n := counts[scheme.Eligible]; n > 0 {
		parts = append(parts, count(n, "éligible", "éligibles"))
	}
	if n := counts[scheme.Undetermined]; n > 0 {
		parts = append(parts, french.Int(int64(n))+" à préciser")
	}
	if n := counts[scheme.Ineligible]; n > 0 {
		parts = append(parts, count(n, "non éligible", "non éligibles"))
	}
	return strings.Join(parts, ", ")
}
