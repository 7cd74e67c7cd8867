package relancetest

import (
	"errors"
	"strings"

	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/internal/quote"
	"github.com/planrelance/numerique/internal/strictjson"
	"github.com/planrelance/numerique/scheme"
)

// The sentinel errors of the package. Every problem that [Parse] and [Load]
// find in a case file is a [*CaseError] that wraps [ErrMalformed] and one of
// the others (or an error of the library that decoding a value returned,
// such as cost.ErrInvalidAmount, or scheme.ErrUnknownScheme for an
// expectation about a scheme the case does not orient among), so that
// callers test for a kind of problem with errors.Is whatever the message
// says.
var (
	// ErrMalformed reports a case file that cannot be run as it is
	// written. Every [*CaseError] wraps it.
	ErrMalformed = errors.New("malformed case file")
	// ErrSyntax reports text that is not JSON.
	ErrSyntax = strictjson.ErrSyntax
	// ErrFormat reports a file whose "format" is missing or is not [Format].
	ErrFormat = errors.New("unsupported format")
	// ErrUnknownKey reports a key that the format does not define, at the
	// place where it stands.
	ErrUnknownKey = strictjson.ErrUnknownKey
	// ErrDuplicate reports a key given twice in one object, a case name
	// given twice, or a scheme defined twice.
	ErrDuplicate = strictjson.ErrDuplicate
	// ErrWrongType reports a JSON value of the wrong type: a number where
	// the format wants a string, and so on.
	ErrWrongType = strictjson.ErrWrongType
	// ErrRequired reports a required field that is missing or empty.
	ErrRequired = errors.New("required")
	// ErrUnknownSession reports a session ID that is none of the scheme's.
	ErrUnknownSession = errors.New("unknown session")
	// ErrUnknownCriterion reports a criterion code that no session of the
	// scheme judges, or a rule that none of them has.
	ErrUnknownCriterion = errors.New("unknown criterion")
	// ErrUnknownBranch reports a branch code that the rule cannot give in
	// any session of the scheme.
	ErrUnknownBranch = errors.New("unknown branch")
	// ErrUnknownFact reports a Go field path that names no fact of a
	// project.
	ErrUnknownFact = errors.New("unknown fact")
	// ErrContradiction reports expectations that cannot hold together,
	// such as a criterion expected met by a branch that gives not met.
	ErrContradiction = errors.New("contradiction")
	// ErrNoMatch reports a pattern that matches no file.
	ErrNoMatch = errors.New("no case file matches")
)

// CaseError is one problem of a case file, as [Parse] and [Load] report it:
// the file, the case, the JSON path of the value, the value itself and what
// is wrong with it.
//
//	relancetest: load "corpus/ampleur.json": case "Département porteur": cases[3].expect.donnees.criteria.ampleurr: unknown criterion: want demandeur, ampleur, thematique, resultats or commencement
//
// Path is the place of the value in the file, keys joined by dots and
// indexes in brackets counted from 0 as in the file: "format",
// "cases[3].project.lead.kind", "cases[0].expect.donnees.grant"; a key that
// is not a plain slug is quoted in brackets: `expect["Fonds régional"]`,
// and cut when it is longer than 64 characters, as Value is:
// `expect["aaaa…" (1000000 bytes)]`. Case is the name of the case, or "" for
// a problem of the file itself or of a case that has no name. Value is the
// offending value as the file writes it, cut to a readable length, or ""
// when the problem is the key or the field as a whole. So the message stays
// a few hundred bytes long whatever the file holds.
//
// A CaseError wraps ErrMalformed and Err, for errors.Is and errors.As.
type CaseError struct {
	File  string // the file's name, as given to Parse
	Case  string // the case's name; "" for the file as a whole
	Path  string // the JSON path of the value
	Value string // the value, as the file writes it; "" for a key or a whole field
	Err   error  // what is wrong
}

// Error returns the problem in the form `relancetest: load "FILE": case
// "NAME": PATH VALUE: PROBLEM`, on one line, the value quoted once: PROBLEM
// is what Err says is wrong, without the package and the operation that
// its message starts with, nor the value it quotes again (`cost: parse
// amount "9e4": invalid amount` gives `invalid amount: want …`; `scheme:
// parse kind "mairie": unknown value: want …` gives `unknown kind: want
// …`), as scheme.DecodeError words the problems of a project.
func (e *CaseError) Error() string {
	var b strings.Builder
	b.WriteString("relancetest: load ")
	b.WriteString(quote.Input(e.File))
	if e.Case != "" {
		b.WriteString(": case ")
		b.WriteString(quote.Input(e.Case))
	}
	if e.Path != "" {
		b.WriteString(": ")
		b.WriteString(e.Path)
	}
	if e.Value != "" {
		b.WriteByte(' ')
		b.WriteString(e.Value)
	}
	b.WriteString(": ")
	b.WriteString(e.problem())
	return b.String()
}

// problem returns what e.Err says is wrong, for a message that has named
// the path and the value already: its message without the name of the
// package it starts with, nor the operation and the value that a
// library's parser names before the problem (`parse kind "mairie": `,
// `amount 9e4: `), an unknown value named after what it is (`unknown
// kind`), and an invalid amount followed by what is wanted.
func (e *CaseError) problem() string {
	if e.Err == nil {
		return ""
	}
	msg := e.Err.Error()
	for _, pkg := range [...]string{"cost: ", "calendar: ", "scheme: ", "relance: "} {
		if rest, ok := strings.CutPrefix(msg, pkg); ok {
			msg = rest
			break
		}
	}
	if e.Value == "" {
		return msg
	}
	i := strings.Index(msg, e.Value+": ")
	if i < 0 || strings.Contains(msg[:i], ": ") {
		return msg
	}
	head := strings.TrimSpace(msg[:i])
	msg = msg[i+len(e.Value)+2:]
	if noun, ok := strings.CutPrefix(head, "parse "); ok {
		if rest, ok := strings.CutPrefix(msg, scheme.ErrUnknownValue.Error()); ok {
			msg = "unknown " + noun + rest
		}
	}
	if msg == cost.ErrInvalidAmount.Error() {
		msg += `: want euros with a dot before the cents, such as "90000.00"`
	}
	return msg
}

// Unwrap returns ErrMalformed and e.Err.
func (e *CaseError) Unwrap() []error { return []error{ErrMalformed, e.Err} }
