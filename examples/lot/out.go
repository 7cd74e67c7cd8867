package main

import (
	"bytes"
	"strconv"

	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
)

// The output columns, in the order of the package doc.
const (
	outLine = iota
	outID
	outDate
	outScheme
	outSession
	outVerdict
	outStatus
	outTotal
	outEligible
	outGrant
	outPromise
	outRemainder
	outMissing
	outMissingLabels
	outCriterion
	outReason
)

// outColumns are the output columns, indexed by the constants above.
var outColumns = [...]column{
	outLine:          {"line", "the project's line in the input, the header being line 1"},
	outID:            {"id", "the project's id, as given"},
	outDate:          {"date", "the day of the orientation, YYYY-MM-DD"},
	outScheme:        {"scheme", "the scheme: incubateur-territoires, services-usagers, donnees, cooperation"},
	outSession:       {"session", "the session in force on the date"},
	outVerdict:       {"verdict", "eligible, undetermined or ineligible"},
	outStatus:        {"status", "the session's intake on the date: upcoming, open or closed"},
	outTotal:         {"total", "the budget's total"},
	outEligible:      {"eligible", "the eligible base: the total less the costs the session excludes"},
	outGrant:         {"grant", "the grant, where the promise gives one"},
	outPromise:       {"promise", "grant, conditional, none or closed (the intake is closed)"},
	outRemainder:     {"remainder", "what the applicants pay: the total less the grant"},
	outMissing:       {"missing", "the facts that would settle the open criteria, as slugs, separated by semicolons"},
	outMissingLabels: {"missing-labels", "the same facts in French, in the same order"},
	outCriterion:     {"criterion", "the first criterion that keeps the project from being eligible"},
	outReason:        {"reason", "that criterion's reason, in French"},
}

// writeHeader writes the first row of the output.
func (o *orienter) writeHeader() error {
	r := o.rec[:]
	for c, col := range outColumns {
		r[c] = col.name
	}
	return o.w.Write(r)
}

// row returns the output row of one option of the project found at line
// of the input, in a slice that the next call reuses.
func (o *orienter) row(line int, id string, opt relance.Option) []string {
	r := o.rec[:]
	clear(r)
	e := opt.Eligibility
	r[outLine] = strconv.Itoa(line)
	r[outID] = id
	r[outDate] = opt.On.String()
	r[outScheme] = string(opt.Scheme.ID())
	r[outSession] = opt.Session.ID()
	r[outVerdict] = e.Verdict.String()
	r[outStatus] = opt.Status.String()
	promise := opt.Promise()
	if f := opt.Funding; f != nil {
		grant := cost.Amount{}
		if promise.Pays() {
			grant = f.Grant
			r[outGrant] = o.amount(grant)
		}
		r[outTotal] = o.amount(f.Total)
		r[outEligible] = o.amount(f.Eligible)
		r[outRemainder] = o.amount(f.Total.Sub(grant))
	}
	r[outPromise] = promise.String()
	if len(e.Missing) > 0 {
		r[outMissing], r[outMissingLabels] = o.missing(e.Missing)
	}
	if c, ok := decisive(e); ok {
		r[outCriterion] = c.Code.String()
		r[outReason] = c.Reason()
	}
	return r
}

// amount returns a as the amount columns write it: "40000.00", or
// "40000,00" with a decimal comma.
func (o *orienter) amount(a cost.Amount) string {
	b, _ := a.AppendText(o.buf[:0]) // never fails
	if o.decimalComma {
		b[bytes.LastIndexByte(b, '.')] = ','
	}
	o.buf = b
	return string(b)
}

// missing returns the missing and missing-labels columns of the facts that
// paths name, as Eligibility.Missing lists them: their slugs separated by
// semicolons, and their French labels (scheme.FactLabel) separated by « ; ».
func (o *orienter) missing(paths []string) (slugs, labels string) {
	b := o.buf[:0]
	for i, path := range paths {
		if i > 0 {
			b = append(b, ';')
		}
		b = appendFactSlug(b, path)
	}
	slugs = string(b)
	b = b[:0]
	for i, path := range paths {
		if i > 0 {
			b = append(b, french.Semicolon...)
		}
		b = append(b, scheme.FactLabel(path)...)
	}
	o.buf = b
	return slugs, string(b)
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
