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

// shown is what the page shows of one card, read from the DOM.
type shown struct {
	Scheme, Verdict, Name, Session, VerdictLabel, Status, Calendar, Phase string
	Criteria                                                              []struct{ Code, Outcome, Mark, Said, Reason string }
	Questions                                                             []struct{ Fact, Text string }
	Money                                                                 map[string]string
	MoneyText                                                             string
	Bar                                                                   []struct {
		Part      string
		Permyriad int
	}
	BarLabel    string
	NextSession string
	NextVerdict string
}

const readCards = `[...document.querySelectorAll('#cartes article')].map((a) => {
  const text = (sel) => { const e = a.querySelector(sel); return e ? e.textContent : ''; };
  const money = {};
  a.querySelectorAll('.argent [data-figure]').forEach((e) => { money[e.dataset.figure] = e.textContent; });
  const bar = a.querySelector('.barre');
  const next = a.querySelector('.suivante');
  return {
    Scheme: a.dataset.scheme, Verdict: a.dataset.verdict,
    Name: text('[data-figure=name]'), Session: text('[data-figure=session]'), VerdictLabel: text('[data-figure=verdict]'),
    Status: a.querySelector('.calendrier').dataset.status, Calendar: text('[data-figure=calendar]'), Phase: text('[data-figure=phase]'),
    Criteria: [...a.querySelectorAll('.criteres li')].map((li) => ({Code: li.dataset.code, Outcome: li.dataset.outcome,
      Mark: li.querySelector('.marque').textContent, Said: li.querySelector('.visuellement-cache').textContent,
      Reason: li.querySelector('[data-figure=reason]').textContent})),
    Questions: [...a.querySelectorAll('.questions li')].map((li) => ({Fact: li.dataset.fact, Text: li.textContent})),
    Money: money, MoneyText: text('.argent'),
    Bar: bar ? [...bar.querySelectorAll('.part')].map((p) => ({Part: p.dataset.part, Permyriad: +p.dataset.permyriad})) : [],
    BarLabel: bar ? bar.getAttribute('aria-label') : '',
    NextSession: next ? next.dataset.session : '', NextVerdict: next ? text('[data-figure=next-verdict]') : '',
  };
})`

// checkPage checks that every figure on the page is what relance.Orient
// says of project p on the date on.
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
			assert.Equal(t, cr.Code, got.Code)
			assert.Equal(t, cr.Outcome.String(), got.Outcome)
			assert.Equal(t, map[scheme.Outcome]string{scheme.Met: "✓", scheme.NotMet: "✗", scheme.Unknown: "?"}[cr.Outcome], got.Mark)
			assert.Equal(t, cr.Outcome.Label()+french.Colon, got.Said)
			assert.Equal(t, cr.Reason(), got.Reason)
		}
		require.Len(t, c.Questions, len(e.Missing), c.Scheme)
		for k, fact := range e.Missing {
			assert.Equal(t, fact, c.Questions[k].Fact)
			member := -1
			if _, err := fmt.Sscanf(fact, "Members[%d].Population", &member); err != nil {
				member = -1
			}
			assert.Equal(t, bridge.Ask(fact, member+1), c.Questions[k].Text)
		}
		checkShownMoney(t, e.Verdict, o.Funding, c)
		if o.Next.IsZero() {
			assert.Empty(t, c.NextSession)
		} else {
			assert.Equal(t, o.Next.ID(), c.NextSession)
			assert.Equal(t, o.Next.Check(p).Verdict.Label(), c.NextVerdict)
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

// checkShownMoney checks the money of a card by the honest-money rule.
func checkShownMoney(t *testing.T, v scheme.Verdict, f *cost.Result, c shown) {
	t.Helper()
	switch {
	case f == nil:
		assert.Empty(t, c.MoneyText, c.Scheme)
		assert.Empty(t, c.Bar)
	case v == scheme.Ineligible:
		assert.Empty(t, c.Money, "no figure for an ineligible project")
		assert.Contains(t, c.MoneyText, "Pas de subvention")
		assert.Empty(t, c.Bar)
	default:
		assert.Equal(t, map[string]string{"eligible": f.Eligible.French(), "grant": f.Grant.French(), "remainder": f.Remainder.French()}, c.Money, c.Scheme)
		assert.Contains(t, c.MoneyText, "sur "+f.Total.French())
		if v == scheme.Undetermined {
			assert.Contains(t, c.MoneyText, "Subvention si les critères à préciser sont remplis"+f.Grant.French())
		} else {
			assert.Contains(t, c.MoneyText, "Subvention"+f.Grant.French())
			assert.NotContains(t, c.MoneyText, "si les critères")
		}
		if f.Total.IsZero() {
			assert.Empty(t, c.Bar)
			return
		}
		total := 0
		for _, part := range c.Bar {
			total += part.Permyriad
		}
		assert.Equal(t, 10000, total)
		assert.Contains(t, c.BarLabel, f.Grant.French())
		if !f.Excluded.IsZero() {
			assert.Contains(t, c.BarLabel, "Dépenses exclues, à votre charge, "+f.Excluded.French())
		}
	}
}
