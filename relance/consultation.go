package relance

import (
	"cmp"
	"slices"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/internal/enum"
	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/scheme"
)

// Phase IDs of the Incubateur des Territoires consultation that this file
// checks dates against.
const (
	PhaseRecueil   = "recueil"   // step 1: needs and existing services
	PhaseVote      = "vote"      // step 2: supports for the proposals
	PhaseReferents = "referents" // step 3: territoire-référent declarations
)

// Reason codes for what the consultation refuses. They are stable: store
// them, compare them; show [ReasonLabel] to people.
const (
	ReasonUnknownProposal = "proposition-inconnue" // not among the proposals or services
	ReasonMissingID       = "identifiant-manquant" // By.ID is empty
	ReasonNotCollectivite = "non-collectivite"     // only a collectivité territoriale may do this
	ReasonGroupement      = "groupement"           // a groupement may not be référent, but may join working groups
	ReasonUnknownKind     = "type-inconnu"         // By.Kind is empty or unknown
	ReasonOutOfPeriod     = "hors-periode"         // the date is outside the step
	ReasonDuplicate       = "doublon"              // the same body already did this
	ReasonOutOfScope      = "hors-champ"           // infrastructure or equipment
	ReasonNoTitle         = "titre-manquant"       // a contribution without a title
	ReasonInvalidKind     = "nature-inconnue"      // a contribution that is neither a need nor a service
)

// ReasonLabel returns the French explanation of a reason code, to show as is
// to an agent of a collectivité, or "" for an unknown code.
func ReasonLabel(code string) string {
	switch code {
	case ReasonUnknownProposal:
		return "Cette proposition, ou ce service, ne figure pas parmi ceux de la consultation."
	case ReasonMissingID:
		return "L’identifiant du contributeur (son numéro SIREN ou une autre clé stable) manque."
	case ReasonNotCollectivite:
		return "Seules les collectivités territoriales peuvent soutenir une proposition ou devenir territoire référent" + french.Semicolon +
			"les groupements, associations et entreprises n’y sont pas admis."
	case ReasonGroupement:
		return "Un groupement ne peut pas être territoire référent" + french.Semicolon +
			"il peut en revanche participer aux groupes de travail du service."
	case ReasonUnknownKind:
		return "La nature du contributeur manque ou n’est pas reconnue" + french.Colon + "collectivité, groupement ou partenaire."
	case ReasonOutOfPeriod:
		return "La date est en dehors de l’étape de la consultation concernée."
	case ReasonDuplicate:
		return "Doublon" + french.Colon + "ce contributeur s’est déjà exprimé sur ce sujet, et une seule fois est admise " +
			"(par proposition, par service ou par contribution)."
	case ReasonOutOfScope:
		return "Les infrastructures (fibre, wifi, antennes) et les équipements informatiques sont hors du champ de la consultation" +
			french.Colon + "renseignez-vous auprès de votre préfecture sur les dispositifs qui les financent."
	case ReasonNoTitle:
		return "La contribution n’a pas de titre."
	case ReasonInvalidKind:
		return "La contribution doit être un besoin ou un service existant."
	default:
		return ""
	}
}

// Support is a collectivité's support for a proposal, during step 2 of the
// consultation (« Vote pour les propositions »).
//
// Support is a value, comparable with ==. The zero Support names no
// proposal and no body; [CountSupports] refuses it.
type Support struct {
	Proposal string        `json:"proposal"` // the proposal's stable ID
	By       scheme.Body   `json:"by"`       // who supports it; By.ID identifies the collectivité
	On       calendar.Date `json:"on"`       // the day of the support, in Paris time
}

// Count is the number of accepted supports of one proposal. It is a value,
// comparable with ==.
type Count struct {
	Proposal string `json:"proposal"` // the proposal's ID
	Supports int    `json:"supports"` // how many supports were counted
}

// Rejection is a support that was not counted, with its stable reason code
// (see [ReasonLabel] for the French wording).
//
// Rejection is a value, comparable with ==.
type Rejection struct {
	Support Support `json:"support"` // the support as given
	Reason  string  `json:"reason"`  // one of the Reason… codes
}

