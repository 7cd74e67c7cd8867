package relance

import (
	"slices"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/internal/enum"
	"github.com/planrelance/numerique/scheme"
)

// Step 1 of the consultation: the contributions of needs and existing
// services, and what they are.

// ContributionKind says what a contribution to step 1 brings: a need for a
// new digital service, or an existing service worth sharing.
//
// ContributionKind is a string type whose values are stable ASCII slugs, the
// constants below; [ContributionKind.Label] gives the French wording. ==
// compares them and a ContributionKind may be used as a map key; it is
// immutable and safe for concurrent use.
//
// The zero value, "", is no kind: like any other value than the constants,
// it is not valid, [Contributions] refuses it (reason [ReasonInvalidKind]),
// it prints as `%!ContributionKind("")`, and it neither marshals nor
// unmarshals. In JSON a ContributionKind is its slug; since none is null, a
// JSON null is an error ([ContributionKind.UnmarshalJSON]).
type ContributionKind string

// The two kinds of contribution of the consultation's twin aim.
const (
	Need            ContributionKind = "besoin"
	ExistingService ContributionKind = "service-existant"
)

// contributionKinds is the text of every ContributionKind: the slug, which is
// the kind itself, and the French label.
var contributionKinds = enum.MustTable("relance.ContributionKind",
	enum.Value[ContributionKind]{V: Need, Slug: "besoin", Label: "Besoin", Go: "relance.Need"},
	enum.Value[ContributionKind]{V: ExistingService, Slug: "service-existant", Label: "Service existant", Go: "relance.ExistingService"},
)

// ParseContributionKind returns the kind that s names: "besoin" or
// "service-existant". Any other text gives an error wrapping
// [scheme.ErrUnknownValue], which quotes s:
//
//	relance: parse contribution kind "projet": unknown value: want besoin or service-existant
func ParseContributionKind(s string) (ContributionKind, error) {
	return contributionKinds.ParseText(s, scheme.ErrUnknownValue)
}

// IsValid reports whether k is [Need] or [ExistingService].
func (k ContributionKind) IsValid() bool { return contributionKinds.IsValid(k) }

// String returns the slug of k, "besoin" or "service-existant", for
// programs and logs; for a kind out of range, `%!ContributionKind("projet")`.
func (k ContributionKind) String() string { return contributionKinds.String(k) }

// Label returns the French name of the kind: « Besoin », « Service existant »;
// for a kind out of range, the same text as [ContributionKind.String].
func (k ContributionKind) Label() string { return contributionKinds.Label(k) }

// GoString returns the Go expression that builds k: "relance.Need", or
// `relance.ContributionKind("projet")` for a kind out of range. It is what
// the %#v verb prints, and what testify shows of a kind in a failing
// assertion.
func (k ContributionKind) GoString() string { return contributionKinds.GoString(k) }

// MarshalText writes k as its slug; a kind that is not valid is an error
// wrapping [scheme.ErrUnknownValue], so that nothing is stored that cannot
// be read back.
func (k ContributionKind) MarshalText() ([]byte, error) {
	return contributionKinds.Marshal(k, scheme.ErrUnknownValue)
}

// UnmarshalText reads what [ContributionKind.MarshalText] writes, with
// [ParseContributionKind]. On error k is unchanged.
func (k *ContributionKind) UnmarshalText(text []byte) error {
	return contributionKinds.Unmarshal(text, k, scheme.ErrUnknownValue)
}

// UnmarshalJSON implements [encoding/json.Unmarshaler]: it accepts a JSON
// string that [ParseContributionKind] accepts, and refuses null, which
// encoding/json would otherwise leave as the zero kind, which cannot be
// written back. The error for null (or a number, a bool, an array, an
// object) is a [*encoding/json.UnmarshalTypeError], to which
// [encoding/json.Unmarshal] adds the path of the struct field:
//
//	json: cannot unmarshal null into Go struct field Contribution.kind of type relance.ContributionKind
//
// On error k is unchanged.
func (k *ContributionKind) UnmarshalJSON(data []byte) error {
	return contributionKinds.DecodeJSON(data, k, scheme.ErrUnknownValue)
}

