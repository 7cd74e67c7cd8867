package relance

import (
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/scheme"
)

// Operator is a State body that carries part of the strand.
type Operator struct {
	Acronym string `json:"acronym"` // "DINUM"
	Name    string `json:"name"`    // "direction interministérielle du numérique"
}

// Axis is one of the three axes of the fund « Transformation numérique des
// collectivités territoriales », with its envelope and the schemes of the
// catalogue that belong to it (none for the third axis, which is not in the
// catalogue).
type Axis struct {
	Number   int         `json:"number"`
	Name     string      `json:"name"`
	Operator string      `json:"operator"` // acronym of the operator in charge
	Envelope cost.Amount `json:"envelope"`
	Schemes  []scheme.ID `json:"schemes"`
}

// Fund is the local-authority part of the strand.
type Fund struct {
	Name     string      `json:"name"`
	Code     string      `json:"code"`
	Envelope cost.Amount `json:"envelope"`
	Axes     []Axis      `json:"axes"`
}

// Strand describes the digital strand of France Relance: its name, its aim,
// its operators and its fund for local authorities.
//
// Strand is a plain value. [Volet] returns a fresh copy on every call, so a
// caller may change what it receives without affecting anyone else.
type Strand struct {
	Name      string      `json:"name"`
	AltName   string      `json:"alt_name"`
	Aim       string      `json:"aim"`
	Months    int         `json:"months"` // concrete results are due within this many months
	Envelope  cost.Amount `json:"envelope"`
	Operators []Operator  `json:"operators"`
	Fund      Fund        `json:"fund"`
}

// Volet returns the metadata of the strand « Mise à niveau numérique de
// l'État et des territoires », as a fresh copy.
//
// Sources: the seed text for the name, the aim, the 18 months and the
// operators; the fund, its code, its axes and their envelopes come from the
// public record (DOMAIN.md: IDF-GUIDE, FR-SITE). The third axis is metadata
// only: no scheme of the catalogue belongs to it.
func Volet() Strand {
	return Strand{
		Name:    "Mise à niveau numérique de l'État et des territoires",  // [seed]
		AltName: "Transformation numérique de l'État et des territoires", // [src NUM-SVC]
		Aim: "Soutenir l'économie française en finançant des projets pouvant " +
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
					Name:     "Guichet national pour les projets mutualisés ou d'ampleur",
					Operator: "DINUM",
					Envelope: cost.Euros(24_000_000),
					Schemes:  []scheme.ID{scheme.ServicesUsagers, scheme.Donnees, scheme.Cooperation},
				},
				{
					Number:   3,
					Name:     "Guichets territoriaux d'ingénierie, animés par les préfectures",
					Operator: "DITP",
					Envelope: cost.Euros(34_000_000),
					Schemes:  []scheme.ID{},
				},
			},
		},
	}
}
