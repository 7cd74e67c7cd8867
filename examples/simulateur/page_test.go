package main

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/examples/simulateur/bridge"
	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// This file reads the page as the browser shows it and checks it against
// relance.Orient.

// shownMoney is what the page shows of the money of a card or of its next
// session.
type shownMoney struct {
	Promise string
	Figures map[string]string // by line's key
	Keys    []string
	Text    string
	Bar     []struct {
		Part      string
		Permyriad int
	}
	BarLabel string
}

// shown is what the page shows of one card, read from the DOM.
type shown struct {
	Scheme, Verdict, Name, Session, VerdictLabel, Status, Calendar, Phase string
	Criteria                                                              []struct{ Code, Outcome, Mark, Said, Reason string }
	Questions                                                             []struct{ Fact, Text string }
	QuestionsHeading                                                      string
	Money                                                                 shownMoney
	Apply                                                                 string
	NextSession, NextVerdict                                              string
	NextMoney                                                             shownMoney
}

const readCards = `(() => {
  const money = (box) => {
    if (!box) return {Promise: '', Figures: {}, Keys: [], Text: '', Bar: [], BarLabel: ''};
    const dl = [...box.children].find((c) => c.matches('.argent'));
    const rep = [...box.children].find((c) => c.matches('.repartition'));
    const bar = rep ? rep.querySelector('.barre') : null;
    const figures = {};
    if (dl) dl.querySelectorAll('[data-figure]').forEach((e) => { figures[e.dataset.figure] = e.textContent; });
    return {Promise: dl ? dl.dataset.promise : '', Figures: figures, Keys: dl ? [...dl.children].map((d) => d.dataset.key) : [],
      Text: dl ? dl.textContent : '',
      Bar: bar ? [...bar.querySelectorAll('.part')].map((p) => ({Part: p.dataset.part, Permyriad: +p.dataset.permyriad})) : [],
      BarLabel: bar ? bar.getAttribute('aria-label') : ''};
  };
  return [...document.querySelectorAll('#cartes article')].map((a) => {
    const text = (sel) => { const e = a.querySelector(sel); return e ? e.textContent : ''; };
    const next = a.querySelector('.suivante');
    return {
      Scheme: a.dataset.scheme, Verdict: a.dataset.verdict,
      Name: text('[data-figure=name]'), Session: text('[data-figure=session]'), VerdictLabel: text('[data-figure=verdict]'),
      Status: a.querySelector('.calendrier').dataset.status, Calendar: text('[data-figure=calendar]'), Phase: text('[data-figure=phase]'),
      Criteria: [...a.querySelectorAll('.criteres li')].map((li) => ({Code: li.dataset.code, Outcome: li.dataset.outcome,
        Mark: li.querySelector('.marque').textContent, Said: li.querySelector('.visuellement-cache').textContent,
        Reason: li.querySelector('[data-figure=reason]').textContent})),
      Questions: [...a.querySelectorAll('.questions li')].map((li) => ({Fact: li.dataset.fact, Text: li.textContent})),
      QuestionsHeading: text('h4'),
      Money: money(a), Apply: text('[data-figure=apply]'),
      NextSession: next ? next.dataset.session : '', NextVerdict: next ? text('[data-figure=next-verdict]') : '',
      NextMoney: money(next),
    };
  });
})()`

