package relance

import (
	"errors"
	"fmt"

	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/internal/enum"
	"github.com/planrelance/numerique/internal/quote"
	"github.com/planrelance/numerique/scheme"
)

// The limits on the stacking of public aid for the lead of a project: the
// rules of law, from the facts of the lead and what the caller states of the
// operation; the circumstances the caller states are in circumstance.go, and
// the French wording of a Rule in plan_explain.go.

// ErrCircumstance is returned by [RuleFor] for a circumstance that cannot
// hold for the lead: [OpenSyndicate] for a lead that is not a syndicat.
var ErrCircumstance = errors.New("circumstance does not fit the lead")

// Exemption is why, from the facts of the lead and of its operation, the
// owner's least participation does not bind it (CGCT, art. L1111-10 III):
// the operation is not an investment, the lead is not a collectivité nor a
// groupement, or it is one of the overseas territories that the law
// exempts.
//
// Exemption is an integer value, comparable with == and usable as a map
// key. The zero value is [NotExempt]: the rule binds the lead.
type Exemption int

// The exemptions.
const (
	// NotExempt: the rule binds the lead.
	NotExempt Exemption = iota
	// OperatingCosts: the rule binds the owner of an investment operation
	// only, not operating costs (fonctionnement).
	OperatingCosts
	// NotLocalAuthority: the rule binds collectivités territoriales and
	// their groupements only; the lead is a partner (an association,
	// a company…).
	NotLocalAuthority
	// Overseas: the law exempts the collectivités and groupements of
	// Guadeloupe, Guyane, La Réunion, Martinique, Mayotte, Saint-Barthélemy,
	// Saint-Martin and Saint-Pierre-et-Miquelon, which the lead's
	// DepartementCode names: 971 to 978.
	Overseas
)

// exemptions is the text of every Exemption.
var exemptions = enum.MustTable("relance.Exemption",
	enum.Value[Exemption]{V: NotExempt, Slug: "aucune", Label: "Aucune exemption", Go: "relance.NotExempt"},
	enum.Value[Exemption]{V: OperatingCosts, Slug: "fonctionnement", Label: "Dépenses de fonctionnement", Go: "relance.OperatingCosts"},
	enum.Value[Exemption]{V: NotLocalAuthority, Slug: "hors-collectivite", Label: "Porteur ni collectivité ni groupement", Go: "relance.NotLocalAuthority"},
	enum.Value[Exemption]{V: Overseas, Slug: "outre-mer", Label: "Collectivité d’outre-mer exemptée", Go: "relance.Overseas"},
)

// ParseExemption returns the exemption that s names: "aucune",
// "fonctionnement", "hors-collectivite" or "outre-mer". Any other text gives
// an error wrapping [scheme.ErrUnknownValue] that quotes s.
func ParseExemption(s string) (Exemption, error) {
	return exemptions.ParseText(s, scheme.ErrUnknownValue)
}

// IsValid reports whether e is one of the exemptions.
func (e Exemption) IsValid() bool { return exemptions.IsValid(e) }

// String returns the slug of e, "outre-mer"; an invalid exemption prints as
// "%!Exemption(9)".
func (e Exemption) String() string { return exemptions.String(e) }

// Label returns the French wording of e: « Collectivité d’outre-mer
// exemptée »; for an invalid exemption, the same text as
// [Exemption.String].
func (e Exemption) Label() string { return exemptions.Label(e) }

// GoString returns the Go constant of e, "relance.Overseas", or
// "relance.Exemption(9)".
func (e Exemption) GoString() string { return exemptions.GoString(e) }

// MarshalText writes e as its slug; an invalid exemption is an error
// wrapping [scheme.ErrUnknownValue].
func (e Exemption) MarshalText() ([]byte, error) {
	return exemptions.Marshal(e, scheme.ErrUnknownValue)
}

// UnmarshalText reads what [ParseExemption] reads; on error e is unchanged.
func (e *Exemption) UnmarshalText(text []byte) error {
	return exemptions.Unmarshal(text, e, scheme.ErrUnknownValue)
}

// overseas lists the territories that CGCT art. L1111-10 III exempts, by the
// INSEE code that [scheme.Body.DepartementCode] holds, with their names as
// the law writes them after « de ».
var overseas = map[string]string{
	"971": "Guadeloupe",
	"972": "Martinique",
	"973": "Guyane",
	"974": "La Réunion",
	"975": "Saint-Pierre-et-Miquelon",
	"976": "Mayotte",
	"977": "Saint-Barthélemy",
	"978": "Saint-Martin",
}

