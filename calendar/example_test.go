package calendar_test

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/planrelance/numerique/calendar"
)

// consultation is the calendar of the Incubateur des Territoires
// consultation, as first published on 20 January 2021.
func consultation() calendar.Calendar {
	return calendar.Calendar{Phases: []calendar.Phase{
		{ID: "recueil", Name: "Recueil des besoins et des services existants",
			Window: calendar.MustBetween(calendar.MustDate(2021, time.January, 25), calendar.MustDate(2021, time.March, 15))},
		{ID: "vote", Name: "Vote pour les propositions",
			Window: calendar.MustBetween(calendar.MustDate(2021, time.March, 15), calendar.MustDate(2021, time.April, 15))},
		{ID: "referents", Name: "Expression d'intérêt à devenir « territoire référent »",
			Window: calendar.MustBetween(calendar.MustDate(2021, time.April, 15), calendar.MustDate(2021, time.May, 31))},
		{ID: "deploiement", Name: "Développement et déploiement des services numériques lauréats",
			Window: calendar.From(calendar.MustDate(2021, time.June, 1))},
	}}
}

func ExampleNewDate() {
	d, err := calendar.NewDate(2021, time.March, 15)
	fmt.Println(d, d.Weekday(), err)

	_, err = calendar.NewDate(2021, time.February, 30)
	fmt.Println(err)
	// Output:
	// 2021-03-15 Monday <nil>
	// calendar: new date "2021-02-30": invalid date: day outside 1..28
}

func ExampleMustDate() {
	start := calendar.MustDate(2021, time.June, 1)
	fmt.Println(start.French())
	// Output: 1er juin 2021
}

func ExampleParseDate() {
	d, err := calendar.ParseDate("2021-11-22")
	fmt.Println(d.French(), err)

	_, err = calendar.ParseDate("22/11/2021")
	fmt.Println(err)
	// Output:
	// 22 novembre 2021 <nil>
	// calendar: parse date "22/11/2021": invalid date: want YYYY-MM-DD
}

// Results are due within 18 months: adding months keeps the day when it
// exists, and takes the last day of the month when it does not.
func ExampleDate_AddMonths() {
	fmt.Println(calendar.MustDate(2021, time.March, 15).AddMonths(18))
	fmt.Println(calendar.MustDate(2021, time.August, 31).AddMonths(6))
	fmt.Println(calendar.MustDate(2023, time.August, 31).AddMonths(6))
	// Output:
	// 2022-09-15
	// 2022-02-28
	// 2024-02-29
}

func ExampleDate_DaysUntil() {
	today := calendar.MustDate(2021, time.April, 2)
	fmt.Println(today.DaysUntil(calendar.MustDate(2021, time.April, 15)))
	fmt.Println(today.AddDays(13))
	// Output:
	// 13
	// 2021-04-15
}

func ExampleDate_French() {
	fmt.Println(calendar.MustDate(2021, time.March, 15).French())
	fmt.Println(calendar.MustDate(2021, time.June, 1).French())
	fmt.Printf("%q\n", calendar.Date{}.French())
	// Output:
	// 15 mars 2021
	// 1er juin 2021
	// ""
}

// AppendFrench writes a date into a buffer of the caller's, here one on the
// stack, without allocating.
func ExampleDate_AppendFrench() {
	var buf [64]byte
	b := append(buf[:0], "Résultats attendus le "...)
	b = calendar.MustDate(2022, time.September, 1).AppendFrench(b)
	fmt.Println(string(b))
	// Output:
	// Résultats attendus le 1er septembre 2022
}

// An instant is on a given day in Paris whatever the location it is written
// in: 23:30 UTC on 14 March 2021 was already 15 March in Paris (winter time,
// UTC+1), and 22:30 UTC on 14 April already 15 April (summer time, UTC+2).
func ExampleParisDate() {
	winter := time.Date(2021, time.March, 14, 23, 30, 0, 0, time.UTC)
	summer := time.Date(2021, time.April, 14, 22, 30, 0, 0, time.UTC)
	newYork := time.FixedZone("EDT", -4*3600)
	fmt.Println(calendar.DateOf(winter), calendar.ParisDate(winter))
	fmt.Println(calendar.DateOf(summer.In(newYork)), calendar.ParisDate(summer.In(newYork)))
	// Output:
	// 2021-03-14 2021-03-15
	// 2021-04-14 2021-04-15
}

func ExampleBetween() {
	w, err := calendar.Between(calendar.MustDate(2021, time.January, 25), calendar.MustDate(2021, time.March, 15))
	fmt.Println(w, w.Days(), err)

	_, err = calendar.Between(calendar.MustDate(2021, time.March, 15), calendar.MustDate(2021, time.January, 25))
	fmt.Println(err)
	// Output:
	// 2021-01-25/2021-03-15 50 <nil>
	// calendar: between "2021-03-15" and "2021-01-25": invalid window: last day before first day
}

func ExampleWindow_French() {
	d := calendar.MustDate
	fmt.Println(calendar.MustBetween(d(2021, time.January, 25), d(2021, time.March, 15)).French())
	fmt.Println(calendar.MustBetween(d(2021, time.December, 15), d(2022, time.January, 15)).French())
	fmt.Println(calendar.MustBetween(d(2021, time.November, 8), d(2021, time.November, 22)).French())
	fmt.Println(calendar.MustBetween(d(2021, time.March, 15), d(2021, time.March, 15)).French())
	fmt.Println(calendar.From(d(2021, time.June, 1)).French())
	// Output:
	// du 25 janvier au 15 mars 2021
	// du 15 décembre 2021 au 15 janvier 2022
	// du 8 au 22 novembre 2021
	// le 15 mars 2021
	// à partir du 1er juin 2021
}

