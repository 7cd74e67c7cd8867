package relance

import (
	"encoding/json"
	"slices"
	"strings"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/scheme"
)

// Question is a fact of a project that the orientation waits on: a fact
// that some options list as missing, with how many of their criteria it
// would settle. [NextQuestions] ranks them, the most useful first — what
// Publicodes calls the next question.
//
// Question is a plain value; its Schemes slice belongs to the caller. It
// marshals to JSON as {"fact", "label", "criteria", "schemes"}: label is
// [Question.Label], written for people and not read back; schemes is []
// when empty, never null.
type Question struct {
	// Fact is the fact, by its Go field path in scheme.Project, as
	// scheme.Eligibility.Missing lists it: "Lead.Kind",
	// "Members[1].Population", "Themes"…
	Fact string `json:"fact"`
	// Criteria is the number of unknown criteria, across the undetermined
	// options, that wait on the fact: giving it settles them, or brings
	// those that wait on other facts too one fact closer.
	Criteria int `json:"criteria"`
	// Schemes are the schemes whose verdict waits on the fact, in the order
	// of the options.
	Schemes []scheme.ID `json:"schemes"`
}

// Label returns the fact in French, for people, as scheme.FactLabel words
// it: « la nature du porteur ».
func (q Question) Label() string { return scheme.FactLabel(q.Fact) }

// questionJSON is the JSON form of a Question.
type questionJSON struct {
	Fact     string      `json:"fact"`
	Label    string      `json:"label"`
	Criteria int         `json:"criteria"`
	Schemes  []scheme.ID `json:"schemes"`
}

// MarshalJSON implements [json.Marshaler]: {"fact", "label", "criteria",
// "schemes"}.
func (q Question) MarshalJSON() ([]byte, error) {
	j := questionJSON{Fact: q.Fact, Label: q.Label(), Criteria: q.Criteria, Schemes: q.Schemes}
	if j.Schemes == nil {
		j.Schemes = []scheme.ID{}
	}
	return json.Marshal(j)
}

// UnmarshalJSON implements [json.Unmarshaler]: it reads what MarshalJSON
// writes; the label, derived from the fact, is not read back. On error q is
// unchanged.
func (q *Question) UnmarshalJSON(data []byte) error {
	var j questionJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	*q = Question{Fact: j.Fact, Criteria: j.Criteria, Schemes: j.Schemes}
	return nil
}

// NextQuestions ranks the facts that the options wait on, the one that
// would settle the most criteria first: for each fact listed as missing by
// an option that a question can still change, the unknown criteria of
// those options that read it (Question.Criteria), and the schemes whose
// verdict it could decide. Facts that settle as many criteria come in the
// order of the schemes that wait on more of them, then in the order in
// which the options list them.
//
// A criterion reads the facts that scheme.Session.Check documents: the
// demandeur the lead's kind; the ampleur the lead's kind, the populations
// of the lead and the members, and whether the project covers a whole
// département; the besoin-commun the shared need; the thematique the
// themes; the bonnes-pratiques the practices; the resultats the start and
// results dates; the commencement the start date, and the day of the
// request where the check had no day.
//
// An option asks no question when nothing can come of an answer: its
// verdict is concluded already (Eligible or Ineligible), or its session's
// intake is closed on the date and no later session is to open. When the
// intake is closed and a later session is to open ([Option.Next]), the
// questions are those of the project under that session's rules
// ([Option.NextEligibility]), if it is undetermined there. When no option
// asks, NextQuestions returns an empty list, not nil, which JSON writes [].
func NextQuestions(options []Option) []Question {
	out := []Question{}
	// Where each fact is in out, and which schemes each fact lists: a
	// project with many members misses many facts.
	place := map[string]int{}
	type factScheme struct {
		fact   string
		scheme scheme.ID
	}
	listed := map[factScheme]bool{}
	for _, o := range options {
		e, ok := o.pending()
		if !ok {
			continue
		}
		for _, fact := range e.Missing {
			n := 0
			for _, c := range e.Criteria {
				if c.Outcome == scheme.Unknown && reads(c.Code, fact) {
					n++
				}
			}
			i, ok := place[fact]
			if !ok {
				out = append(out, Question{Fact: fact})
				i = len(out) - 1
				place[fact] = i
			}
			out[i].Criteria += n
			if id := o.Scheme.ID(); !listed[factScheme{fact, id}] {
				listed[factScheme{fact, id}] = true
				out[i].Schemes = append(out[i].Schemes, id)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Question) int {
		if a.Criteria != b.Criteria {
			return b.Criteria - a.Criteria
		}
		return len(b.Schemes) - len(a.Schemes)
	})
	return out
}

// pending returns the eligibility of o that questions can still settle,
// and whether there is one: o's own while its intake is open or to open,
// the next session's when its intake is closed and a later one is to open;
// none when that eligibility is concluded.
func (o Option) pending() (scheme.Eligibility, bool) {
	e := o.Eligibility
	if o.Status == calendar.Closed {
		if o.NextEligibility == nil {
			return scheme.Eligibility{}, false
		}
		e = *o.NextEligibility
	}
	return e, e.Verdict == scheme.Undetermined
}

// reads reports whether the criterion of code reads the fact at path.
func reads(code scheme.CriterionCode, path string) bool {
	switch code {
	case scheme.CodeDemandeur:
		return path == "Lead.Kind"
	case scheme.CodeAmpleur:
		return path == "Lead.Kind" || path == "Lead.Population" || path == "Departement" ||
			strings.HasPrefix(path, "Members[") && strings.HasSuffix(path, "].Population")
	case scheme.CodeBesoinCommun:
		return path == "SharedNeed"
	case scheme.CodeThematique:
		return path == "Themes"
	case scheme.CodeBonnesPratiques:
		return path == "Practices"
	case scheme.CodeResultats:
		return path == "Start" || path == "Results"
	case scheme.CodeCommencement:
		return path == "Start" || path == "Requested"
	}
	return false
}
