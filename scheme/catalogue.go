package scheme

import (
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
)

// This file holds the schemes as data, and nothing else. Every fact carries
// its source: [seed] for the specification, whose text is
// sources/plan-de-relance.txt; [src X] for a public source of the table of
// sources.go, where X is its tag (FR-SITE: the site
// france-relance.transformation.gouv.fr; AT-COOP, AT-COOP-v2: the
// Aides-territoires sheets of the first and second calls; ANCT-RELANCE,
// ANCT-INDEX, ANCT-FAQ: the Incubateur des Territoires' pages; and so on);
// [choice] for a modelling decision where the texts are silent. French text
// is written with the typographic apostrophe (’), as the library writes
// everything for people; the official names are otherwise those of the
// texts.

// date is calendar.MustDate, for the dates of the texts.
func date(year int, month time.Month, day int) calendar.Date {
	return calendar.MustDate(year, month, day)
}

// incubateur is axis 1: the Incubateur des Territoires' national
// consultation.
func incubateur() Definition {
	return Definition{
		ID:   Incubateur,
		Name: "Consultation nationale de l’Incubateur des Territoires", // [seed]
		Summary: "Une nouvelle méthode de coopération qui rompt avec la logique d’appels à projets\u00a0: " + // [seed]
			"partir des besoins des territoires pour développer des services numériques avec et pour " +
			"le plus grand nombre d’entre eux. La consultation nationale, ouverte aux collectivités " +
			"territoriales, à leurs groupements et à leurs partenaires, identifie les besoins de " +
			"nouveaux services numériques et les services numériques existants. Les services retenus " +
			"sont développés en code ouvert.", // [src ANCT-RELANCE]
		Operator: "ANCT", // [seed]
		Examples: []string{ // [seed]
			"Faciliter l’orientation des usagers vers les services compétents de la collectivité",
			"Gestion de la relation usagers",
			"Mise à disposition d’équipements publics",
		},
		Support: []string{ // [seed] « l'État aide à la mutualisation, fournit l'ingénierie »
			"Aide de l’État à la mutualisation",
			"Ingénierie fournie par l’État",
		},
		Sessions: []SessionDefinition{{
			ID:   "consultation-2021",
			Name: "Consultation nationale 2021", // [choice] the seed names no session; the calendar as first published [seed] [src ANCT-INDEX-2021-01]
			Calendar: calendar.Calendar{Phases: []calendar.Phase{
				{ // [seed] étape 1
					ID:     "recueil",
					Name:   "Recueil des besoins et des services existants",
					Window: calendar.MustBetween(date(2021, time.January, 25), date(2021, time.March, 15)),
				},
				{ // [seed] étape 2
					ID:     "vote",
					Name:   "Vote pour les propositions",
					Window: calendar.MustBetween(date(2021, time.March, 15), date(2021, time.April, 15)),
				},
				{ // [seed] étape 3
					ID:     "referents",
					Name:   "Expression d’intérêt à devenir «\u00a0territoire référent\u00a0» pour les services numériques retenus",
					Window: calendar.MustBetween(date(2021, time.April, 15), date(2021, time.May, 31)),
				},
				{ // [seed] étape 4, « à partir du 1er juin 2021 »: open-ended
					ID:     "deploiement",
					Name:   "Développement et déploiement des services numériques lauréats",
					Window: calendar.From(date(2021, time.June, 1)),
				},
			}},
			// [src ANCT-INDEX] the calendar as revised on 19 March 2021, with the
			// exact days of [src ANCT-FAQ] (committee of 3 May, « l’étape 3, du
			// 3 mai au 30 juin », committee n° 2 on 5 July 2021); [choice] a
			// date between two steps (16–31 March) is in no step.
			Revisions: []Revision{{
				Published: date(2021, time.March, 19),
				Source:    "ANCT-INDEX, ANCT-FAQ",
				Calendar: calendar.Calendar{Phases: []calendar.Phase{
					{
						ID:     "recueil",
						Name:   "Recueil des besoins et des services existants",
						Window: calendar.MustBetween(date(2021, time.January, 25), date(2021, time.March, 15)),
					},
					{
						ID:     "vote",
						Name:   "Soutien aux projets par les collectivités territoriales",
						Window: calendar.MustBetween(date(2021, time.April, 1), date(2021, time.May, 1)),
					},
					{
						ID:     "referents",
						Name:   "Lancement des groupes de travail et des territoires référents",
						Window: calendar.MustBetween(date(2021, time.May, 3), date(2021, time.June, 30)),
					},
					{
						ID:     "deploiement",
						Name:   "Sélection des services numériques lauréats, puis développement",
						Window: calendar.From(date(2021, time.July, 5)),
					},
				}},
			}},
			Intake: "recueil", // [choice] projects enter the consultation in step 1 only, whatever later step is in progress
			Funding: cost.Policy{
				Rate: cost.Percent(50), // [seed] « cofinance les projets à hauteur de 50% »; the seed excludes no category
			},
			Rules: Rules{
				Applicants: []Kind{ // [seed] « une collectivité ou un groupement de collectivités »
					Commune, EPCI, Departement, Region, StatutParticulier, Syndicat,
				},
				Threshold:      0,                            // [seed] no scale rule: the need must be common to other collectivités instead
				SharedNeed:     true,                         // [seed] « ce besoin est commun à d’autres collectivités »
				ExcludedThemes: []Theme{ThemeInfrastructure}, // [src ANCT-FAQ] infrastructure (fibre, wifi, antennas) and IT equipment are out of scope
				Practices:      []Practice{CodeOuvert},       // [src ANCT-RELANCE] services built « en code ouvert »
				ResultsWithin:  resultsWithin,
				// [choice] StartAfterRequest unset: the consultation gathers
				// needs and existing services, it takes no grant request
				// under décret n° 2018-514.
			},
		}},
	}
}

