package relance

import (
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/scheme"
)

// Operator is a State body that carries part of the strand.
//
// Operator is a value, comparable with ==. In JSON an Operator is
// {"acronym", "name"}.
type Operator struct {
	Acronym string `json:"acronym"` // "DINUM"
	Name    string `json:"name"`    // "direction interministérielle du numérique"
}

// Axis is one of the three axes of the fund « Transformation numérique des
// collectivités territoriales », with its envelope and the schemes of the
// catalogue that belong to it (none for the third axis, which is not in the
// catalogue).
//
// In JSON an Axis is {"number", "name", "operator", "envelope", "schemes"}:
// the envelope as [cost.Amount] writes it, the schemes as their IDs, []
// when none.
type Axis struct {
	Number   int         `json:"number"`   // 1, 2 or 3
	Name     string      `json:"name"`     // what the axis funds, in French
	Operator string      `json:"operator"` // acronym of the operator in charge
	Envelope cost.Amount `json:"envelope"` // the axis's share of the fund
	Schemes  []scheme.ID `json:"schemes"`  // the catalogue's schemes of this axis, never nil
}

// Fund is the local-authority part of the strand. In JSON a Fund is
// {"name", "code", "envelope", "axes"}.
type Fund struct {
	Name     string      `json:"name"`     // « Transformation numérique des collectivités territoriales »
	Code     string      `json:"code"`     // "ITN 7"
	Envelope cost.Amount `json:"envelope"` // 88 M€
	Axes     []Axis      `json:"axes"`     // the three axes, in order
}

// Strand describes the digital strand of France Relance: its name, its aim,
// its operators and its fund for local authorities.
//
// Strand is a plain value that holds slices, so == does not apply to it.
// [Volet] returns a fresh copy on every call, so a caller may change what it
// receives without affecting anyone else. The zero Strand describes nothing.
//
// In JSON a Strand is {"name", "alt_name", "aim", "months", "envelope",
// "operators", "fund"}, the envelope as [cost.Amount] writes it.
type Strand struct {
	Name      string      `json:"name"`      // the strand's name in the seed text
	AltName   string      `json:"alt_name"`  // the other title it goes by
	Aim       string      `json:"aim"`       // its aim, in French
	Months    int         `json:"months"`    // concrete results are due within this many months
	Envelope  cost.Amount `json:"envelope"`  // the strand's envelope for 2021-2022
	Operators []Operator  `json:"operators"` // DINUM, DITP, ANCT
	Fund      Fund        `json:"fund"`      // its fund for local authorities
}

// Volet returns the metadata of the strand « Mise à niveau numérique de
// l'État et des territoires », as a fresh copy.
//
// Sources: the seed text for the name, the aim, the 18 months and the
// operators; the fund, its code, its axes and their envelopes come from the
// public record (records IDF-GUIDE and FR-SITE of [scheme.Sources]). The
// third axis is metadata only: no scheme of the catalogue belongs to it.
func Volet() Strand {
	return Strand{
		Name:    "Mise à niveau numérique de l’État et des territoires",  // [seed]
		AltName: "Transformation numérique de l’État et des territoires", // [src NUM-SVC]
		Aim: "Soutenir l’économie française en finançant des projets pouvant " +
			"produire des résultats concrets sous 18 mois", // [seed]
		Months:   18,                      // [seed]
		Envelope: cost.Euros(500_000_000), // 500 M€ for 2021-2022 [src NUM-SVC]
		Operators: []Operator{ // [seed]
			{Acronym: "DINUM", Name: "direction interministérielle du numérique"},
			{Acronym: "DITP", Name: "direction interministérielle de la transformation publique"},
			{Acronym: "ANCT", Name: "Agence nationale de la cohésion des territoires"},
		},
		Fund: Fund{ // [src IDF-GUIDE, FR-SITE]
			Name:     "Transformation numérique des collectivités territoriales",
			Code:     "ITN 7",
			Envelope: cost.Euros(88_000_000),
			Axes: []Axis{
				{
					Number:   1,
					Name:     "Co-construction de services numériques avec les collectivités",
					Operator: "ANCT",
					Envelope: cost.Euros(30_000_000),
					Schemes:  []scheme.ID{scheme.Incubateur},
				},
				{
					Number:   2,
					Name:     "Guichet national pour les projets mutualisés ou d’ampleur",
					Operator: "DINUM",
					Envelope: cost.Euros(24_000_000),
					Schemes:  []scheme.ID{scheme.ServicesUsagers, scheme.Donnees, scheme.Cooperation},
				},
				{
					Number:   3,
					Name:     "Guichets territoriaux d’ingénierie, animés par les préfectures",
					Operator: "DITP",
					Envelope: cost.Euros(34_000_000),
					Schemes:  []scheme.ID{},
				},
			},
		},
	}
}
