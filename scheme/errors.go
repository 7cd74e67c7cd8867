package scheme

import (
	"errors"
	"strconv"
	"strings"

	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/internal/quote"
)

// The sentinel errors of the package. Every error that scheme returns wraps
// one or more of them, so that callers test for a kind of problem with
// [errors.Is] whatever the message says; the message around them starts with
// "scheme: ", names the operation and quotes the input.
var (
	// ErrUnknownScheme reports a scheme [ID] that is none of [IDs], as in
	//
	//	scheme: get "incubateur": unknown scheme
	ErrUnknownScheme = errors.New("unknown scheme")

	// ErrInvalidDefinition reports a field of a [Definition] that [New]
	// refuses. Each such problem is a [*DefinitionError].
	ErrInvalidDefinition = errors.New("invalid definition")

	// ErrInvalidProject reports a fact of a [Project] that
	// [Project.Validate] refuses. Each such problem is a [*FieldError].
	ErrInvalidProject = errors.New("invalid project")

	// ErrUnknownValue reports text or a value that names none of the values
	// of an enumerated type ([Kind], [Answer], [Theme], [Practice],
	// [Outcome], [Verdict]), as in
	//
	//	scheme: parse kind "mairie": unknown value
	ErrUnknownValue = errors.New("unknown value")
)

// FieldError is one problem with one fact of a [Project], as
// [Project.Validate] reports it: the fact's Go field path, its value and
// what is wrong with it.
//
//	scheme: validate project: Members[2].Population -5: negative population
//
// Field is the path of the fact in the Project, as in "Lead.Kind",
// "Members[2].Population", "Themes[0]" or "Budget"; indexes count from 0, as
// Go does. Value is the offending value as Go source would write it (strings
// quoted, numbers bare): for "Budget[i]", the line's label quoted; "" for
// "Budget", the whole budget.
//
// A FieldError wraps [ErrInvalidProject] and Err, which may wrap further
// sentinels: [ErrUnknownValue] for an unknown kind, theme, practice or
// answer, and the errors of [cost.Budget.Validate] (such as
// [cost.ErrNegativeAmount]) for the budget. [errors.Is] and [errors.As] see
// all of them.
type FieldError struct {
	Field string // Go field path, such as "Members[2].Population"
	Value string // the value as Go source writes it, such as `"mairie"` or -5
	Err   error  // what is wrong
}

// Error returns the problem in the form
// "scheme: validate project: FIELD VALUE: PROBLEM".
func (e *FieldError) Error() string {
	var b strings.Builder
	b.WriteString("scheme: validate project: ")
	b.WriteString(e.Field)
	if e.Value != "" {
		b.WriteByte(' ')
		b.WriteString(e.Value)
	}
	b.WriteString(": ")
	if e.Err != nil {
		b.WriteString(problem(e.Err))
	} else {
		b.WriteString(ErrInvalidProject.Error())
	}
	return b.String()
}

// problem returns what err says is wrong, for a message that has already
// named the package and the field: a budget line's problem alone, whose
// line the field path names; the message of another package's error without
// that package's name, so that a message names one package, at its head.
// The inputs it quotes are cut at a bounded length ([boundQuotes]).
func problem(err error) string {
	var line *cost.LineError
	if errors.As(err, &line) {
		return boundQuotes(line.Err.Error())
	}
	msg := err.Error()
	for _, pkg := range []string{"cost: ", "calendar: "} {
		if rest, ok := strings.CutPrefix(msg, pkg); ok {
			return boundQuotes(rest)
		}
	}
	return boundQuotes(msg)
}

// longMessage is the length past which an error message of another
// package, or of encoding/json, has its quotations cut.
const longMessage = 256

// boundQuotes returns msg with every Go-quoted string in it ("2021-…")
// longer than [quote.Limit] characters cut as [quote.Input] cuts an input:
// its first characters, « … », and its whole length. A message of another
// package that quotes a megabyte of input becomes one of a few hundred
// bytes, in time linear in its length; a short message is returned as it
// is.
func boundQuotes(msg string) string {
	if len(msg) <= longMessage {
		return msg
	}
	var b strings.Builder
	for len(msg) > 0 {
		i := strings.IndexByte(msg, '"')
		if i < 0 {
			b.WriteString(msg)
			break
		}
		b.WriteString(msg[:i])
		msg = msg[i:]
		q, err := strconv.QuotedPrefix(msg)
		if err != nil { // a lone quotation mark
			b.WriteByte('"')
			msg = msg[1:]
			continue
		}
		if s, err := strconv.Unquote(q); err == nil && len(q) > longMessage/2 {
			b.WriteString(quote.Input(s))
		} else {
			b.WriteString(q)
		}
		msg = msg[len(q):]
	}
	return b.String()
}

// boundedError returns err, or, when its message is long, an error that
// wraps it with its quotations cut ([boundQuotes]): the error of decoding a
// date of a megabyte quotes it at a readable length. A short error, such as
// the *json.UnmarshalTypeError to which encoding/json adds the path of the
// field, is returned as it is.
func boundedError(err error) error {
	if err == nil {
		return nil
	}
	if msg := err.Error(); len(msg) > longMessage {
		return &wrapError{msg: boundQuotes(msg), err: err}
	}
	return err
}

// Unwrap returns [ErrInvalidProject] and e.Err, for [errors.Is] and
// [errors.As].
func (e *FieldError) Unwrap() []error {
	if e.Err == nil {
		return []error{ErrInvalidProject}
	}
	return []error{ErrInvalidProject, e.Err}
}

// The problems of [Project.Validate] that are not cost errors, for
// [FieldError.Err].
var (
	errNegativePopulation = errors.New("negative population")
	errNegativeOverlap    = errors.New("negative overlap")
	kindProblem           = unknownIn(kinds.Want())
	answerProblem         = unknownIn(answers.Want())
	themeProblem          = unknownIn(themes.Want())
	practiceProblem       = unknownIn(practices.Want())
)

// unknownIn returns an error that wraps [ErrUnknownValue] and says what is
// accepted: "unknown value: want yes, no or \"\"".
func unknownIn(want string) error {
	return &wrapError{msg: ErrUnknownValue.Error() + ": want " + want, err: ErrUnknownValue}
}

// wrapError is an error with its own message that wraps err.
type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }
