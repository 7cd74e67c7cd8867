package scheme

import (
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/internal/french"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Dates on which each session applies.
var (
	inFirst  = calendar.MustDate(2021, time.March, 1)
	inSecond = calendar.MustDate(2021, time.October, 15)
)

// nbsp replaces the spaces of a wanted reason that the package writes as
// no-break spaces: before a colon or a semicolon, inside « ».
func nbsp(s string) string {
	return strings.NewReplacer(" :", "\u00a0:", " ;", "\u00a0;", "« ", "«\u00a0", " »", "\u00a0»", "'", "’", "n° ", "n°\u00a0").Replace(s)
}

// thin groups digits as the package does, with U+202F: "620 000" → "620\u202f000".
func thin(s string) string {
	var b strings.Builder
	for i, r := range s {
		if r == ' ' && i > 0 && i+1 < len(s) && isDigit(s[i-1]) && isDigit(s[i+1]) {
			b.WriteString("\u202f")
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// french turns a wanted reason written with plain spaces into the package's
// typography.
func typo(s string) string { return nbsp(thin(s)) }

// eligibleFor returns a project that every session of scheme id finds
// eligible, in both sessions: each scenario changes one fact of it.
func eligibleFor(id ID) Project {
	p := Project{
		Title:       "Plateforme mutualisée",
		Lead:        Body{ID: "lead", Name: "Syndicat mixte", Kind: Syndicat, Population: 620000},
		Members:     []Body{{ID: "m0", Name: "Communauté de communes", Kind: EPCI, Population: 40000}},
		Departement: No,
		SharedNeed:  Yes,
		Practices:   []Practice{Accessibilite, LangageSimple, Mobile, CodeOuvert},
		Start:       day(2021, time.March, 1),
		Results:     day(2022, time.June, 30),
		Requested:   day(2021, time.February, 15),
	}
	switch id {
	case Incubateur:
		p.Themes = []Theme{ThemeServices}
	default:
		p.Themes = []Theme{themeOf(id)}
	}
	return p
}

// themeOf returns the theme that the axis-2 scheme id funds.
func themeOf(id ID) Theme {
	return map[ID]Theme{ServicesUsagers: ThemeServices, Donnees: ThemeDonnees, Cooperation: ThemeCooperation}[id]
}

// scenario puts one criterion of one scheme, in one session, in one outcome.
type scenario struct {
	name    string
	scheme  ID
	on      calendar.Date
	edit    func(p *Project)
	code    CriterionCode
	want    Outcome
	missing []string      // for Unknown
	reason  string        // a part of the reason, in plain spaces
	also    CriterionCode // another criterion that the same fact changes
	alsoTo  Outcome       // what it makes of also: NotMet (the zero Outcome is Unknown)
}

// scenarios returns the table: for each scheme and each of its sessions,
// every criterion that applies in each of Met, NotMet and Unknown, then the
// boundaries.
func scenarios() []scenario {
	var out []scenario
	add := func(s scenario) { out = append(out, s) }
	sessions := map[ID][]calendar.Date{
		Incubateur:      {inFirst},
		ServicesUsagers: {inFirst, inSecond},
		Donnees:         {inFirst, inSecond},
		Cooperation:     {inFirst, inSecond},
	}
	for _, id := range IDs() {
		for n, on := range sessions[id] {
			session := "1re session"
			if id == Incubateur {
				session = "consultation nationale 2021"
			} else if n == 1 {
				session = "2e session"
			}
			prefix := string(id) + "/" + session + "/"
			axis2 := id != Incubateur
			sc := func(name string, code CriterionCode, want Outcome, edit func(*Project), reason string, missing ...string) {
				add(scenario{prefix + name, id, on, edit, code, want, missing, reason, 0, 0})
			}

			// demandeur
			sc("demandeur met: syndicat", CodeDemandeur, Met, func(*Project) {},
				"Porteur : Syndicat mixte ou groupement, admis à candidater à la "+session)
			sc("demandeur unknown: no kind", CodeDemandeur, Unknown, func(p *Project) { p.Lead.Kind = "" },
				"Nature du porteur non renseignée", "Lead.Kind")
			sc("demandeur not met: partner", CodeDemandeur, NotMet, func(p *Project) { p.Lead.Kind = Partenaire; p.Departement = Yes },
				"Porteur : Partenaire, non admis à candidater à la "+session+" ; peuvent candidater : Commune, ")
			add(scenario{prefix + "demandeur not met: unknown kind, which the scale rule reads too", id, on,
				func(p *Project) { p.Lead.Kind = "mairie"; p.Departement = Yes }, CodeDemandeur, NotMet, nil,
				"Nature du porteur inconnue : « mairie » ; à la " + session + ", peuvent candidater : ",
				map[bool]CriterionCode{true: CodeAmpleur}[axis2], NotMet})

			// ampleur
			if axis2 {
				threshold := 500000
				if n == 1 {
					threshold = 300000
				}
				sc("ampleur met: covered population", CodeAmpleur, Met, func(*Project) {},
					"Population couverte : 660 000 habitants ; seuil de la "+session)
				sc("ampleur met: lead is a département", CodeAmpleur, Met, func(p *Project) {
					p.Lead = Body{Kind: Departement}
					p.Members = nil
				}, "Porteur : Département")
				sc("ampleur met: lead is a région", CodeAmpleur, Met, func(p *Project) {
					p.Lead = Body{Kind: Region}
					p.Departement = Unanswered
				}, "Porteur : Région")
				sc("ampleur met: covers a whole département", CodeAmpleur, Met, func(p *Project) {
					p.Lead.Population = 1000
					p.Members = nil
					p.Departement = Yes
				}, "Le projet couvre un département entier")
				sc("ampleur met: threshold reached exactly", CodeAmpleur, Met, func(p *Project) {
					p.Lead.Population = threshold - 40000
				}, "Population couverte : "+fr(threshold)+" habitants")
				sc("ampleur not met: one below the threshold", CodeAmpleur, NotMet, func(p *Project) {
					p.Lead.Population = threshold - 40001
				}, "Population couverte : "+fr(threshold-1)+" habitants ; seuil de la "+session+" : "+fr(threshold)+" ; le projet ne couvre pas un département entier")
				sc("ampleur not met: a negative population beside enough others", CodeAmpleur, NotMet, func(p *Project) {
					p.Lead = Body{Kind: Syndicat, Population: -5}
					p.Members = []Body{{Kind: EPCI, Population: 500000}}
				}, "Population du porteur invalide : -5 habitants ; l'ampleur du projet ne peut être établie")
				sc("ampleur not met: a member's negative population, led by a département", CodeAmpleur, NotMet, func(p *Project) {
					p.Lead = Body{Kind: Departement, Population: 1200000}
					p.Members = append(p.Members, Body{Kind: Commune, Population: -1})
				}, "Population du membre n° 2 invalide : -1 habitant ; l'ampleur du projet ne peut être établie")
				sc("ampleur not met: a member's unknown kind", CodeAmpleur, NotMet, func(p *Project) {
					p.Members = []Body{{Kind: "mairie", Population: 600000}}
				}, "Nature du membre n° 1 inconnue : « mairie » ; l'ampleur du projet ne peut être établie")
				sc("ampleur not met: an invalid answer beside enough population", CodeAmpleur, NotMet, func(p *Project) { p.Departement = 9 },
					"Projet couvrant un département entier : réponse invalide « %!Answer(9) » ; l'ampleur du projet ne peut être établie")
				sc("ampleur unknown: a member's population", CodeAmpleur, Unknown, func(p *Project) {
					p.Lead.Population = 100000
					p.Members = append(p.Members, Body{Kind: Commune}, Body{Kind: Partenaire})
				}, "Population couverte connue : 140 000 habitants ; seuil de la "+session+" : "+fr(threshold)+" ; à préciser : la population d'un membre",
					"Members[1].Population")
				sc("ampleur unknown: département unanswered", CodeAmpleur, Unknown, func(p *Project) {
					p.Lead.Population = 100000
					p.Departement = Unanswered
				}, "à préciser : si le projet couvre un département entier", "Departement")
				sc("ampleur unknown: lead's population", CodeAmpleur, Unknown, func(p *Project) {
					p.Lead = Body{Kind: EPCI}
					p.Members[0].Population = 0
				}, "à préciser : la population du porteur, la population d'un membre", "Lead.Population", "Members[0].Population")
				sc("ampleur unknown: a syndicat's population, its members all partners", CodeAmpleur, Unknown, func(p *Project) {
					p.Lead.Population = 0
					p.Members = []Body{{Kind: Partenaire, Name: "Association"}}
				}, "à préciser : la population du porteur", "Lead.Population")
				sc("ampleur not met: a syndicat counted by its members", CodeAmpleur, NotMet, func(p *Project) {
					p.Lead.Population = 0
					p.Members = []Body{{Kind: EPCI, Population: threshold - 1}, {Kind: Partenaire}}
				}, "Population couverte : "+fr(threshold-1)+" habitants ; seuil de la "+session+" : "+fr(threshold)+
					" ; la population du porteur, un syndicat, est celle de ses membres (choix de la bibliothèque) ; le projet ne couvre pas un département entier, et le porteur n'est ni un département ni une région ; il manque 1 habitant")
				sc("ampleur unknown: a syndicat and a member's population", CodeAmpleur, Unknown, func(p *Project) {
					p.Lead.Population = 0
					p.Members = []Body{{Kind: EPCI, Population: 100000}, {Kind: Commune}}
				}, "Population couverte connue : 100 000 habitants ; seuil de la "+session+" : "+fr(threshold)+" ; la population du porteur, un syndicat, est celle de ses membres (choix de la bibliothèque) ; à préciser : la population d'un membre ;", "Members[1].Population")
			}

			// besoin-commun
			if !axis2 {
				sc("besoin-commun met", CodeBesoinCommun, Met, func(*Project) {}, "Le besoin est commun à d'autres collectivités")
				sc("besoin-commun not met", CodeBesoinCommun, NotMet, func(p *Project) { p.SharedNeed = No }, "Le besoin n'est pas commun")
				sc("besoin-commun unknown", CodeBesoinCommun, Unknown, func(p *Project) { p.SharedNeed = Unanswered },
					"Le projet ne dit pas si le besoin est commun", "SharedNeed")
				sc("besoin-commun not met: invalid answer", CodeBesoinCommun, NotMet, func(p *Project) { p.SharedNeed = 7 },
					"réponse invalide « %!Answer(7) »")
			}

			// thematique
			if axis2 {
				own := themeOf(id)
				other := ThemeFormation
				sc("thematique met", CodeThematique, Met, func(p *Project) { p.Themes = []Theme{other, own} },
					"Thème du projet : "+own.Label())
				sc("thematique not met: another theme", CodeThematique, NotMet, func(p *Project) { p.Themes = []Theme{other, ThemeInfrastructure} },
					"Thèmes du projet : Formation des agents au numérique, Infrastructures et équipements ; ce dispositif ne finance que le thème « "+own.Label()+" »")
				sc("thematique not met: an unknown theme beside its own", CodeThematique, NotMet, func(p *Project) { p.Themes = []Theme{"bogus", own} },
					"Thème n° 1 du projet inconnu : « bogus »")
				sc("thematique unknown", CodeThematique, Unknown, func(p *Project) { p.Themes = nil },
					"Thèmes du projet non renseignés", "Themes")
			} else {
				sc("thematique met", CodeThematique, Met, func(p *Project) { p.Themes = []Theme{ThemeOutilsAgents} },
					"Thèmes du projet : Outils de travail des agents")
				sc("thematique met: mixed with infrastructure", CodeThematique, Met, func(p *Project) { p.Themes = []Theme{ThemeInfrastructure, ThemeServices} },
					"Services aux usagers, Infrastructures et équipements ; les infrastructures (fibre, wifi, antennes) et le matériel informatique sont hors du champ")
				sc("thematique not met: infrastructure only", CodeThematique, NotMet, func(p *Project) { p.Themes = []Theme{ThemeInfrastructure, ThemeInfrastructure} },
					"hors du champ de ce dispositif")
				sc("thematique not met: unknown theme only", CodeThematique, NotMet, func(p *Project) { p.Themes = []Theme{"fibre"} },
					"Thème n° 1 du projet inconnu : « fibre »")
				sc("thematique not met: unknown themes beside a valid one", CodeThematique, NotMet, func(p *Project) { p.Themes = []Theme{ThemeDonnees, "bogus", ""} },
					"Thème n° 2 du projet inconnu : « bogus » ; 1 autre thème inconnu")
				sc("thematique unknown", CodeThematique, Unknown, func(p *Project) { p.Themes = []Theme{} },
					"Thèmes du projet non renseignés", "Themes")
			}

			// bonnes-pratiques
			switch id {
			case ServicesUsagers:
				sc("bonnes-pratiques met", CodeBonnesPratiques, Met, func(p *Project) { p.Practices = []Practice{Mobile, LangageSimple, Accessibilite} },
					"Le projet s'engage sur les bonnes pratiques exigées : Accessibilité (RGAA), Langage simple, Optimisation mobile")
				sc("bonnes-pratiques not met: one missing", CodeBonnesPratiques, NotMet, func(p *Project) { p.Practices = []Practice{Accessibilite, LangageSimple} },
					"Bonne pratique exigée sans engagement du projet : Optimisation mobile")
				sc("bonnes-pratiques not met: all missing", CodeBonnesPratiques, NotMet, func(p *Project) { p.Practices = []Practice{CodeOuvert} },
					"Bonnes pratiques exigées sans engagement du projet : Accessibilité (RGAA), Langage simple, Optimisation mobile")
				sc("bonnes-pratiques not met: an unknown practice beside the required ones", CodeBonnesPratiques, NotMet, func(p *Project) {
					p.Practices = []Practice{Accessibilite, LangageSimple, Mobile, "rgaa"}
				}, "Engagement n° 4 du projet inconnu : « rgaa »")
				sc("bonnes-pratiques unknown", CodeBonnesPratiques, Unknown, func(p *Project) { p.Practices = nil },
					"Engagements du projet non renseignés ; la "+session+" exige : Accessibilité (RGAA), Langage simple, Optimisation mobile", "Practices")
			case Incubateur:
				sc("bonnes-pratiques met", CodeBonnesPratiques, Met, func(p *Project) { p.Practices = []Practice{CodeOuvert} },
					"exigées : Code ouvert")
				sc("bonnes-pratiques not met", CodeBonnesPratiques, NotMet, func(p *Project) { p.Practices = []Practice{Accessibilite} },
					"Bonne pratique exigée sans engagement du projet : Code ouvert")
				sc("bonnes-pratiques not met: unknown practices beside the required one", CodeBonnesPratiques, NotMet, func(p *Project) {
					p.Practices = []Practice{CodeOuvert, "bogus", ""}
				}, "Engagement n° 2 du projet inconnu : « bogus » ; 1 autre engagement inconnu")
				sc("bonnes-pratiques unknown", CodeBonnesPratiques, Unknown, func(p *Project) { p.Practices = nil },
					"exige : Code ouvert", "Practices")
			}

			// resultats
			sc("resultats met", CodeResultats, Met, func(*Project) {},
				"Résultats attendus le 30 juin 2022, dans la limite du 1er septembre 2022 (18 mois après le début, le 1er mars 2021)")
			sc("resultats met: exactly 18 months", CodeResultats, Met, func(p *Project) { p.Results = day(2022, time.September, 1) },
				"dans la limite du 1er septembre 2022")
			sc("resultats met: same day", CodeResultats, Met, func(p *Project) { p.Results = p.Start }, "dans la limite du")
			sc("resultats met: clamped to the end of February", CodeResultats, Met, func(p *Project) {
				p.Start, p.Results = day(2021, time.August, 31), day(2023, time.February, 28)
			}, "dans la limite du 28 février 2023 (18 mois après le début, le 31 août 2021)")
			sc("resultats not met: a day late", CodeResultats, NotMet, func(p *Project) { p.Results = day(2022, time.September, 2) },
				"Résultats attendus le 2 septembre 2022, après le 1er septembre 2022")
			sc("resultats not met: before the start", CodeResultats, NotMet, func(p *Project) { p.Results = day(2021, time.February, 28) },
				"Résultats attendus le 28 février 2021, avant le début du projet, le 1er mars 2021")
			// Without a start, the commencement rule of the axis-2 calls is
			// Unknown too.
			startToo := func(name string, edit func(*Project), reason string, missing ...string) {
				add(scenario{prefix + name, id, on, edit, CodeResultats, Unknown, missing, reason, map[bool]CriterionCode{true: CodeCommencement}[axis2], Unknown})
			}
			startToo("resultats unknown: no start", func(p *Project) { p.Start = calendar.Date{} },
				"Résultats attendus le 30 juin 2022 ; date de début non renseignée", "Start")
			sc("resultats unknown: no results", CodeResultats, Unknown, func(p *Project) { p.Results = calendar.Date{} },
				"Début le 1er mars 2021 ; date des résultats non renseignée, au plus tard le 1er septembre 2022", "Results")
			startToo("resultats unknown: no dates", func(p *Project) { p.Start, p.Results = calendar.Date{}, calendar.Date{} },
				"Dates de début et des résultats non renseignées", "Start", "Results")

			// commencement
			if axis2 {
				checkDay := map[int]string{0: "1er mars 2021", 1: "15 octobre 2021"}[n]
				sc("commencement met: after the request", CodeCommencement, Met, func(*Project) {},
					"Début du projet le 1er mars 2021, après la réception de la demande de subvention le 15 février 2021")
				sc("commencement met: on the day of the request", CodeCommencement, Met, func(p *Project) { p.Requested = p.Start },
					"Début du projet le 1er mars 2021, jour de la réception de la demande de subvention")
				sc("commencement met: on the day of the check", CodeCommencement, Met, func(p *Project) { p.Requested, p.Start = calendar.Date{}, on },
					"Début du projet le "+checkDay+", jour de l'examen, retenu pour la réception de la demande de subvention")
				sc("commencement not met: a day before the request", CodeCommencement, NotMet, func(p *Project) { p.Requested = p.Start.AddDays(1) },
					"Début du projet le 1er mars 2021, avant la réception de la demande de subvention le 2 mars 2021 ; "+
						"« Aucun commencement d'exécution du projet ne peut être opéré avant la date de réception de la demande de subvention » "+
						"(décret n° 2018-514 du 25 juin 2018, art. 5, II)")
				sc("commencement not met: before the day of the check", CodeCommencement, NotMet, func(p *Project) { p.Requested, p.Start = calendar.Date{}, on.AddDays(-1) },
					"avant le "+checkDay+", jour de l'examen, retenu pour la réception de la demande de subvention ; « Aucun commencement d'exécution")
				add(scenario{prefix + "commencement unknown: no start", id, on, func(p *Project) { p.Start = calendar.Date{} }, CodeCommencement, Unknown,
					[]string{"Start"}, "Date de début non renseignée ; le projet ne peut commencer avant la réception de la demande de subvention le 15 février 2021",
					CodeResultats, Unknown})
			}
		}
	}

	// The thresholds at their boundaries, and the applicants that changed.
	boundary := func(name string, id ID, on calendar.Date, population int, want Outcome, reason string) {
		add(scenario{name, id, on, func(p *Project) {
			p.Lead.Population = population
			p.Members = nil
		}, CodeAmpleur, want, nil, reason, 0, 0})
	}
	boundary("1re session: 499 999 is below", Donnees, inFirst, 499999, NotMet, "Population couverte : 499 999 habitants ; seuil de la 1re session : 500 000")
	boundary("1re session: 500 000 is at scale", Donnees, inFirst, 500000, Met, "Population couverte : 500 000 habitants ; seuil de la 1re session : 500 000")
	boundary("1re session: 300 000 is below", Cooperation, inFirst, 300000, NotMet, "seuil de la 1re session : 500 000")
	boundary("2e session: 299 999 is below", Donnees, inSecond, 299999, NotMet, "Population couverte : 299 999 habitants ; seuil de la 2e session : 300 000")
	boundary("2e session: 300 000 is at scale", ServicesUsagers, inSecond, 300000, Met, "Population couverte : 300 000 habitants ; seuil de la 2e session : 300 000")
	add(scenario{"1re session: statut particulier not admitted", Cooperation, inFirst,
		func(p *Project) { p.Lead.Kind = StatutParticulier }, CodeDemandeur, NotMet, nil,
		"Porteur : Collectivité à statut particulier, non admis à candidater à la 1re session ; peuvent candidater : Commune, EPCI à fiscalité propre, Département, Région, Syndicat mixte ou groupement", 0, 0})
	add(scenario{"2e session: statut particulier admitted", Cooperation, inSecond,
		func(p *Project) { p.Lead.Kind = StatutParticulier }, CodeDemandeur, Met, nil,
		"Porteur : Collectivité à statut particulier, admis à candidater à la 2e session", 0, 0})
	add(scenario{"incubateur: statut particulier admitted", Incubateur, inFirst,
		func(p *Project) { p.Lead.Kind = StatutParticulier }, CodeDemandeur, Met, nil, "admis", 0, 0})
	return out
}

// fr writes n as the wanted reasons do, with plain spaces: 500000 → "500 000".
func fr(n int) string {
	return strings.ReplaceAll(french.Int(int64(n)), french.Thin, " ")
}

func TestCheckScenarios(t *testing.T) {
	for _, sc := range scenarios() {
		t.Run(sc.name, func(t *testing.T) {
			p := eligibleFor(sc.scheme)
			sc.edit(&p)
			e := mustGet(t, sc.scheme).Check(p, sc.on)

			c, ok := e.Criterion(sc.code)
			require.True(t, ok, "criterion %s applies", sc.code)
			assert.Equal(t, sc.want, c.Outcome, c.Reason())
			assert.Contains(t, c.Reason(), typo(sc.reason))
			for _, other := range e.Criteria {
				switch other.Code {
				case sc.code:
				case sc.also:
					assert.Equal(t, sc.alsoTo, other.Outcome, "%s changes too: %s", other.Code, other.Reason())
				default:
					assert.Equal(t, Met, other.Outcome, "only %s changes; %s: %s", sc.code, other.Code, other.Reason())
				}
			}
			want := map[Outcome]Verdict{Met: Eligible, NotMet: Ineligible, Unknown: Undetermined}[sc.want]
			if sc.also != 0 && sc.alsoTo == NotMet {
				want = Ineligible
			}
			assert.Equal(t, want, e.Verdict)
			if sc.want == Unknown {
				assert.Equal(t, sc.missing, e.Missing)
			} else {
				assert.Empty(t, e.Missing)
			}
		})
	}
}

// TestCheckCoverage checks that the table puts every criterion that applies
// to each scheme and session in each of the three outcomes.
func TestCheckCoverage(t *testing.T) {
	type key struct {
		scheme ID
		on     calendar.Date
		code   CriterionCode
	}
	seen := map[key]map[Outcome]bool{}
	for _, sc := range scenarios() {
		k := key{sc.scheme, sc.on, sc.code}
		if seen[k] == nil {
			seen[k] = map[Outcome]bool{}
		}
		seen[k][sc.want] = true
	}
	for _, s := range All() {
		for _, on := range []calendar.Date{inFirst, inSecond} {
			if s.ID() == Incubateur && on == inSecond {
				continue
			}
			for _, c := range s.Check(eligibleFor(s.ID()), on).Criteria {
				got := seen[key{s.ID(), on, c.Code}]
				assert.Len(t, got, 3, "%s on %s: %s in every outcome", s.ID(), on, c.Code)
			}
		}
	}
}

func TestCheckCriteriaPerScheme(t *testing.T) {
	tests := []struct {
		id    ID
		codes []CriterionCode
	}{
		{Incubateur, []CriterionCode{CodeDemandeur, CodeBesoinCommun, CodeThematique, CodeBonnesPratiques, CodeResultats}},
		{ServicesUsagers, []CriterionCode{CodeDemandeur, CodeAmpleur, CodeThematique, CodeBonnesPratiques, CodeResultats, CodeCommencement}},
		{Donnees, []CriterionCode{CodeDemandeur, CodeAmpleur, CodeThematique, CodeResultats, CodeCommencement}},
		{Cooperation, []CriterionCode{CodeDemandeur, CodeAmpleur, CodeThematique, CodeResultats, CodeCommencement}},
	}
	for _, tt := range tests {
		t.Run(string(tt.id), func(t *testing.T) {
			for _, on := range []calendar.Date{inFirst, inSecond} {
				e := mustGet(t, tt.id).Check(eligibleFor(tt.id), on)
				var codes []CriterionCode
				for _, c := range e.Criteria {
					codes = append(codes, c.Code)
				}
				assert.Equal(t, tt.codes, codes)
				assert.Equal(t, Eligible, e.Verdict)
				assert.Equal(t, tt.id, e.Scheme)
				assert.Nil(t, e.Missing)
			}
		})
	}
}

func TestCheckZeroProject(t *testing.T) {
	dates := []calendar.Date{{}, day(2020, time.January, 1), inFirst, day(2021, time.July, 1), inSecond, day(2030, time.January, 1)}
	for _, s := range All() {
		for _, on := range dates {
			t.Run(string(s.ID())+"/"+on.String(), func(t *testing.T) {
				e := s.Check(Project{}, on)
				assert.Equal(t, Undetermined, e.Verdict)
				for _, c := range e.Criteria {
					assert.Equal(t, Unknown, c.Outcome, "%s: %s", c.Code, c.Reason())
					assert.NotEmpty(t, c.Reason())
				}
				want := []string{"Lead.Kind", "Lead.Population", "Departement", "Themes", "Start", "Results"}
				switch s.ID() {
				case Incubateur:
					want = []string{"Lead.Kind", "SharedNeed", "Themes", "Practices", "Start", "Results"}
				case ServicesUsagers:
					want = []string{"Lead.Kind", "Lead.Population", "Departement", "Themes", "Practices", "Start", "Results"}
				}
				if s.ID() != Incubateur && on.IsZero() {
					want = append(want, "Requested") // a check without a day
				}
				assert.Equal(t, want, e.Missing)
			})
		}
	}
}

func TestCheckZeroSchemeAndSession(t *testing.T) {
	e := Scheme{}.Check(eligibleFor(Donnees), inFirst)
	assert.Equal(t, Ineligible, e.Verdict, "the zero Session admits no one")
	c, ok := e.Criterion(CodeDemandeur)
	require.True(t, ok)
	assert.Equal(t, NotMet, c.Outcome)
	assert.Contains(t, c.Reason(), typo("non admis à candidater à la session ; peuvent candidater : aucun"))
	_, ok = e.Criterion(CodeAmpleur)
	assert.False(t, ok, "no threshold, no scale rule")

	custom := customSession(t, "Session spéciale", Rules{Applicants: []Kind{Commune, Region}})
	c, _ = custom.Check(Project{Lead: Body{Kind: Partenaire}}).Criterion(CodeDemandeur)
	assert.Equal(t, typo("Porteur : Partenaire, non admis à candidater à la session spéciale ; peuvent candidater : Commune, Région"), c.Reason())

	e = Scheme{}.Check(Project{}, calendar.Date{})
	assert.Equal(t, Undetermined, e.Verdict)
	assert.Equal(t, []string{"Lead.Kind"}, e.Missing, "the zero Session's rules ask only who leads")
}

func TestCheckSessionByID(t *testing.T) {
	s := mustGet(t, Cooperation)
	second, ok := s.Session("session-2")
	require.True(t, ok)
	p := eligibleFor(Cooperation)
	p.Lead.Population, p.Members = 350000, nil
	assert.Equal(t, Ineligible, s.Check(p, inFirst).Verdict, "350 000 is below 500 000")
	e := second.Check(p)
	assert.Equal(t, Eligible, e.Verdict, "and at scale in the 2e session")
	assert.Equal(t, "session-2", e.Session)
}

func TestCheckAmpleurDetails(t *testing.T) {
	donnees := mustGet(t, Donnees)
	tests := []struct {
		name    string
		edit    func(p *Project)
		want    Outcome
		reason  string
		missing []string
	}{
		{
			"no kind: the lead could be a département",
			func(p *Project) { p.Lead = Body{Population: 1000}; p.Members = nil },
			Unknown, "à préciser : la nature du porteur", []string{"Lead.Kind"},
		},
		{
			"partner lead: its population does not count",
			func(p *Project) { p.Lead = Body{Kind: Partenaire, Population: 900000}; p.Members = nil },
			NotMet, "Population couverte : 0 habitant ;", nil,
		},
		{
			"partner members are neither counted nor missing",
			func(p *Project) {
				p.Lead.Population = 499000
				p.Members = []Body{{Kind: Partenaire}, {Kind: Partenaire, Population: 5000}}
			},
			NotMet, "Population couverte : 499 000 habitants", nil,
		},
		{
			"negative population: invalid, whatever the others",
			func(p *Project) { p.Lead.Population = -5; p.Members = []Body{{Kind: Commune, Population: 600000}} },
			NotMet, "Population du porteur invalide : -5 habitants ; l'ampleur du projet ne peut être établie", nil,
		},
		{
			"negative population of a partner: invalid too",
			func(p *Project) { p.Members = []Body{{Kind: Partenaire, Population: -2}} },
			NotMet, "Population du membre n° 1 invalide : -2 habitants", nil,
		},
		{
			"invalid facts counted after the first one",
			func(p *Project) {
				p.Lead.Kind = "mairie"
				p.Lead.Population = -5
				p.Members = []Body{{Kind: Commune}, {Kind: "hameau", Population: -1}, {Kind: "x"}}
				p.Departement = -1
			},
			NotMet, "Nature du porteur inconnue : « mairie » ; 5 autres données invalides ; l'ampleur du projet ne peut être établie", nil,
		},
		{
			"one more invalid fact",
			func(p *Project) { p.Lead = Body{Kind: Departement, Population: -1}; p.Departement = 3 },
			NotMet, "Population du porteur invalide : -1 habitant ; 1 autre donnée invalide ;", nil,
		},
		{
			"invalid facts come before missing ones",
			func(p *Project) {
				p.Lead = Body{}
				p.Members = []Body{{Kind: EPCI, Population: -40}}
				p.Departement = Unanswered
			},
			NotMet, "Population du membre n° 1 invalide : -40 habitants ;", []string{"Lead.Kind"},
		},
		{
			"overflowing sum saturates",
			func(p *Project) {
				p.Members = []Body{{Name: "A", Kind: Commune, Population: math.MaxInt}, {Name: "B", Kind: Commune, Population: math.MaxInt}}
			},
			Met, "Population couverte : plus de 9 223 372 036 854 775 807 habitants", nil,
		},
		{
			"a member that repeats the lead: its population counts once",
			func(p *Project) { p.Members = []Body{{ID: "lead", Kind: EPCI, Population: 400000}} },
			NotMet, "Membre n° 1 en double, déjà compté comme porteur ; l'ampleur du projet ne peut être établie", nil,
		},
		{
			"a member alike in every field to another",
			func(p *Project) {
				p.Lead.Population = 300000
				p.Members = []Body{{Kind: EPCI, Population: 100000}, {Kind: Commune, Population: 5}, {Kind: EPCI, Population: 100000}}
			},
			NotMet, "Membre n° 3 en double, déjà compté comme membre n° 1 ; l'ampleur du projet ne peut être établie", nil,
		},
		{
			"invalid answer to Departement, the lead a région",
			func(p *Project) { p.Lead.Kind = Region; p.Departement = 9 },
			NotMet, "réponse invalide « %!Answer(9) »", nil,
		},
		{
			"several members missing, counted",
			func(p *Project) {
				p.Lead.Population = 1000
				p.Members = []Body{{Name: "A", Kind: Commune}, {Kind: Commune, Population: 5}, {Name: "C", Kind: Commune}, {}}
			},
			Unknown, "à préciser : la population de 3 membres",
			[]string{"Members[0].Population", "Members[2].Population", "Members[3].Population"},
		},
		{
			"everything missing",
			func(p *Project) {
				p.Lead = Body{}
				p.Members = []Body{{}}
				p.Departement = Unanswered
			},
			Unknown, "à préciser : la nature du porteur, la population du porteur, la population d'un membre, si le projet couvre un département entier",
			[]string{"Lead.Kind", "Lead.Population", "Members[0].Population", "Departement"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := eligibleFor(Donnees)
			tt.edit(&p)
			e := donnees.Check(p, inFirst)
			c, ok := e.Criterion(CodeAmpleur)
			require.True(t, ok)
			assert.Equal(t, tt.want, c.Outcome, c.Reason())
			assert.Contains(t, c.Reason(), typo(tt.reason))
			assert.Equal(t, tt.missing, e.Missing)
		})
	}
}

// TestCheckResultatsDetails checks the reasons of the 18-months rule where
// the limit falls beyond the calendar: calendar.Date.AddMonths saturates at
// 9999-12-31, which is no date 18 months after the start.
func TestCheckResultatsDetails(t *testing.T) {
	tests := []struct {
		name           string
		start, results calendar.Date
		want           Outcome
		reason         string
	}{
		{
			"the last start whose limit is in the calendar",
			day(9998, time.June, 30), day(9999, time.December, 30), Met,
			"Résultats attendus le 30 décembre 9999, dans la limite du 30 décembre 9999 (18 mois après le début, le 30 juin 9998)",
		},
		{
			"a limit beyond the calendar",
			day(9998, time.July, 1), day(9999, time.December, 31), Met,
			"Résultats attendus le 31 décembre 9999, dans la limite de 18 mois après le début, le 1er juillet 9998, qui tombe au-delà du 31 décembre 9999, fin du calendrier pris en charge",
		},
		{
			"a limit beyond the calendar, results before the start",
			day(9999, time.December, 31), day(9999, time.January, 1), NotMet,
			"Résultats attendus le 1er janvier 9999, avant le début du projet, le 31 décembre 9999",
		},
		{
			"no results date, a limit beyond the calendar",
			day(9999, time.March, 1), calendar.Date{}, Unknown,
			"Début le 1er mars 9999 ; date des résultats non renseignée, sous 18 mois, une limite au-delà du 31 décembre 9999, fin du calendrier pris en charge",
		},
		{
			"no results date, the last start whose limit is in the calendar",
			day(9998, time.June, 30), calendar.Date{}, Unknown,
			"Début le 30 juin 9998 ; date des résultats non renseignée, au plus tard le 30 décembre 9999",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := eligibleFor(Donnees)
			p.Start, p.Results = tt.start, tt.results
			c, ok := mustGet(t, Donnees).Check(p, inFirst).Criterion(CodeResultats)
			require.True(t, ok)
			assert.Equal(t, tt.want, c.Outcome, c.Reason())
			assert.Equal(t, typo(tt.reason), c.Reason())
		})
	}
}

// TestCheckMembersOfEveryKind checks that a member of every valid kind is
// taken for valid, and counted unless a partner.
func TestCheckMembersOfEveryKind(t *testing.T) {
	for _, k := range Kinds() {
		t.Run(string(k), func(t *testing.T) {
			p := eligibleFor(Donnees)
			p.Lead.Population = 499999
			p.Members = []Body{{Kind: k, Population: 1}}
			c, _ := mustGet(t, Donnees).Check(p, inFirst).Criterion(CodeAmpleur)
			want := Met
			if k == Partenaire {
				want = NotMet
			}
			assert.Equal(t, want, c.Outcome, c.Reason())
			assert.Contains(t, c.Reason(), "Population couverte")
		})
	}
}

func TestCheckManyMembers(t *testing.T) {
	p := eligibleFor(Cooperation)
	p.Lead.Population = 1
	p.Members = make([]Body, 10000)
	for i := range p.Members {
		p.Members[i] = Body{ID: strconv.Itoa(i), Kind: Commune, Population: 40}
	}
	e := mustGet(t, Cooperation).Check(p, inFirst)
	assert.Equal(t, Ineligible, e.Verdict, "400 001 is below 500 000")
	assert.Equal(t, Eligible, mustGet(t, Cooperation).Check(p, inSecond).Verdict, "and above 300 000")

	for i := range p.Members {
		if i%2 == 1 {
			p.Members[i].Population = 0
		}
	}
	e = mustGet(t, Cooperation).Check(p, inFirst)
	assert.Equal(t, Undetermined, e.Verdict)
	require.Len(t, e.Missing, 5000)
	assert.Equal(t, "Members[1].Population", e.Missing[0])
	assert.Equal(t, "Members[9999].Population", e.Missing[4999])
	for i, m := range e.Missing {
		assert.Equal(t, "Members["+strconv.Itoa(2*i+1)+"].Population", m)
	}
	c, _ := e.Criterion(CodeAmpleur)
	assert.Contains(t, c.Reason(), typo("la population de 5 000 membres"))
}

func TestVerdictOf(t *testing.T) {
	tests := []struct {
		name     string
		outcomes []Outcome
		want     Verdict
	}{
		{"no criterion", nil, Eligible},
		{"all met", []Outcome{Met, Met}, Eligible},
		{"an unknown", []Outcome{Met, Unknown}, Undetermined},
		{"not met wins over unknown", []Outcome{Unknown, NotMet, Met}, Ineligible},
		{"an invalid outcome is not a yes", []Outcome{Met, 7}, Undetermined},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var cs []Criterion
			for _, o := range tt.outcomes {
				cs = append(cs, Criterion{Outcome: o})
			}
			assert.Equal(t, tt.want, verdictOf(cs))
		})
	}
}

func TestCriterionLabel(t *testing.T) {
	labels := map[CriterionCode]string{
		CodeDemandeur:       "Demandeur",
		CodeAmpleur:         "Ampleur du projet",
		CodeBesoinCommun:    "Besoin commun",
		CodeThematique:      "Thématique",
		CodeBonnesPratiques: "Bonnes pratiques",
		CodeResultats:       "Résultats",
		CodeCommencement:    "Commencement d’exécution",
		0:                   "",
		9:                   "%!CriterionCode(9)",
	}
	for code, label := range labels {
		assert.Equal(t, label, Criterion{Code: code}.Label())
	}
	_, ok := Eligibility{}.Criterion(CodeDemandeur)
	assert.False(t, ok)
	c, ok := mustGet(t, Donnees).Check(Project{}, inFirst).Criterion(CodeResultats)
	require.True(t, ok)
	assert.Equal(t, "Résultats sous 18 mois", c.Label())
	c, _ = customSession(t, "Appel", Rules{Applicants: []Kind{Commune}, ResultsWithin: 1}).Check(Project{}).Criterion(CodeResultats)
	assert.Equal(t, "Résultats sous 1 mois", c.Label())
}

func TestSessionRef(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "session"},
		{"1re session", "1re session"},
		{"Consultation nationale 2021", "consultation nationale 2021"},
		{"TNT 2021", "TNT 2021"},
		{"É", "é"},
	}
	for _, tt := range tests {
		var got text
		got.sessionName(&session{def: &SessionDefinition{Name: tt.in}})
		assert.Equal(t, tt.want, string(got), tt.in)
	}
}

