package scheme

import (
	"errors"
	"strings"

	"github.com/planrelance/numerique/cost"
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
func problem(err error) string {
	var line *cost.LineError
	if errors.As(err, &line) {
		return line.Err.Error()
	}
	msg := err.Error()
	for _, pkg := range []string{"cost: ", "calendar: "} {
		if rest, ok := strings.CutPrefix(msg, pkg); ok {
			return rest
		}
	}
	return msg
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
