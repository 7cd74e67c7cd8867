package bridge

import (
	"fmt"
	"strings"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
)

// Card is what the page shows for one scheme: the verdict, where its intake
// stands, each criterion, the questions that would settle it and, by the
// honest-money rule, what it pays.
type Card struct {
	Scheme       string      `json:"scheme"`        // the scheme's ID: "donnees"
	Name         string      `json:"name"`          // its name in French
	Operator     string      `json:"operator"`      // "DINUM"
	Session      string      `json:"session"`       // the ID of the session in force: "session-1"
	SessionName  string      `json:"session_name"`  // « 1re session »
	Verdict      string      `json:"verdict"`       // "eligible", "undetermined" or "ineligible"
	VerdictLabel string      `json:"verdict_label"` // « Éligible »
	Status       string      `json:"status"`        // of the intake on the date: "upcoming", "open" or "closed"
	Calendar     string      `json:"calendar"`      // « ouvert jusqu’au 28 mai 2021 »
	Phase        string      `json:"phase"`         // the step in progress; "" when none
	Criteria     []Criterion `json:"criteria"`      // in the order the session judges them
	// Questions are the facts whose answer could still change what the
	// card says, the most useful first, as relance.NextQuestions ranks
	// them for this scheme; never nil, and empty when the verdict is
	// concluded or the intake closed with no session to come.
	Questions []Question `json:"questions"`
	// QuestionsFor is "" when the questions settle the session in force,
	// and the next session's name, « 2e session », when its intake is
	// closed and they settle the next one.
	QuestionsFor string `json:"questions_for"`
	Money        Money  `json:"money"` // the money, by the honest-money rule
	// Apply says when to apply, « du 8 octobre au 22 novembre 2021 », when
	// the intake is still to open and the card promises a grant; "" else.
	Apply string `json:"apply"`
	Next  *Next  `json:"next,omitempty"`
}

// Criterion is one criterion of a card.
type Criterion struct {
	Code    string `json:"code"`    // scheme.CodeAmpleur…
	Label   string `json:"label"`   // « Ampleur du projet »
	Outcome string `json:"outcome"` // "met", "not-met" or "unknown"
	// OutcomeLabel is the outcome in words, for screen readers: « Satisfait ».
	OutcomeLabel string `json:"outcome_label"`
	Mark         string `json:"mark"`   // ✓, ✗ or ?
	Reason       string `json:"reason"` // why, in French, with the figures
}

// Question asks for a missing fact.
type Question struct {
	Fact  string `json:"fact"`  // its Go field path in scheme.Project: "Members[1].Population"
	Field string `json:"field"` // the form's field that answers it: "members.1.population"; "" when none
	Text  string `json:"text"`  // the question in French
}

// Money is what a scheme pays, told as relance.Option.Promise says: for an
// eligible project the grant is a grant; for a project whose eligibility is
// to settle it is the grant « si les critères à préciser sont remplis »; for
// an ineligible project there is no grant, and for one whose session's
// intake is closed nothing is left to ask for: Lines says so. The policy's
// figures stay in Funding for programs that want them, with the verdict
// next to them on the card.
type Money struct {
	// Promise is what the funding promises, a relance.Promise slug:
	// "grant", "conditional", "none" or "closed".
	Promise string `json:"promise"`
	// Lines are what the page shows, in order: the eligible base, the
	// grant and the remainder; or the one line that says that no grant is
	// due ("none") or that the intake is closed ("closed"). Empty when
	// there is no budget.
	Lines []MoneyLine `json:"lines"`
	// Bar splits the budget into the grant, the remainder and the excluded
	// costs; empty unless a grant is promised.
	Bar []Segment `json:"bar"`
	// Funding is what the session's policy would pay, whatever the verdict;
	// nil when there is no budget.
	Funding *cost.Result `json:"funding"`
}

// MoneyLine is one line of money: « Subvention : 105 000,00 € (50 % ×
// 210 000,00 €) ».
type MoneyLine struct {
	Key    string `json:"key"`    // "eligible", "grant", "remainder", "choice" (what of the funding is the library's choice), "none" or "closed"
	Label  string `json:"label"`  // « Subvention », « Subvention si les critères à préciser sont remplis »
	Amount string `json:"amount"` // the figure, in French: « 105 000,00 € »; "" for "none" and "closed"
	Note   string `json:"note"`   // what follows it: « sur 290 000,00 € », « 50 % × 210 000,00 € »
}

