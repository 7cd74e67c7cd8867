package cost

import (
	"errors"
	"math/bits"

	"github.com/planrelance/numerique/internal/french"
)

// Result is what a [Policy] grants for a [Budget], with every figure of the
// computation; [Cofinance] makes it and [Result.Explain] tells it in
// French.
//
// The figures hold together: Eligible = Total − Excluded, Grant is Rate ×
// Eligible rounded by Rounding then limited by Ceiling, Remainder = Total −
// Grant, and each figure is exact to the cent.
//
// Result is a value of plain fields; Lines is a slice, so Result is not
// comparable with ==. Cofinance gives each Result a slice of its own; a
// Result that nobody modifies is safe for concurrent use. It round-trips
// through JSON. The zero value is the result for an empty budget under the
// zero Policy.
type Result struct {
	Total     Amount       `json:"total"`     // every line
	Excluded  Amount       `json:"excluded"`  // lines whose category the policy excludes
	Eligible  Amount       `json:"eligible"`  // Total − Excluded: the base of the grant
	Grant     Amount       `json:"grant"`     // Rate × Eligible, rounded, then limited by Ceiling
	Remainder Amount       `json:"remainder"` // Total − Grant: what the applicants pay
	Rate      Rate         `json:"rate"`      // the policy's rate
	Ceiling   Amount       `json:"ceiling"`   // the policy's ceiling; zero means none
	Rounding  Rounding     `json:"rounding"`  // the policy's rounding
	Capped    bool         `json:"capped"`    // the ceiling lowered the grant
	Lines     []LineResult `json:"lines"`     // one per budget line, in order
}

// LineResult tells whether one line of a budget counts towards the
// eligible base, and why not when it does not.
//
// LineResult is a value, comparable with ==.
type LineResult struct {
	Category Category `json:"category"`         // the line's category
	Label    string   `json:"label"`            // the line's label
	Amount   Amount   `json:"amount"`           // the line's amount
	Counted  bool     `json:"counted"`          // the line is in the eligible base
	Reason   string   `json:"reason,omitempty"` // in French, why the line is excluded; empty when counted
}

// Cofinance computes what policy p grants for budget b.
//
// It first validates both, with [Budget.Validate] and [Policy.Validate],
// and returns every problem of both at once, joined; a budget whose total
// leaves the range of [Amount] is refused with [ErrOverflow]. Then:
//
//	Total     = the sum of every line
//	Excluded  = the sum of the lines whose category p excludes
//	Eligible  = Total − Excluded
//	Grant     = Rate × Eligible, rounded by p.Rounding, then at most p.Ceiling
//	Remainder = Total − Grant
//
// The product Rate × Eligible is computed exactly, in integers, and rounded
// once: there is no floating point and no intermediate rounding. When the
// ceiling is set (not zero) and the rounded grant exceeds it, Grant is the
// ceiling itself and Capped is true.
//
// Lines has one entry per line of b, in order. Cofinance allocates only that
// slice; it neither modifies nor keeps b or p.
func Cofinance(b Budget, p Policy) (Result, error) {
	mask, pok := p.mask()
	total, excluded, bok := b.sums(mask)
	if !pok || !bok {
		return Result{}, errors.Join(b.Validate(), p.Validate())
	}
	eligible := total - excluded
	q, r := product(uint64(eligible), p.Rate)
	grant := int64(round(q, r, p.Rounding))
	capped := false
	if c := p.Ceiling.cents; c > 0 && grant > c {
		grant, capped = c, true
	}
	lines := make([]LineResult, len(b))
	for i, l := range b {
		lines[i] = LineResult{Category: l.Category, Label: l.Label, Amount: l.Amount, Counted: true}
		if idx := l.Category.index(); mask&(1<<idx) != 0 {
			lines[i].Counted = false
			lines[i].Reason = excludedReason(l.Category)
		}
	}
	return Result{
		Total:     Amount{total},
		Excluded:  Amount{excluded},
		Eligible:  Amount{eligible},
		Grant:     Amount{grant},
		Remainder: Amount{total - grant},
		Rate:      p.Rate,
		Ceiling:   p.Ceiling,
		Rounding:  p.Rounding,
		Capped:    capped,
		Lines:     lines,
	}, nil
}

// product returns rate × u exactly, for u ≤ 2⁶³ cents: q whole cents and r
// billionths of a cent. The 128-bit product is at most 2⁶³ × 10⁹, so its
// high word is below 10⁹ and one division gives the quotient.
func product(u uint64, rate Rate) (q, r uint64) {
	hi, lo := bits.Mul64(u, uint64(rate.n))
	return bits.Div64(hi, lo, billion)
}

// round returns the exact value q + r/10⁹ cents rounded by m to whole cents
// (or euros), the value being a magnitude: down is towards zero and half up
// is away from zero. q + 1 never overflows: the exact value is at most the
// eligible base, at most 2⁶³ cents.
func round(q, r uint64, m Rounding) uint64 {
	switch m {
	case HalfUpToCent:
		if 2*r >= billion {
			q++
		}
	case HalfEvenToCent:
		if 2*r > billion || 2*r == billion && q%2 == 1 {
			q++
		}
	case DownToEuro:
		q -= q % 100
	}
	return q
}

// excludedReason returns the French reason of a line of category c that a
// policy excludes.
func excludedReason(c Category) string {
	const before, after = "exclu" + french.NoBreak + ": catégorie «" + french.NoBreak, french.NoBreak + "» non financée par cette politique"
	switch c {
	case Personnel:
		return before + "Dépenses de personnel" + after
	case Equipment:
		return before + "Matériel" + after
	case Services:
		return before + "Prestations externes" + after
	case Consulting:
		return before + "Conseil et accompagnement" + after
	case Software:
		return before + "Logiciels et licences" + after
	case Hosting:
		return before + "Hébergement" + after
	case Training:
		return before + "Formation des agents" + after
	}
	return before + "Autres dépenses" + after
}
