package territoire

// The bodies whose modelling is the package's choice, where the law and the
// data differ (see the package documentation).
const (
	corseID = "R94"       // the Collectivité de Corse, of kind région
	lyonID  = "200046977" // the Métropole de Lyon, of kind EPCI
	parisID = "75056"     // Ville de Paris, the commune; "75", the département
)

// Modelling returns, in French, how the body of an official code is
// modelled where the law and the data differ, which is the package's choice
// [choice], for a program to print beside the body: the Collectivité de
// Corse counted as a région, the Métropole de Lyon as an EPCI à fiscalité
// propre, and Ville de Paris as the commune 75056 and the département 75
// whose inhabitants count once. It returns "" for any other code, known or
// not; it reads codes as [Lookup] does ("r94", "200 046 977").
func Modelling(code string) string {
	b, err := Lookup(code)
	if err != nil {
		return ""
	}
	const choice = " (choix de la bibliothèque)"
	switch b.ID {
	case corseID:
		return "Collectivité de Corse\u00a0: collectivité à statut particulier (CGCT, art. L4421-1), qui exerce les compétences " +
			"d’une région et des deux anciens départements, comptée comme une région" + choice
	case lyonID:
		return "Métropole de Lyon\u00a0: collectivité à statut particulier (CGCT, art. L3611-1), comptée comme un EPCI à fiscalité " +
			"propre, comme les données officielles la listent" + choice
	case parisID, "75":
		return "Paris\u00a0: une seule collectivité, la Ville de Paris, commune (75056) et département (75) à la fois, " +
			"dont les habitants ne comptent qu’une fois" + choice
	}
	return ""
}