// Both ends of a window belong to it, as the texts read « du 25 janvier au
// 15 mars ».
func ExampleWindow_Contains() {
	step1 := calendar.MustBetween(calendar.MustDate(2021, time.January, 25), calendar.MustDate(2021, time.March, 15))
	for _, d := range []calendar.Date{
		calendar.MustDate(2021, time.January, 24),
		calendar.MustDate(2021, time.January, 25),
		calendar.MustDate(2021, time.March, 15),
		calendar.MustDate(2021, time.March, 16),
	} {
		fmt.Println(d, step1.Contains(d), step1.Status(d))
	}
	// Output:
	// 2021-01-24 false upcoming
	// 2021-01-25 true open
	// 2021-03-15 true open
	// 2021-03-16 false closed
}

func ExampleParseWindow() {
	w, err := calendar.ParseWindow("2021-06-01/..")
	fmt.Println(w.French(), w.OpenEnded(), err)
	// Output: à partir du 1er juin 2021 true <nil>
}

// On 15 March 2021, step 1 ends and step 2 begins: both are open, and the
// current one is the one that began last.
func ExampleCalendar_On() {
	c := consultation()
	for _, p := range c.On(calendar.MustDate(2021, time.March, 15)) {
		fmt.Println(p.ID, p.Window.French())
	}
	// Output:
	// recueil du 25 janvier au 15 mars 2021
	// vote du 15 mars au 15 avril 2021
}

func ExampleCalendar_Current() {
	c := consultation()
	p, ok := c.Current(calendar.MustDate(2021, time.March, 15))
	fmt.Println(p.ID, ok)
	_, ok = c.Current(calendar.MustDate(2021, time.January, 1))
	fmt.Println(ok)
	// Output:
	// vote true
	// false
}

func ExampleCalendar_Next() {
	c := consultation()
	today := calendar.MustDate(2021, time.April, 2)
	if p, ok := c.Next(today); ok {
		fmt.Printf("%s : %s, dans %d jours\n", p.Name, p.Window.French(), today.DaysUntil(p.Window.First()))
	}
	_, ok := c.Next(calendar.MustDate(2021, time.June, 1))
	fmt.Println(ok)
	// Output:
	// Expression d'intérêt à devenir « territoire référent » : du 15 avril au 31 mai 2021, dans 13 jours
	// false
}

// Validate reports every problem at once, each naming the phases concerned.
func ExampleCalendar_Validate() {
	c := calendar.Calendar{Phases: []calendar.Phase{
		{ID: "recueil", Window: calendar.MustBetween(calendar.MustDate(2021, time.January, 25), calendar.MustDate(2021, time.March, 15))},
		{ID: "vote", Window: calendar.MustBetween(calendar.MustDate(2021, time.March, 10), calendar.MustDate(2021, time.April, 15))},
		{ID: "vote", Window: calendar.From(calendar.MustDate(2021, time.April, 15))},
	}}
	fmt.Println(consultation().Validate())
	fmt.Println(c.Validate())
	// Output:
	// <nil>
	// calendar: validate Phases[1] "vote" (2021-03-10/2021-04-15): invalid calendar: overlaps Phases[0] "recueil" (2021-01-25/2021-03-15) by more than a shared boundary day
	// calendar: validate Phases[2] "vote" (2021-04-15/..): invalid calendar: duplicate ID, also Phases[1]
}

// A calendar travels as JSON with its windows as text.
func ExampleCalendar_json() {
	c := calendar.Calendar{Phases: []calendar.Phase{
		{ID: "candidatures", Name: "Dépôt des candidatures",
			Window: calendar.MustBetween(calendar.MustDate(2021, time.October, 8), calendar.MustDate(2021, time.November, 22))},
	}}
	data, _ := json.Marshal(c)
	fmt.Println(string(data))

	var back calendar.Calendar
	err := json.Unmarshal(data, &back)
	fmt.Println(back.Phases[0].Window.French(), err)
	// Output:
	// {"phases":[{"id":"candidatures","name":"Dépôt des candidatures","window":"2021-10-08/2021-11-22"}]}
	// du 8 octobre au 22 novembre 2021 <nil>
}

// Where does a day stand in the consultation? A whole workflow: from an
// instant to the day in Paris, to the open steps and the next one.
func Example_scenario() {
	c := consultation()
	now := time.Date(2021, time.April, 14, 22, 15, 0, 0, time.UTC) // 00:15 on 15 April in Paris
	today := calendar.ParisDate(now)
	fmt.Println("Le", today.French(), ":", c.Status(today).French())
	for _, p := range c.On(today) {
		fmt.Println("-", p.Name, p.Window.French())
	}
	if p, ok := c.Next(today); ok {
		fmt.Println("ensuite :", p.Name, "dans", today.DaysUntil(p.Window.First()), "jours")
	}
	// Output:
	// Le 15 avril 2021 : ouvert
	// - Vote pour les propositions du 15 mars au 15 avril 2021
	// - Expression d'intérêt à devenir « territoire référent » du 15 avril au 31 mai 2021
	// ensuite : Développement et déploiement des services numériques lauréats dans 47 jours
}