// ExemptTerritory returns the name of the overseas territory whose INSEE
// code is code, « Guadeloupe » for "971", and true when CGCT art. L1111-10
// III exempts its collectivités and groupements from the owner's least
// participation: 971 to 978. Any other code gives "" and false, the codes
// of the other overseas collectivités (984 to 989) and "97" included; the
// code is compared exactly, as [scheme.Body.DepartementCode] holds it.
func ExemptTerritory(code string) (string, bool) {
	name, ok := overseas[code]
	return name, ok
}

// Rule is the rule on the stacking of public aid (cumul des aides
// publiques) that binds the lead of a project, as [RuleFor] finds it: the
// limits that a financing plan is checked against ([cost.Plan.Check]) and
// why they are what they are, for a person to read ([Rule.Explain]).
//
// The figures are in Limits: OwnShare is the owner's least share of all
// public funding, its own included (zero: none); PublicCap the most public
// aid as a share of the expense, 100 % for an investment project (décret
// n° 2018-514 du 25 juin 2018, art. 10), zero for operating costs, which the
// décret does not govern (art. 1) and which [cost.Limits] reads as 100 %
// too: no public aid beyond the expense, which any plan that adds up meets.
//
// Rule is a value of plain fields; Assumed is a slice, so Rule is not
// comparable with ==. RuleFor gives each Rule a slice of its own. The zero
// Rule is no rule that RuleFor returns: its Limits are the zero Limits,
// which ask for no participation.
//
// In JSON a Rule is {"limits", "investment", "circumstance", "exemption",
// "territory", "assumed"}: the limits as [cost.Limits] writes them, the
// circumstance and the exemption as their slugs, "territory" left out when
// there is none, "assumed" [] when no fact is assumed ([Rule.MarshalJSON]).
// It round-trips through JSON.
type Rule struct {
	Limits       cost.Limits  `json:"limits"`       // what a plan is checked against
	Investment   bool         `json:"investment"`   // the operation is an investment, as the caller says
	Circumstance Circumstance `json:"circumstance"` // as the caller states it
	// Exemption is why the owner's least participation does not bind the
	// lead, from its facts; NotExempt when it does, and then Circumstance
	// sets the share.
	Exemption Exemption `json:"exemption"`
	// Territory names the overseas territory of an Overseas exemption,
	// « Guadeloupe »; "" otherwise.
	Territory string `json:"territory,omitempty"`
	// Assumed lists the facts of the lead that were not given and that the
	// rule took the way that binds the lead, by their Go field path as
	// [scheme.Eligibility.Missing] writes them: "Lead.Kind" (taken as a
	// collectivité), "Lead.DepartementCode" (taken as outside the exempt
	// territories). Empty when the rule depends on no such fact.
	Assumed []string `json:"assumed"`
}

// Binds reports whether the rule asks the owner for a least participation.
func (r Rule) Binds() bool { return !r.Limits.OwnShare.IsZero() }

// LimitsFor returns the limits on the stacking of public aid for lead, on an
// investment operation or not, under the general rule: [RuleFor] with
// [Ordinary], its Limits.
//
//	collectivité or groupement, investment   OwnShare 20 %, PublicCap 100 %
//	the same, overseas (971 to 978)          OwnShare 0,    PublicCap 100 %
//	partner (scheme.Partenaire), investment  OwnShare 0,    PublicCap 100 %
//	any lead, operating costs                the zero Limits: OwnShare 0, PublicCap 0 (read as 100 %)
//
// A lead whose Kind is not given, or is none of [scheme.Kinds], is taken as
// a collectivité, and one whose DepartementCode is not given as outside the
// exempt territories: the limits err on the side of the law, so that a plan
// that holds under them holds whatever the facts not given turn out to be.
// LimitsFor never fails; [RuleFor] says which facts it took so, and refuses
// a Kind that is not known.
func LimitsFor(lead scheme.Body, investment bool) cost.Limits {
	return ruleFor(lead, investment, Ordinary).Limits
}

// LimitsWith returns the limits of [RuleFor]: for lead, on an investment
// operation or not, in circumstance c. It fails as RuleFor does.
func LimitsWith(lead scheme.Body, investment bool, c Circumstance) (cost.Limits, error) {
	r, err := RuleFor(lead, investment, c)
	return r.Limits, err
}

