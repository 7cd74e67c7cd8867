package relancetest

import (
	"encoding/json"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/internal/strictjson"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
)

// Format is the format and version of the case files that this package
// writes about: the value of their "format" key, "numerique/cas/2". A
// version that changes what a file means has another value; files keep the
// one they were written for, and [Format1] is still read as it was meant.
const Format = "numerique/cas/2"

// Format1 is the first version of the format, "numerique/cas/1", which
// [Parse] still reads as it was meant: there, "grant" is what the session's
// policy computes for the budget whatever the verdict and the intake, and
// "remainder" the budget less that figure. [Format] made them the money the
// option promises, and added the keys "promise", "facts" and "check", which
// a file of Format1 cannot use.
const Format1 = "numerique/cas/1"

// The checks a case may ask for: its "check" key.
const (
	// checkOrientation judges the project as relance.OrientAmong does, on
	// the case's date: the default.
	checkOrientation = "orientation"
	// checkSession judges it as scheme.Session.Check does, without a day.
	checkSession = "session"
)

// definitionFields and projectFields are scheme.Definition and
// scheme.Project without their methods: strictjson walks into their fields,
// rather than calling their own strict decoders, so that the problems of a
// case come at their paths in the file and the invalid facts a case declares
// are kept verbatim.
type (
	definitionFields scheme.Definition
	projectFields    scheme.Project
)

// fileJSON is a case file as it is written.
type fileJSON struct {
	Format      string              `json:"format"`
	Description string              `json:"description"`
	Catalogue   *bool               `json:"catalogue"`
	Schemes     *[]definitionFields `json:"schemes"`
	Cases       []caseJSON          `json:"cases"`
}

// caseJSON is a case as it is written; its project and its expectations are
// decoded apart, the project once the invalid facts it declares are known,
// then the expectations, so that problems come in the order of the file.
type caseJSON struct {
	Name        string              `json:"name"`
	Description string              `json:"description"`
	Source      string              `json:"source"`
	Date        calendar.Date       `json:"date"`
	Catalogue   *bool               `json:"catalogue"`
	Schemes     *[]definitionFields `json:"schemes"`
	Check       *string             `json:"check"`
	Invalid     []string            `json:"invalid"`
	Project     json.RawMessage     `json:"project"`
	Expect      json.RawMessage     `json:"expect"`
}

// expectJSON is what a case expects of one scheme. A nil field is not
// stated, and not checked.
type expectJSON struct {
	Session   *string                           `json:"session"`
	Verdict   *scheme.Verdict                   `json:"verdict"`
	Status    *calendar.Status                  `json:"status"`
	Criteria  strictjson.Pairs[scheme.Outcome]  `json:"criteria"`
	Branches  strictjson.Pairs[string]          `json:"branches"`
	Facts     strictjson.Pairs[json.RawMessage] `json:"facts"`
	Missing   *[]string                         `json:"missing"`
	Promise   *relance.Promise                  `json:"promise"`
	Eligible  *cost.Amount                      `json:"eligible"`
	Grant     grantJSON                         `json:"grant"`
	Remainder *cost.Amount                      `json:"remainder"`
}

// grantJSON is the grant that a case expects: an amount, or none, which
// the file writes null.
type grantJSON struct {
	stated bool         // the key is given
	amount *cost.Amount // the grant; nil: none
}

// UnmarshalJSON reads an amount as cost.Amount does, or null: no grant.
func (g *grantJSON) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		*g = grantJSON{stated: true}
		return nil
	}
	var a cost.Amount
	if err := a.UnmarshalJSON(data); err != nil {
		return err
	}
	*g = grantJSON{stated: true, amount: &a}
	return nil
}

// File is a case file, parsed and checked: its name and its cases, in the
// order of the file.
//
// File is a plain value; its cases belong to the caller.
type File struct {
	Name        string // the name given to Parse: a path, for people
	Format      string // the file's format: Format, or Format1 for a file of the first version
	Description string // what the file is about, in French; "" when not given
	Cases       []Case
}

// Case is one case of a file: a project, a date, the schemes it is oriented
// among, and what is expected of some of them. [Verify] runs it.
//
// Case is a plain value; its slices belong to the caller, but for Schemes:
// the cases of a file that are oriented among the same schemes share one
// slice of them, so that a file of many cases and many schemes costs their
// sum, not their product; copy it before changing it. Its expectations are
// kept inside, as the file states them: [Verify] compares them, and
// [Result] reports what differs.
type Case struct {
	Name        string        // the case's name, unique in its file: the name of its subtest
	Description string        // what the case is about, in French
	Source      string        // the text it comes from, such as "[seed] « Cofinancement de 50% hors personnel »"
	Date        calendar.Date // the day of the orientation; without a day ("check": "session"), the day that chooses the session and reads its calendar
	// Project is the project oriented, as scheme.Project decodes it, with
	// the invalid facts that Invalid declares kept verbatim.
	Project scheme.Project
	// Invalid are the Go field paths that Project.Validate reports, each
	// once, in the order of the file; nil for a valid project.
	Invalid []string
	// Schemes are the schemes the project is oriented among, in order: the
	// catalogue's, the file's or the case's own definitions, or both;
	// shared with the other cases of the file that take the same.
	Schemes []scheme.Scheme

	file    string        // the file's name
	index   int           // the case's index in its file
	dayless bool          // judged without a day: "check": "session"
	expect  []expectation // in the order of the file
}

// expectation is what a case expects of one scheme.
type expectation struct {
	scheme scheme.Scheme
	path   string // the JSON path of the expectation: `cases[3].expect.donnees`
	// computed is set in a file of Format1, where the grant is the policy's
	// figure whatever the option promises.
	computed bool
	facts    []factExpectation // the facts stated, in the order of the file
	expectJSON
}