func TestReasonQuotesUnprintable(t *testing.T) {
	p := Project{Lead: Body{Kind: "mai\x00rie\xff"}}
	c, _ := mustGet(t, Donnees).Check(p, inFirst).Criterion(CodeDemandeur)
	assert.Equal(t, NotMet, c.Outcome)
	assert.Contains(t, c.Reason(), `mai\x00rie\xff`)
}

// TestCheckAllocationsExtreme checks the allocation budget where the
// facts are unusual: long unknown values, many themes, a session with a long
// name and every applicant, members whose populations are missing.
func TestCheckAllocationsExtreme(t *testing.T) {
	long := strings.Repeat("\xff\x00é", 300)
	p := eligibleFor(Incubateur)
	p.Lead.Kind = Kind(long)
	p.SharedNeed = -128
	p.Themes = make([]Theme, 500)
	for i := range p.Themes {
		p.Themes[i] = Theme(long[:i%50])
	}
	se := customSession(t, "Session « "+long+" »", Rules{Applicants: Kinds(), Threshold: 1, Practices: []Practice{CodeOuvert}, ResultsWithin: 7})
	q := p
	q.Lead.Kind = Syndicat
	q.Members = []Body{{Kind: Commune}, {Kind: Kind(long), Population: 5}}
	q.Practices = []Practice{Practice(long)}
	r := q
	r.Members = []Body{{Kind: Commune}, {Kind: Commune}}
	r.Lead.Population = 1
	r.Departement = Unanswered
	budgets := map[string]float64{"lead": 2, "member and practice": 2, "missing members": 4}
	for _, s := range All() {
		for name, p := range map[string]Project{"lead": p, "member and practice": q, "missing members": r} {
			for _, se := range []Session{se, s.Sessions()[0]} {
				allocs := testing.AllocsPerRun(20, func() {
					sinkEligibility = se.Check(p)
				})
				assert.LessOrEqual(t, allocs, budgets[name], "%s, %s, %.20q", s.ID(), name, se.Name())
			}
		}
	}
	for name, p := range map[string]Project{"lead": p, "member and practice": q, "missing members": r} {
		allocs := testing.AllocsPerRun(20, func() {
			sinkEligibilities = CheckAll(p, inFirst)
		})
		assert.LessOrEqual(t, allocs, budgets[name]+1, "CheckAll, %s", name)
	}
}