// RuleFor returns the rule on the stacking of public aid that binds lead,
// the owner (maître d'ouvrage) of an operation that is an investment or not,
// in circumstance c, and why. The first of these that holds decides:
//
//  1. operating costs (investment false): no least participation, which
//     binds investment operations only (CGCT, art. L1111-10 III); and no
//     ceiling on public aid but the expense, since décret n° 2018-514
//     governs the State's grants for investment projects (art. 1) —
//     Exemption OperatingCosts, the zero Limits;
//  2. a partner lead (Kind [scheme.Partenaire]): no least participation,
//     which binds collectivités and groupements only — NotLocalAuthority;
//  3. a lead whose DepartementCode is 971 to 978 ([ExemptTerritory]): no
//     least participation — Overseas;
//  4. otherwise c: 20 % for Ordinary and ChefDeFileConvention, 30 % for
//     ChefDeFile, none for MonumentDerogation, CalamityDerogation,
//     UrbanRenewal, HeritageDerogation and OpenSyndicate.
//
// The law on the least participation has one more special case in force in
// 2021 that the library does not model: the public aid to the communes and
// EPCI à fiscalité propre of Corse may reach 90 % of the subsidisable
// expense for their projects of water and sanitation, waste, protection
// against fires and communal roads (art. L1111-10 III, as loi n° 2012-354
// du 14 mars 2012 de finances rectificative pour 2012, art. 35, completed
// it) — fields that no digital scheme of the strand funds.
//
// An investment project's public aid is capped at 100 % of the expense in
// every case (décret n° 2018-514, art. 10), whoever the lead. A lead whose
// Kind is not given, and one whose DepartementCode is not given, are taken
// the way that binds them, and Assumed lists those facts, when the rule
// depends on them: the limits err on the side of the law.
//
// RuleFor fails, every problem at once, when c is not a [Circumstance] and
// when lead.Kind is neither empty nor one of [scheme.Kinds] (both wrapping
// [scheme.ErrUnknownValue]), and when c is OpenSyndicate for a lead whose
// Kind is given and is not [scheme.Syndicat] ([ErrCircumstance]):
//
//	relance: rule for "Mairie de Rives": kind "mairie": unknown value
func RuleFor(lead scheme.Body, investment bool, c Circumstance) (Rule, error) {
	var errs []error
	if !c.IsValid() {
		errs = append(errs, fmt.Errorf("circumstance %d: %w", int(c), scheme.ErrUnknownValue))
	}
	if c == OpenSyndicate && lead.Kind != "" && lead.Kind != scheme.Syndicat {
		errs = append(errs, fmt.Errorf("circumstance %s: %w: the lead is of kind %s, not %s",
			c, ErrCircumstance, quote.Input(string(lead.Kind)), scheme.Syndicat))
	}
	if lead.Kind != "" && !lead.Kind.IsValid() {
		errs = append(errs, fmt.Errorf("kind %s: %w", quote.Input(string(lead.Kind)), scheme.ErrUnknownValue))
	}
	if len(errs) > 0 {
		return Rule{}, fmt.Errorf("relance: rule for %s: %w", quote.Input(lead.Name), errors.Join(errs...))
	}
	r := ruleFor(lead, investment, c)
	if r.Binds() {
		if !lead.Kind.IsCollectivite() && !lead.Kind.IsGroupement() {
			r.Assumed = append(r.Assumed, "Lead.Kind")
		}
		if lead.DepartementCode == "" {
			r.Assumed = append(r.Assumed, "Lead.DepartementCode")
		}
	}
	return r, nil
}

// ruleFor is RuleFor for a valid circumstance, with no check of the lead's
// kind — a kind that is not known is taken as not given — and without the
// facts assumed, so that LimitsFor does not allocate.
func ruleFor(lead scheme.Body, investment bool, c Circumstance) Rule {
	r := Rule{Investment: investment, Circumstance: c}
	if !investment {
		r.Exemption = OperatingCosts
		return r
	}
	r.Limits.PublicCap = cost.Percent(100)
	if lead.Kind == scheme.Partenaire {
		r.Exemption = NotLocalAuthority
		return r
	}
	if name, ok := ExemptTerritory(lead.DepartementCode); ok {
		r.Exemption, r.Territory = Overseas, name
		return r
	}
	switch c {
	case ChefDeFile:
		r.Limits.OwnShare = cost.Percent(30)
	case Ordinary, ChefDeFileConvention:
		r.Limits.OwnShare = cost.Percent(20)
	} // a derogation, or urban renewal: no least participation
	return r
}
