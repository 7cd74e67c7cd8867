package scheme

import (
	"errors"
	"strconv"
	"strings"

	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/internal/quote"
	"github.com/planrelance/numerique/internal/strictjson"
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

	// ErrNameMismatch reports a reference to a scheme or a session — its
	// ID and its name, as JSON writes one — whose name is not the name of
	// the scheme or session of that ID, as in
	//
	//	scheme: decode session "session-1" of "donnees": name "Session hypothétique": name mismatch: the session is named "1re session"
	//
	// Such a reference was written for another scheme under that ID, a
	// what-if built from a catalogue definition ([New]), whose rules are
	// not those of the scheme of that ID: it is refused, never read as
	// that scheme's ([Resolve], [Scheme.ResolveSession]).
	ErrNameMismatch = errors.New("name mismatch")

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

	// ErrSyntax reports text that is not JSON where a [Project], a
	// [Definition] or a [Scheme] is decoded: its [*DecodeError] says at which
	// line and column.
	ErrSyntax = strictjson.ErrSyntax

	// ErrUnknownKey reports a key of a JSON object that the type decoded
	// does not define, spelt exactly, as in
	//
	//	scheme: decode definition: sessions[0].rules.treshold: unknown key: want applicants, threshold, …
	ErrUnknownKey = strictjson.ErrUnknownKey

	// ErrDuplicate reports a key given twice in one JSON object.
	ErrDuplicate = strictjson.ErrDuplicate

	// ErrWrongType reports a JSON value of the wrong kind (a string where a
	// number is wanted, and so on), or a number that its field cannot hold.
	ErrWrongType = strictjson.ErrWrongType
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
	return fieldMessage("scheme: validate project", e.Field, e.Value, e.problem())
}

// fieldMessage returns the message of a problem with the value at path, in
// the form "HEAD: PATH VALUE: PROBLEM", without the path or the value when
// it is empty: the form of every error of a field.
func fieldMessage(head, path, value, problem string) string {
	var b strings.Builder
	b.WriteString(head)
	b.WriteString(": ")
	b.WriteString(path)
	if path != "" && value != "" {
		b.WriteByte(' ')
	}
	b.WriteString(value)
	if path != "" || value != "" {
		b.WriteString(": ")
	}
	b.WriteString(problem)
	return b.String()
}

// problem returns what is wrong, without the field.
func (e *FieldError) problem() string {
	if e.Err == nil {
		return ErrInvalidProject.Error()
	}
	return problem(e.Err)
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
	return boundQuotes(withoutPackage(err.Error()))
}

// withoutPackage returns msg, the message of an error of another package,
// without that package's name.
func withoutPackage(msg string) string {
	for _, pkg := range []string{"cost: ", "calendar: "} {
		if rest, ok := strings.CutPrefix(msg, pkg); ok {
			return rest
		}
	}
	return msg
}

// longMessage is the length past which an error message of another
// package has its quotations cut.
const longMessage = 256

// boundQuotes returns msg with every Go-quoted string in it ("2021-…")
// longer than [quote.Limit] characters cut as [quote.Input] cuts an input:
// its first characters, « … », and its whole length. A message of another
// package that quotes a megabyte of input becomes one of a few hundred
// bytes, in time linear in its length; a short message is returned as it
// is, and so is a quotation that quote.Input has cut already, followed by
// its length in bytes.
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
		msg = msg[len(q):]
		if s, err := strconv.Unquote(q); err == nil && len(q) > longMessage/2 && !cutAlready(msg) {
			b.WriteString(quote.Input(s))
		} else {
			b.WriteString(q)
		}
	}
	return b.String()
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
// [FieldError.Err]. An unknown kind, theme or practice is worded as [New]
// words it (errUnknownKind, errUnknownTheme, errUnknownPractic).
var (
	errNegativePopulation = errors.New("negative population")
	errNegativeOverlap    = errors.New("negative overlap")
	errUnknownAnswer      = unknownIn("answer", answers.Want())
)

// unknownIn returns an error that wraps [ErrUnknownValue] and says what a
// value of the type named is, and what is accepted: "unknown kind: want
// commune, epci, …".
func unknownIn(name, want string) error {
	return &wrapError{msg: "unknown " + name + ": want " + want, err: ErrUnknownValue}
}

// wrapError is an error with its own message that wraps err.
type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }

// cutAlready reports whether rest, what follows a quotation in a message,
// starts with the length in bytes that quote.Input writes after an input
// it cut: ` (1048576 bytes)`.
func cutAlready(rest string) bool {
	rest, ok := strings.CutPrefix(rest, " (")
	if !ok {
		return false
	}
	n := 0
	for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
		n++
	}
	return n > 0 && strings.HasPrefix(rest[n:], " bytes)")
}