// Label returns the French explanation of the rejection's reason.
func (r Rejection) Label() string { return ReasonLabel(r.Reason) }

// Tally is the result of counting supports: every proposal with its count,
// most supported first, and the supports that were refused, in input order.
// [CountSupports] gives each Tally slices of its own, never nil, so that
// both encode as JSON arrays.
type Tally struct {
	Counts   []Count     `json:"counts"`   // every proposal, most supported first
	Rejected []Rejection `json:"rejected"` // the supports not counted, in input order
}

// CountSupports counts the supports for the proposals by the voting rules of
// the Incubateur consultation: only a collectivité territoriale may support
// a proposal (not a groupement, an association or a company), once per
// proposal, during the calendar's "vote" phase; every support weighs the
// same whatever the collectivité's size, and a collectivité may support any
// number of proposals.
//
// A support is refused for the first of these reasons that applies, checked
// in this order: "proposition-inconnue" (not in proposals),
// "identifiant-manquant" (By.ID empty), "non-collectivite" (By.Kind not a
// collectivité), "hors-periode" (On outside the "vote" phase, or the
// calendar has none), "doublon" (By.ID already supported this proposal).
//
// Counts holds every proposal once (repeated IDs in proposals are counted
// once), most supported first, ties by proposal ID ascending.
func CountSupports(c calendar.Calendar, proposals []string, supports []Support) Tally {
	counts := make(map[string]int, len(proposals))
	for _, p := range proposals {
		counts[p] = 0
	}
	vote := phaseWindow(c, PhaseVote)
	seen := make(map[[2]string]bool, len(supports))
	t := Tally{Rejected: []Rejection{}}
	for _, s := range supports {
		reason := ReasonUnknownProposal
		if _, known := counts[s.Proposal]; known {
			reason = screen(s.By, s.On, vote, s.Proposal, seen, voter)
		}
		if reason != "" {
			t.Rejected = append(t.Rejected, Rejection{Support: s, Reason: reason})
			continue
		}
		counts[s.Proposal]++
	}
	t.Counts = make([]Count, 0, len(counts))
	for p, n := range counts {
		t.Counts = append(t.Counts, Count{Proposal: p, Supports: n})
	}
	slices.SortFunc(t.Counts, func(a, b Count) int {
		if c := cmp.Compare(b.Supports, a.Supports); c != 0 {
			return c
		}
		return cmp.Compare(a.Proposal, b.Proposal)
	})
	return t
}

// screen applies the checks that every step of the consultation shares, in
// their documented order: identifier, kind (refused with the reason that
// refuse gives, "" when the kind may take part), period, duplicate. It
// records the accepted (body, subject) pair in seen, and returns "" when it
// accepts.
func screen(by scheme.Body, on calendar.Date, w calendar.Window, subject string, seen map[[2]string]bool, refuse func(scheme.Kind) string) string {
	if by.ID == "" {
		return ReasonMissingID
	}
	if reason := refuse(by.Kind); reason != "" {
		return reason
	}
	if !w.Contains(on) {
		return ReasonOutOfPeriod
	}
	key := [2]string{by.ID, subject}
	if seen[key] {
		return ReasonDuplicate
	}
	seen[key] = true
	return ""
}

// voter refuses, for a support, every body that is not a collectivité.
func voter(k scheme.Kind) string {
	if !k.IsCollectivite() {
		return ReasonNotCollectivite
	}
	return ""
}

// referent refuses, for a territoire-référent declaration, a groupement,
// which joins the working groups instead, and every other body that is not a
// collectivité.
func referent(k scheme.Kind) string {
	switch {
	case k.IsCollectivite():
		return ""
	case k.IsGroupement():
		return ReasonGroupement
	}
	return ReasonNotCollectivite
}

// contributor refuses, for a contribution, a body whose kind is missing or
// unknown: collectivités, groupements and partners may all contribute.
func contributor(k scheme.Kind) string {
	if k == "" || !k.IsValid() {
		return ReasonUnknownKind
	}
	return ""
}

// phaseWindow returns the window of the phase with the given ID, or the zero
// Window, which contains no day, when the calendar has no such phase.
func phaseWindow(c calendar.Calendar, id string) calendar.Window {
	p, _ := c.Phase(id)
	return p.Window
}

