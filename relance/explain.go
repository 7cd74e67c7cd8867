package relance

import (
	"strings"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/scheme"
)

// Explain renders the options of an orientation in French, one block per
// scheme in the order given, separated by a blank line. See
// [Option.Explain].
func Explain(options []Option) string {
	var b strings.Builder
	for i, o := range options {
		if i > 0 {
			b.WriteByte('\n')
		}
		o.write(&b)
	}
	return b.String()
}

// Explain renders the option in French, in a few lines: the scheme and its
// session, the verdict, the calendar on the date and the step open, the
// decisive reasons (every criterion of an eligible project, the unmet ones of
// an ineligible project, the open ones of an undetermined project), the
// missing facts, the grant with its computation, and, when the session is
// closed, the next one and what changes.
func (o Option) Explain() string {
	var b strings.Builder
	o.write(&b)
	return b.String()
}

func (o Option) write(b *strings.Builder) {
	b.WriteString(o.Scheme.Name())
	b.WriteString(" (")
	b.WriteString(o.Scheme.Operator())
	b.WriteString(") — ")
	b.WriteString(o.Session.Name())
	b.WriteString("\n  Verdict" + french.Colon)
	b.WriteString(o.Eligibility.Verdict.Label())
	b.WriteString("\n  Calendrier" + french.Colon)
	b.WriteString(windowFrench(o.Session.IntakeOn(o.On).Window, o.Status))
	if o.Phase != nil {
		b.WriteString(french.Semicolon + "étape en cours" + french.Colon)
		b.WriteString(o.Phase.Name)
	}
	b.WriteByte('\n')
	for _, c := range o.Eligibility.Criteria {
		if !decisive(o.Eligibility.Verdict, c.Outcome) {
			continue
		}
		b.WriteString("  ")
		b.WriteString(marker(c.Outcome))
		b.WriteByte(' ')
		b.WriteString(c.Reason())
		b.WriteByte('\n')
	}
	if len(o.Eligibility.Missing) > 0 {
		b.WriteString("  Informations manquantes" + french.Colon)
		for i, path := range o.Eligibility.Missing {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(scheme.FactLabel(path))
		}
		b.WriteByte('\n')
	}
	if f := o.Funding; f != nil {
		b.WriteString("  Dépenses retenues" + french.Colon)
		b.WriteString(f.Eligible.French())
		b.WriteString(" sur ")
		b.WriteString(f.Total.French())
		b.WriteString("\n  Subvention" + french.Colon)
		b.WriteString(f.Rate.French())
		b.WriteString(" × ")
		b.WriteString(f.Eligible.French())
		b.WriteString(" = ")
		b.WriteString(f.Grant.French())
		if f.Capped {
			b.WriteString(" (plafonnée)")
		}
		b.WriteString(french.Semicolon + "reste à charge" + french.Colon)
		b.WriteString(f.Remainder.French())
		b.WriteByte('\n')
	}
	if n := o.Next; !n.IsZero() {
		b.WriteString("  Prochaine session" + french.Colon)
		b.WriteString(n.Name())
		b.WriteString(", ")
		b.WriteString(windowFrench(n.IntakeOn(o.On).Window, calendar.Upcoming))
		b.WriteString(changes(o.Session, n))
		b.WriteByte('\n')
	}
}

// windowFrench says where a window stands: "ouvert jusqu’au 28 mai 2021",
// "ouvre le 8 octobre 2021", "clos depuis le 29 mai 2021".
func windowFrench(w calendar.Window, s calendar.Status) string {
	switch s {
	case calendar.Upcoming:
		return "ouvre le " + w.First().French()
	case calendar.Open:
		if w.OpenEnded() {
			return "ouvert depuis le " + w.First().French()
		}
		return "ouvert jusqu’au " + w.Last().French()
	default:
		return "clos depuis le " + w.Last().AddDays(1).French()
	}
}

// changes lists in French what the next session changes: its rate and its
// population threshold.
func changes(cur, next scheme.Session) string {
	var parts []string
	if n, c := next.Funding().Rate, cur.Funding().Rate; n != c {
		parts = append(parts, "taux "+n.French()+" au lieu de "+c.French())
	}
	if n, c := next.Rules().Threshold, cur.Rules().Threshold; n != c {
		parts = append(parts, "seuil "+french.Int(int64(n))+" habitants au lieu de "+french.Int(int64(c)))
	}
	if len(parts) == 0 {
		return ""
	}
	return " — " + strings.Join(parts, ", ")
}

// decisive reports whether a criterion with outcome out explains verdict v.
func decisive(v scheme.Verdict, out scheme.Outcome) bool {
	switch v {
	case scheme.Ineligible:
		return out == scheme.NotMet
	case scheme.Undetermined:
		return out == scheme.Unknown
	default:
		return true
	}
}

func marker(out scheme.Outcome) string {
	switch out {
	case scheme.Met:
		return "✓"
	case scheme.NotMet:
		return "✗"
	default:
		return "?"
	}
}