func TestBeyondCalendar(t *testing.T) {
	tests := []struct {
		start  calendar.Date
		months int
		want   bool
	}{
		{calendar.MustDate(2021, time.March, 1), 18, false},
		{calendar.MustDate(9998, time.June, 30), 18, false}, // limit 30 December 9999
		{calendar.MustDate(9998, time.July, 1), 18, true},
		{calendar.MustDate(9999, time.December, 1), 1, true},
		{calendar.MustDate(9999, time.November, 30), 1, false},
		{lastDay, 18, true},
		{lastDay, 0, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, beyondCalendar(tt.start, tt.months), "%s + %d", tt.start, tt.months)
		if !tt.want {
			assert.False(t, tt.start.AddMonths(tt.months).After(lastDay), "the limit is a date of the calendar")
		}
	}
}

// TestCheckOverlap checks that ampleur counts each inhabitant once: the
// populations given less Project.Overlap, what the bodies' territories
// share. Grenoble-Alpes-Métropole (445 059 inhabitants, millésime 2018)
// holds Grenoble (157 650): together they cover 445 059 inhabitants, not
// 602 709.
func TestCheckOverlap(t *testing.T) {
	grenoble := func(p *Project) {
		p.Lead = Body{ID: "200040715", Name: "Grenoble-Alpes-Métropole", Kind: EPCI, Population: 445059}
		p.Members = []Body{{ID: "38185", Name: "Grenoble", Kind: Commune, Population: 157650}}
		p.Overlap = 157650
	}
	tests := []struct {
		name    string
		on      calendar.Date
		edit    func(p *Project)
		want    Outcome
		branch  string
		facts   Facts
		reason  string
		missing []string
	}{
		{
			"a métropole and its own commune, below the 1re session's threshold", inFirst, grenoble,
			NotMet, "population-insuffisante", Facts{Kind: "epci", Covered: 445059, Threshold: 500000, Overlap: 157650, Shortfall: 54941},
			"Population couverte : 445 059 habitants, chaque habitant compté une fois (déduction faite de 157 650 habitants communs à plusieurs territoires) ; " +
				"seuil de la 1re session : 500 000 ; le projet ne couvre pas un département entier, et le porteur n'est ni un département ni une région ; " +
				"il manque 54 941 habitants pour atteindre le seuil de 500 000 de la 1re session ; un projet mutualisé avec d'autres collectivités peut l'atteindre", nil,
		},
		{
			"the same, at scale in the 2e session", inSecond, grenoble,
			Met, "population-atteinte", Facts{Kind: "epci", Covered: 445059, Threshold: 300000, Overlap: 157650},
			"Population couverte : 445 059 habitants, chaque habitant compté une fois (déduction faite de 157 650 habitants communs à plusieurs territoires) ; seuil de la 2e session : 300 000", nil,
		},
		{
			"one inhabitant shared", inSecond, func(p *Project) {
				p.Lead.Population, p.Members, p.Overlap = 300000, []Body{{Kind: Commune, Population: 1}}, 1
			},
			Met, "population-atteinte", Facts{Kind: "syndicat", Covered: 300000, Threshold: 300000, Overlap: 1},
			"Population couverte : 300 000 habitants, chaque habitant compté une fois (déduction faite de 1 habitant commun à plusieurs territoires) ; seuil de la 2e session : 300 000", nil,
		},
		{
			"an overlap beside a missing population", inFirst, func(p *Project) { grenoble(p); p.Members = append(p.Members, Body{Kind: Commune}) },
			Unknown, "population-a-preciser", Facts{Kind: "epci", Covered: 445059, Threshold: 500000, Overlap: 157650, Shortfall: 54941},
			"Population couverte connue : 445 059 habitants, chaque habitant compté une fois (déduction faite de 157 650 habitants communs à plusieurs territoires) ; " +
				"seuil de la 1re session : 500 000 ; à préciser : la population d'un membre ; sans les populations à préciser, " +
				"il manque 54 941 habitants pour atteindre le seuil de 500 000 de la 1re session ; un projet mutualisé avec d'autres collectivités peut l'atteindre",
			[]string{"Members[1].Population"},
		},
		{
			"a negative overlap", inFirst, func(p *Project) { p.Overlap = -5 },
			NotMet, invalidBranch, Facts{Kind: "syndicat", Covered: 660000, Threshold: 500000},
			"Recouvrement des territoires invalide : -5 habitants ; l'ampleur du projet ne peut être établie", nil,
		},
		{
			"an overlap above the populations given", inFirst, func(p *Project) { p.Overlap = 700000 },
			NotMet, invalidBranch, Facts{Kind: "syndicat", Covered: 660000, Threshold: 500000},
			"Recouvrement des territoires invalide : 700 000 habitants, au-delà de la somme des populations données (660 000 habitants) ; l'ampleur du projet ne peut être établie", nil,
		},
		{
			"an overlap equal to the populations given", inFirst, func(p *Project) { p.Overlap = 660000 },
			NotMet, "population-insuffisante", Facts{Kind: "syndicat", Threshold: 500000, Overlap: 660000, Shortfall: 500000},
			"Population couverte : 0 habitant, chaque habitant compté une fois (déduction faite de 660 000 habitants communs à plusieurs territoires) ; seuil de la 1re session : 500 000 ; " +
				"le projet ne couvre pas un département entier, et le porteur n'est ni un département ni une région ; " +
				"il manque 500 000 habitants pour atteindre le seuil de 500 000 de la 1re session ; un projet mutualisé avec d'autres collectivités peut l'atteindre", nil,
		},
		{
			"an invalid overlap after another invalid fact", inFirst, func(p *Project) { p.Lead.Population = -1; p.Overlap = -1 },
			NotMet, invalidBranch, Facts{Kind: "syndicat", Covered: 40000, Threshold: 500000},
			"Population du porteur invalide : -1 habitant ; 1 autre donnée invalide ; l'ampleur du projet ne peut être établie", nil,
		},
		{
			"an overlap with a saturated sum stays a lower bound", inFirst, func(p *Project) {
				p.Members = []Body{{Name: "A", Kind: Commune, Population: math.MaxInt}}
				p.Overlap = 7
			},
			Met, "population-atteinte", Facts{Kind: "syndicat", Covered: math.MaxInt - 7, Threshold: 500000, Overlap: 7},
			"Population couverte : plus de 9 223 372 036 854 775 800 habitants, chaque habitant compté une fois (déduction faite de 7 habitants communs à plusieurs territoires)", nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := eligibleFor(Donnees)
			tt.edit(&p)
			e := mustGet(t, Donnees).Check(p, tt.on)
			c, ok := e.Criterion(CodeAmpleur)
			require.True(t, ok)
			assert.Equal(t, tt.want, c.Outcome, c.Reason())
			assert.Equal(t, tt.branch, c.Branch())
			assert.Equal(t, tt.facts, c.Facts())
			if strings.HasSuffix(tt.reason, "territoires)") {
				assert.Contains(t, c.Reason(), typo(tt.reason))
			} else {
				assert.Equal(t, typo(tt.reason), c.Reason())
			}
			assert.Equal(t, tt.missing, e.Missing)
		})
	}
}

