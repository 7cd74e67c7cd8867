package bridge

import (
	"encoding/json"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
	"github.com/planrelance/numerique/scheme/territoire"
)

// Lookup finds a body by its official code: a commune by its INSEE code, an
// EPCI by its SIREN, a département or a région, as scheme/territoire's Lookup
// does. It returns an error for a code it does not know.
type Lookup func(code string) (scheme.Body, error)

// Complete completes a project whose bodies are given by their official
// codes, as scheme/territoire's Complete does: it fills what the project
// leaves empty, counts each inhabitant once (Project.Overlap) and answers
// Departement when the data settles it; it reports each code it cannot
// take as a *territoire.CodeError that names its field ("Members[2].ID").
type Complete func(p scheme.Project) (scheme.Project, error)

// TerritoriesSource names the data of scheme/territoire, which the page
// credits.
const TerritoriesSource = "Etalab, @etalab/decoupage-administratif 1.1.1 (géographie au 1er janvier 2021)\u00a0; " + territoire.Populations

// Bridge answers the page: it reads the form's [Request], orients the
// project with relance.Orient, and gives back a [Response] that the page
// shows as it is, figures and French included.
//
// Bridge is a small value, safe for concurrent use. The zero Bridge has no
// data on the territories: the page offers no official code, and a request
// that gives one gets a problem on that field. [Bridge.WithTerritories]
// gives it scheme/territoire's.
type Bridge struct {
	// Lookup finds a body by its official code; nil when the simulator has
	// no data on the territories. With Complete, it lets the bridge read
	// official codes.
	Lookup Lookup
	// Search finds bodies by name, for the page to propose them as the
	// person types; nil when the simulator has no data on the territories.
	Search Search
	// Complete completes the bodies given by their official codes; nil
	// when the simulator has no data on the territories. The bridge reads
	// official codes only when it has both Lookup and Complete.
	Complete Complete
	// Source names the data on the territories, for the page to credit:
	// « Etalab, @etalab/decoupage-administratif 1.1.1 (géographie au 1er
	// janvier 2021) ; populations légales en vigueur en 2021 (millésime
	// 2018), population municipale ».
	Source string
}

// WithTerritories returns b with the data of scheme/territoire: its Lookup,
// Search and Complete, and [TerritoriesSource]. Nothing of that data is read
// before the first request that gives a code or the first search.
func (b Bridge) WithTerritories() Bridge {
	b.Lookup, b.Search, b.Complete, b.Source = territoire.Lookup, territoire.Search, territoire.Complete, TerritoriesSource
	return b
}

// codes reports whether b reads official codes.
func (b Bridge) codes() bool { return b.Lookup != nil && b.Complete != nil }

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
	// Path is the JSON path in the request of a problem of the request
	// itself ([CodeRequestKey], [CodeRequestDuplicate],
	// [CodeRequestValue]): "lead.populaton", "members[1].population";
	// omitted otherwise. Value is the value at Path, quoted and cut after
	// 64 characters, a number as the request writes it: "12000"; omitted
	// when the problem is the key, or a whole object or list.
	Path  string `json:"path,omitempty"`
	Value string `json:"value,omitempty"`
	// Suggestions are the bodies that an unknown official code may have
	// meant, best first ([CodeLookupFailed]); omitted when none.
	Suggestions []Territory `json:"suggestions,omitempty"`
}

