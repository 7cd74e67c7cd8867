package relance

import (
	"strings"

	"github.com/planrelance/numerique/internal/french"
)

// The French wording of a Rule and of a Financing: views of their figures,
// which the rules in limits.go and plan.go never write.

// Explain tells the rule in French, one line each: the owner's least
// participation and why, citing the text; the ceiling of public aid and
// the text that sets it, or why there is none; then each fact of the lead
// that was not given and how the rule took it. For a syndicat mixte whose
// département is not given, on an investment operation:
//
//	Participation minimale du maître d’ouvrage : 20 % des financements publics, opération d’investissement d’une collectivité ou d’un groupement (CGCT, art. L1111-10 III)
//	Plafond des aides publiques : 100 % de la dépense subventionnable (décret n° 2018-514, art. 10)
//	Département du porteur non renseigné : la règle lui est appliquée comme hors des territoires d’outre-mer exemptés
//
// The text has no final newline.
func (r Rule) Explain() string {
	var b strings.Builder
	b.WriteString("Participation minimale du maître d’ouvrage" + french.Colon)
	if r.Binds() {
		b.WriteString(r.Limits.OwnShare.French())
		b.WriteString(" des financements publics")
		switch r.Circumstance {
		case Ordinary:
			b.WriteString(", opération d’investissement d’une collectivité ou d’un groupement")
		case ChefDeFile:
			b.WriteString(", compétence à chef de file")
		case ChefDeFileConvention:
			b.WriteString(", la convention territoriale d’exercice concerté dérogeant aux 30" + french.NoBreak + "% du chef de file")
		}
		r.cite(&b, r.Circumstance.Article())
	} else {
		b.WriteString("aucune")
		r.unbound(&b)
	}
	b.WriteString("\nPlafond des aides publiques" + french.Colon)
	if ceiling := r.Limits.PublicCap; !ceiling.IsZero() {
		b.WriteString(ceiling.French())
		b.WriteString(" de la dépense subventionnable (décret n°" + french.NoBreak + "2018-514, art. 10)")
	} else {
		b.WriteString("aucun, le décret n°" + french.NoBreak + "2018-514 ne régissant que les subventions d’investissement (art. 1)" + french.Semicolon + "au plus le coût de l’opération")
	}
	for _, fact := range r.Assumed {
		switch fact {
		case "Lead.Kind":
			b.WriteString("\nNature du porteur non renseignée" + french.Colon + "la règle lui est appliquée comme à une collectivité")
		case "Lead.DepartementCode":
			b.WriteString("\nDépartement du porteur non renseigné" + french.Colon + "la règle lui est appliquée comme hors des territoires d’outre-mer exemptés")
		}
	}
	return b.String()
}

// unbound writes why no least participation binds the owner: its
// exemption, or else the derogation that the circumstance states.
func (r Rule) unbound(b *strings.Builder) {
	const article = "CGCT, art. L1111-10 III"
	switch r.Exemption {
	case OperatingCosts:
		b.WriteString(", la règle ne visant que les opérations d’investissement")
		r.cite(b, article)
		return
	case NotLocalAuthority:
		b.WriteString(", le porteur n’étant ni une collectivité territoriale ni un groupement de collectivités")
		r.cite(b, article)
		return
	case Overseas:
		b.WriteString(", la loi en exemptant les collectivités et groupements de ")
		b.WriteString(r.Territory)
		r.cite(b, article)
		return
	}
	switch r.Circumstance {
	case MonumentDerogation:
		b.WriteString(", le préfet ayant accordé une dérogation pour la rénovation d’un monument protégé")
	case CalamityDerogation:
		b.WriteString(", le préfet ayant accordé une dérogation pour réparer les dégâts d’une calamité publique")
	case UrbanRenewal:
		b.WriteString(", opération de rénovation urbaine")
	case HeritageDerogation:
		b.WriteString(", le préfet ayant accordé une dérogation pour une opération sur le patrimoine non protégé, justifiée par l’urgence, la nécessité publique ou une participation disproportionnée à la capacité financière du maître d’ouvrage")
	case OpenSyndicate:
		b.WriteString(", le porteur, syndicat mixte ouvert élargi, n’étant pas un groupement de collectivités territoriales au sens de l’article L5111-1, lecture de la lettre des textes, choix de la bibliothèque")
	default:
		return
	}
	r.cite(b, r.Circumstance.Article())
}

// cite writes the text of an article in brackets.
func (Rule) cite(b *strings.Builder, article string) {
	if article != "" {
		b.WriteString(" (" + article + ")")
	}
}

// Explain tells the financing in French: for a grant whose eligibility is
// still to settle, first that the plan holds only if the criteria to settle
// are met; then the placement as [cost.Placement.Explain] tells it — the
// grant asked and kept, why it was reduced, citing the text, the funders of
// the plan with the owner last, and the check of the plan:
//
//	Subvention « État — France Relance » : 105 000,00 € ; ramenée à 96 000,00 €, le plus que permet la participation minimale du maître d’ouvrage (20 % des financements publics ; CGCT, art. L1111-10 III)
//	Financeurs :
//	  - Région : 120 000,00 € (public)
//	…
//
// The text has no final newline.
func (f Financing) Explain() string {
	if f.Promise == ConditionalGrant {
		return f.Promise.Label() + french.Colon + "ce plan ne vaut que sous cette condition\n" + f.Placement.Explain()
	}
	return f.Placement.Explain()
}