// TestCheckShortfall checks Facts.Shortfall and its sentence: what a
// project lacks when only the population can still decide. A commune of
// 12 000 inhabitants alone falls short by 288 000 in the second session.
func TestCheckShortfall(t *testing.T) {
	commune := func(p *Project) {
		p.Lead = Body{Name: "Commune", Kind: Commune, Population: 12000}
		p.Members = nil
		p.Departement = No
	}
	tests := []struct {
		name      string
		edit      func(p *Project)
		want      Outcome
		shortfall int
		reason    string // the whole reason when shortfall > 0
	}{
		{"a commune alone", commune, NotMet, 288000,
			"Population couverte : 12 000 habitants ; seuil de la 2e session : 300 000 ; le projet ne couvre pas un département entier, et le porteur n'est ni un département ni une région ; " +
				"il manque 288 000 habitants pour atteindre le seuil de 300 000 de la 2e session ; un projet mutualisé avec d'autres collectivités peut l'atteindre"},
		{"one inhabitant lacking", func(p *Project) { commune(p); p.Lead.Population = 299999 }, NotMet, 1,
			"Population couverte : 299 999 habitants ; seuil de la 2e session : 300 000 ; le projet ne couvre pas un département entier, et le porteur n'est ni un département ni une région ; " +
				"il manque 1 habitant pour atteindre le seuil de 300 000 de la 2e session ; un projet mutualisé avec d'autres collectivités peut l'atteindre"},
		{"a member's population missing", func(p *Project) { commune(p); p.Members = []Body{{Kind: Commune}} }, Unknown, 288000,
			"Population couverte connue : 12 000 habitants ; seuil de la 2e session : 300 000 ; à préciser : la population d'un membre ; " +
				"sans les populations à préciser, il manque 288 000 habitants pour atteindre le seuil de 300 000 de la 2e session ; un projet mutualisé avec d'autres collectivités peut l'atteindre"},
		{"the lead's population missing", func(p *Project) { commune(p); p.Lead.Population = 0 }, Unknown, 300000,
			"Population couverte connue : 0 habitant ; seuil de la 2e session : 300 000 ; à préciser : la population du porteur ; " +
				"sans les populations à préciser, il manque 300 000 habitants pour atteindre le seuil de 300 000 de la 2e session ; un projet mutualisé avec d'autres collectivités peut l'atteindre"},
		{"the département unanswered could still decide", func(p *Project) { commune(p); p.Departement = Unanswered }, Unknown, 0, ""},
		{"the lead's kind not given could still decide", func(p *Project) { commune(p); p.Lead.Kind = "" }, Unknown, 0, ""},
		{"a région leads", func(p *Project) { commune(p); p.Lead.Kind = Region }, Met, 0, ""},
		{"the threshold reached", func(p *Project) { commune(p); p.Lead.Population = 300000 }, Met, 0, ""},
		{"an invalid fact", func(p *Project) { commune(p); p.Members = []Body{{Kind: Commune, Population: -1}} }, NotMet, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := eligibleFor(Cooperation)
			tt.edit(&p)
			c, ok := mustGet(t, Cooperation).Check(p, inSecond).Criterion(CodeAmpleur)
			require.True(t, ok)
			assert.Equal(t, tt.want, c.Outcome, c.Reason())
			assert.Equal(t, tt.shortfall, c.Facts().Shortfall)
			if tt.shortfall > 0 {
				assert.Equal(t, typo(tt.reason), c.Reason())
			} else {
				assert.NotContains(t, c.Reason(), "il manque")
			}
		})
	}
}