// Declaration is a collectivité's declaration of interest to become
// « territoire référent » for a retained service, during step 3 of the
// consultation.
//
// Declaration is a value, comparable with ==.
type Declaration struct {
	Service string        `json:"service"` // the retained service's stable ID
	By      scheme.Body   `json:"by"`      // who volunteers; By.ID identifies it
	On      calendar.Date `json:"on"`      // the day of the declaration, in Paris time
}

// Refusal is an item that the consultation did not accept, with its stable
// reason code (see [ReasonLabel] for the French wording).
type Refusal[T any] struct {
	Item   T      `json:"item"`   // the item as given
	Reason string `json:"reason"` // one of the Reason… codes
}

// Label returns the French explanation of the refusal's reason.
func (r Refusal[T]) Label() string { return ReasonLabel(r.Reason) }

// Screened is what the consultation accepted and what it refused, each in
// input order. [Referents] and [Contributions] give each Screened slices of
// its own, never nil, so that both encode as JSON arrays.
type Screened[T any] struct {
	Accepted []T          `json:"accepted"` // the items accepted, in input order
	Refused  []Refusal[T] `json:"refused"`  // the items refused, in input order, with why
}

// Referents checks territoire-référent declarations against the retained
// services. The only condition is being a collectivité territoriale: there
// is no selection, and one collectivité may volunteer for several services.
// Groupements take part in the working groups but are not référents.
//
// A declaration is refused for the first reason that applies, in this
// order: "proposition-inconnue" (not a retained service),
// "identifiant-manquant", "groupement" (an EPCI or a syndicat: the label
// says it may join the working groups), "non-collectivite" (a partner or an
// unknown kind), "hors-periode" (On outside the "referents" phase),
// "doublon" (one declaration per collectivité per service).
func Referents(c calendar.Calendar, services []string, declarations []Declaration) Screened[Declaration] {
	known := make(map[string]bool, len(services))
	for _, s := range services {
		known[s] = true
	}
	w := phaseWindow(c, PhaseReferents)
	seen := make(map[[2]string]bool, len(declarations))
	out := Screened[Declaration]{Accepted: []Declaration{}, Refused: []Refusal[Declaration]{}}
	for _, d := range declarations {
		reason := ReasonUnknownProposal
		if known[d.Service] {
			reason = screen(d.By, d.On, w, d.Service, seen, referent)
		}
		if reason != "" {
			out.Refused = append(out.Refused, Refusal[Declaration]{Item: d, Reason: reason})
			continue
		}
		out.Accepted = append(out.Accepted, d)
	}
	return out
}

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
// [Contributions] reads and never modifies.
type Contribution struct {
	Title  string           `json:"title"`  // what the need or the service is
	Kind   ContributionKind `json:"kind"`   // a need or an existing service
	By     scheme.Body      `json:"by"`     // who brings it; By.ID identifies it
	On     calendar.Date    `json:"on"`     // the day of the contribution, in Paris time
	Themes []scheme.Theme   `json:"themes"` // what it is about; infrastructure is out of scope
}

// Contributions checks contributions to step 1. Collectivités, groupements
// and partners may all contribute. Infrastructure (fibre, wifi, antennas) and
// IT equipment are out of the consultation's scope: such a contribution is
// refused, and the label points to the right door.
//
// A contribution is refused for the first reason that applies, in this
// order: "titre-manquant", "nature-inconnue" (neither a need nor an existing
// service), "hors-champ" (a theme is infrastructure),
// "identifiant-manquant", "type-inconnu" (By.Kind empty or unknown),
// "hors-periode" (On outside the "recueil" phase), "doublon" (the same body
// already brought a contribution with the same title).
func Contributions(c calendar.Calendar, contributions []Contribution) Screened[Contribution] {
	w := phaseWindow(c, PhaseRecueil)
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
		default:
			reason = screen(k.By, k.On, w, k.Title, seen, contributor)
		}
		if reason != "" {
			out.Refused = append(out.Refused, Refusal[Contribution]{Item: k, Reason: reason})
			continue
		}
		out.Accepted = append(out.Accepted, k)
	}
	return out
}
