package relance

import (
	"errors"
	"fmt"

	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/internal/quote"
	"github.com/planrelance/numerique/scheme"
)

// The grant of an option placed in the financing plan of its project: a
// thin layer over cost.Plan.Place, which does every sum.

// StateFunder is the name that [Option.Place] gives the State's grant among
// the funders of a plan.
const StateFunder = "État — France Relance"

// ErrNoGrant is returned by [Option.Place] for an option that has no grant
// to place: an Ineligible project, or no budget.
var ErrNoGrant = errors.New("no grant")

// Financing is the grant of an [Option] placed in the financing plan of its
// project, as [Option.Place] makes it: what the grant promises, the plan
// with the grant in it, checked, and the grant reduced when the limits on
// the stacking of public aid require.
//
// Financing is a value of plain fields; its Placement holds slices, so
// Financing is not comparable with ==. Place gives each Financing slices of
// its own. The zero Financing places no grant in the zero plan.
//
// In JSON a Financing is {"scheme", "session", "promise", "rate",
// "rounding", "placement"}: the promise and the rounding as their slugs,
// the rate as [cost.Rate] writes it, the placement as [cost.Placement]
// does. It round-trips through JSON.
type Financing struct {
	Scheme  scheme.ID `json:"scheme"`  // the option's scheme
	Session string    `json:"session"` // the ID of its session
	// Promise is [Grant] for an Eligible project and [ConditionalGrant] for
	// one whose eligibility is still to settle: then the plan holds only if
	// the criteria to settle are met.
	Promise  Promise       `json:"promise"`
	Rate     cost.Rate     `json:"rate"`     // the session's rate, by which the final grant is computed
	Rounding cost.Rounding `json:"rounding"` // the session's rounding
	// Placement is the grant of the option, its Funding's Grant, placed
	// after the other funders in the plan of the whole operation:
	// its Grant is the grant kept, Asked reduced when the limits require
	// (Reduced, and Limit says which limit bounds it), and its Check the
	// plan with it.
	Placement cost.Placement `json:"placement"`
}

// Place places the grant of o in the financing plan of its project, among
// the other funders others and under the limits l — [LimitsFor] the lead,
// or [RuleFor] in a circumstance the caller states: it returns the plan
// with the grant in it, checked, and the grant reduced, when the limits
// require, to the largest that keeps the plan within them. All the
// arithmetic is [cost.Plan.Place]'s, on the plan of the whole operation:
//
//	cost.Plan{Cost: o.Funding.Total, Expense: o.Funding.Eligible, Resources: others}.Place(StateFunder, o.Funding.Grant, l)
//
// The plan's cost is the whole budget of the project, o.Funding.Total;
// others fund the operation, and the owner pays the rest, the costs that
// the scheme does not count included (its staff, its equipment). The least
// participation of the owner (CGCT, art. L1111-10 III) is a share of all
// the public funding of that operation, the owner's own included; the
// ceiling on public aid (décret n° 2018-514, art. 10) is a share of the
// subsidisable expense, the eligible base o.Funding.Eligible.
//
// The grant is placed as the verdict allows ([Option.Promise]): whole for
// an Eligible project; as a conditional grant for an Undetermined one,
// Promise ConditionalGrant, which [Financing.Explain] says; not at all for
// an Ineligible one, for one whose session's intake is closed on the date
// (Promise ClosedIntake: no grant can be asked for any more), or when o has
// no budget (Funding nil), for which Place returns an error wrapping
// [ErrNoGrant] rather than a plan with a grant that would mislead:
//
//	relance: place the grant of "services-usagers": no grant: the project is not eligible
//
// Place also fails, every problem at once, when others is not a list of
// funders that cost.Plan.Place accepts (a negative amount, more than the
// cost of the operation, an overflow); it neither modifies nor keeps others.
func (o Option) Place(others []cost.Resource, l cost.Limits) (Financing, error) {
	var errs []error
	switch {
	case o.Funding == nil:
		errs = append(errs, fmt.Errorf("%w: no budget", ErrNoGrant))
	case o.Promise() == NoGrant:
		errs = append(errs, fmt.Errorf("%w: the project is not eligible", ErrNoGrant))
	case o.Promise() == ClosedIntake:
		errs = append(errs, fmt.Errorf("%w: the intake of %s closed on %s", ErrNoGrant, quote.Input(o.Eligibility.Session), o.Session.IntakeOn(o.On).Window.Last()))
	}
	var total, expense, grant cost.Amount
	if o.Funding != nil {
		total, expense, grant = o.Funding.Total, o.Funding.Eligible, o.Funding.Grant
	}
	placed, err := cost.Plan{Cost: total, Expense: expense, Resources: others}.Place(StateFunder, grant, l)
	if err != nil {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return Financing{}, fmt.Errorf("relance: place the grant of %s: %w", quote.Input(string(o.Eligibility.Scheme)), errors.Join(errs...))
	}
	return Financing{
		Scheme:    o.Eligibility.Scheme,
		Session:   o.Eligibility.Session,
		Promise:   o.Promise(),
		Rate:      o.Funding.Rate,
		Rounding:  o.Funding.Rounding,
		Placement: placed,
	}, nil
}

// Award returns the award of the grant kept, for its payment (décret
// n° 2018-514, art. 8 and 12): the Placement's Grant as the maximum grant,
// the session's Rate and Rounding for the final amount, and the project's
// planned duration in months and whether a first-demand bank guarantee
// backs the advance, which the caller knows. The instalments' cap is 80 %
// of the grant; an award decision that raises it to 90 % for a project of
// more than 48 months, as art. 12 allows, is the caller's to state on the
// award returned, in [cost.Award.Extended]: it is never automatic.
func (f Financing) Award(months int, guarantee bool) cost.Award {
	return cost.Award{Grant: f.Placement.Grant, Rate: f.Rate, Rounding: f.Rounding, Months: months, Guarantee: guarantee}
}