// TestCheckCommencement pins the French of every branch of the commencement
// rule (décret n° 2018-514, art. 5, II), with a day of the check and
// without, and the facts it reads.
func TestCheckCommencement(t *testing.T) {
	second, ok := mustGet(t, Donnees).Session("session-2")
	require.True(t, ok)
	checkDay := day(2021, time.October, 15)
	decree := " ; « Aucun commencement d'exécution du projet ne peut être opéré avant la date de réception de la demande de subvention » (décret n° 2018-514 du 25 juin 2018, art. 5, II)"
	opening := ", ouverture du dépôt des demandes, premier jour où la demande de subvention peut être reçue (choix de la bibliothèque)"
	tests := []struct {
		name             string
		start, requested calendar.Date
		day              calendar.Date // of the check; zero for Session.Check
		want             Outcome
		branch           string
		facts            Facts
		missing          []string
		reason           string
	}{
		{"after the request", day(2021, time.November, 2), day(2021, time.October, 20), checkDay, Met, "apres-la-demande",
			Facts{Start: day(2021, time.November, 2), Requested: day(2021, time.October, 20)}, nil,
			"Début du projet le 2 novembre 2021, après la réception de la demande de subvention le 20 octobre 2021"},
		{"on the day of the request", day(2021, time.October, 20), day(2021, time.October, 20), checkDay, Met, "le-jour-de-la-demande",
			Facts{Start: day(2021, time.October, 20), Requested: day(2021, time.October, 20)}, nil,
			"Début du projet le 20 octobre 2021, jour de la réception de la demande de subvention"},
		{"a day before the request", day(2021, time.October, 19), day(2021, time.October, 20), checkDay, NotMet, "avant-la-demande",
			Facts{Start: day(2021, time.October, 19), Requested: day(2021, time.October, 20)}, nil,
			"Début du projet le 19 octobre 2021, avant la réception de la demande de subvention le 20 octobre 2021" + decree},
		{"the request given, the check without a day", day(2021, time.October, 19), day(2021, time.October, 20), calendar.Date{}, NotMet, "avant-la-demande",
			Facts{Start: day(2021, time.October, 19), Requested: day(2021, time.October, 20)}, nil,
			"Début du projet le 19 octobre 2021, avant la réception de la demande de subvention le 20 octobre 2021" + decree},
		{"after the day of the check", day(2021, time.December, 1), calendar.Date{}, checkDay, Met, "apres-la-demande",
			Facts{Start: day(2021, time.December, 1), Requested: checkDay}, nil,
			"Début du projet le 1er décembre 2021, après le 15 octobre 2021, jour de l'examen, retenu pour la réception de la demande de subvention"},
		{"on the day of the check", checkDay, calendar.Date{}, checkDay, Met, "le-jour-de-la-demande",
			Facts{Start: checkDay, Requested: checkDay}, nil,
			"Début du projet le 15 octobre 2021, jour de l'examen, retenu pour la réception de la demande de subvention"},
		{"before the day of the check", day(2021, time.March, 1), calendar.Date{}, checkDay, NotMet, "avant-la-demande",
			Facts{Start: day(2021, time.March, 1), Requested: checkDay}, nil,
			"Début du projet le 1er mars 2021, avant le 15 octobre 2021, jour de l'examen, retenu pour la réception de la demande de subvention" + decree},
		{"a check before the intake opens, a start before it", day(2021, time.October, 1), calendar.Date{}, day(2021, time.September, 1), NotMet, "avant-la-demande",
			Facts{Start: day(2021, time.October, 1), Requested: day(2021, time.October, 8)}, nil,
			"Début du projet le 1er octobre 2021, avant le 8 octobre 2021" + opening + decree},
		{"a check before the intake opens, a start on its opening", day(2021, time.October, 8), calendar.Date{}, day(2021, time.September, 1), Met, "le-jour-de-la-demande",
			Facts{Start: day(2021, time.October, 8), Requested: day(2021, time.October, 8)}, nil,
			"Début du projet le 8 octobre 2021" + opening},
		{"a check before the intake opens, a start after", day(2021, time.November, 2), calendar.Date{}, day(2021, time.September, 1), Met, "apres-la-demande",
			Facts{Start: day(2021, time.November, 2), Requested: day(2021, time.October, 8)}, nil,
			"Début du projet le 2 novembre 2021, après le 8 octobre 2021" + opening},
		{"a request given before the intake opens, taken as given", day(2021, time.October, 1), day(2021, time.September, 15), day(2021, time.September, 1), Met, "apres-la-demande",
			Facts{Start: day(2021, time.October, 1), Requested: day(2021, time.September, 15)}, nil,
			"Début du projet le 1er octobre 2021, après la réception de la demande de subvention le 15 septembre 2021"},
		{"no start, the request given", calendar.Date{}, day(2021, time.October, 20), calendar.Date{}, Unknown, "debut-a-preciser",
			Facts{Requested: day(2021, time.October, 20)}, []string{"Start"},
			"Date de début non renseignée ; le projet ne peut commencer avant la réception de la demande de subvention le 20 octobre 2021"},
		{"no start, the day of the check", calendar.Date{}, calendar.Date{}, checkDay, Unknown, "debut-a-preciser",
			Facts{Requested: checkDay}, []string{"Start"},
			"Date de début non renseignée ; le projet ne peut commencer avant le 15 octobre 2021, jour de l'examen, retenu pour la réception de la demande de subvention"},
		{"no start, no day", calendar.Date{}, calendar.Date{}, calendar.Date{}, Unknown, "debut-a-preciser",
			Facts{}, []string{"Start", "Requested"},
			"Dates de début et de réception de la demande de subvention non renseignées ; le projet ne peut commencer avant la réception de la demande"},
		{"a start, no day", day(2021, time.December, 1), calendar.Date{}, calendar.Date{}, Unknown, "demande-a-preciser",
			Facts{Start: day(2021, time.December, 1)}, []string{"Requested"},
			"Début du projet le 1er décembre 2021 ; date de réception de la demande de subvention non renseignée, le projet ne peut commencer avant elle"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := eligibleFor(Donnees)
			p.Start, p.Requested, p.Results = tt.start, tt.requested, calendar.Date{}
			e := second.CheckOn(p, tt.day)
			c, ok := e.Criterion(CodeCommencement)
			require.True(t, ok)
			assert.Equal(t, tt.want, c.Outcome, c.Reason())
			assert.Equal(t, tt.branch, c.Branch())
			assert.Equal(t, tt.facts, c.Facts())
			assert.Equal(t, typo(tt.reason), c.Reason())
			missing := append([]string{}, tt.missing...)
			if tt.start.IsZero() {
				missing = append([]string{}, tt.missing[1:]...) // Start comes with the results' facts
				assert.Equal(t, append([]string{"Start", "Results"}, missing...), e.Missing)
			} else {
				assert.Equal(t, append([]string{"Results"}, missing...), e.Missing)
			}
			if tt.day.IsZero() {
				assert.True(t, equalEligibility(e, second.Check(p)), "CheckOn of no day is Check")
				assert.True(t, equalEligibility(e, AppendCheck(nil, p, second)[0]), "and AppendCheck")
			}
			assert.True(t, equalEligibility(e, AppendCheckOn(nil, p, tt.day, second)[0]))
		})
	}
	assert.Equal(t, "la date de réception de la demande de subvention", FactLabel("Requested"))
	_, ok = mustGet(t, Incubateur).Check(eligibleFor(Incubateur), inFirst).Criterion(CodeCommencement)
	assert.False(t, ok, "the Incubateur's consultation takes no grant request")
	e := mustGet(t, Donnees).Check(Project{Start: day(2021, time.March, 1)}, day(2021, time.April, 1))
	assert.Equal(t, Ineligible, e.Verdict, "Scheme.Check passes its date as the day of the check")
	assert.True(t, equalEligibility(e, CheckAll(Project{Start: day(2021, time.March, 1)}, day(2021, time.April, 1))[2]), "and CheckAll too")
}
