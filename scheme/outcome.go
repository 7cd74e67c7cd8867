package scheme

import "github.com/planrelance/numerique/internal/enum"

// Outcome is the judgement of one criterion: met, not met, or unknown
// because a fact it needs was not given.
//
// Outcome is a small integer value type, a byte wide so that criteria stay
// small; == compares Outcomes and an Outcome may be used as a map key. It is
// immutable and safe for concurrent use.
//
// The zero value is [Unknown]. Values other than the three constants are
// invalid: they print as "%!Outcome(7)" and do not marshal.
//
// In JSON an Outcome is "unknown", "met" or "not-met". A JSON null leaves an
// Outcome as it was, as encoding/json does for every value that cannot be
// null; in a list, whose elements encoding/json makes anew, it gives
// Unknown.
type Outcome int8

// The outcomes.
const (
	Unknown Outcome = iota // a fact the criterion needs was not given: see Eligibility.Missing
	Met                    // the criterion holds
	NotMet                 // the criterion does not hold, or a fact it needs is invalid
)

// outcomes is the text of every Outcome.
var outcomes = enum.MustTable("scheme.Outcome",
	enum.Value[Outcome]{V: Unknown, Slug: "unknown", Label: "À préciser", Go: "scheme.Unknown"},
	enum.Value[Outcome]{V: Met, Slug: "met", Label: "Satisfait", Go: "scheme.Met"},
	enum.Value[Outcome]{V: NotMet, Slug: "not-met", Label: "Non satisfait", Go: "scheme.NotMet"},
)

// ParseOutcome returns the Outcome that s names: "unknown", "met" or
// "not-met", as [Outcome.String] prints them. It returns an error wrapping
// [ErrUnknownValue], which quotes s, for any other text:
//
//	scheme: parse outcome "ok": unknown value: want unknown, met or not-met
func ParseOutcome(s string) (Outcome, error) { return outcomes.ParseText(s, ErrUnknownValue) }

// IsValid reports whether o is one of [Unknown], [Met] and [NotMet].
func (o Outcome) IsValid() bool { return outcomes.IsValid(o) }

// String returns "unknown", "met" or "not-met", for programs and JSON. An
// invalid Outcome prints as "%!Outcome(7)".
func (o Outcome) String() string { return outcomes.String(o) }

// Label returns the French label of o, for people: "Satisfait", "Non
// satisfait" or "À préciser". An invalid Outcome gives the same text as
// [Outcome.String].
func (o Outcome) Label() string { return outcomes.Label(o) }

// GoString returns the Go expression that builds o: "scheme.Met", or
// "scheme.Outcome(7)" for an invalid Outcome. It is what the %#v verb
// prints, and what testify shows of an Outcome in a failing assertion.
func (o Outcome) GoString() string { return outcomes.GoString(o) }

// MarshalText implements [encoding.TextMarshaler]: the text is
// [Outcome.String]. It returns an error wrapping [ErrUnknownValue] for an
// invalid Outcome.
func (o Outcome) MarshalText() ([]byte, error) { return outcomes.Marshal(o, ErrUnknownValue) }

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts what
// [ParseOutcome] accepts. On error it leaves o unchanged.
func (o *Outcome) UnmarshalText(text []byte) error {
	return outcomes.Unmarshal(text, o, ErrUnknownValue)
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
//
// In JSON a Verdict is "undetermined", "eligible" or "ineligible". A JSON
// null leaves a Verdict as it was, as encoding/json does for every value
// that cannot be null; in a list, whose elements encoding/json makes anew,
// it gives Undetermined.
type Verdict int

// The verdicts.
const (
	Undetermined Verdict = iota // no criterion fails, but some are Unknown
	Eligible                    // every criterion is met
	Ineligible                  // some criterion is not met
)

// verdicts is the text of every Verdict.
var verdicts = enum.MustTable("scheme.Verdict",
	enum.Value[Verdict]{V: Undetermined, Slug: "undetermined", Label: "Éligibilité à préciser", Go: "scheme.Undetermined"},
	enum.Value[Verdict]{V: Eligible, Slug: "eligible", Label: "Éligible", Go: "scheme.Eligible"},
	enum.Value[Verdict]{V: Ineligible, Slug: "ineligible", Label: "Non éligible", Go: "scheme.Ineligible"},
)

// ParseVerdict returns the Verdict that s names: "undetermined", "eligible"
// or "ineligible", as [Verdict.String] prints them. It returns an error
// wrapping [ErrUnknownValue], which quotes s, for any other text:
//
//	scheme: parse verdict "yes": unknown value: want undetermined, eligible or ineligible
func ParseVerdict(s string) (Verdict, error) { return verdicts.ParseText(s, ErrUnknownValue) }

// IsValid reports whether v is one of [Undetermined], [Eligible] and
// [Ineligible].
func (v Verdict) IsValid() bool { return verdicts.IsValid(v) }

// String returns "undetermined", "eligible" or "ineligible", for programs
// and JSON. An invalid Verdict prints as "%!Verdict(7)".
func (v Verdict) String() string { return verdicts.String(v) }

// Label returns the French label of v, for people: "Éligible", "Non
// éligible" or "Éligibilité à préciser". An invalid Verdict gives the same
// text as [Verdict.String].
func (v Verdict) Label() string { return verdicts.Label(v) }

// GoString returns the Go expression that builds v: "scheme.Eligible", or
// "scheme.Verdict(7)" for an invalid Verdict. It is what the %#v verb
// prints, and what testify shows of a Verdict in a failing assertion.
func (v Verdict) GoString() string { return verdicts.GoString(v) }

// MarshalText implements [encoding.TextMarshaler]: the text is
// [Verdict.String]. It returns an error wrapping [ErrUnknownValue] for an
// invalid Verdict.
func (v Verdict) MarshalText() ([]byte, error) { return verdicts.Marshal(v, ErrUnknownValue) }

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts what
// [ParseVerdict] accepts. On error it leaves v unchanged.
func (v *Verdict) UnmarshalText(text []byte) error {
	return verdicts.Unmarshal(text, v, ErrUnknownValue)
}
