package cost

import (
	"cmp"
	"errors"
	"math/bits"
	"slices"
	"strconv"

	"github.com/planrelance/numerique/internal/quote"
)

// Share is the part of an amount that falls to one party of a [Split].
//
// Share is a value, comparable with ==. In JSON it is an object with
// "party" and "amount": {"party":"EPCI A","amount":"43333.33"}; [Split]
// returns a list of them, never nil.
type Share struct {
	Party  string `json:"party"`  // the party, as given to Split
	Amount Amount `json:"amount"` // its part, to the cent
}

// Split divides total among parties in proportion to their weights
// (populations, shares in a syndicate…), to the cent, so that the shares
// add up exactly to total.
//
// Each party first gets its exact proportion total × weight ÷ Σ weights
// rounded down to the cent; the cents left over, fewer than the parties, go
// one each to the parties whose proportions lost the largest fractions of a
// cent, a tie going to the earlier party (largest remainder). So every share
// is within one cent of its exact proportion, a party of weight zero gets
// nothing, and the result depends only on the arguments, in order. The
// arithmetic is exact, on 128-bit integers.
//
// The shares are in the order of parties; names need not be unique. Split
// fails, with an error wrapping [ErrInvalidSplit], when there are no
// parties or parties and weights differ in length, when a weight is
// negative, when the weights add up to more than 2⁶⁴ − 1 (also
// [ErrOverflow]), when every weight is zero, or when total is negative
// (also [ErrNegativeAmount]). It reports every such problem at once, in
// that order, joined with [errors.Join]: each negative weight with its
// party, and the weights themselves, quoted, when they are all zero:
//
//	cost: split: party 2 ("EPCI B"): negative weight -5
//	cost: split: every weight is zero: "[0 0]"
func Split(total Amount, parties []string, weights []int64) ([]Share, error) {
	sum, ok := weightSum(weights)
	if !ok || len(parties) == 0 || len(parties) != len(weights) || total.IsNegative() {
		return nil, splitError(total, parties, weights)
	}
	t := uint64(total.cents)
	shares := make([]Share, len(parties))
	rems := make([]uint64, len(parties))
	var given uint64
	for i, w := range weights {
		// total × w < 2⁶³ × 2⁶³ and the quotient is at most total: one
		// 128-by-64-bit division is exact.
		hi, lo := bits.Mul64(t, uint64(w))
		q, r := bits.Div64(hi, lo, sum)
		shares[i] = Share{Party: parties[i], Amount: Amount{int64(q)}}
		rems[i] = r
		given += q
	}
	if left := t - given; left > 0 {
		order := make([]int, len(parties))
		for i := range order {
			order[i] = i
		}
		slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(rems[b], rems[a]) })
		for _, i := range order[:left] {
			shares[i].Amount.cents++
		}
	}
	return shares, nil
}

// weightSum returns the sum of weights, and whether every weight is zero or
// more, the sum fits in 64 bits and is not zero.
func weightSum(weights []int64) (uint64, bool) {
	var sum, carry uint64
	for _, w := range weights {
		if w < 0 {
			return 0, false
		}
		var c uint64
		sum, c = bits.Add64(sum, uint64(w), 0)
		carry += c
	}
	return sum, carry == 0 && sum != 0
}

// splitError returns every problem of the arguments of Split, joined, in
// the order of its documentation. It is the slow path of Split, taken only
// when there is a problem.
func splitError(total Amount, parties []string, weights []int64) error {
	var errs []error
	fail := func(msg string, also ...error) {
		errs = append(errs, newError("cost: split: "+msg, append([]error{ErrInvalidSplit}, also...)...))
	}
	switch {
	case len(parties) == 0:
		fail("no parties")
	case len(parties) != len(weights):
		fail(strconv.Itoa(len(parties)) + " parties but " + strconv.Itoa(len(weights)) + " weights")
	}
	var sum, carry uint64
	negative := false
	for i, w := range weights {
		if w < 0 {
			negative = true
			who := "weight " + strconv.Itoa(i+1)
			if i < len(parties) {
				who = "party " + strconv.Itoa(i+1) + " (" + quote.Input(parties[i]) + ")"
			}
			fail(who + ": negative weight " + strconv.FormatInt(w, 10))
			continue
		}
		var c uint64
		sum, c = bits.Add64(sum, uint64(w), 0)
		carry += c
	}
	switch {
	case carry != 0:
		fail("the weights add up to more than 18446744073709551615", ErrOverflow)
	case sum == 0 && !negative && len(weights) > 0:
		fail("every weight is zero: " + quote.Input(weightsText(weights)))
	}
	if total.IsNegative() {
		fail("negative total "+total.String(), ErrNegativeAmount)
	}
	return errors.Join(errs...)
}

// weightsText writes weights as Go prints a slice of integers: "[0 0 0]".
func weightsText(weights []int64) string {
	b := []byte{'['}
	for i, w := range weights {
		if i > 0 {
			b = append(b, ' ')
		}
		b = strconv.AppendInt(b, w, 10)
	}
	return string(append(b, ']'))
}
