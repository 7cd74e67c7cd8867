package scheme

import (
	"errors"
	"strconv"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/internal/quote"
)

// Project is a digital project as an applicant describes it: who carries it
// and who pools it, what it is about, what it commits to, when it starts and
// delivers, and what it costs. [Scheme.Check] judges it against a scheme;
// [Project.Validate] reports the facts that make no sense.
//
// Project is a value type that holds slices: copying a Project shares its
// members, themes, practices and budget, and == does not apply to it. Its
// methods never modify it, and it is safe for concurrent use as long as no
// one writes to it.
//
// Every field's zero value means "not given", never "no": the zero Project is
// a project about which nothing is known yet, valid, and judged Undetermined
// by every scheme in every session, with every fact that would settle it
// listed in [Eligibility.Missing].
//
// In JSON a Project is {"title", "lead", "members", "departement",
// "shared_need", "themes", "practices", "start", "results", "budget",
// "overlap", "requested"}: the bodies as [Body] writes them, the answers as
// "yes" or "no", the themes and practices as their slugs, the dates as
// "2021-03-15", the budget as [cost.Budget] writes it. A fact not given is
// left out — an empty title, a lead about which nothing is known, an empty
// list, an unanswered question, a date not given, an overlap of 0 — never
// written as a sentinel or a null: the zero Project is {}. Decoding is strict ([Project.UnmarshalJSON]): an unknown or
// repeated key, a value of the wrong kind and a value that no project can
// hold — an unknown kind, theme, practice or answer, a date that is none, a
// negative population — are each an error that names its JSON path
// ("members[2].kind") and quotes the value at a bounded length.
type Project struct {
	// Title names the project, for people.
	Title string `json:"title,omitempty"`
	// Lead is the applicant that carries the project and applies.
	Lead Body `json:"lead,omitzero"`
	// Members are the other bodies that pool the project (mutualisation):
	// their populations count towards its scale. Each is listed once.
	Members []Body `json:"members,omitempty"`
	// Departement answers: does the project cover a whole département?
	Departement Answer `json:"departement,omitempty"`
	// SharedNeed answers: is the need common to other collectivités?
	SharedNeed Answer `json:"shared_need,omitempty"`
	// Themes are what the project is about; empty when not given.
	Themes []Theme `json:"themes,omitempty"`
	// Practices are the good practices the applicant commits to; empty when
	// not given.
	Practices []Practice `json:"practices,omitempty"`
	// Start is the day the project starts; the zero Date when not given.
	Start calendar.Date `json:"start,omitzero"`
	// Results is the day concrete results are due; the zero Date when not
	// given.
	Results calendar.Date `json:"results,omitzero"`
	// Budget is the project's cost, line by line; nil when not given.
	Budget cost.Budget `json:"budget,omitempty"`
	// Overlap is the number of inhabitants that the populations of the
	// bodies count more than once, because their territories overlap: a
	// commune listed with its own EPCI, an EPCI with the département that
	// holds it, the commune 75056 with the département 75 (Ville de Paris).
	// The covered population is the sum of the populations given, partners
	// aside, less Overlap: each inhabitant counts once. Package
	// scheme/territoire computes it from the official geography
	// (territoire.Complete); a caller may state it. 0: no overlap known.
	Overlap int `json:"overlap,omitempty"`
	// Requested is the day the grant request is received; the zero Date
	// when not given, which the checks read as the day of the check (the
	// date of [Scheme.Check], of [Session.CheckOn], of an orientation).
	// Under décret n° 2018-514, no commencement of the project may precede
	// it.
	Requested calendar.Date `json:"requested,omitzero"`
}

