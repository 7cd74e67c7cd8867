package cost

import (
	"errors"

	"github.com/planrelance/numerique/internal/french"
)

// Placement is a grant placed among the other funders of a plan, as
// [Plan.Place] makes it: the grant asked, the grant kept — reduced, when
// the limits require, to the most they allow — the plan with it, and that
// plan's check.
//
// Placement is a value of plain fields; Plan holds a slice, so Placement is
// not comparable with ==. Place gives each Placement a plan of its own.
//
// In JSON a Placement is an object with "funder", "asked", "grant",
// "reduced", "limit" (omitted when the grant is not reduced), "plan" and
// "check", as [Plan] and [PlanCheck] write them; it round-trips.
type Placement struct {
	Funder  string    `json:"funder"`          // the grant's funder, as given
	Asked   Amount    `json:"asked"`           // the grant as computed, such as the Grant of a Result
	Grant   Amount    `json:"grant"`           // the grant kept: Asked, or the most that the limits allow
	Reduced bool      `json:"reduced"`         // Grant < Asked
	Limit   string    `json:"limit,omitempty"` // when reduced, the code of what bounds it: CodeOwnShare, CodePublicCap, CodeRemaining; "" otherwise
	Plan    Plan      `json:"plan"`            // the plan with the grant kept as its last resource, public
	Check   PlanCheck `json:"check"`           // Plan checked against the limits
}

// Place places a grant of funder, a public person, among the funders of p:
// it returns the plan with the grant as its last resource, checked against
// l, and the grant reduced, when the limits require, to the largest that
// keeps the plan within them, to the cent. The grant of a scheme, the Grant
// of a [Result], comes in here, into the plan of the whole operation, whose
// Cost is the budget's total and whose Expense is the eligible base the
// scheme counts; the owner pays the rest, the costs the scheme excludes
// included:
//
//	plan := cost.Plan{Cost: res.Total, Expense: res.Eligible, Resources: others}
//	placed, err := plan.Place("État — France Relance", res.Grant, limits)
//
// Adding public aid takes from the owner's part, so it can break both
// limits and mend neither: the grant kept is the least of the grant asked
// and the headroom of p without it (see [PlanCheck]), and Limit says what
// bounds it — the owner's least participation in the public funding of the
// whole operation (CodeOwnShare), the ceiling of public aid on the
// subsidisable expense (CodePublicCap), or, under no limit, the cost that
// the other funders leave to fund (CodeRemaining). When p already breaks a
// limit without the grant, the grant kept is 0 and Limit is the code of the
// first limit it breaks, as Findings lists them: the other funders must
// bring less, and the check of the plan says by how much.
//
// Place fails, every problem at once, when grant is negative
// ([ErrNegativeAmount]) and when p is not a plan, as [Plan.Check] does. It
// neither modifies nor keeps p.
func (p Plan) Place(funder string, grant Amount, l Limits) (Placement, error) {
	base, err := p.Check(l)
	if err != nil || grant.IsNegative() {
		var errs []error
		if grant.IsNegative() {
			errs = append(errs, newError("cost: place: grant: negative amount "+grant.String(), ErrNegativeAmount))
		}
		return Placement{}, errors.Join(append(errs, err)...)
	}
	kept, limit := grant, ""
	if grant.cents > base.Headroom.cents {
		kept = base.Headroom
		ownRoom := base.Own.cents - base.MinOwn.cents
		switch {
		case !base.Holds():
			limit = base.Findings[0].Code
		case kept.cents == ownRoom && base.MinOwn.cents > 0:
			limit = CodeOwnShare
		case kept.cents == ownRoom:
			limit = CodeRemaining
		default:
			limit = CodePublicCap
		}
	}
	placed := Plan{Cost: p.Cost, Expense: p.Expense, Resources: make([]Resource, len(p.Resources)+1)}
	copy(placed.Resources, p.Resources)
	placed.Resources[len(p.Resources)] = Resource{funder, true, kept}
	check, _ := placed.Check(l) // kept is within the headroom: the plan is valid
	return Placement{funder, grant, kept, kept != grant, limit, placed, check}, nil
}

// Explain tells the placement in French: the grant asked and kept, and why
// it was reduced, citing the text; the funders of the plan, the owner last;
// and the check of the plan, as [PlanCheck.Explain] tells it:
//
//	Subvention « État — France Relance » : 60 000,00 € ; ramenée à 58 000,00 €, le plus que permet la participation minimale du maître d’ouvrage (20 % des financements publics de l’opération ; CGCT, art. L1111-10 III)
//	Financeurs :
//	  - Région : 30 000,00 € (public)
//	  - Mécénat : 10 000,00 € (privé)
//	  - État — France Relance : 58 000,00 € (public)
//	  - Maître d’ouvrage : 22 000,00 €
//	Coût total de l’opération : 120 000,00 €
//	…
func (pl Placement) Explain() string {
	b := make([]byte, 0, 1024)
	b = append(b, "Subvention «"+french.NoBreak...)
	b = append(b, pl.Funder...)
	b = append(b, french.NoBreak+"»"+french.Colon...)
	b = appendFrenchEuros(b, pl.Asked.cents)
	if !pl.Reduced {
		b = append(b, ", placée en entier"...)
	} else {
		b = append(b, french.Semicolon+"ramenée à "...)
		b = appendFrenchEuros(b, pl.Grant.cents)
		l := pl.Check.Limits
		switch {
		case !pl.Check.Holds(): // the other funders break a limit already
			b = append(b, ", les autres financements ne respectant déjà pas les règles de cumul"...)
		case pl.Limit == CodeOwnShare:
			b = append(b, ", le plus que permet la participation minimale du maître d’ouvrage ("...)
			b = l.OwnShare.appendFrench(b)
			b = append(b, " "+publicFunding+french.Semicolon...)
			b = append(b, ownShareSource(l.OwnShare)...)
			b = append(b, ')')
		case pl.Limit == CodePublicCap:
			b = append(b, ", le plus que permet le plafond des aides publiques ("...)
			b = l.PublicCap.appendFrench(b)
			b = append(b, " de la dépense subventionnable"+french.Semicolon+publicCapSource+")"...)
		default:
			b = append(b, ", ce que les autres financeurs laissent à financer"...)
		}
	}
	b = append(b, "\nFinanceurs"+french.NoBreak+":"...)
	for _, r := range pl.Plan.Resources {
		b = append(b, "\n  - "...)
		b = append(b, r.Funder...)
		b = append(b, french.Colon...)
		b = appendFrenchEuros(b, r.Amount.cents)
		if r.Public {
			b = append(b, " (public)"...)
		} else {
			b = append(b, " (privé)"...)
		}
	}
	b = append(b, "\n  - Maître d’ouvrage"+french.Colon...)
	b = appendFrenchEuros(b, pl.Check.Own.cents)
	b = append(b, '\n')
	return string(b) + pl.Check.Explain()
}
