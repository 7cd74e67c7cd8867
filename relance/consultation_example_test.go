package relance_test

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
)

// Each support is checked against the vote of the calendar in force on its
// date: the first calendar (vote from 15 March to 15 April 2021) until the
// revision of 19 March 2021 (vote from 1 April to 1 May 2021).
func ExampleCountSupportsIn() {
	incubateur, _ := scheme.Get(scheme.Incubateur)
	session := incubateur.Sessions()[0]
	grenoble := scheme.Body{ID: "213801855", Name: "Grenoble", Kind: scheme.Commune}
	isere := scheme.Body{ID: "223800012", Name: "Isère", Kind: scheme.Departement}
	lannion := scheme.Body{ID: "212201135", Name: "Lannion", Kind: scheme.Commune}

	supports := []relance.Support{
		{Proposal: "reservation-equipements", By: grenoble, On: calendar.MustDate(2021, time.March, 20)},
		{Proposal: "reservation-equipements", By: isere, On: calendar.MustDate(2021, time.April, 20)},
		{Proposal: "reservation-equipements", By: lannion, On: calendar.MustDate(2021, time.March, 16)},
	}
	tally := relance.CountSupportsIn(session, []string{"reservation-equipements"}, supports)
	fmt.Println("comptés :", tally.Counts[0].Supports)
	for _, r := range tally.Rejected {
		vote, _ := session.PhaseOn(relance.PhaseVote, r.Support.On)
		fmt.Printf("refusé (%s, le %s) : %s ; vote %s\n", r.Support.By.Name, r.Support.On.French(), r.Reason, vote.Window.French())
	}
	// Output:
	// comptés : 2
	// refusé (Grenoble, le 20 mars 2021) : hors-periode ; vote du 1er avril au 1er mai 2021
}

// Step 3 as revised on 19 March 2021 runs from 3 May to 30 June 2021.
func ExampleReferentsIn() {
	incubateur, _ := scheme.Get(scheme.Incubateur)
	isere := scheme.Body{ID: "223800012", Name: "Isère", Kind: scheme.Departement}
	got := relance.ReferentsIn(incubateur.Sessions()[0], []string{"reservation-equipements"}, []relance.Declaration{
		{Service: "reservation-equipements", By: isere, On: calendar.MustDate(2021, time.April, 20)},
		{Service: "reservation-equipements", By: isere, On: calendar.MustDate(2021, time.June, 15)},
	})
	fmt.Println("référent le", got.Accepted[0].On.French())
	fmt.Println("refusé le", got.Refused[0].Item.On.French(), "—", got.Refused[0].Reason)
	// Output:
	// référent le 15 juin 2021
	// refusé le 20 avril 2021 — hors-periode
}

// Step 1 is the same in both calendars: from 25 January to 15 March 2021.
func ExampleContributionsIn() {
	incubateur, _ := scheme.Get(scheme.Incubateur)
	lannion := scheme.Body{ID: "212201135", Name: "Lannion", Kind: scheme.Commune}
	got := relance.ContributionsIn(incubateur.Sessions()[0], []relance.Contribution{
		{Title: "Prise de rendez-vous en ligne", Kind: relance.Need, By: lannion, On: calendar.MustDate(2021, time.March, 15)},
		{Title: "Archivage", Kind: relance.Need, By: lannion, On: calendar.MustDate(2021, time.March, 20)},
	})
	fmt.Println("reçue :", got.Accepted[0].Title)
	fmt.Println("refusée :", got.Refused[0].Item.Title, "—", got.Refused[0].Label())
	// Output:
	// reçue : Prise de rendez-vous en ligne
	// refusée : Archivage — La date est en dehors de l’étape de la consultation concernée.
}

// A refusal that quotes an invalid value encodes: the value is emptied in
// the item and kept verbatim under its JSON Pointer in "invalid".
func ExampleRefusal_MarshalJSON() {
	incubateur, _ := scheme.Get(scheme.Incubateur)
	got := relance.ContributionsIn(incubateur.Sessions()[0], []relance.Contribution{{
		Title: "Fibre", Kind: relance.Need,
		By:     scheme.Body{ID: "1", Name: "Mairie", Kind: "mairie"},
		On:     calendar.MustDate(2021, time.February, 1),
		Themes: []scheme.Theme{scheme.ThemeServices, "fibre"},
	}})
	data, _ := json.Marshal(got.Refused[0])
	fmt.Println(string(data))

	var back relance.Refusal[relance.Contribution]
	_ = json.Unmarshal(data, &back)
	fmt.Println(back.Item.By.Kind == "mairie", back.Item.Themes[1] == "fibre")
	// Output:
	// {"item":{"title":"Fibre","kind":"besoin","by":{"id":"1","name":"Mairie"},"on":"2021-02-01","themes":["services",""]},"reason":"thematique-inconnue","invalid":{"/item/by/kind":"mairie","/item/themes/1":"fibre"}}
	// true true
}
