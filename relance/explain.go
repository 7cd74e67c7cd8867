package relance

import (
	"slices"
	"strconv"
	"strings"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
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
// session, the verdict, where the session's intake stands on the date and
// the step in progress (and the revision of the calendar in force, with its
// source), the decisive reasons (every criterion of an eligible project, the
// unmet ones of an ineligible project, the open ones of an undetermined
// project), the missing facts, the money as the verdict allows
// ([Option.Promise]: the grant of an eligible project, the grant « si les
// critères à préciser sont remplis » of an undetermined one, and when to
// apply if the intake is still to open; nothing for an ineligible one; no
// grant but « Dépôt clos » when the intake is closed), and, when the intake
// is closed and a later session is to open, that session: when its intake
// opens, every rule that changes for this project, its verdict under them
// and what it would pay ([Option.NextPromise]).
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
	b.WriteString(o.CalendarText())
	b.WriteByte('\n')
	if r, ok := o.Session.RevisionOn(o.On); ok {
		b.WriteString("  Calendrier révisé le " + r.Published.French())
		if r.Source != "" {
			b.WriteString(" (" + scheme.Cite(r.Source) + ")")
		}
		b.WriteByte('\n')
	}
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
	if facts := scheme.FactLabels(o.Eligibility.Missing); len(facts) > 0 {
		b.WriteString("  Informations manquantes" + french.Colon)
		b.WriteString(strings.Join(facts, ", "))
		b.WriteByte('\n')
	}
	switch p := o.Promise(); {
	case p.Pays():
		writeGrant(b, p.Label(), o.Funding, o.Session)
		if o.Status == calendar.Upcoming {
			b.WriteString("  Demande à déposer" + french.Colon)
			b.WriteString(o.Session.IntakeOn(o.On).Window.French())
			b.WriteByte('\n')
		}
	case p == ClosedIntake:
		b.WriteString("  " + p.Label())
		if o.Next.IsZero() {
			b.WriteString(french.Semicolon + "aucune session ultérieure connue")
		}
		b.WriteByte('\n')
	}
	if n := o.Next; !n.IsZero() {
		b.WriteString("  Prochaine session" + french.Colon)
		b.WriteString(n.Name())
		b.WriteString(", ")
		b.WriteString(IntakeText(n, o.On))
		if parts := o.changes(); len(parts) > 0 {
			b.WriteString(" — " + strings.Join(parts, ", "))
		}
		if e := o.NextEligibility; e != nil {
			b.WriteString(french.Semicolon + "sous ses règles" + french.Colon)
			b.WriteString(e.Verdict.Label())
		}
		b.WriteByte('\n')
		if e := o.NextEligibility; e != nil && e.Verdict == scheme.Ineligible {
			// What to change to be funded by it.
			for _, c := range e.Criteria {
				if c.Outcome == scheme.NotMet {
					b.WriteString("    ✗ " + c.Reason() + "\n")
				}
			}
		}
		if p := o.NextPromise(); p.Pays() {
			writeGrant(b, "Subvention de la "+french.InSentence(n.Name())+nextCondition(p), o.NextFunding, n)
		}
	}
}

// nextCondition returns what the promise of the next session adds to its
// label: its condition, for a conditional grant.
func nextCondition(p Promise) string {
	if p == ConditionalGrant {
		return " si les critères à préciser sont remplis"
	}
	return ""
}

// writeGrant writes the lines of the money that f promises, under label:
// the eligible base, then the grant and what remains to the project, then
// what of session s's funding is the library's choice, if any.
func writeGrant(b *strings.Builder, label string, f *cost.Result, s scheme.Session) {
	b.WriteString("  Dépenses retenues" + french.Colon)
	b.WriteString(f.Eligible.French())
	b.WriteString(" sur ")
	b.WriteString(f.Total.French())
	b.WriteString("\n  " + label + french.Colon)
	b.WriteString(f.Rate.French())
	b.WriteString(" × ")
	b.WriteString(f.Eligible.French())
	b.WriteString(" = ")
	b.WriteString(f.Grant.French())
	if note := f.RoundingNote(); note != "" {
		b.WriteString(" (" + note + ")")
	}
	if f.Capped {
		b.WriteString(" (plafonnée)")
	}
	b.WriteString(french.Semicolon + "reste à charge" + french.Colon)
	b.WriteString(f.Remainder.French())
	b.WriteByte('\n')
	if note := s.FundingNote(); note != "" {
		b.WriteString("  " + note + "\n")
	}
}