// The three axis-2 calls share their calendars, applicants and thresholds
// [seed] [src FR-SITE, AT-COOP, AT-COOP-v2]; each function below returns new
// slices, so that no two sessions share one.

// firstCall is the calendar of the first axis-2 session: « 25 janvier au
// 28 mai 2021 pour la 1ère session » [seed].
func firstCall() calendar.Calendar {
	return calendar.Calendar{Phases: []calendar.Phase{{
		ID:     "candidatures",
		Name:   "Dépôt des candidatures",
		Window: calendar.MustBetween(date(2021, time.January, 25), date(2021, time.May, 28)),
	}}}
}

// secondCall is the calendar of the second axis-2 session, the
// « Transformation numérique des territoires » call: its rules announced on
// 21 September 2021 [src FR-SITE], the call launched on 8 October 2021 in
// Annecy [src LMI-2021], candidacies « jusqu’au 22 novembre 2021 à minuit »
// [src TNT-PAGE]. [choice] The intake runs from 8 October to 22 November
// 2021, both days included: its opening day is the launch of the call, not
// a published opening date.
func secondCall() calendar.Calendar {
	return calendar.Calendar{Phases: []calendar.Phase{{
		ID:     "candidatures",
		Name:   "Dépôt des candidatures",
		Window: calendar.MustBetween(date(2021, time.October, 8), date(2021, time.November, 22)),
	}}}
}

// resultsWithin is the delay within which every project must produce
// concrete results [seed]: « des résultats concrets sous 18 mois ».
const resultsWithin = 18

// The scale thresholds of the axis-2 sessions: « l'équivalent d'une
// population d'environ 500 000 habitants » [seed], lowered to 300 000 for the
// second session [src FR-SITE 2021-09-21, AT-COOP-v2]; [choice] "about" is
// read as "at least".
const (
	firstThreshold  = 500000
	secondThreshold = 300000
)

// axis2Scope opens the summaries of the axis-2 calls: the projects they take,
// with the scale of both sessions [seed] [src FR-SITE 2021-09-21, AT-COOP-v2].
const axis2Scope = "Projets numériques mutualisés ou d’ampleur, qui concernent un département ou l’équivalent " +
	"d’une population d’environ 500\u202f000 habitants (300\u202f000 à la 2e session)\u00a0: "

// firstApplicants are the kinds that may lead a project in the first axis-2
// session: communes, EPCI à fiscalité propre, départements, régions [src
// AT-COOP], and groupements such as syndicats mixtes [seed] « groupement de
// collectivités » [src NUM-JNT: Mégalis Bretagne, Gironde Numérique].
func firstApplicants() []Kind {
	return []Kind{Commune, EPCI, Departement, Region, Syndicat}
}

// secondApplicants are those of the second session, which added the
// collectivités d'outre-mer à statut particulier [src AT-COOP-v2].
func secondApplicants() []Kind {
	return []Kind{Commune, EPCI, Departement, Region, StatutParticulier, Syndicat}
}

// axis2 returns the two sessions of an axis-2 call that funds theme: each
// excludes the categories that exclusions returns and requires the practices
// that practices returns (nil: none). The 1re session is that of the seed;
// the 2e is the « Transformation numérique des territoires » call.
func axis2(theme Theme, exclusions func() []cost.Category, practices func() []Practice) []SessionDefinition {
	return []SessionDefinition{
		{
			ID:       "session-1",
			Name:     "1re session", // [seed] « 1ère session »
			Calendar: firstCall(),
			Intake:   "candidatures",
			Funding:  cost.Policy{Rate: cost.Percent(50), Excluded: exclusions()}, // [seed] « Cofinancement de 50% »
			Rules: Rules{
				Applicants:    firstApplicants(),
				Threshold:     firstThreshold,
				Themes:        []Theme{theme}, // [seed] each call funds its own theme
				Practices:     practices(),
				ResultsWithin: resultsWithin,
				// [src D2018-514: art. 5, II] no commencement before the
				// request is received: the calls are State grants.
				StartAfterRequest: true,
			},
		},
		{
			ID:        "session-2",
			Name:      "2e session",
			Announced: date(2021, time.September, 21), // [src FR-SITE 2021-09-21] its rules announced
			Calendar:  secondCall(),
			Intake:    "candidatures",
			// [src AT-COOP-v2] « égal à 75% des coûts du projet » for the
			// cooperation call; [choice] the three calls share it, as they
			// share everything else on record; [choice] each keeps its
			// exclusions of the first session.
			Funding:     cost.Policy{Rate: cost.Percent(75), Excluded: exclusions()},
			FundingNote: secondFundingNote(theme),
			Rules: Rules{
				Applicants:    secondApplicants(),
				Threshold:     secondThreshold,
				Themes:        []Theme{theme},
				Practices:     practices(),
				ResultsWithin: resultsWithin,
				// [src D2018-514: art. 5, II] no commencement before the
				// request is received: the calls are State grants.
				StartAfterRequest: true,
			},
		},
	}
}

