// Package numerique models the France Relance digital schemes open to French
// local authorities: which schemes exist, who may apply and why, when each
// step is open, which costs count, and exactly how much the State pays.
//
// This root package holds no code: it is the map of the module. Import the
// package that does the job you need.
//
// # The strand
//
// The plan France Relance carries a strand « Mise à niveau numérique de l'État
// et des territoires » whose aim is to support the economy by funding projects
// that produce concrete results within 18 months. It is run by the direction
// interministérielle du numérique (DINUM), the direction interministérielle de
// la transformation publique (DITP) and the Agence nationale de la cohésion des
// territoires (ANCT). Its local-authority part is the fund « Transformation
// numérique des collectivités territoriales » (ITN 7, 88 M€), in three axes.
//
// # The schemes
//
// Incubateur des Territoires (axe 1, ANCT, id "incubateur-territoires"): a
// national consultation, not a call for projects. Collectivités, their
// groupements and their partners bring needs and existing services (step 1),
// collectivités support proposals (step 2), volunteer as « territoire
// référent » (step 3), and the retained services are built in open source and
// deployed (step 4, from 1 June 2021). The State helps pooling, provides the
// engineering and co-finances 50 %.
//
// Services aux usagers, Données, Coopération (axe 2, DINUM, ids
// "services-usagers", "donnees", "cooperation"): national calls for projects
// that are mutualised or large — a whole département or about 500 000
// inhabitants in the first session (25 January – 28 May 2021, 50 %), 300 000
// in the second (8 October – 22 November 2021, 75 %), each inhabitant counted
// once. Personnel costs never count; equipment does not count for data and
// cooperation projects; projects for users must commit to accessibility,
// plain language and mobile use; no project may start before its grant
// request is received (décret n° 2018-514, art. 5, II). A third session was
// announced for 2022; no record says it opened, and it is not modelled.
//
// A grant is promised only where it can still be asked for: an intake closed
// on the date promises nothing, and the next session, if one is to open, is
// said with what it would pay.
//
// # Packages
//
//	calendar  civil dates in Paris time, windows of days, phases and calendars
//	cost      amounts exact to the cent, rates, cost categories, budgets,
//	          co-financing policies, the calculator, fair splitting,
//	          financing plans under the law on stacking public aid (the 20 %
//	          rule over the whole operation, the ceiling over the
//	          subsidisable expense), the payment of a grant
//	scheme    applicants, projects, schemes as data (definitions built into
//	          immutable schemes, sessions, rules), the catalogue, eligibility
//	          in three values with figures, worded in French apart
//	scheme/territoire
//	          the communes, EPCI, départements, régions and collectivités à
//	          statut particulier of 2021 as scheme bodies, with the populations
//	          légales in force in 2021 (millésime 2018), from Etalab's open
//	          data; Complete fills a project's bodies given by code and counts
//	          each inhabitant once
//	relance   the strand as a whole: orientation of a project across schemes
//	          on a date, the limits on stacking public aid for a lead, a
//	          grant placed in its financing plan, and the Incubateur
//	          consultation
//	relance/relancetest
//	          test cases as data files, their runner for any test suite, and
//	          the coverage of the rules' branches
//
// Imports flow one way: relance imports scheme, which imports cost and
// calendar; scheme/territoire imports scheme; relance/relancetest imports
// relance; cost and calendar import neither each other nor the schemes.
// Every package is pure: no I/O, no clock, no environment, no mutable package
// state. Callers pass the date they mean, and every function is safe for
// concurrent use.
//
// # Quick start
//
// Orient a project across the schemes on a date, and print what each would
// pay:
//
//	p := scheme.Project{
//		Lead:    scheme.Body{Name: "Syndicat mixte", Kind: scheme.Syndicat, Population: 620000},
//		Themes:  []scheme.Theme{scheme.ThemeDonnees},
//		Budget:  cost.Budget{{Category: cost.Services, Label: "Développement", Amount: cost.Euros(180000)}},
//	}
//	options, err := relance.Orient(p, calendar.MustDate(2021, time.March, 1))
//
// Or compute a grant directly:
//
//	res, err := cost.Cofinance(budget, cost.Policy{Rate: cost.Percent(50), Excluded: []cost.Category{cost.Personnel}})
//	fmt.Println(res.Explain())
//
// Or model a scheme of your own — a later call, a regional fund, a what-if —
// as data, and orient a project across it and the catalogue:
//
//	d := donnees.Definition() // from scheme.Get(scheme.Donnees)
//	d.Sessions[0].Rules.Threshold = 300000
//	whatIf, err := scheme.New(d)
//	options, err := relance.OrientAmong(append(scheme.All(), whatIf), p, on)
package numerique
