package relance

import (
	"cmp"
	"slices"

	"github.com/planrelance/numerique/calendar"
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
	ReasonUnknownTheme    = "thematique-inconnue"  // a contribution's theme is none of scheme.Themes
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
	case ReasonUnknownTheme:
		return "Un des thèmes de la contribution n’est pas reconnu" + french.Colon +
			"choisissez parmi les services aux usagers, les données, la coopération, les outils de travail des agents " +
			"et la formation des agents au numérique."
	default:
		return ""
	}
}

// Support is a collectivité's support for a proposal, during step 2 of the
// consultation (« Vote pour les propositions »).
//
// Support is a value, comparable with ==. The zero Support names no
// proposal and no body; [CountSupports] refuses it.
//
// In JSON a Support is {"proposal", "by", "on"}: the body as [scheme.Body]
// writes it, the date as "2021-04-01"; a proposal or a date not given is
// left out.
type Support struct {
	Proposal string        `json:"proposal,omitempty"` // the proposal's stable ID
	By       scheme.Body   `json:"by"`                 // who supports it; By.ID identifies the collectivité
	On       calendar.Date `json:"on,omitzero"`        // the day of the support, in Paris time
}

// Count is the number of accepted supports of one proposal. It is a value,
// comparable with ==. In JSON a Count is {"proposal", "supports"}.
type Count struct {
	Proposal string `json:"proposal"` // the proposal's ID
	Supports int    `json:"supports"` // how many supports were counted
}

// Rejection is a support that was not counted, with its stable reason code
// (see [ReasonLabel] for the French wording).
//
// Rejection is a value, comparable with ==. It encodes as JSON whatever
// the support holds, an invalid kind included ([Rejection.MarshalJSON]).
type Rejection struct {
	Support Support `json:"support"` // the support as given
	Reason  string  `json:"reason"`  // one of the Reason… codes
}

// Label returns the French explanation of the rejection's reason.
func (r Rejection) Label() string { return ReasonLabel(r.Reason) }

// Tally is the result of counting supports: every proposal with its count,
// most supported first, and the supports that were refused, in input order.
// [CountSupports] and [CountSupportsIn] give each Tally slices of its own,
// never nil, so that both encode as JSON arrays: in JSON a Tally is
// {"counts", "rejected"}, each a list, [] when empty.
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
//
// c is one calendar for every support, whatever its date: to check each
// support against the calendar in force on its own date, as the
// consultation did, use [CountSupportsIn].
func CountSupports(c calendar.Calendar, proposals []string, supports []Support) Tally {
	return countSupports(fixedStep(c, PhaseVote), proposals, supports)
}

// CountSupportsIn counts the supports as [CountSupports] does, but checks
// each support's date against the "vote" phase of the session's calendar
// as published on that date ([scheme.Session.PhaseOn]): the calendar that
// the collectivité could read on the day it gave its support.
//
// In the Incubateur's consultation (the one session of
// scheme.Get(scheme.Incubateur)), the calendar first published on
// 20 January 2021 held the vote from 15 March to 15 April 2021; the
// revision published on 19 March 2021 moved it to 1 April – 1 May 2021. So
// a support dated 20 April 2021 is counted: it is in the revised vote. One
// dated 20 March 2021 is refused "hors-periode": the first calendar's vote
// held that day, but that calendar had been replaced the day before, and
// the revised vote had not begun. One dated 16 March 2021, given while the
// first calendar was still in force, is counted.
//
// The zero Session has no calendar: every support that passes the checks
// before the period's is refused "hors-periode".
func CountSupportsIn(s scheme.Session, proposals []string, supports []Support) Tally {
	return countSupports(datedStep(s, PhaseVote), proposals, supports)
}

