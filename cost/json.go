package cost

import (
	"bytes"
	"encoding/json"
	"reflect"

	"github.com/planrelance/numerique/internal/quote"
)

// This file holds the JSON of the package beyond the text of its scalars:
// the lists of its results written [] and never null, and amounts given as
// JSON numbers. Every list field marshals as [] when it holds nothing, and
// a result type decodes [] as nil, as the package makes it, so that what
// it returns round-trips to an equal value.

// nonNil returns s, or an empty slice for nil, so that JSON writes [].
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// nilIfEmpty returns s, or nil when it holds nothing, as the package gives
// an empty list.
func nilIfEmpty[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}

// MarshalJSON writes p as [Policy] says, Excluded as [] when it is empty
// and no "ceiling" when there is none.
func (p Policy) MarshalJSON() ([]byte, error) {
	type plain Policy
	p.Excluded = nonNil(p.Excluded)
	return json.Marshal(plain(p))
}

// MarshalJSON writes p as [Plan] says, Resources as [] when there is none.
func (p Plan) MarshalJSON() ([]byte, error) {
	type plain Plan
	p.Resources = nonNil(p.Resources)
	return json.Marshal(plain(p))
}

// MarshalJSON writes r as [Result] says, Lines as [] for an empty budget.
func (r Result) MarshalJSON() ([]byte, error) {
	type plain Result
	r.Lines = nonNil(r.Lines)
	return json.Marshal(plain(r))
}

// UnmarshalJSON reads what MarshalJSON writes, [] as no Lines. JSON null
// leaves r unchanged.
func (r *Result) UnmarshalJSON(data []byte) error {
	type plain Result
	return unmarshalObject(data, (*plain)(r), func() { r.Lines = nilIfEmpty(r.Lines) })
}

// MarshalJSON writes c as [PlanCheck] says, Findings as [] when the plan
// holds.
func (c PlanCheck) MarshalJSON() ([]byte, error) {
	type plain PlanCheck
	c.Findings = nonNil(c.Findings)
	return json.Marshal(plain(c))
}

// UnmarshalJSON reads what MarshalJSON writes, [] as no Findings. JSON null
// leaves c unchanged.
func (c *PlanCheck) UnmarshalJSON(data []byte) error {
	type plain PlanCheck
	return unmarshalObject(data, (*plain)(c), func() { c.Findings = nilIfEmpty(c.Findings) })
}

// MarshalJSON writes s as [Statement] says, Payments and Findings as []
// when there is none.
func (s Statement) MarshalJSON() ([]byte, error) {
	type plain Statement
	s.Payments, s.Findings = nonNil(s.Payments), nonNil(s.Findings)
	return json.Marshal(plain(s))
}

// UnmarshalJSON reads what MarshalJSON writes, [] as no Payments or no
// Findings. JSON null leaves s unchanged.
func (s *Statement) UnmarshalJSON(data []byte) error {
	type plain Statement
	return unmarshalObject(data, (*plain)(s), func() { s.Payments, s.Findings = nilIfEmpty(s.Payments), nilIfEmpty(s.Findings) })
}

// unmarshalObject decodes data into v, a pointer to a struct without the
// methods of its type, then calls lists to turn its empty lists into nil;
// JSON null leaves v unchanged.
func unmarshalObject(data []byte, v any, lists func()) error {
	if string(data) == "null" {
		return nil
	}
	if err := json.Unmarshal(data, v); err != nil {
		return err
	}
	lists()
	return nil
}

// UnmarshalJSON sets a to the amount that data holds: a JSON string read by
// [ParseAmount] ("10.50"), or a JSON number read exactly from its digits
// when it has at most two decimals and no exponent (40000, 12.5, 12.50,
// -3). Any other number — 1e3, 12.345, 12.500 — is refused, with a message
// that says to write the amount as a string, rather than read through a
// binary float that may not hold it:
//
//	cost: amount 1e3: invalid amount: a JSON number with an exponent or more than two decimals; write the amount as a string with at most two decimals, as in "12.50"
//
// JSON null leaves a unchanged, as [encoding/json] does; any other JSON
// value is an [*json.UnmarshalTypeError]. On error a is unchanged.
func (a *Amount) UnmarshalJSON(data []byte) error {
	return unmarshalScalar(data, reflect.TypeFor[Amount](), a.UnmarshalText, a.unmarshalNumber)
}