// Segment is one part of the bar of a card.
type Segment struct {
	Part      string `json:"part"`      // "grant", "remainder" or "excluded"
	Label     string `json:"label"`     // « Subvention », « Reste à charge », « Dépenses exclues »
	Amount    string `json:"amount"`    // « 105 000,00 € »
	Value     string `json:"value"`     // the same in euros with a dot: "105000.00"
	Permyriad int    `json:"permyriad"` // its share of the total, in ten-thousandths, the parts adding up to 10 000
	Share     string `json:"share"`     // that share in French: « 36,21 % »
}

// Next is the scheme's next session, when the intake in force is closed and
// a later one is still to open: when it opens, the project's verdict under
// its rules and what it would pay.
type Next struct {
	Session      string `json:"session"`       // its ID: "session-2"
	Name         string `json:"name"`          // « 2e session »
	Calendar     string `json:"calendar"`      // « ouvre le 8 octobre 2021 »
	Verdict      string `json:"verdict"`       // the project's verdict under its rules
	VerdictLabel string `json:"verdict_label"` // « Éligible »
	// Reasons are the reasons of the criteria that the project does not
	// meet under its rules, when it is ineligible there: what to change to
	// be funded by it; [] otherwise.
	Reasons []string `json:"reasons"`
	// Money is what its policy would pay, by the promise of the project
	// under its rules (relance.Option.NextPromise).
	Money Money `json:"money"`
}

// newCard tells option o; rows maps the project's members to the form's
// rows.
func newCard(o relance.Option, rows []int) Card {
	e := o.Eligibility
	c := Card{
		Scheme:       string(o.Scheme.ID()),
		Name:         o.Scheme.Name(),
		Operator:     o.Scheme.Operator(),
		Session:      o.Session.ID(),
		SessionName:  o.Session.Name(),
		Verdict:      e.Verdict.String(),
		VerdictLabel: e.Verdict.Label(),
		Status:       o.Status.String(),
		Calendar:     relance.IntakeText(o.Session, o.On),
		Criteria:     make([]Criterion, 0, len(e.Criteria)),
		Questions:    []Question{},
		Money:        newMoney(o.Promise(), o.Funding, o.Session, !o.Next.IsZero()),
	}
	if o.Phase != nil {
		c.Phase = o.Phase.Name
	}
	for _, cr := range e.Criteria {
		c.Criteria = append(c.Criteria, Criterion{
			Code:         cr.Code.String(),
			Label:        cr.Label(),
			Outcome:      cr.Outcome.String(),
			OutcomeLabel: cr.Outcome.Label(),
			Mark:         mark(cr.Outcome),
			Reason:       cr.Reason(),
		})
	}
	for _, q := range relance.NextQuestions([]relance.Option{o}) {
		c.Questions = append(c.Questions, question(q.Fact, rows))
	}
	if o.Status == calendar.Upcoming && o.Promise().Pays() {
		c.Apply = o.Session.IntakeOn(o.On).Window.French()
	}
	if n := o.Next; !n.IsZero() {
		v := o.NextEligibility.Verdict
		c.Next = &Next{
			Session:      n.ID(),
			Name:         n.Name(),
			Calendar:     relance.IntakeText(n, o.On),
			Verdict:      v.String(),
			VerdictLabel: v.Label(),
			Reasons:      []string{},
			Money:        newMoney(o.NextPromise(), o.NextFunding, n, false),
		}
		if v == scheme.Ineligible {
			for _, cr := range o.NextEligibility.Criteria {
				if cr.Outcome == scheme.NotMet {
					c.Next.Reasons = append(c.Next.Reasons, cr.Reason())
				}
			}
		}
		if len(c.Questions) > 0 {
			c.QuestionsFor = n.Name()
		}
	}
	return c
}

// question asks for the fact at path, and names the form's field that
// answers it.
func question(path string, rows []int) Question {
	q := Question{Fact: path, Field: questionFields[path]}
	member := 0
	var i int
	if _, err := fmt.Sscanf(path, "Members[%d].Population", &i); err == nil && i >= 0 && i < len(rows) {
		member = rows[i] + 1
		q.Field = fmt.Sprintf("members.%d.population", rows[i])
	}
	q.Text = Ask(path, member)
	return q
}

