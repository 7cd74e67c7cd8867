package cost

import (
	"slices"

	"github.com/planrelance/numerique/internal/french"
)

// Explain tells the computation of r in French, step by step, one step a
// line, with every figure written the French way: the total, each excluded
// category with its amount, the eligible base, the rate, the exact product
// with all its decimals, the rounding applied, the ceiling, the grant and
// the remainder. For 50 % of 123 456,79 € with no exclusion:
//
//	Coût total : 123 456,79 €
//	Dépenses exclues : aucune
//	Assiette éligible : 123 456,79 €
//	Taux de cofinancement : 50 %
//	Montant exact : 50 % × 123 456,79 € = 61 728,395 €
//	Arrondi au centime inférieur : 61 728,39 € (choix de la bibliothèque : aucun texte ne fixe l’arrondi)
//	Plafond : aucun
//	Subvention de l’État : 61 728,39 €
//	Reste à charge : 123 456,79 € − 61 728,39 € = 61 728,40 €
//
// The rounding is labelled as what it is: no text sets it, so the default,
// [DownToCent], is « choix de la bibliothèque », and any other mode
// « choix de la politique ». Excluded categories are listed in the order
// they first appear in Lines.
// The text has no final newline. Spaces before a french.Colon or a unit are
// no-break spaces (U+00A0) and digits are grouped by narrow no-break spaces
// (U+202F), as in [Amount.French].
//
// Explain describes the figures that r holds, as [Cofinance] made them, for
// a person to read or as the message of a failing test; it recomputes only
// the exact product and its rounding, from Rate, Eligible and Rounding.
func (r Result) Explain() string {
	b := make([]byte, 0, 512)
	line := func(label string) {
		if len(b) > 0 {
			b = append(b, '\n')
		}
		b = append(b, label...)
		b = append(b, french.Colon...)
	}
	euros := func(a Amount) { b = appendFrenchEuros(b, a.cents) }

	line("Coût total")
	euros(r.Total)

	line("Dépenses exclues")
	if r.Excluded.IsZero() {
		b = append(b, "aucune"...)
	} else {
		euros(r.Excluded)
		for _, c := range excludedCategories(r.Lines) {
			b = append(b, "\n  - "...)
			b = append(b, c.Label()...)
			b = append(b, french.Colon...)
			euros(excludedSum(r.Lines, c))
		}
	}

	line("Assiette éligible")
	if !r.Excluded.IsZero() {
		euros(r.Total)
		b = append(b, " − "...)
		euros(r.Excluded)
		b = append(b, " = "...)
	}
	euros(r.Eligible)

	line("Taux de cofinancement")
	b = r.Rate.appendFrench(b)

	line("Montant exact")
	b = r.Rate.appendFrench(b)
	b = append(b, " × "...)
	euros(r.Eligible)
	b = append(b, " = "...)
	neg, e := magnitude(r.Eligible.cents)
	q, rem := product(e, r.Rate)
	b = appendFrenchNumber(b, neg, q)
	b = appendDigits(b, rem, 9)
	b = append(b, french.NoBreak+"€"...)

	if r.Rounding.IsValid() {
		line("A" + r.Rounding.French()[1:]) // "arrondi …" starts the line
		b = appendFrenchNumber(b, neg, round(q, rem, r.Rounding))
		b = append(b, french.NoBreak+"€ ("...)
		b = append(b, roundingChoice(r.Rounding)...)
		b = append(b, french.Colon+"aucun texte ne fixe l’arrondi)"...)
	} else {
		line("Arrondi")
		b = append(b, r.Rounding.String()...)
	}

	line("Plafond")
	switch {
	case r.Ceiling.IsZero():
		b = append(b, "aucun"...)
	case r.Capped:
		euros(r.Ceiling)
		b = append(b, ", atteint"+french.Colon+"la subvention y est ramenée"...)
	default:
		euros(r.Ceiling)
		b = append(b, ", non atteint"...)
	}

	line("Subvention de l’État")
	euros(r.Grant)

	line("Reste à charge")
	euros(r.Total)
	b = append(b, " − "...)
	euros(r.Grant)
	b = append(b, " = "...)
	euros(r.Remainder)
	return string(b)
}

// Rounded reports whether the rounding of r changed the exact product
// Rate × Eligible: whether the grant, before any ceiling, lost or gained a
// fraction of a cent. It recomputes the product, as [Result.Explain] does.
func (r Result) Rounded() bool {
	_, e := magnitude(r.Eligible.cents)
	_, rem := product(e, r.Rate)
	return rem != 0
}

// RoundingNote says in French how the grant of r was rounded, and whose
// choice that is, where a figure of r is printed without its computation:
// « arrondi au centime inférieur : choix de la bibliothèque » for the
// default rounding, « … : choix de la politique » for another; "" when the
// rounding changed nothing ([Result.Rounded]).
func (r Result) RoundingNote() string {
	if !r.Rounded() || !r.Rounding.IsValid() {
		return ""
	}
	return r.Rounding.French() + french.Colon + roundingChoice(r.Rounding)
}

// roundingChoice says whose choice the rounding m is: no text sets it.
func roundingChoice(m Rounding) string {
	if m == DownToCent {
		return choice
	}
	return "choix de la politique"
}

// excludedCategories returns the categories of the excluded lines, each
// once, in the order they first appear.
func excludedCategories(lines []LineResult) []Category {
	var cats []Category
	for _, l := range lines {
		if c := l.Category(); !l.counted && !slices.Contains(cats, c) {
			cats = append(cats, c)
		}
	}
	return cats
}

// excludedSum returns the sum of the excluded lines of category c.
func excludedSum(lines []LineResult, c Category) Amount {
	var s Amount
	for _, l := range lines {
		if !l.counted && l.Category() == c {
			s = s.Add(l.Amount())
		}
	}
	return s
}
