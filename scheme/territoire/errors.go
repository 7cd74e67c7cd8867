package territoire

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/planrelance/numerique/internal/quote"
	"github.com/planrelance/numerique/scheme"
)

// ErrUnknown reports a code that names no body of the data, or no body of
// the kind asked for, as in
//
//	territoire: lookup "38999": unknown code
//
// Every such error is a [*CodeError].
var ErrUnknown = errors.New("unknown code")

// ErrDuplicate reports a code that [Complete] finds twice in one project,
// whose bodies would count twice, as in
//
//	territoire: complete Members[1].ID "38185": code given twice, as Lead.ID
//
// Every such error is a [*CodeError].
var ErrDuplicate = errors.New("code given twice")

// maxSuggestions is the most bodies that a [CodeError] suggests.
const maxSuggestions = 3

// CodeError reports a code that [Lookup], [Members] or [Complete] cannot
// answer for, with the bodies that its author may have meant. Its message
// quotes the code (cut after 64 characters, with its length) and words the
// suggestions:
//
//	territoire: lookup "1001": unknown code; did you mean "01001" (L'Abergement-Clémenciat, commune)?
//	territoire: members "38185": unknown code: the commune Grenoble is no EPCI; did you mean "200040715" (Grenoble-Alpes-Métropole, epci)?
//	territoire: complete Members[2].ID "2A": unknown code; did you mean "R94" (Collectivité de Corse, region)?
//
// A CodeError wraps its Err: [ErrUnknown], or [ErrDuplicate].
type CodeError struct {
	Op string // the operation: "lookup", "members" or "complete"
	// Field is the Go field path of the code in the project that Complete
	// reads, "Lead.ID" or "Members[2].ID"; "" for Lookup and Members.
	Field string
	Code  string // the code as given
	// Err is the problem: ErrUnknown, or ErrDuplicate for a code that
	// Complete finds a second time; nil reads as ErrUnknown.
	Err error
	// First is the field that gave the code first, for ErrDuplicate.
	First string
	// Body is the body that Code names when it is not of the kind that Op
	// wants (a commune given to Members); the zero Body otherwise.
	Body scheme.Body
	// Suggestions are the bodies that Code may have meant, best first, at
	// most three; see the package documentation.
	Suggestions []scheme.Body
}

// Error words e: the operation, the field, the code, the problem and the
// suggestions.
func (e *CodeError) Error() string {
	var b strings.Builder
	b.WriteString("territoire: " + e.Op + " ")
	if e.Field != "" {
		b.WriteString(e.Field + " ")
	}
	b.WriteString(quote.Input(e.Code) + ": " + e.Unwrap().Error())
	if e.First != "" {
		b.WriteString(", as " + e.First)
	}
	if e.Body.ID != "" {
		b.WriteString(": the " + string(e.Body.Kind) + " " + e.Body.Name + " is no EPCI")
	}
	for i, s := range e.Suggestions {
		switch {
		case i == 0:
			b.WriteString("; did you mean ")
		case i == len(e.Suggestions)-1:
			b.WriteString(" or ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(strconv.Quote(s.ID) + " (" + s.Name + ", " + string(s.Kind) + ")")
	}
	if len(e.Suggestions) > 0 {
		b.WriteString("?")
	}
	return b.String()
}

// Unwrap returns e.Err, or [ErrUnknown] when it is nil.
func (e *CodeError) Unwrap() error {
	if e.Err == nil {
		return ErrUnknown
	}
	return e.Err
}

// unknown returns the error of operation op on code, which names the body of
// index found, of another kind than op wants, or none (found < 0).
func (t *tables) unknown(op, code string, found int32) error {
	e := &CodeError{Op: op, Code: code}
	var near []int32
	if found >= 0 {
		e.Body = t.body(found)
		near = []int32{found}
	} else {
		near = t.near(code)
	}
	if op == "members" {
		near = t.epciAmong(near)
	}
	for _, i := range near {
		e.Suggestions = append(e.Suggestions, t.body(i))
	}
	return e
}

// epciAmong returns the EPCI among bodies, each commune replaced by its EPCI,
// without repeats.
func (t *tables) epciAmong(bodies []int32) []int32 {
	var out []int32
	for _, i := range bodies {
		if t.bodies[i].kind == communes {
			i = t.epciOf[i]
		}
		if i >= 0 && t.bodies[i].kind == epcis && !slices.Contains(out, i) {
			out = append(out, i)
		}
	}
	return out
}

// near returns the indexes of the bodies that code may have meant, best
// first, at most maxSuggestions: for a code written as codes are, the near
// codes that the package documentation lists; for a name, the first bodies
// that Search finds.
func (t *tables) near(code string) []int32 {
	k, _, ok := keyOf(code)
	s := k.String()
	if !ok || !codeLike(s) {
		var out []int32
		for _, b := range Search(code) {
			if len(out) == maxSuggestions {
				break
			}
			i, _ := t.find(b.ID)
			out = append(out, i)
		}
		return out
	}
	var out []int32
	add := func(id string) {
		if i, ok := t.find(id); ok && !slices.Contains(out, i) && len(out) < maxSuggestions {
			out = append(out, i)
		}
	}
	if j, ok := slices.BinarySearch(t.formerKeys, k); ok {
		out = append(out, t.formerOf[j])
	}
	switch dep := strings.TrimPrefix(s, RegionPrefix); {
	case corsican(dep) || dep == "20":
		// a département of Corse, or its code before 1976: since 2018 the
		// Collectivité de Corse is the collectivité of both
		add(RegionPrefix + corseRegion)
	case len(s) == 1 || len(s) == 4:
		add("0" + s) // a leading zero lost, as spreadsheets do
	case len(s) == 5 && strings.HasPrefix(s, "20"):
		add("2A" + s[2:]) // Corse's codes before 1976
		add("2B" + s[2:])
	case s[0] == RegionPrefix[0]:
		add(RegionPrefix + "0" + s[1:])
		add(s[1:]) // a département taken for a région
	case len(s) == 9 && strings.HasPrefix(s, "21") && s[4] == '0' && luhn(s):
		add(s[2:4] + s[5:8]) // a commune's SIREN: 21, its département, 0, its number, a check digit
	}
	return out
}

// codeLike reports whether c, a normalized code of one character or more, is
// written as the IDs are:
// digits, except for a région's prefix first or a letter A or B after a 2
// (the départements of Corse).
func codeLike(c string) bool {
	for i, b := range []byte(c) {
		switch {
		case '0' <= b && b <= '9':
		case i == 0 && b == RegionPrefix[0] && len(c) > 1:
		case i == 1 && (b == 'A' || b == 'B') && c[0] == '2':
		case i == 2 && (b == 'A' || b == 'B') && c[0] == RegionPrefix[0] && c[1] == '2':
		default:
			return false
		}
	}
	return true
}

// luhn reports whether the digits of s pass the Luhn check, as every SIREN
// does.
func luhn(s string) bool {
	sum := 0
	for i := range len(s) {
		d := int(s[len(s)-1-i] - '0')
		if i%2 == 1 {
			if d *= 2; d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return sum%10 == 0
}
