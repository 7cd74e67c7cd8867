package scheme

import "strconv"

// Outcome is the judgement of one criterion: met, not met, or unknown
// because a fact it needs was not given.
//
// Outcome is a small integer value type, a byte wide so that criteria stay
// small; == compares Outcomes and an Outcome may be used as a map key. It is
// immutable and safe for concurrent use.
//
// The zero value is [Unknown]. Values other than the three constants are
// invalid: they print as "%!Outcome(7)" and do not marshal.
type Outcome int8

// The outcomes.
const (
	Unknown Outcome = iota // a fact the criterion needs was not given: see Eligibility.Missing
	Met                    // the criterion holds
	NotMet                 // the criterion does not hold, or a fact it needs is invalid
)

// ParseOutcome returns the Outcome that s names: "unknown", "met" or
// "not-met", as [Outcome.String] prints them. It returns an error wrapping
// [ErrUnknownValue], which quotes s, for any other text.
func ParseOutcome(s string) (Outcome, error) {
	switch s {
	case "unknown":
		return Unknown, nil
	case "met":
		return Met, nil
	case "not-met":
		return NotMet, nil
	}
	return Unknown, unknownValue("parse outcome", s, "unknown, met or not-met")
}

// IsValid reports whether o is one of [Unknown], [Met] and [NotMet].
func (o Outcome) IsValid() bool { return o >= Unknown && o <= NotMet }

// String returns "unknown", "met" or "not-met", for programs and JSON. An
// invalid Outcome prints as "%!Outcome(7)".
func (o Outcome) String() string {
	switch o {
	case Unknown:
		return "unknown"
	case Met:
		return "met"
	case NotMet:
		return "not-met"
	}
	return "%!Outcome(" + strconv.Itoa(int(o)) + ")"
}

// Label returns the French label of o, for people: "Satisfait", "Non
// satisfait" or "À préciser". An invalid Outcome gives the same text as
// [Outcome.String].
func (o Outcome) Label() string {
	switch o {
	case Unknown:
		return "À préciser"
	case Met:
		return "Satisfait"
	case NotMet:
		return "Non satisfait"
	}
	return o.String()
}

// MarshalText implements [encoding.TextMarshaler]: the text is
// [Outcome.String]. It returns an error wrapping [ErrUnknownValue] for an
// invalid Outcome.
func (o Outcome) MarshalText() ([]byte, error) {
	if !o.IsValid() {
		return nil, unknownValue("marshal outcome", o.String(), "unknown, met or not-met")
	}
	return []byte(o.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts what
// [ParseOutcome] accepts. On error it leaves o unchanged.
func (o *Outcome) UnmarshalText(text []byte) error {
	v, err := ParseOutcome(string(text))
	if err != nil {
		return err
	}
	*o = v
	return nil
}

// Verdict is the judgement of a project against a scheme: eligible,
// ineligible, or undetermined while some facts are missing. It follows from
// the criteria: Ineligible if any is NotMet, else Undetermined if any is
// Unknown, else Eligible.
//
// Verdict is a small integer value type; == compares Verdicts and a Verdict
// may be used as a map key. It is immutable and safe for concurrent use.
//
// The zero value is [Undetermined]. Values other than the three constants are
// invalid: they print as "%!Verdict(7)" and do not marshal.
type Verdict int

// The verdicts.
const (
	Undetermined Verdict = iota // no criterion fails, but some are Unknown
	Eligible                    // every criterion is met
	Ineligible                  // some criterion is not met
)

// ParseVerdict returns the Verdict that s names: "undetermined", "eligible"
// or "ineligible", as [Verdict.String] prints them. It returns an error
// wrapping [ErrUnknownValue], which quotes s, for any other text.
func ParseVerdict(s string) (Verdict, error) {
	switch s {
	case "undetermined":
		return Undetermined, nil
	case "eligible":
		return Eligible, nil
	case "ineligible":
		return Ineligible, nil
	}
	return Undetermined, unknownValue("parse verdict", s, "undetermined, eligible or ineligible")
}

// IsValid reports whether v is one of [Undetermined], [Eligible] and
// [Ineligible].
func (v Verdict) IsValid() bool { return v >= Undetermined && v <= Ineligible }

// String returns "undetermined", "eligible" or "ineligible", for programs
// and JSON. An invalid Verdict prints as "%!Verdict(7)".
func (v Verdict) String() string {
	switch v {
	case Undetermined:
		return "undetermined"
	case Eligible:
		return "eligible"
	case Ineligible:
		return "ineligible"
	}
	return "%!Verdict(" + strconv.Itoa(int(v)) + ")"
}

// Label returns the French label of v, for people: "Éligible", "Non
// éligible" or "Éligibilité à préciser". An invalid Verdict gives the same
// text as [Verdict.String].
func (v Verdict) Label() string {
	switch v {
	case Undetermined:
		return "Éligibilité à préciser"
	case Eligible:
		return "Éligible"
	case Ineligible:
		return "Non éligible"
	}
	return v.String()
}

// MarshalText implements [encoding.TextMarshaler]: the text is
// [Verdict.String]. It returns an error wrapping [ErrUnknownValue] for an
// invalid Verdict.
func (v Verdict) MarshalText() ([]byte, error) {
	if !v.IsValid() {
		return nil, unknownValue("marshal verdict", v.String(), "undetermined, eligible or ineligible")
	}
	return []byte(v.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts what
// [ParseVerdict] accepts. On error it leaves v unchanged.
func (v *Verdict) UnmarshalText(text []byte) error {
	w, err := ParseVerdict(string(text))
	if err != nil {
		return err
	}
	*v = w
	return nil
}