// CalendarText says in French where the session's intake stands on the
// date, and the step in progress, as [Option.Explain] writes it after
// « Calendrier : »: « ouvert jusqu’au 28 mai 2021 ; étape en cours : Dépôt
// des candidatures », or, when the intake is closed but a later step goes
// on, « consultation nationale 2021 en cours, étape 2 : Soutien aux projets
// par les collectivités territoriales ; dépôt des projets clos depuis le
// 16 mars 2021 ».
func (o Option) CalendarText() string {
	intake := IntakeText(o.Session, o.On)
	switch {
	case o.Phase == nil:
		return intake
	case o.Status != calendar.Closed:
		return intake + french.Semicolon + "étape en cours" + french.Colon + o.Phase.Name
	}
	phases := o.Session.CalendarOn(o.On).Phases
	step := slices.IndexFunc(phases, func(p calendar.Phase) bool { return p.ID == o.Phase.ID })
	return french.InSentence(o.Session.Name()) + " en cours, étape " + strconv.Itoa(step+1) + french.Colon + o.Phase.Name +
		french.Semicolon + "dépôt des projets " + intake
}

// IntakeText says in French where the intake of session s stands on date
// on, in the calendar as published that day: « ouvert jusqu’au 28 mai
// 2021 », « ouvre le 8 octobre 2021 », « clos depuis le 29 mai 2021 »,
// « ouvert depuis le 5 juillet 2021 » for an open-ended one, « sans
// calendrier » for the zero Session. For a session announced after on
// ([scheme.Session.Announced]) it says so: « ouvre le 8 octobre 2021,
// session annoncée le 21 septembre 2021, après cette date ».
func IntakeText(s scheme.Session, on calendar.Date) string {
	text := windowFrench(s.IntakeOn(on).Window, s.Status(on))
	if a := s.Announced(); on.Before(a) {
		text += ", session annoncée le " + a.French() + ", après cette date"
	}
	return text
}

// windowFrench says where a window stands: "ouvert jusqu’au 28 mai 2021",
// "ouvre le 8 octobre 2021", "clos depuis le 29 mai 2021"; "sans calendrier"
// for the zero Window.
func windowFrench(w calendar.Window, s calendar.Status) string {
	if w.IsZero() {
		return "sans calendrier"
	}
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

// changes lists in French every rule of the next session that differs for
// the project: whether its lead is admitted, the rate, the threshold, the
// costs that do not count, the practices required.
func (o Option) changes() []string {
	cur, next := o.Session, o.Next
	var parts []string
	if c, ok := o.Eligibility.Criterion(scheme.CodeDemandeur); ok {
		if k, err := scheme.ParseKind(c.Facts().Kind); err == nil && cur.Admits(k) != next.Admits(k) {
			parts = append(parts, admission(k, next.Admits(k)))
		}
	}
	cf, nf := cur.Funding(), next.Funding()
	if cf.Rate != nf.Rate {
		parts = append(parts, "taux "+nf.Rate.French()+" au lieu de "+cf.Rate.French())
	}
	cr, nr := cur.Rules(), next.Rules()
	if cr.Threshold != nr.Threshold {
		parts = append(parts, "seuil "+thresholdFrench(nr.Threshold)+" au lieu de "+thresholdFrench(cr.Threshold))
	}
	if !sameExclusions(cf, nf) {
		parts = append(parts, "dépenses exclues"+french.Colon+categories(nf)+" au lieu de "+categories(cf))
	}
	if c, n := practices(cr.Practices), practices(nr.Practices); c != n {
		parts = append(parts, "bonnes pratiques exigées"+french.Colon+n+" au lieu de "+c)
	}
	return parts
}

// admission says whether a lead of kind k will be admitted to the next
// session: « votre collectivité y sera admise ».
func admission(k scheme.Kind, admitted bool) string {
	who := "votre structure y sera "
	switch {
	case k.IsCollectivite():
		who = "votre collectivité y sera "
	case k.IsGroupement():
		who = "votre groupement y sera "
	}
	if !admitted {
		who += "non "
	}
	if k.IsGroupement() {
		return who + "admis"
	}
	return who + "admise"
}

// thresholdFrench writes a scale threshold: « 300 000 habitants », or
// « aucun » for none.
func thresholdFrench(n int) string {
	if n == 0 {
		return "aucun"
	}
	return french.Int(int64(n)) + " habitants"
}

// sameExclusions reports whether a and b exclude the same categories,
// whatever their order and repeats.
func sameExclusions(a, b cost.Policy) bool {
	for _, c := range cost.Categories() {
		if a.Excludes(c) != b.Excludes(c) {
			return false
		}
	}
	return true
}

// categories lists the categories that p excludes by their labels, in the
// order of [cost.Categories]: « dépenses de personnel, matériel »; « aucune »
// for none.
func categories(p cost.Policy) string {
	var labels []string
	for _, c := range cost.Categories() {
		if p.Excludes(c) {
			labels = append(labels, french.InSentence(c.Label()))
		}
	}
	if len(labels) == 0 {
		return "aucune"
	}
	return strings.Join(labels, ", ")
}

// practices lists practices by their labels, « aucune » for none.
func practices(ps []scheme.Practice) string {
	if len(ps) == 0 {
		return "aucune"
	}
	labels := make([]string, len(ps))
	for i, p := range ps {
		labels[i] = p.Label()
	}
	return strings.Join(labels, ", ")
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