// FieldNote is what the data says of a field that the person left
// unanswered, for the page to show next to it.
type FieldNote struct {
	Field   string `json:"field"`   // the form's field: "departement"
	Value   string `json:"value"`   // the answer the data gives: "yes" or "no"
	Message string `json:"message"` // in French
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
	// Requested is the day the grant request is received, as the checks
	// read it: the date of the request's « requested », or the date of
	// orientation when it gives none; RequestedFrench says it in French.
	// "" when the project was not oriented.
	Requested       string `json:"requested"`
	RequestedFrench string `json:"requested_french"`
	// Summary says in one sentence what the orientation found, and how many
	// fields are to correct, for the page to announce.
	Summary string `json:"summary"`
	// Glance says the results in two lines, for a phone to show above the
	// fold; nil when the project was not oriented.
	Glance *Glance `json:"glance,omitempty"`
	// Found are the bodies that the official codes of the form name, in
	// the order of the form; never nil.
	Found []Found `json:"found"`
	// Deduced are the answers that the official data gives to questions
	// that the person left unanswered — whether the project covers a whole
	// département —, each on its field; never nil.
	Deduced []FieldNote `json:"deduced"`
	// Question is the next question to answer, the most useful first as
	// relance.NextQuestions ranks them; nil when none.
	Question *Question `json:"question,omitempty"`
	// Options are the cards, one per scheme, in relance.Orient's order:
	// eligible first, then to settle, then ineligible.
	Options []Card `json:"options"`
	// Timeline places every session's phases, as published on the date.
	Timeline *Timeline `json:"timeline,omitempty"`
}

// Orient answers a request given as JSON with a response as JSON: it is the
// function the page calls. It never fails: a request that is not the JSON
// of a [Request] gets a response whose problems say where, every one
// ([CodeRequestSyntax], [CodeRequestKey], [CodeRequestDuplicate],
// [CodeRequestValue]), and no card.
func (b Bridge) Orient(request []byte) []byte {
	r, problems := decodeRequest(request)
	if len(problems) > 0 {
		resp := Response{Errors: problems, Found: []Found{}, Deduced: []FieldNote{}, Options: []Card{}}
		resp.Summary = summary(calendar.Date{}, nil, whyBadRequest, 0) // no field of the form to correct
		return mustJSON(resp)
	}
	return mustJSON(b.Answer(r))
}

// Answer orients the project that r describes, as [Bridge.Orient] does
// from JSON.
func (b Bridge) Answer(r Request) Response {
	x := b.read(r)
	return x.respond()
}

// respond orients the project read, and says what the page shows.
func (x *reading) respond() Response {
	resp := Response{Errors: x.errors, Found: x.found, Deduced: x.deduced, Options: []Card{}}
	if resp.Errors == nil {
		resp.Errors = []FieldError{}
	}
	if resp.Found == nil {
		resp.Found = []Found{}
	}
	if resp.Deduced == nil {
		resp.Deduced = []FieldNote{}
	}
	why := x.why()
	var options []relance.Option
	if on := x.on; !on.IsZero() {
		var err error
		options, err = relance.Orient(x.project, on)
		if err != nil {
			// Not reached: reading leaves out every fact that Orient
			// refuses. Say so rather than show nothing without a word.
			resp.Errors = append(resp.Errors, newFieldError("", CodeProjectInvalid, ""))
			why = whyNotExamined
		} else {
			resp.Ready = true
			resp.On, resp.OnFrench = on.String(), on.French()
			requested := x.project.Requested
			if requested.IsZero() {
				requested = on
			}
			resp.Requested, resp.RequestedFrench = requested.String(), requested.French()
			for _, o := range options {
				resp.Options = append(resp.Options, newCard(o, x.rows))
			}
			if q := relance.NextQuestions(options); len(q) > 0 {
				first := question(q[0].Fact, x.rows)
				resp.Question = &first
			}
			resp.Glance = newGlance(options, len(x.project.Budget) > 0)
			resp.Timeline = newTimeline(scheme.All(), on)
		}
	}
	resp.Summary = summary(x.on, options, why, fields(resp.Errors))
	return resp
}

// why says why the project read cannot be oriented, if it cannot: its
// date of orientation is missing, does not exist or does not read.
func (x *reading) why() string {
	for _, e := range x.errors {
		if e.Field != "on" {
			continue
		}
		switch e.Code {
		case CodeDateMissing:
			return whyNoDate
		case CodeDateInvalid:
			return "la date " + quoted(x.onText) + " n’existe pas"
		}
		return whyBadDate
	}
	return whyNoDate
}

// fields counts the fields that have problems to correct: a date of
// orientation not yet given is none, only missing.
func fields(errs []FieldError) int {
	seen := map[string]bool{}
	for _, e := range errs {
		if e.Code != CodeDateMissing {
			seen[e.Field] = true
		}
	}
	return len(seen)
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
