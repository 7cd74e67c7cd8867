package main

import (
	"strconv"
	"strings"

	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
)

// outColumns names the output columns, in the order of the package doc.
var outColumns = [...]string{
	"line", "id", "date", "scheme", "session", "verdict", "status",
	"total", "eligible", "grant", "promise", "remainder", "missing", "criterion", "reason",
}

// writeHeader writes the first row of the output.
func (o *orienter) writeHeader() error {
	return o.w.Write(outColumns[:])
}

// row returns the output row of one option of the project found at line
// of the input, in a slice that the next call reuses.
func (o *orienter) row(line int, id string, opt relance.Option) []string {
	r := o.rec[:]
	clear(r)
	e := opt.Eligibility
	r[0] = strconv.Itoa(line)
	r[1] = id
	r[2] = opt.On.String()
	r[3] = string(opt.Scheme.ID())
	r[4] = opt.Session.ID()
	r[5] = e.Verdict.String()
	r[6] = opt.Status.String()
	promise := opt.Promise()
	if f := opt.Funding; f != nil {
		grant := cost.Amount{}
		if promise.Pays() {
			grant = f.Grant
			r[9] = grant.String()
		}
		r[7] = f.Total.String()
		r[8] = f.Eligible.String()
		r[11] = f.Total.Sub(grant).String()
	}
	r[10] = promise.String()
	r[12] = strings.Join(e.Missing, ";")
	if c, ok := decisive(e); ok {
		r[13] = c.Code
		r[14] = c.Reason()
	}
	return r
}

// decisive returns the first criterion that keeps e from being eligible:
// the first not met when e is Ineligible, the first left open when it is
// Undetermined; false when e is Eligible.
func decisive(e scheme.Eligibility) (scheme.Criterion, bool) {
	want := scheme.Unknown
	switch e.Verdict {
	case scheme.Eligible:
		return scheme.Criterion{}, false
	case scheme.Ineligible:
		want = scheme.NotMet
	}
	for _, c := range e.Criteria {
		if c.Outcome == want {
			return c, true
		}
	}
	return scheme.Criterion{}, false
}