// unmarshalNumber sets a to the JSON number data, as UnmarshalJSON says.
func (a *Amount) unmarshalNumber(data []byte) error {
	point := bytes.IndexByte(data, '.')
	if bytes.ContainsAny(data, "eE") || point >= 0 && len(data)-point-1 > 2 {
		return newError("cost: amount "+numberText(data)+": "+ErrInvalidAmount.Error()+
			`: a JSON number with an exponent or more than two decimals; write the amount as a string with at most two decimals, as in "12.50"`, ErrInvalidAmount)
	}
	c, err := parseCents(string(data))
	if err != nil { // the range, or what is not a number, which only a direct call gives
		return newError("cost: amount "+numberText(data)+": "+err.Error(), err)
	}
	*a = Amount{c}
	return nil
}

// UnmarshalJSON sets r to the rate that data holds, a JSON string read by
// [ParseRate]: "50%", "33,33 %", "0.5". A JSON number is refused, with a
// message that says to write the rate as a string: 0.5 and 50 could both be
// meant as one half, and 1 as 100 % or as 1 %, so the package reads no
// number as a rate rather than guess:
//
//	cost: rate 0.5: invalid rate: a JSON number could be a fraction or a percentage; write the rate as a string, as in "50%" or "0.5"
//
// JSON null leaves r unchanged, as [encoding/json] does; any other JSON
// value is an [*json.UnmarshalTypeError]. On error r is unchanged.
func (r *Rate) UnmarshalJSON(data []byte) error {
	return unmarshalScalar(data, reflect.TypeFor[Rate](), r.UnmarshalText, func(data []byte) error {
		return newError("cost: rate "+numberText(data)+": "+ErrInvalidRate.Error()+
			`: a JSON number could be a fraction or a percentage; write the rate as a string, as in "50%" or "0.5"`, ErrInvalidRate)
	})
}

// unmarshalScalar decodes the JSON value data of a scalar of type t: null
// leaves it unchanged, a string goes to text, a number to number, and any
// other value is an [*json.UnmarshalTypeError].
func unmarshalScalar(data []byte, t reflect.Type, text, number func([]byte) error) error {
	switch {
	case string(data) == "null":
		return nil
	case len(data) > 0 && data[0] == '"':
		s, err := jsonString(data)
		if err != nil {
			return err
		}
		return text([]byte(s))
	case isJSONNumber(data):
		return number(data)
	}
	return &json.UnmarshalTypeError{Value: jsonKind(data), Type: t}
}

// jsonString returns the text of the JSON string data, which
// encoding/json has checked: its bytes between the quotes when it has no
// escape, which is the common case, and its decoding otherwise.
func jsonString(data []byte) (string, error) {
	if len(data) >= 2 && bytes.IndexByte(data, '\\') < 0 {
		return string(data[1 : len(data)-1]), nil
	}
	var s string
	err := json.Unmarshal(data, &s)
	return s, err
}

// isJSONNumber reports whether data, a JSON value, is a number.
func isJSONNumber(data []byte) bool {
	return len(data) > 0 && (data[0] == '-' || isDigit(data[0]))
}

// jsonKind names the kind of the JSON value data for an
// [*json.UnmarshalTypeError]: "object", "array", "bool"; "value" for what
// is not JSON, which only a direct call can give.
func jsonKind(data []byte) string {
	switch {
	case len(data) == 0:
		return "empty value"
	case data[0] == '{':
		return "object"
	case data[0] == '[':
		return "array"
	case data[0] == 't' || data[0] == 'f':
		return "bool"
	}
	return "value"
}

// numberText returns the JSON number data for an error message
// ([quote.Number]).
func numberText(data []byte) string { return quote.Number(string(data)) }
