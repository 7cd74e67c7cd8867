package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/examples/internal/cli"
	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/relance"
)

// The French text of the program: a view of the result, which compute never
// writes.

// write tells r in French: the project and its option, the rule, the plan
// and its fixes, the payment.
func (r result) write(w io.Writer, in input) {
	p := in.project
	fmt.Fprintln(w, cli.Heading(p, p.Lead.Name != ""))
	fmt.Fprintf(w, "Orientation au %s\n", in.on.French())
	for _, note := range cli.DataNotes(p) {
		fmt.Fprintln(w, note)
	}
	fmt.Fprintln(w)
	fmt.Fprint(w, r.Option.Explain())
	if r.NoGrant != "" {
		fmt.Fprintf(w, "\nPas de subvention à placer%s%s\n", french.Colon, r.NoGrant)
		return
	}

	kind := "opération d’investissement"
	if !r.Rule.Investment {
		kind = "dépenses de fonctionnement"
	}
	fmt.Fprintf(w, "\nRègle de cumul des aides publiques (%s)\n", kind)
	section(w, r.Rule.Explain())

	f := r.Financing
	if !f.Placement.Reduced {
		fmt.Fprintln(w, "\nPlan de financement")
		section(w, f.Explain())
	} else {
		fmt.Fprintln(w, "\nPlan de financement proposé, avec la subvention entière")
		if c := r.Proposed; c != nil {
			var b strings.Builder
			b.WriteString("Financeurs" + french.Colon[:len(french.Colon)-1])
			for _, res := range f.Placement.Plan.Resources[:len(f.Placement.Plan.Resources)-1] {
				b.WriteString("\n  - " + resource(res))
			}
			b.WriteString("\n  - " + resource(cost.Resource{Funder: relance.StateFunder, Public: true, Amount: f.Placement.Asked}))
			b.WriteString("\n  - Maître d’ouvrage" + french.Colon + c.Own.French() + "\n")
			section(w, b.String()+c.Explain())
		} else {
			section(w, "Impossible"+french.Colon+"les financeurs et la subvention entière dépassent le coût de l’opération")
		}
		if f.Placement.Check.Holds() {
			fmt.Fprintln(w, "\nCorrection proposée"+french.Colon+"la subvention ramenée")
		} else { // the other funders break a limit already: no grant mends it
			fmt.Fprintln(w, "\nSubvention placée")
		}
		section(w, f.Explain())
		if most := r.OthersAtMost; most != nil {
			var others cost.Amount
			for _, o := range in.others {
				if o.Public {
					others = others.Add(o.Amount)
				}
			}
			title := "Autre correction"
			if !f.Placement.Check.Holds() {
				title = "Correction nécessaire"
			}
			fmt.Fprintf(w, "\n%s%sgarder la subvention entière\n", title, french.Colon)
			section(w, fmt.Sprintf("Les financeurs publics autres que l’État apportent alors ensemble au plus %s, au lieu de %s, soit %s de moins",
				most.French(), others.French(), others.Sub(*most).French()))
		}
	}

	fmt.Fprint(w, "\nVersement de la subvention (décret n°"+french.NoBreak+"2018-514, art. 8 et 12)")
	if r.Statement == nil {
		fmt.Fprintln(w, french.Colon+"aucun, la subvention placée étant nulle")
		return
	}
	fmt.Fprintln(w)
	section(w, r.Statement.Explain())
}

// resource writes a funder of a plan as cost.Placement.Explain lists them.
func resource(r cost.Resource) string {
	kind := "privé"
	if r.Public {
		kind = "public"
	}
	return r.Funder + french.Colon + r.Amount.French() + " (" + kind + ")"
}

// section writes text indented by two spaces, each line, and a newline.
func section(w io.Writer, text string) {
	for line := range strings.SplitSeq(text, "\n") {
		fmt.Fprintf(w, "  %s\n", line)
	}
}