// Validate reports every fact of p that makes no sense, all at once
// ([errors.Join]), each as a [*FieldError] that wraps [ErrInvalidProject],
// names the fact by its Go field path and quotes its value:
//   - an unknown Kind of the lead or a member ("mairie"); the empty Kind is
//     not given, not invalid;
//   - a negative Population;
//   - a body that counts twice: a non-empty ID given twice among the lead and
//     the members, or a member without ID alike in every field to the lead
//     or an earlier member (bodies about which nothing is known aside) — a
//     body's population counts once [choice];
//   - an Answer other than [Unanswered], [Yes] and [No];
//   - an unknown Theme or Practice, "" included;
//   - a negative Overlap, or one above the sum of the populations given
//     (partners aside, each body once), from which it is subtracted; an
//     Overlap of 0 is always valid;
//   - a Results date before the Start date (when both are given);
//   - every problem of [cost.Budget.Validate], each in its own FieldError
//     for "Budget[i]" (the line's label quoted as its Value), or "Budget" for
//     the whole budget, that wraps the cost error, so that errors.Is(err,
//     cost.ErrNegativeAmount) and errors.As(err, &lineErr) hold.
//
// Validate returns nil for a valid project, the zero Project included. It
// does not judge eligibility: that is [Scheme.Check]'s job, and a valid
// project may well be ineligible.
func (p Project) Validate() error {
	var errs []error
	report := func(field, value string, err error) {
		errs = append(errs, &FieldError{Field: field, Value: value, Err: err})
	}

	bodies := twins{p: &p}
	body := func(i int, b Body) {
		if b.Kind != "" && !b.Kind.IsValid() {
			report(bodyPath(i)+".Kind", quote.Input(string(b.Kind)), errUnknownKind)
		}
		if b.Population < 0 {
			report(bodyPath(i)+".Population", strconv.Itoa(b.Population), errNegativePopulation)
		}
		switch first, twin := bodies.of(i, &b); {
		case !twin:
		case b.ID != "":
			report(bodyPath(i)+".ID", quote.Input(b.ID), errors.New("same ID as "+bodyPath(first)+".ID"))
		default:
			report(bodyPath(i), "", errors.New("same body as "+bodyPath(first)+", which counts once"))
		}
	}
	body(-1, p.Lead)
	for i, m := range p.Members {
		body(i, m)
	}

	answer := func(field string, a Answer) {
		if !a.IsValid() {
			report(field, strconv.Itoa(int(a)), errUnknownAnswer)
		}
	}
	answer("Departement", p.Departement)
	answer("SharedNeed", p.SharedNeed)

	for i, t := range p.Themes {
		if !t.IsValid() {
			report("Themes["+strconv.Itoa(i)+"]", quote.Input(string(t)), errUnknownTheme)
		}
	}
	for i, pr := range p.Practices {
		if !pr.IsValid() {
			report("Practices["+strconv.Itoa(i)+"]", quote.Input(string(pr)), errUnknownPractic)
		}
	}

	if p.Overlap != 0 {
		if err := p.overlapProblem(); err != nil {
			report("Overlap", strconv.Itoa(p.Overlap), err)
		}
	}

	if !p.Start.IsZero() && !p.Results.IsZero() && p.Results.Before(p.Start) {
		report("Results", strconv.Quote(p.Results.String()), errors.New("before Start "+strconv.Quote(p.Start.String())))
	}

	if err := p.Budget.Validate(); err != nil {
		// One FieldError per problem of the budget, which cost joins.
		for _, e := range unjoin(err) {
			var line *cost.LineError
			if errors.As(e, &line) {
				report("Budget["+strconv.Itoa(line.Index)+"]", quote.Input(line.Label), e)
			} else {
				report("Budget", "", e)
			}
		}
	}
	return errors.Join(errs...)
}

// bodyPath returns the Go field path of body i of a project: "Lead" for -1,
// "Members[i]" otherwise.
func bodyPath(i int) string {
	if i < 0 {
		return "Lead"
	}
	return "Members[" + strconv.Itoa(i) + "]"
}

// overlapProblem returns what is wrong with p.Overlap, which is not 0: it is
// negative, or above the populations given, partners aside, each body once.
func (p *Project) overlapProblem() error {
	if p.Overlap < 0 {
		return errNegativeOverlap
	}
	if sum := cover(p).sum; p.Overlap > sum {
		return errors.New("above the populations given, " + strconv.Itoa(sum) + " inhabitants")
	}
	return nil
}