// secondFundingNote says what of the funding of the second session of the
// call that funds theme is the library's choice: the exclusions of the
// first session, kept, and, but for the cooperation call, the rate on
// record for that call alone.
func secondFundingNote(theme Theme) string {
	const choice = "\u00a0: choix de la bibliothèque"
	if theme == ThemeCooperation {
		return "Dépenses exclues de la 1re session, reconduites" + choice
	}
	return "Taux de 75\u00a0%, celui de l’appel «\u00a0Coopération\u00a0», seul publié, et dépenses exclues de la 1re session, reconduites" + choice
}

// none requires no practice.
func none() []Practice { return nil }

// servicesUsagers is axis 2a: dematerialised services to users.
func servicesUsagers() Definition {
	exclusions := func() []cost.Category { return []cost.Category{cost.Personnel} } // [seed] « hors personnel »
	practices := func() []Practice {                                                // [seed] « accessibilité, langage simple, optimisation sur mobile, etc. »
		return []Practice{Accessibilite, LangageSimple, Mobile}
	}
	return Definition{
		ID:   ServicesUsagers,
		Name: "Dématérialisation et amélioration des services aux usagers", // [seed]
		Summary: axis2Scope + // [seed] [src FR-SITE, AT-COOP-v2]
			"la dématérialisation ou l’amélioration des " +
			"services dématérialisés aux usagers. Les projets doivent respecter les bonnes pratiques " +
			"(accessibilité, langage simple, optimisation sur mobile, etc.).",
		Operator: "DINUM", // [seed] [src FR-SITE]
		Examples: []string{ // [choice] the seed gives none: the library's own example
			"Démarches administratives en ligne",
		},
		Support:  nil, // [seed] co-financing only
		Sessions: axis2(ThemeServices, exclusions, practices),
	}
}

// donnees is axis 2b: better use of data.
func donnees() Definition {
	exclusions := func() []cost.Category { return []cost.Category{cost.Personnel, cost.Equipment} } // [seed] « hors personnel et matériel »
	return Definition{
		ID:   Donnees,
		Name: "Meilleur usage des données", // [seed]
		Summary: axis2Scope + // [seed] [src FR-SITE, AT-COOP-v2]
			"développer un meilleur usage des données pour " +
			"nos territoires (intelligence artificielle, open data, archivage, tableaux de bord de pilotage " +
			"des politiques publiques locales).",
		Operator: "DINUM", // [seed] [src FR-SITE]
		Examples: []string{ // [seed]
			"Ouvertures de données en open data",
			"Archivage de données",
			"Utilisation de l’intelligence artificielle pour améliorer un service aux usagers",
		},
		Support:  nil, // [seed] co-financing only
		Sessions: axis2(ThemeDonnees, exclusions, none),
	}
}

// cooperation is axis 2c: cooperation with partners and users.
func cooperation() Definition {
	exclusions := func() []cost.Category { return []cost.Category{cost.Personnel, cost.Equipment} } // [seed] « hors personnel et matériel »; [src AT-COOP-v2] still for the 2e session
	return Definition{
		ID:   Cooperation,
		Name: "Coopération avec les partenaires et les usagers", // [seed]
		Summary: axis2Scope + // [seed] [src FR-SITE, AT-COOP-v2]
			"développer la coopération avec les partenaires " +
			"et les usagers grâce au numérique (plateformes citoyennes, gestion de la connaissance partagée). " +
			"Ces projets reposent sur une alliance entre administrations locales et citoyens, entreprises " +
			"ou associations, par exemple, pour coproduire les politiques publiques.",
		Operator: "DINUM", // [seed] [src FR-SITE]
		Examples: []string{ // [seed]
			"Plateformes de partage de connaissances",
			"Outils numériques permettant à des entreprises/associations d’intervenir avec " +
				"l’administration sur des actions d’aide aux personnes en difficulté",
		},
		Support:  nil, // [seed] co-financing only
		Sessions: axis2(ThemeCooperation, exclusions, none),
	}
}