// questionFields are the form's fields that answer the facts of the
// project, by Go field path; a member's population is found by its row.
var questionFields = map[string]string{
	"Lead.Kind": "lead.kind", "Lead.Population": "lead.population",
	"Departement": "departement", "SharedNeed": "shared_need", "Themes": "themes",
	"Practices": "practices", "Requested": "requested", "Start": "start", "Results": "results",
}

func mark(o scheme.Outcome) string {
	switch o {
	case scheme.Met:
		return "✓"
	case scheme.NotMet:
		return "✗"
	default:
		return "?"
	}
}

// newMoney tells funding f of session s by promise p, with what of it is
// the library's choice; next reports whether a later session is to open,
// which a closed intake points to.
func newMoney(p relance.Promise, f *cost.Result, s scheme.Session, next bool) Money {
	m := Money{Promise: p.String(), Lines: []MoneyLine{}, Bar: []Segment{}, Funding: f}
	switch {
	case f == nil:
		return m
	case p == relance.ClosedIntake:
		line := MoneyLine{Key: "closed", Label: p.Label()}
		if !next {
			line.Note = "aucune session ultérieure connue."
		}
		m.Lines = append(m.Lines, line)
		return m
	case !p.Pays():
		m.Lines = append(m.Lines, MoneyLine{Key: "none", Label: p.Label(), Note: "le projet ne remplit pas les critères de ce dispositif."})
		return m
	}
	conditional := p == relance.ConditionalGrant
	remainder := "Reste à charge"
	if conditional {
		remainder = "Reste à charge dans ce cas"
	}
	formula := f.Rate.French() + " × " + f.Eligible.French()
	if note := f.RoundingNote(); note != "" {
		formula += ", " + note
	}
	if f.Capped {
		formula += ", plafonnée à " + f.Ceiling.French()
	}
	m.Lines = append(m.Lines,
		MoneyLine{Key: "eligible", Label: "Dépenses retenues", Amount: f.Eligible.French(), Note: "sur " + f.Total.French()},
		MoneyLine{Key: "grant", Label: p.Label(), Amount: f.Grant.French(), Note: formula},
		MoneyLine{Key: "remainder", Label: remainder, Amount: f.Remainder.French()},
	)
	if note := s.FundingNote(); note != "" {
		m.Lines = append(m.Lines, MoneyLine{Key: "choice", Label: "À savoir", Note: note})
	}
	m.Bar = bar(f, conditional)
	return m
}

// bar splits the budget of f into the grant (possible only, when the
// eligibility is to settle), the rest of the eligible base and the excluded
// costs, each with its share in ten-thousandths, the shares adding up to
// 10 000 (fair rounding by cost.Split); a part of 0 € is left out.
func bar(f *cost.Result, possible bool) []Segment {
	if f.Total.IsZero() {
		return []Segment{}
	}
	grant := "Subvention"
	if possible {
		grant = "Subvention possible"
	}
	ownEligible := f.Eligible.Sub(f.Grant) // the remainder within the eligible base
	parts := []struct {
		part, label string
		amount      cost.Amount
	}{
		{"grant", grant, f.Grant},
		{"remainder", "Reste à charge sur les dépenses retenues", ownEligible},
		{"excluded", "Dépenses exclues, à votre charge", f.Excluded},
	}
	weights := make([]int64, len(parts))
	names := make([]string, len(parts))
	for i, p := range parts {
		weights[i] = p.amount.Cents()
		names[i] = p.part
	}
	// 10 000 ten-thousandths split as the amounts: exact, and adding up.
	shares, err := cost.Split(cost.Cents(10000), names, weights)
	if err != nil { // weights are a valid result's figures: not reached
		return []Segment{}
	}
	segments := []Segment{}
	for i, p := range parts {
		if p.amount.IsZero() {
			continue
		}
		segments = append(segments, Segment{
			Part:      p.part,
			Label:     p.label,
			Amount:    p.amount.French(),
			Value:     p.amount.String(),
			Permyriad: int(shares[i].Amount.Cents()),
			Share:     percent(shares[i].Amount),
		})
	}
	return segments
}

// percent writes a share in ten-thousandths, held as an amount of as many
// cents, as a French percentage: 3621 is « 36,21 % », 5000 « 50 % ».
func percent(permyriad cost.Amount) string {
	text := strings.TrimSuffix(permyriad.French(), french.NoBreak+"€") // « 36,21 »: the same digits and comma
	return strings.TrimSuffix(text, ",00") + french.NoBreak + "%"
}
