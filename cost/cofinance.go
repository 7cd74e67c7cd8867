package cost

import (
	"encoding/json"
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
// Result that nobody modifies is safe for concurrent use. The zero value is
// the result for an empty budget under the zero Policy.
//
// In JSON a Result is an object with every field under its snake_case name,
// amounts and the rate as strings, "ceiling" omitted when there is none,
// and "lines" a list of [LineResult] objects, [] for an empty budget (which
// decodes as nil); it round-trips:
//
//	{"total":"200000.00","excluded":"20000.00","eligible":"180000.00","grant":"90000.00","remainder":"110000.00",
//	 "rate":"50%","rounding":"down-to-cent","capped":false,"lines":[{"category":"prestations","amount":"150000.00","counted":true},…]}
type Result struct {
	Total     Amount       `json:"total"`            // every line
	Excluded  Amount       `json:"excluded"`         // lines whose category the policy excludes
	Eligible  Amount       `json:"eligible"`         // Total − Excluded: the base of the grant
	Grant     Amount       `json:"grant"`            // Rate × Eligible, rounded, then limited by Ceiling
	Remainder Amount       `json:"remainder"`        // Total − Grant: what the applicants pay
	Rate      Rate         `json:"rate"`             // the policy's rate
	Ceiling   Amount       `json:"ceiling,omitzero"` // the policy's ceiling; zero means none
	Rounding  Rounding     `json:"rounding"`         // the policy's rounding
	Capped    bool         `json:"capped"`           // the ceiling lowered the grant
	Lines     []LineResult `json:"lines"`            // Lines[i] tells whether line i counts, and why not
}

// LineResult tells whether one line of a budget counts towards the
// eligible base, and why not when it does not: Lines[i] of a [Result] is
// about line b[i] of the budget, whose category and amount it repeats.
//
// LineResult is a small value with no pointer inside, so that [Cofinance]
// stays cheap: read it through its methods. It is comparable with ==. In
// JSON it is an object with "category", "amount", "counted" and, for an
// excluded line, "reason" (derived, not read back). The zero LineResult has
// no category, an amount of 0 € and does not count.
type LineResult struct {
	amount  [2]uint32 // the cents, low word first: 12 bytes in all rather than 16
	cat     uint8     // 1 + the index of the category in Categories; 0 for none
	counted bool
}

// Category returns the category of the line, "" for the zero LineResult.
func (l LineResult) Category() Category {
	if l.cat == 0 {
		return ""
	}
	return categoryAt(int(l.cat) - 1)
}

// Amount returns the amount of the line.
func (l LineResult) Amount() Amount {
	return Amount{int64(uint64(l.amount[1])<<32 | uint64(l.amount[0]))}
}

// lineResult returns the LineResult of a line of a cents, in the category
// of index idx in Categories, that counts or not.
func lineResult(a int64, idx int, counted bool) LineResult {
	return LineResult{amount: [2]uint32{uint32(a), uint32(uint64(a) >> 32)}, cat: uint8(idx + 1), counted: counted}
}

// Counted reports whether the line is in the eligible base.
func (l LineResult) Counted() bool { return l.counted }

// Reason returns, in French, why the line is not in the eligible base: the
// policy excludes its category, as in "exclu : catégorie « Dépenses de
// personnel » non financée par cette politique". It returns "" for a line
// that counts and for the zero LineResult.
func (l LineResult) Reason() string {
	if l.counted || l.cat == 0 {
		return ""
	}
	return excludedReason(l.Category())
}

// lineResultJSON is the JSON form of a LineResult.
type lineResultJSON struct {
	Category Category `json:"category"`
	Amount   Amount   `json:"amount"`
	Counted  bool     `json:"counted"`
	Reason   string   `json:"reason,omitempty"`
}

// MarshalJSON writes l as an object with its category, amount, whether it
// counts and, when it does not, the reason.
func (l LineResult) MarshalJSON() ([]byte, error) {
	return json.Marshal(lineResultJSON{l.Category(), l.Amount(), l.counted, l.Reason()})
}

// UnmarshalJSON reads what MarshalJSON writes; the reason, derived from the
// rest, is not read. A category that is not known gives an error wrapping
// [ErrUnknownCategory]. JSON null leaves l unchanged, as [encoding/json]
// does for the values it decodes itself; so does an error.
func (l *LineResult) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	var v lineResultJSON
	if err := json.Unmarshal(data, &v); err != nil {
		return err
	}
	*l = lineResult(v.Amount.cents, v.Category.index(), v.Counted)
	return nil
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
// Lines has one entry per line of b, in order, and is nil when b is empty.
// Cofinance allocates only that slice; it neither modifies nor keeps b or p.
func Cofinance(b Budget, p Policy) (Result, error) {
	mask, ok := p.mask()
	var lines []LineResult // nil for an empty budget, as in the zero Result
	if len(b) > 0 {
		lines = make([]LineResult, len(b))
	}
	var total, excluded int64
	for i := range b {
		idx, a := b[i].Category.index(), b[i].Amount.cents
		if idx < 0 || a < 0 {
			ok = false
			break
		}
		var in bool
		if total, in = addCents(total, a); !in {
			ok = false
			break
		}
		counted := mask&(1<<idx) == 0
		if !counted {
			excluded += a // excluded ≤ total
		}
		lines[i] = lineResult(a, idx, counted)
	}
	if !ok {
		return Result{}, errors.Join(b.Validate(), p.Validate())
	}
	eligible := total - excluded
	q, r := product(uint64(eligible), p.Rate)
	grant := int64(round(q, r, p.Rounding))
	capped := false
	if c := p.Ceiling.cents; c > 0 && grant > c {
		grant, capped = c, true
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
// policy excludes. It is not on the path of [Cofinance], only of
// [LineResult.Reason], so it builds its text on each call.
func excludedReason(c Category) string {
	return "exclu" + french.NoBreak + ": catégorie «" + french.NoBreak + c.Label() + french.NoBreak + "» non financée par cette politique"
}
