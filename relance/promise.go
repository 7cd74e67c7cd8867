package relance

import (
	"github.com/planrelance/numerique/internal/enum"
	"github.com/planrelance/numerique/scheme"
)

// promises is the text of every Promise.
var promises = enum.MustTable("relance.Promise",
	enum.Value[Promise]{V: NoGrant, Slug: "none", Label: "Pas de subvention", Go: "relance.NoGrant"},
	enum.Value[Promise]{V: Grant, Slug: "grant", Label: "Subvention", Go: "relance.Grant"},
	enum.Value[Promise]{V: ConditionalGrant, Slug: "conditional", Label: "Subvention si les critères à préciser sont remplis", Go: "relance.ConditionalGrant"},
	enum.Value[Promise]{V: ClosedIntake, Slug: "closed", Label: "Dépôt clos\u00a0: plus de subvention à demander", Go: "relance.ClosedIntake"},
)

// ParsePromise returns the Promise that s names: "none", "grant",
// "conditional" or "closed". Any other text gives an error wrapping
// [scheme.ErrUnknownValue].
func ParsePromise(s string) (Promise, error) { return promises.ParseText(s, scheme.ErrUnknownValue) }

// Pays reports whether p promises money: [Grant] or [ConditionalGrant].
// The others — [NoGrant], [ClosedIntake] — promise none, and a program that
// shows a grant shows none for them.
func (p Promise) Pays() bool { return p == Grant || p == ConditionalGrant }

// IsValid reports whether p is one of the four promises.
func (p Promise) IsValid() bool { return promises.IsValid(p) }

// String returns "none", "grant", "conditional" or "closed"; an invalid
// Promise prints as "%!Promise(7)".
func (p Promise) String() string { return promises.String(p) }

// Label returns the French wording of p, as [Option.Explain] opens the line
// of the grant: « Subvention », « Subvention si les critères à préciser sont
// remplis », « Pas de subvention », « Dépôt clos : plus de subvention à
// demander ».
func (p Promise) Label() string { return promises.Label(p) }

// GoString returns the Go constant of p, "relance.Grant".
func (p Promise) GoString() string { return promises.GoString(p) }

// MarshalText writes p as [Promise.String]; an invalid Promise is an error.
func (p Promise) MarshalText() ([]byte, error) { return promises.Marshal(p, scheme.ErrUnknownValue) }

// UnmarshalText reads what [ParsePromise] reads; on error p is unchanged.
func (p *Promise) UnmarshalText(text []byte) error {
	return promises.Unmarshal(text, p, scheme.ErrUnknownValue)
}