// Contribution is a need or an existing service brought to step 1 of the
// consultation (« Recueil des besoins et des services existants ») by a
// collectivité, a groupement or a partner.
//
// Contribution is a value; its Themes slice is the caller's, which
// [Contributions] reads and never modifies: every contribution of its
// result holds a copy of its own.
//
// In JSON a Contribution is {"title", "kind", "by", "on", "themes"}: the
// kind and the themes as their slugs, the body as [scheme.Body] writes it,
// the date as "2021-02-01"; a title, a date or themes not given are left
// out, and an empty list of themes decodes as nil.
type Contribution struct {
	Title  string           `json:"title,omitempty"`  // what the need or the service is
	Kind   ContributionKind `json:"kind"`             // a need or an existing service
	By     scheme.Body      `json:"by"`               // who brings it; By.ID identifies it
	On     calendar.Date    `json:"on,omitzero"`      // the day of the contribution, in Paris time
	Themes []scheme.Theme   `json:"themes,omitempty"` // what it is about; infrastructure is out of scope
}

// Contributions checks contributions to step 1. Collectivités, groupements
// and partners may all contribute. Infrastructure (fibre, wifi, antennas) and
// IT equipment are out of the consultation's scope: such a contribution is
// refused, and the label points to the right door.
//
// A contribution is refused for the first reason that applies, in this
// order: "titre-manquant", "nature-inconnue" (neither a need nor an existing
// service), "hors-champ" (a theme is infrastructure),
// "thematique-inconnue" (a theme is none of [scheme.Themes], "" included),
// "identifiant-manquant", "type-inconnu" (By.Kind empty or unknown),
// "hors-periode" (On outside the "recueil" phase), "doublon" (the same body
// already brought a contribution with the same title).
//
// The result owns its data: the Themes of each accepted or refused
// contribution are a copy (nil stays nil), so that writing into the result
// changes neither the input nor a later call on it.
//
// c is one calendar for every contribution: to check each against the
// calendar in force on its own date, use [ContributionsIn].
func Contributions(c calendar.Calendar, contributions []Contribution) Screened[Contribution] {
	return contributionsIn(fixedStep(c, PhaseRecueil), contributions)
}

// ContributionsIn checks the contributions as [Contributions] does, but
// checks each contribution's date against the "recueil" phase of the
// session's calendar as published on that date ([scheme.Session.PhaseOn]).
// In the Incubateur's consultation both calendars, the first of 20 January
// 2021 and the revision of 19 March 2021, hold step 1 from 25 January to
// 15 March 2021. The zero Session has no calendar: every contribution that
// passes the checks before the period's is refused "hors-periode".
func ContributionsIn(s scheme.Session, contributions []Contribution) Screened[Contribution] {
	return contributionsIn(datedStep(s, PhaseRecueil), contributions)
}

// contributionsIn is Contributions and ContributionsIn, with step 1 read
// from st.
func contributionsIn(st step, contributions []Contribution) Screened[Contribution] {
	seen := make(map[[2]string]bool, len(contributions))
	out := Screened[Contribution]{Accepted: []Contribution{}, Refused: []Refusal[Contribution]{}}
	for _, k := range contributions {
		var reason string
		switch {
		case k.Title == "":
			reason = ReasonNoTitle
		case !k.Kind.IsValid():
			reason = ReasonInvalidKind
		case slices.Contains(k.Themes, scheme.ThemeInfrastructure):
			reason = ReasonOutOfScope
		case slices.ContainsFunc(k.Themes, func(t scheme.Theme) bool { return !t.IsValid() }):
			reason = ReasonUnknownTheme
		default:
			reason = screen(k.By, k.On, st, k.Title, seen, contributor)
		}
		k.Themes = slices.Clone(k.Themes)
		if reason != "" {
			out.Refused = append(out.Refused, Refusal[Contribution]{Item: k, Reason: reason})
			continue
		}
		out.Accepted = append(out.Accepted, k)
	}
	return out
}
