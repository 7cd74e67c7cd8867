package cost

import (
	"errors"
	"strconv"

	"github.com/planrelance/numerique/internal/quote"
)

// The sentinel errors of the package. Every error that cost returns wraps
// one or more of them, so that callers test for a kind of problem with
// [errors.Is] whatever the message says. A sentinel's own text is bare, with
// no package name: the message that wraps it starts with "cost: " once and
// ends with the sentinel's text, as in "cost: parse amount "1,5": invalid
// amount".
var (
	// ErrInvalidAmount reports text that is not an amount: empty, a comma,
	// a space, an exponent, a missing digit, any other character.
	ErrInvalidAmount = errors.New("invalid amount")

	// ErrSubCent reports an amount with a fraction of a cent, such as
	// "1.234".
	ErrSubCent = errors.New("fraction of a cent")

	// ErrOverflow reports an amount, a total or a sum of weights that
	// leaves the representable range.
	ErrOverflow = errors.New("amount out of range")

	// ErrNegativeAmount reports a negative amount where only zero or more
	// makes sense: a budget line, a ceiling, a total to split.
	ErrNegativeAmount = errors.New("negative amount")

	// ErrInvalidRate reports text or a decimal that is not a rate: not a
	// number, outside [0, 1], or finer than the precision of [Rate].
	ErrInvalidRate = errors.New("invalid rate")

	// ErrUnknownCategory reports a cost category that is none of
	// [Categories].
	ErrUnknownCategory = errors.New("unknown category")

	// ErrInvalidRounding reports a [Rounding] that is none of the four
	// modes, or text that names none of them.
	ErrInvalidRounding = errors.New("unknown rounding")

	// ErrOverfunded reports a [Plan] whose resources add up to more than
	// the cost of its operation, which would leave the owner a negative
	// part.
	ErrOverfunded = errors.New("resources above the cost")

	// ErrCostBelowExpense reports a [Plan] whose Cost is set (not zero) and
	// below its Expense: the subsidisable expense is a part of the cost of
	// the operation.
	ErrCostBelowExpense = errors.New("cost below the expense")

	// ErrInvalidAward reports an [Award] that cannot be paid: a negative
	// planned duration, or the instalments' cap raised to 90 % for a
	// duration of 48 months or less, which the décret does not allow.
	ErrInvalidAward = errors.New("invalid award")

	// ErrUnknownPayment reports a [Payment] whose kind is neither
	// [Advance] nor [Instalment], or text that names neither.
	ErrUnknownPayment = errors.New("unknown payment kind")

	// ErrInvalidSplit reports arguments that [Split] cannot divide by:
	// no parties, lengths that differ, a negative weight, weights that are
	// all zero, a negative total, weights whose sum leaves the range.
	ErrInvalidSplit = errors.New("invalid split")
)

// LineError is a problem with one line of a [Budget]. [Budget.Validate]
// reports one LineError for each problem it finds, joined with
// [errors.Join]; [errors.As] finds the first.
//
// Index is the position of the line in the Budget slice, counted from 0 as
// Go counts (b[Index]); the message counts lines from 1, as people do, so
// that b[1] is "line 2":
//
//	cost: line 2 ("Serveurs"): negative amount -12.00
//
// Err wraps the sentinel that names the problem: [ErrNegativeAmount],
// [ErrUnknownCategory] or [ErrOverflow]. Its own message is the problem
// alone, without the package name or the line ("negative amount -12.00"),
// so that the LineError says each once.
type LineError struct {
	Index int    // position in the Budget, from 0
	Label string // the line's Label, as given
	Err   error  // the problem; wraps a sentinel
}

// Error returns the problem with the line number counted from 1 and the
// label quoted.
func (e *LineError) Error() string {
	return "cost: line " + strconv.Itoa(e.Index+1) + " (" + quote.Input(e.Label) + "): " + e.Err.Error()
}

// Unwrap returns e.Err, for [errors.Is] and [errors.As].
func (e *LineError) Unwrap() error { return e.Err }

// ResourceError is a problem with one resource of a [Plan]. [Plan.Check]
// reports one ResourceError for each problem of a resource, joined with
// [errors.Join]; [errors.As] finds the first.
//
// Index is the position of the resource in Plan.Resources, counted from 0
// as Go counts; the message counts resources from 1, as people do, and
// quotes the funder:
//
//	cost: plan: resource 2 ("Région"): negative amount -5.00
//
// Err wraps the sentinel that names the problem: [ErrNegativeAmount],
// [ErrOverflow] or [ErrOverfunded]. Its own message is the problem alone.
type ResourceError struct {
	Index  int    // position in Plan.Resources, from 0
	Funder string // the resource's Funder, as given
	Err    error  // the problem; wraps a sentinel
}

// Error returns the problem with the resource counted from 1 and the
// funder quoted.
func (e *ResourceError) Error() string {
	return "cost: plan: resource " + strconv.Itoa(e.Index+1) + " (" + quote.Input(e.Funder) + "): " + e.Err.Error()
}

// Unwrap returns e.Err, for [errors.Is] and [errors.As].
func (e *ResourceError) Unwrap() error { return e.Err }

// costError is an error with its own message that wraps one or more
// sentinels.
type costError struct {
	msg  string
	errs []error
}

func (e *costError) Error() string   { return e.msg }
func (e *costError) Unwrap() []error { return e.errs }

// newError returns an error whose message is msg and which wraps errs.
func newError(msg string, errs ...error) error {
	return &costError{msg: msg, errs: errs}
}

// parseError returns the error of a Parse function: the operation, the input
// quoted by [quote.Input], and why.
func parseError(what, input string, err error, detail string) error {
	msg := "cost: parse " + what + " " + quote.Input(input) + ": " + err.Error()
	if detail != "" {
		msg += ": " + detail
	}
	return newError(msg, err)
}
