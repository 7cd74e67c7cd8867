package bridge

import (
	"encoding/json"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
)

// Lookup finds a body by its official code: a commune by its INSEE code, an
// EPCI by its SIREN, a département or a région, as scheme/territoire's Lookup
// does. It returns an error for a code it does not know.
type Lookup func(code string) (scheme.Body, error)

// Bridge answers the page: it reads the form's [Request], orients the
// project with relance.Orient, and gives back a [Response] that the page
// shows as it is, figures and French included.
//
// Bridge is a small value, safe for concurrent use. The zero Bridge has no
// [Lookup]: the page offers no official code, and a request that gives one
// gets a problem on that field.
type Bridge struct {
	// Lookup finds a body by its official code; nil when the simulator has
	// no data on the territories.
	Lookup Lookup
	// Search finds bodies by name, for the page to propose them as the
	// person types; nil when the simulator has no data on the territories.
	Search Search
	// Source names the data on the territories, for the page to credit:
	// « Etalab, @etalab/decoupage-administratif 1.1.1, millésime 2021 ».
	Source string
}

// FieldError is a problem with one field of the form, for the page to show
// next to it.
type FieldError struct {
	// Field names the form's field: "on", "lead.population",
	// "members.1.population", "budget.2.amount", "results"; a member's row,
	// "members.1", for a problem of the whole member; "" for the request as
	// a whole. The page's input, or row, for field F has the id "f-" + F
	// with its dots turned into dashes.
	Field   string `json:"field"`
	Code    string `json:"code"`    // what is wrong: one of the Code… constants
	Message string `json:"message"` // the problem in French, and how to write it
}

// Response is what the page shows for a request.
type Response struct {
	// Errors are the problems of the request, each on its field, in the
	// order of the form; never nil. The orientation goes on without the
	// facts they concern.
	Errors []FieldError `json:"errors"`
	// Ready reports whether the project was oriented: false when the date
	// of orientation is missing or unreadable, or the request cannot be
	// read. The page keeps what it showed before.
	Ready bool `json:"ready"`
	// On is the date of orientation, "2021-03-01"; OnFrench « 1er mars 2021 ».
	On       string `json:"on"`
	OnFrench string `json:"on_french"`
	// Summary says in one sentence what the orientation found, and how many
	// fields are to correct, for the page to announce.
	Summary string `json:"summary"`
	// Found are the bodies that the official codes of the form name, in
	// the order of the form; never nil.
	Found []Found `json:"found"`
	// Question is the next question to answer: the first missing fact of
	// the first scheme whose verdict is to settle; "" when none.
	Question *Question `json:"question,omitempty"`
	// Options are the cards, one per scheme, in relance.Orient's order:
	// eligible first, then to settle, then ineligible.
	Options []Card `json:"options"`
	// Timeline places every session's phases, as published on the date.
	Timeline *Timeline `json:"timeline,omitempty"`
}

// Orient answers a request given as JSON with a response as JSON: it is the
// function the page calls. It never fails: a request that is not JSON, or
// not a Request, gets a response whose only problem says so
// ([CodeRequestSyntax]).
func (b Bridge) Orient(request []byte) []byte {
	var r Request
	var resp Response
	if err := json.Unmarshal(request, &r); err != nil {
		resp = Response{Errors: []FieldError{newFieldError("", CodeRequestSyntax, "")}, Found: []Found{}, Options: []Card{}}
		resp.Summary = summary(calendar.Date{}, nil, whyBadRequest, 1)
	} else {
		resp = b.Answer(r)
	}
	return mustJSON(resp)
}

// Answer orients the project that r describes, as [Bridge.Orient] does
// from JSON.
func (b Bridge) Answer(r Request) Response {
	x := b.read(r)
	return x.respond()
}

// respond orients the project read, and says what the page shows.
func (x *reading) respond() Response {
	resp := Response{Errors: x.errors, Found: x.found, Options: []Card{}}
	if resp.Errors == nil {
		resp.Errors = []FieldError{}
	}
	if resp.Found == nil {
		resp.Found = []Found{}
	}
	why := whyNoDate
	if x.onGiven {
		why = whyBadDate
	}
	if on := x.on; !on.IsZero() {
		options, err := relance.Orient(x.project, on)
		if err != nil {
			// Not reached: reading leaves out every fact that Orient
			// refuses. Say so rather than show nothing without a word.
			resp.Errors = append(resp.Errors, newFieldError("", CodeProjectInvalid, ""))
			why = whyNotExamined
		} else {
			resp.Ready = true
			resp.On = on.String()
			resp.OnFrench = on.French()
			for _, o := range options {
				resp.Options = append(resp.Options, newCard(o, x.project, x.rows))
			}
			resp.Question = nextQuestion(resp.Options)
			resp.Timeline = newTimeline(scheme.All(), on)
		}
	}
	resp.Summary = summary(x.on, resp.Options, why, fields(resp.Errors))
	return resp
}

// fields counts the fields that have problems.
func fields(errs []FieldError) int {
	seen := map[string]bool{}
	for _, e := range errs {
		seen[e.Field] = true
	}
	return len(seen)
}

// nextQuestion is the first question of the first card to settle.
func nextQuestion(cards []Card) *Question {
	for _, c := range cards {
		if c.Verdict == "undetermined" && len(c.Questions) > 0 {
			q := c.Questions[0]
			return &q
		}
	}
	return nil
}

// mustJSON encodes v, which holds only strings, numbers, booleans and
// slices of them: encoding cannot fail.
func mustJSON(v any) []byte {
	data, err := json.Marshal(v)
	if err != nil {
		panic("bridge: " + err.Error()) // unreachable: see above
	}
	return data
}