// checkPage checks that every figure on the page is what relance.Orient
// says of project p on the date on, p completed as the bridge completes it.
func checkPage(t *testing.T, ctx context.Context, p scheme.Project, on calendar.Date) {
	t.Helper()
	options, err := relance.Orient(p, on)
	require.NoError(t, err)
	cards := evaluate[[]shown](t, ctx, readCards)
	require.Len(t, cards, len(options))
	for i, o := range options {
		c := cards[i]
		e := o.Eligibility
		assert.Equal(t, string(o.Scheme.ID()), c.Scheme)
		assert.Equal(t, o.Scheme.Name(), c.Name)
		assert.Equal(t, o.Session.Name(), c.Session)
		assert.Equal(t, e.Verdict.String(), c.Verdict, c.Scheme)
		assert.Equal(t, e.Verdict.Label(), c.VerdictLabel)
		assert.Equal(t, o.Status.String(), c.Status)
		assert.Equal(t, relance.IntakeText(o.Session, o.On), c.Calendar)
		if o.Phase != nil {
			assert.Equal(t, o.Phase.Name, c.Phase)
		} else {
			assert.Empty(t, c.Phase)
		}
		require.Len(t, c.Criteria, len(e.Criteria), c.Scheme)
		for k, cr := range e.Criteria {
			got := c.Criteria[k]
			assert.Equal(t, cr.Code.String(), got.Code)
			assert.Equal(t, cr.Outcome.String(), got.Outcome)
			assert.Equal(t, map[scheme.Outcome]string{scheme.Met: "✓", scheme.NotMet: "✗", scheme.Unknown: "?"}[cr.Outcome], got.Mark)
			assert.Equal(t, cr.Outcome.Label()+french.Colon, got.Said)
			assert.Equal(t, cr.Reason(), got.Reason)
		}
		// The questions are relance.NextQuestions's: none for a concluded
		// card, nor for a closed intake with no session to come.
		questions := relance.NextQuestions([]relance.Option{o})
		require.Len(t, c.Questions, len(questions), c.Scheme)
		for k, q := range questions {
			assert.Equal(t, q.Fact, c.Questions[k].Fact)
			member := -1
			if _, err := fmt.Sscanf(q.Fact, "Members[%d].Population", &member); err != nil {
				member = -1
			}
			assert.Equal(t, bridge.Ask(q.Fact, member+1), c.Questions[k].Text)
		}
		switch {
		case len(questions) == 0:
			assert.Empty(t, c.QuestionsHeading)
		case o.Status == calendar.Closed:
			assert.Equal(t, "Pour conclure pour la "+o.Next.Name()+", répondez à"+french.NoBreak+":", c.QuestionsHeading)
		default:
			assert.Equal(t, "Pour conclure, répondez à"+french.NoBreak+":", c.QuestionsHeading)
		}
		checkShownMoney(t, o.Promise(), o.Funding, c.Money, c.Scheme)
		if o.Status == calendar.Upcoming && o.Promise().Pays() {
			assert.Equal(t, o.Session.IntakeOn(o.On).Window.French(), c.Apply)
		} else {
			assert.Empty(t, c.Apply)
		}
		if o.Next.IsZero() {
			assert.Empty(t, c.NextSession)
		} else {
			assert.Equal(t, o.Next.ID(), c.NextSession)
			assert.Equal(t, o.NextEligibility.Verdict.Label(), c.NextVerdict)
			checkShownMoney(t, o.NextPromise(), o.NextFunding, c.NextMoney, c.Scheme+", next session")
		}
	}
	// The summary is announced once the person pauses.
	_, err = chromedp.Run(ctx, chromedp.Poll[bool](`document.getElementById('annonce').textContent === window.simulateur.last.summary`,
		chromedp.WithPollingTimeout(5*time.Second)))
	require.NoError(t, err, "the results were not announced")
	assert.Contains(t, evaluate[string](t, ctx, `document.getElementById('annonce').textContent`), "Au "+on.French()+", sur 4 dispositifs")
	// The timeline marks the date and lists every session's phases as
	// published that day.
	assert.Equal(t, on.French(), evaluate[string](t, ctx, `document.querySelector('#frise .marque-texte').textContent`))
	listed := evaluate[string](t, ctx, `document.getElementById('frise-texte').textContent`)
	for _, s := range scheme.All() {
		for _, se := range s.Sessions() {
			for _, ph := range se.CalendarOn(on).Phases {
				assert.Contains(t, listed, ph.Name+french.Colon+ph.Window.French())
			}
		}
	}
}

// checkShownMoney checks the money of a card by the honest-money rule:
// figures only where a grant is promised.
func checkShownMoney(t *testing.T, p relance.Promise, f *cost.Result, m shownMoney, where string) {
	t.Helper()
	switch {
	case f == nil:
		assert.Empty(t, m.Text, where)
		assert.Empty(t, m.Bar)
	case !p.Pays():
		assert.Empty(t, m.Figures, "no figure where no grant is promised: %s", where)
		assert.Equal(t, []string{map[relance.Promise]string{relance.NoGrant: "none", relance.ClosedIntake: "closed"}[p]}, m.Keys, where)
		assert.Contains(t, m.Text, p.Label())
		assert.Empty(t, m.Bar)
	default:
		assert.Equal(t, p.String(), m.Promise)
		assert.Equal(t, map[string]string{"eligible": f.Eligible.French(), "grant": f.Grant.French(), "remainder": f.Remainder.French()}, m.Figures, where)
		assert.Contains(t, m.Text, "sur "+f.Total.French())
		assert.Contains(t, m.Text, p.Label()+f.Grant.French())
		if p == relance.Grant {
			assert.NotContains(t, m.Text, "si les critères")
		}
		if f.Total.IsZero() {
			assert.Empty(t, m.Bar)
			return
		}
		total := 0
		for _, part := range m.Bar {
			total += part.Permyriad
		}
		assert.Equal(t, 10000, total)
		assert.Contains(t, m.BarLabel, f.Grant.French())
		if !f.Excluded.IsZero() {
			assert.Contains(t, m.BarLabel, "Dépenses exclues, à votre charge, "+f.Excluded.French())
		}
	}
}