// countSupports is CountSupports and CountSupportsIn, with the vote read
// from vote.
func countSupports(vote step, proposals []string, supports []Support) Tally {
	counts := make(map[string]int, len(proposals))
	for _, p := range proposals {
		counts[p] = 0
	}
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

// step is one phase of the consultation, as the checks read it on an
// item's date: either the same window for every date, taken once from a
// fixed calendar, or the phase of a session's calendar as published on each
// date. Reading it allocates nothing.
type step struct {
	id      string
	session scheme.Session
	dated   bool            // read the session's calendar as published on each date
	fixed   calendar.Window // the window, when not dated; the zero Window contains no day
}

// fixedStep returns the phase id of c, for every date; the zero Window,
// which contains no day, when c has no such phase.
func fixedStep(c calendar.Calendar, id string) step {
	p, _ := c.Phase(id)
	return step{id: id, fixed: p.Window}
}

// datedStep returns the phase id of s's calendar as published on each date.
func datedStep(s scheme.Session, id string) step {
	return step{id: id, session: s, dated: true}
}

// contains reports whether d is a day of the step, in the calendar that
// applies on d.
func (st step) contains(d calendar.Date) bool {
	if !st.dated {
		return st.fixed.Contains(d)
	}
	p, _ := st.session.PhaseOn(st.id, d) // the zero Phase, which contains no day, when there is none
	return p.Window.Contains(d)
}

// screen applies the checks that every step of the consultation shares, in
// their documented order: identifier, kind (refused with the reason that
// refuse gives, "" when the kind may take part), period, duplicate. It
// records the accepted (body, subject) pair in seen, and returns "" when it
// accepts.
func screen(by scheme.Body, on calendar.Date, st step, subject string, seen map[[2]string]bool, refuse func(scheme.Kind) string) string {
	if by.ID == "" {
		return ReasonMissingID
	}
	if reason := refuse(by.Kind); reason != "" {
		return reason
	}
	if !st.contains(on) {
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

// Declaration is a collectivité's declaration of interest to become
// « territoire référent » for a retained service, during step 3 of the
// consultation.
//
// Declaration is a value, comparable with ==. In JSON a Declaration is
// {"service", "by", "on"}, as a [Support] is: a service or a date not given
// is left out.
type Declaration struct {
	Service string        `json:"service,omitempty"` // the retained service's stable ID
	By      scheme.Body   `json:"by"`                // who volunteers; By.ID identifies it
	On      calendar.Date `json:"on,omitzero"`       // the day of the declaration, in Paris time
}

// Refusal is an item that the consultation did not accept, with its stable
// reason code (see [ReasonLabel] for the French wording). A Refusal of a
// [Declaration] or a [Contribution] encodes as JSON whatever the item
// holds, invalid values included ([Refusal.MarshalJSON]).
type Refusal[T any] struct {
	Item   T      `json:"item"`   // the item as given
	Reason string `json:"reason"` // one of the Reason… codes
}

// Label returns the French explanation of the refusal's reason.
func (r Refusal[T]) Label() string { return ReasonLabel(r.Reason) }

// Screened is what the consultation accepted and what it refused, each in
// input order. [Referents], [ReferentsIn], [Contributions] and
// [ContributionsIn] give each Screened slices of its own, never nil, so
// that both encode as JSON arrays: in JSON a Screened is {"accepted",
// "refused"}, each a list, [] when empty.
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
//
// c is one calendar for every declaration: to check each against the
// calendar in force on its own date, use [ReferentsIn].
func Referents(c calendar.Calendar, services []string, declarations []Declaration) Screened[Declaration] {
	return referents(fixedStep(c, PhaseReferents), services, declarations)
}

// ReferentsIn checks the declarations as [Referents] does, but checks each
// declaration's date against the "referents" phase of the session's
// calendar as published on that date ([scheme.Session.PhaseOn]).
//
// In the Incubateur's consultation, the calendar first published on
// 20 January 2021 held step 3 from 15 April to 31 May 2021; the revision
// published on 19 March 2021 moved it to 3 May – 30 June 2021 (« du 3 mai
// au 30 juin », in the consultation's FAQ). So a declaration dated 20 April
// 2021 is refused "hors-periode", and one dated 15 June 2021 is accepted.
// The zero Session has no calendar: every declaration that passes the
// checks before the period's is refused "hors-periode".
func ReferentsIn(s scheme.Session, services []string, declarations []Declaration) Screened[Declaration] {
	return referents(datedStep(s, PhaseReferents), services, declarations)
}

// referents is Referents and ReferentsIn, with step 3 read from st.
func referents(st step, services []string, declarations []Declaration) Screened[Declaration] {
	known := make(map[string]bool, len(services))
	for _, s := range services {
		known[s] = true
	}
	seen := make(map[[2]string]bool, len(declarations))
	out := Screened[Declaration]{Accepted: []Declaration{}, Refused: []Refusal[Declaration]{}}
	for _, d := range declarations {
		reason := ReasonUnknownProposal
		if known[d.Service] {
			reason = screen(d.By, d.On, st, d.Service, seen, referent)
		}
		if reason != "" {
			out.Refused = append(out.Refused, Refusal[Declaration]{Item: d, Reason: reason})
			continue
		}
		out.Accepted = append(out.Accepted, d)
	}
	return out
}
