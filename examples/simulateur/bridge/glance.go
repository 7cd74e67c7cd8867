package bridge

import (
	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
)

// Glance is the results in two lines, for a phone to show above the form's
// fold with a link to the cards: how many schemes the project is eligible
// to, and the best grant that can still be asked for.
type Glance struct {
	// Eligible is the number of cards whose verdict is Eligible, and
	// Verdicts says it, with the number of cards to settle: « 2 dispositifs
	// éligibles sur 4 », « Aucun dispositif éligible sur 4, 3 à préciser ».
	Eligible int    `json:"eligible"`
	Verdicts string `json:"verdicts"`
	// Best says the highest grant that a card promises and that can still
	// be asked for — in the session in force, its intake open or to open,
	// or in the next one when it is closed —: « Meilleure subvention :
	// 105 000,00 € — Meilleur usage des données », « … — Meilleur usage des
	// données, 2e session (dépôt ouvre le 8 octobre 2021) »; else why there
	// is none.
	Best string `json:"best"`
	// BestScheme is the ID of the scheme whose card holds the best grant;
	// "" when none.
	BestScheme string `json:"best_scheme"`
}

// offer is a grant that can be asked for: its funding, its promise and the
// session that pays it.
type offer struct {
	funding *cost.Result
	promise relance.Promise
	scheme  scheme.Scheme
	session scheme.Session
	next    bool // the session is the one after the session in force
}

// newGlance sums options up; budget reports whether the project has one.
func newGlance(options []relance.Option, budget bool) *Glance {
	g := &Glance{}
	undetermined := 0
	var best offer
	better := func(o offer) {
		if !o.promise.Pays() {
			return
		}
		// The higher grant; for one as high, a grant rather than a
		// conditional one.
		if best.funding == nil {
			best = o
			return
		}
		if c := o.funding.Grant.Compare(best.funding.Grant); c > 0 || c == 0 && o.promise == relance.Grant && best.promise != relance.Grant {
			best = o
		}
	}
	for _, o := range options {
		switch o.Eligibility.Verdict {
		case scheme.Eligible:
			g.Eligible++
		case scheme.Undetermined:
			undetermined++
		}
		better(offer{o.Funding, o.Promise(), o.Scheme, o.Session, false})
		better(offer{o.NextFunding, o.NextPromise(), o.Scheme, o.Next, true})
	}
	g.Verdicts = "Aucun dispositif éligible"
	if g.Eligible > 0 {
		g.Verdicts = count(g.Eligible, "dispositif éligible", "dispositifs éligibles")
	}
	g.Verdicts += " sur " + french.Int(int64(len(options)))
	if undetermined > 0 {
		g.Verdicts += ", " + french.Int(int64(undetermined)) + " à préciser"
	}
	switch {
	case best.funding != nil:
		g.BestScheme = string(best.scheme.ID())
		label, condition := "Meilleure subvention", ""
		if best.promise == relance.ConditionalGrant {
			label, condition = "Meilleure subvention possible", " si les critères à préciser sont remplis"
		}
		g.Best = label + french.Colon + best.funding.Grant.French() + condition + " — " + best.scheme.Name()
		if best.next {
			g.Best += ", " + french.InSentence(best.session.Name())
		}
		if on := options[0].On; best.session.Status(on) == calendar.Upcoming {
			g.Best += " (dépôt " + relance.IntakeText(best.session, on) + ")"
		}
	case budget:
		g.Best = "Aucune subvention à demander à cette date."
	default:
		g.Best = "Indiquez le budget pour chiffrer la subvention."
	}
	return g
}
