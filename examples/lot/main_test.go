package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/planrelance/numerique/internal/french"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// exampleOutput is what the program writes for testdata/projets.csv on
// 1 March 2021, with French.Visible's marks for the special spaces.
const exampleOutput = `line,id,date,scheme,session,verdict,status,total,eligible,grant,promise,remainder,missing,missing-labels,criterion,reason
2,dossier-1,2021-03-01,incubateur-territoires,consultation-2021,eligible,open,290000.00,290000.00,145000.00,grant,145000.00,,,,
2,dossier-1,2021-03-01,services-usagers,session-1,ineligible,open,290000.00,230000.00,,none,290000.00,,,thematique,Thèmes du projet~: Données~; ce dispositif ne finance que le thème «~Services aux usagers~»
2,dossier-1,2021-03-01,donnees,session-1,eligible,open,290000.00,210000.00,105000.00,grant,185000.00,,,,
2,dossier-1,2021-03-01,cooperation,session-1,ineligible,open,290000.00,210000.00,,none,290000.00,,,thematique,Thèmes du projet~: Données~; ce dispositif ne finance que le thème «~Coopération~»
3,dossier-2,2021-10-15,incubateur-territoires,consultation-2021,ineligible,closed,160000.00,160000.00,,none,160000.00,besoin-commun,si le besoin est commun à d’autres collectivités,bonnes-pratiques,Bonne pratique exigée sans engagement du projet~: Code ouvert
3,dossier-2,2021-10-15,services-usagers,session-2,eligible,open,160000.00,120000.00,90000.00,grant,70000.00,,,,
3,dossier-2,2021-10-15,donnees,session-2,ineligible,open,160000.00,120000.00,,none,160000.00,,,thematique,Thèmes du projet~: Services aux usagers~; ce dispositif ne finance que le thème «~Données~»
3,dossier-2,2021-10-15,cooperation,session-2,ineligible,open,160000.00,120000.00,,none,160000.00,,,thematique,Thèmes du projet~: Services aux usagers~; ce dispositif ne finance que le thème «~Coopération~»
4,dossier-3,2021-03-01,incubateur-territoires,consultation-2021,undetermined,open,55000.50,55000.50,27500.25,conditional,27500.25,besoin-commun;pratiques,si le besoin est commun à d’autres collectivités~; les bonnes pratiques retenues,besoin-commun,Le projet ne dit pas si le besoin est commun à d’autres collectivités
4,dossier-3,2021-03-01,services-usagers,session-1,ineligible,open,55000.50,55000.50,,none,55000.50,membre-1-population;pratiques,la population du membre n°~1~; les bonnes pratiques retenues,thematique,Thèmes du projet~: Coopération~; ce dispositif ne finance que le thème «~Services aux usagers~»
4,dossier-3,2021-03-01,donnees,session-1,ineligible,open,55000.50,55000.50,,none,55000.50,membre-1-population,la population du membre n°~1,thematique,Thèmes du projet~: Coopération~; ce dispositif ne finance que le thème «~Données~»
4,dossier-3,2021-03-01,cooperation,session-1,undetermined,open,55000.50,55000.50,27500.25,conditional,27500.25,membre-1-population,la population du membre n°~1,ampleur,"Population couverte connue~: 250^000 habitants~; seuil de la 1re session~: 500^000~; à préciser~: la population d’un membre~; sans les populations à préciser, il manque 250^000 habitants pour atteindre le seuil de 500^000 de la 1re session~; un projet mutualisé avec d’autres collectivités peut l’atteindre"
5,dossier-4,2021-03-01,incubateur-territoires,consultation-2021,ineligible,open,102000.50,102000.50,,none,102000.50,,,bonnes-pratiques,Bonne pratique exigée sans engagement du projet~: Code ouvert
5,dossier-4,2021-03-01,services-usagers,session-1,ineligible,open,102000.50,102000.50,,none,102000.50,departement-entier,si le projet couvre un département entier,demandeur,"Porteur~: Collectivité à statut particulier, non admis à candidater à la 1re session~; peuvent candidater~: Commune, EPCI à fiscalité propre, Département, Région, Syndicat mixte ou groupement"
5,dossier-4,2021-03-01,donnees,session-1,ineligible,open,102000.50,102000.50,,none,102000.50,departement-entier,si le projet couvre un département entier,demandeur,"Porteur~: Collectivité à statut particulier, non admis à candidater à la 1re session~; peuvent candidater~: Commune, EPCI à fiscalité propre, Département, Région, Syndicat mixte ou groupement"
5,dossier-4,2021-03-01,cooperation,session-1,ineligible,open,102000.50,102000.50,,none,102000.50,departement-entier,si le projet couvre un département entier,demandeur,"Porteur~: Collectivité à statut particulier, non admis à candidater à la 1re session~; peuvent candidater~: Commune, EPCI à fiscalité propre, Département, Région, Syndicat mixte ou groupement"
6,dossier-5,2021-03-01,incubateur-territoires,consultation-2021,eligible,open,,,,none,,,,,
6,dossier-5,2021-03-01,services-usagers,session-1,ineligible,open,,,,none,,departement-entier,si le projet couvre un département entier,thematique,Thèmes du projet~: Données~; ce dispositif ne finance que le thème «~Services aux usagers~»
6,dossier-5,2021-03-01,donnees,session-1,undetermined,open,,,,none,,departement-entier,si le projet couvre un département entier,ampleur,"Population couverte~: 345^070 habitants~; seuil de la 1re session~: 500^000~; la population du porteur, un syndicat, est celle de ses membres (choix de la bibliothèque)~; à préciser~: si le projet couvre un département entier"
6,dossier-5,2021-03-01,cooperation,session-1,ineligible,open,,,,none,,departement-entier,si le projet couvre un département entier,thematique,Thèmes du projet~: Données~; ce dispositif ne finance que le thème «~Coopération~»
7,dossier-6,2021-03-01,incubateur-territoires,consultation-2021,eligible,open,150000.00,150000.00,75000.00,grant,75000.00,,,,
7,dossier-6,2021-03-01,services-usagers,session-1,ineligible,open,150000.00,120000.00,,none,150000.00,,,ampleur,"Population couverte~: 445^059 habitants, chaque habitant compté une fois (déduction faite de 157^650 habitants communs à plusieurs territoires)~; seuil de la 1re session~: 500^000~; le projet ne couvre pas un département entier, et le porteur n’est ni un département ni une région~; il manque 54^941 habitants pour atteindre le seuil de 500^000 de la 1re session~; un projet mutualisé avec d’autres collectivités peut l’atteindre"
7,dossier-6,2021-03-01,donnees,session-1,ineligible,open,150000.00,120000.00,,none,150000.00,,,ampleur,"Population couverte~: 445^059 habitants, chaque habitant compté une fois (déduction faite de 157^650 habitants communs à plusieurs territoires)~; seuil de la 1re session~: 500^000~; le projet ne couvre pas un département entier, et le porteur n’est ni un département ni une région~; il manque 54^941 habitants pour atteindre le seuil de 500^000 de la 1re session~; un projet mutualisé avec d’autres collectivités peut l’atteindre"
7,dossier-6,2021-03-01,cooperation,session-1,ineligible,open,150000.00,120000.00,,none,150000.00,,,ampleur,"Population couverte~: 445^059 habitants, chaque habitant compté une fois (déduction faite de 157^650 habitants communs à plusieurs territoires)~; seuil de la 1re session~: 500^000~; le projet ne couvre pas un département entier, et le porteur n’est ni un département ni une région~; il manque 54^941 habitants pour atteindre le seuil de 500^000 de la 1re session~; un projet mutualisé avec d’autres collectivités peut l’atteindre"
8,dossier-7,2021-10-15,incubateur-territoires,consultation-2021,eligible,closed,150000.00,150000.00,,closed,150000.00,,,,
8,dossier-7,2021-10-15,services-usagers,session-2,ineligible,open,150000.00,120000.00,,none,150000.00,,,thematique,Thèmes du projet~: Données~; ce dispositif ne finance que le thème «~Services aux usagers~»
8,dossier-7,2021-10-15,donnees,session-2,eligible,open,150000.00,120000.00,90000.00,grant,60000.00,,,,
8,dossier-7,2021-10-15,cooperation,session-2,ineligible,open,150000.00,120000.00,,none,150000.00,,,thematique,Thèmes du projet~: Données~; ce dispositif ne finance que le thème «~Coopération~»
`

func TestRunExample(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		stdin string
	}{
		{"no flags: the example built in", nil, ""},
		{"the example file", []string{"-in", "testdata/projets.csv"}, ""},
		{"the example on standard input", []string{"-in", "-"}, example},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			require.Equal(t, 0, run(tt.args, strings.NewReader(tt.stdin), &stdout, &stderr), stderr.String())
			assert.Equal(t, exampleOutput, french.Visible(stdout.String()))
			assert.Equal(t, "lot: 7 projects read, 0 refused, 28 rows written\n", stderr.String())
		})
	}
	file, err := os.ReadFile("testdata/projets.csv")
	require.NoError(t, err)
	assert.Equal(t, string(file), example, "the example built in is testdata/projets.csv")
}

// TestRunExampleSeparated runs the example built in with another separator,
// as the README does with -sep ';': the program writes it with that
// separator, and orients it as with commas, its amounts written with a
// decimal comma for ';'.
func TestRunExampleSeparated(t *testing.T) {
	want, err := csv.NewReader(strings.NewReader(exampleOutput)).ReadAll()
	require.NoError(t, err)
	amounts := map[string]bool{"total": true, "eligible": true, "grant": true, "remainder": true}
	for _, sep := range []string{";", "\t", "|", ":"} {
		t.Run(sep, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			require.Equal(t, 0, run([]string{"-sep", sep}, nil, &stdout, &stderr), stderr.String())
			assert.Equal(t, "lot: 7 projects read, 0 refused, 28 rows written\n", stderr.String())
			r := csv.NewReader(strings.NewReader(french.Visible(stdout.String())))
			r.Comma = []rune(sep)[0]
			got, err := r.ReadAll()
			require.NoError(t, err)
			require.Len(t, got, len(want))
			for i, row := range want {
				for c, field := range row {
					if sep == ";" && amounts[want[0][c]] {
						field = strings.Replace(field, ".", ",", 1)
					}
					assert.Equal(t, field, got[i][c], "row %d, %s", i, want[0][c])
				}
			}
		})
	}
}

// TestRunClosedIntake orients, on 15 October 2021, a project that the
// Incubateur's consultation would fund: its intake closed on 15 March, so
// that the row promises nothing and the applicants pay the whole.
func TestRunClosedIntake(t *testing.T) {
	const in = "id,kind,population,shared-need,themes,practices,start,results,prestations\n" +
		"late,epci,200000,yes,donnees,code-ouvert,2021-11-01,2022-12-31,40000\n"
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run([]string{"-in", "-", "-date", "2021-10-15"}, strings.NewReader(in), &stdout, &stderr), stderr.String())
	rows, err := csv.NewReader(&stdout).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 5)
	got := map[string]string{}
	for c, name := range rows[0] {
		got[name] = rows[1][c]
	}
	assert.Equal(t, "incubateur-territoires", got["scheme"])
	assert.Equal(t, "eligible", got["verdict"])
	assert.Equal(t, "closed", got["status"])
	assert.Equal(t, "closed", got["promise"])
	assert.Empty(t, got["grant"], "no grant where the intake is closed")
	assert.Equal(t, got["total"], got["remainder"], "the applicants pay the whole")
	assert.Equal(t, "40000.00", got["total"])
}

func TestRunBadRows(t *testing.T) {
	const sign = ": a sign: want 0 or more without a sign, such as 12000.50 or 12 000,50 €"
	const in = `id,porteur,kind,membres,themes,start,results,prestations,date,requested
ok-1,,departement,,services,2021-04-01,2022-06-30,1000,,
bad-values,,mairie,epci,sport,2021-04-01,2022-06-30,"1,2,3",2021-02-30,2021-13-01
short,commune
bad-quote,,commune,,"services"x,,,,
negative,,commune,,,,,-5,,
ok-2,,epci,"Val=epci:1; Rives=epci:1",donnees,,,,2021-10-15,
bad-codes,38999,,"200040715; 1001; 38185; 38185",,,,,,
bad-lead,mairie de Voiron,,Voiron,,,,,,
minus-zero,,epci,,,,,-0,,
minus-zero-cents,,epci,,,,,"-0,00",,
plus,,epci,,,,,+100,,
invalid,,epci,"Val=epci:1; Val=epci:1",,2022-01-01,2021-01-01,,,
,,,"1001; 1001",,,,,,
lookups,1001,,1001,,,,,,
`
	const wantOut = `line,id,date,scheme,session,verdict,status,total,eligible,grant,promise,remainder,missing,missing-labels,criterion,reason
2,ok-1,2021-03-01,incubateur-territoires,consultation-2021,undetermined,open,1000.00,1000.00,500.00,conditional,500.00,besoin-commun;pratiques,si le besoin est commun à d’autres collectivités~; les bonnes pratiques retenues,besoin-commun,Le projet ne dit pas si le besoin est commun à d’autres collectivités
2,ok-1,2021-03-01,services-usagers,session-1,undetermined,open,1000.00,1000.00,500.00,conditional,500.00,pratiques,les bonnes pratiques retenues,bonnes-pratiques,"Engagements du projet non renseignés~; la 1re session exige~: Accessibilité (RGAA), Langage simple, Optimisation mobile"
2,ok-1,2021-03-01,donnees,session-1,ineligible,open,1000.00,1000.00,,none,1000.00,,,thematique,Thèmes du projet~: Services aux usagers~; ce dispositif ne finance que le thème «~Données~»
2,ok-1,2021-03-01,cooperation,session-1,ineligible,open,1000.00,1000.00,,none,1000.00,,,thematique,Thèmes du projet~: Services aux usagers~; ce dispositif ne finance que le thème «~Coopération~»
7,ok-2,2021-10-15,incubateur-territoires,consultation-2021,undetermined,closed,,,,none,,besoin-commun;pratiques;debut;resultats,si le besoin est commun à d’autres collectivités~; les bonnes pratiques retenues~; la date de début~; la date des résultats attendus,besoin-commun,Le projet ne dit pas si le besoin est commun à d’autres collectivités
7,ok-2,2021-10-15,services-usagers,session-2,ineligible,open,,,,none,,porteur-population;departement-entier;pratiques;debut;resultats,la population du porteur~; si le projet couvre un département entier~; les bonnes pratiques retenues~; la date de début~; la date des résultats attendus,thematique,Thèmes du projet~: Données~; ce dispositif ne finance que le thème «~Services aux usagers~»
7,ok-2,2021-10-15,donnees,session-2,undetermined,open,,,,none,,porteur-population;departement-entier;debut;resultats,la population du porteur~; si le projet couvre un département entier~; la date de début~; la date des résultats attendus,ampleur,"Population couverte connue~: 2 habitants~; seuil de la 2e session~: 300^000~; à préciser~: la population du porteur, si le projet couvre un département entier"
7,ok-2,2021-10-15,cooperation,session-2,ineligible,open,,,,none,,porteur-population;departement-entier;debut;resultats,la population du porteur~; si le projet couvre un département entier~; la date de début~; la date des résultats attendus,thematique,Thèmes du projet~: Données~; ce dispositif ne finance que le thème «~Coopération~»
`
	const wantErr = `lot: line 3 (id "bad-values"): date: calendar: parse date "2021-02-30": invalid date: day outside 1..28; ` +
		`requested: calendar: parse date "2021-13-01": invalid date: month outside 1..12; ` +
		`kind: scheme: parse kind "mairie": unknown value: want commune, epci, departement, region, statut-particulier, syndicat or partenaire; ` +
		`membres: item 1 "epci": want an official code (243800984) or [name=]kind:population (epci:350000); ` +
		`themes: item 1 "sport": unknown value: want services, donnees, cooperation, outils-agents, formation or infrastructure; ` +
		`prestations: parse amount "1,2,3": invalid amount: want 12000.50 or 12 000,50 €
lot: line 4 (id "short"): 2 fields, want 10 as in the header
lot: line 5 (id "bad-quote"): extraneous or missing " in quoted-field
lot: line 6 (id "negative"): prestations: parse amount "-5"` + sign + `
lot: line 8 (id "bad-codes"): porteur: "38999": unknown code; ` +
		`membres: item 2 "1001": unknown code; did you mean "01001" (L'Abergement-Clémenciat, commune)?; ` +
		`membres: item 4 "38185": code given twice, as item 3
lot: line 9 (id "bad-lead"): porteur: "mairie de Voiron": unknown code; ` +
		`membres: item 1 "Voiron": want an official code (243800984) or [name=]kind:population (epci:350000)
lot: line 10 (id "minus-zero"): prestations: parse amount "-0"` + sign + `
lot: line 11 (id "minus-zero-cents"): prestations: parse amount "-0,00"` + sign + `
lot: line 12 (id "plus"): prestations: parse amount "+100"` + sign + `
lot: line 13 (id "invalid"): membres: item 2: same body as item 1, which counts once; results: "2021-01-01": before start "2022-01-01"
lot: line 14: membres: item 1 "1001": unknown code; did you mean "01001" (L'Abergement-Clémenciat, commune)?; ` +
		`membres: item 2 "1001": unknown code; did you mean "01001" (L'Abergement-Clémenciat, commune)?
lot: line 15 (id "lookups"): porteur: "1001": unknown code; did you mean "01001" (L'Abergement-Clémenciat, commune)?; ` +
		`membres: item 1 "1001": unknown code; did you mean "01001" (L'Abergement-Clémenciat, commune)?
lot: 14 projects read, 12 refused, 8 rows written
`
	var stdout, stderr bytes.Buffer
	assert.Equal(t, 1, run([]string{"-in", "-"}, strings.NewReader(in), &stdout, &stderr))
	assert.Equal(t, wantOut, french.Visible(stdout.String()))
	assert.Equal(t, wantErr, stderr.String())
}

func TestRunColumns(t *testing.T) {
	tests := []struct {
		name string
		args []string
		in   string
		out  string
	}{
		{"few columns, in any order, a byte order mark, spaces around names", nil,
			"\ufeffprestations , kind\n\"1 000,50 €\",region\n",
			`line,id,date,scheme,session,verdict,status,total,eligible,grant,promise,remainder,missing,missing-labels,criterion,reason
2,,2021-03-01,incubateur-territoires,consultation-2021,undetermined,open,1000.50,1000.50,500.25,conditional,500.25,besoin-commun;themes;pratiques;debut;resultats,si le besoin est commun à d’autres collectivités~; les thèmes du projet~; les bonnes pratiques retenues~; la date de début~; la date des résultats attendus,besoin-commun,Le projet ne dit pas si le besoin est commun à d’autres collectivités
2,,2021-03-01,services-usagers,session-1,undetermined,open,1000.50,1000.50,500.25,conditional,500.25,themes;pratiques;debut;resultats,les thèmes du projet~; les bonnes pratiques retenues~; la date de début~; la date des résultats attendus,thematique,Thèmes du projet non renseignés~; ce dispositif finance le thème «~Services aux usagers~»
2,,2021-03-01,donnees,session-1,undetermined,open,1000.50,1000.50,500.25,conditional,500.25,themes;debut;resultats,les thèmes du projet~; la date de début~; la date des résultats attendus,thematique,Thèmes du projet non renseignés~; ce dispositif finance le thème «~Données~»
2,,2021-03-01,cooperation,session-1,undetermined,open,1000.50,1000.50,500.25,conditional,500.25,themes;debut;resultats,les thèmes du projet~; la date de début~; la date des résultats attendus,thematique,Thèmes du projet non renseignés~; ce dispositif finance le thème «~Coopération~»
`},
		{"semicolons between fields, amounts with a decimal comma, -date", []string{"-sep", ";", "-date", "2021-10-15"},
			"id;kind;membres;themes;practices;start;results;prestations;personnel\n" +
				"d;epci;Val=epci:200 000, Rives=commune:100 000;services;accessibilite, langage-simple, mobile;2021-11-01;2022-12-31;80 000,00 €;12000\n",
			`line;id;date;scheme;session;verdict;status;total;eligible;grant;promise;remainder;missing;missing-labels;criterion;reason
2;d;2021-10-15;incubateur-territoires;consultation-2021;ineligible;closed;92000,00;92000,00;;none;92000,00;besoin-commun;si le besoin est commun à d’autres collectivités;bonnes-pratiques;Bonne pratique exigée sans engagement du projet~: Code ouvert
2;d;2021-10-15;services-usagers;session-2;eligible;open;92000,00;80000,00;60000,00;grant;32000,00;;;;
2;d;2021-10-15;donnees;session-2;ineligible;open;92000,00;80000,00;;none;92000,00;;;thematique;"Thèmes du projet~: Services aux usagers~; ce dispositif ne finance que le thème «~Données~»"
2;d;2021-10-15;cooperation;session-2;ineligible;open;92000,00;80000,00;;none;92000,00;;;thematique;"Thèmes du projet~: Services aux usagers~; ce dispositif ne finance que le thème «~Coopération~»"
`},
		{"tabs between fields: amounts in the plain notation", []string{"-sep", "\t"},
			"id\tkind\tthemes\tprestations\n" + "t\tcommune\tdonnees\t1 000,50 €\n",
			"line\tid\tdate\tscheme\tsession\tverdict\tstatus\ttotal\teligible\tgrant\tpromise\tremainder\tmissing\tmissing-labels\tcriterion\treason\n" +
				"2\tt\t2021-03-01\tincubateur-territoires\tconsultation-2021\tundetermined\topen\t1000.50\t1000.50\t500.25\tconditional\t500.25\tbesoin-commun;pratiques;debut;resultats\tsi le besoin est commun à d’autres collectivités~; les bonnes pratiques retenues~; la date de début~; la date des résultats attendus\tbesoin-commun\tLe projet ne dit pas si le besoin est commun à d’autres collectivités\n" +
				"2\tt\t2021-03-01\tservices-usagers\tsession-1\tineligible\topen\t1000.50\t1000.50\t\tnone\t1000.50\tporteur-population;departement-entier;pratiques;debut;resultats\tla population du porteur~; si le projet couvre un département entier~; les bonnes pratiques retenues~; la date de début~; la date des résultats attendus\tthematique\tThèmes du projet~: Données~; ce dispositif ne finance que le thème «~Services aux usagers~»\n" +
				"2\tt\t2021-03-01\tdonnees\tsession-1\tundetermined\topen\t1000.50\t1000.50\t500.25\tconditional\t500.25\tporteur-population;departement-entier;debut;resultats\tla population du porteur~; si le projet couvre un département entier~; la date de début~; la date des résultats attendus\tampleur\tPopulation couverte connue~: 0 habitant~; seuil de la 1re session~: 500^000~; à préciser~: la population du porteur, si le projet couvre un département entier\n" +
				"2\tt\t2021-03-01\tcooperation\tsession-1\tineligible\topen\t1000.50\t1000.50\t\tnone\t1000.50\tporteur-population;departement-entier;debut;resultats\tla population du porteur~; si le projet couvre un département entier~; la date de début~; la date des résultats attendus\tthematique\tThèmes du projet~: Données~; ce dispositif ne finance que le thème «~Coopération~»\n"},
		{"a header and no project", nil, "id,kind\n", "line,id,date,scheme,session,verdict,status,total,eligible,grant,promise,remainder,missing,missing-labels,criterion,reason\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := append([]string{"-in", "-"}, tt.args...)
			require.Equal(t, 0, run(args, strings.NewReader(tt.in), &stdout, &stderr), stderr.String())
			assert.Equal(t, tt.out, french.Visible(stdout.String()))
		})
	}
}

// TestRunCodes orients bodies given by their official codes: the data
// gives their kinds and populations, a kind or a population given
// overrides the lead's, and the alias members reads as membres.
func TestRunCodes(t *testing.T) {
	tests := []struct {
		name, in string
		reason   string // the reason of the row of the data call
	}{
		{"a commune alone, from the data", "porteur,themes\n38185,donnees\n",
			"Population couverte~: 157^650 habitants~; seuil de la 1re session~: 500^000~; le projet ne couvre pas un département entier, et le porteur n’est ni un département ni une région~; il manque 342^350 habitants pour atteindre le seuil de 500^000 de la 1re session~; un projet mutualisé avec d’autres collectivités peut l’atteindre"},
		{"the lead's population overridden", "porteur,population,themes\n38185,1,donnees\n",
			"Population couverte~: 1 habitant~; seuil de la 1re session~: 500^000~; le projet ne couvre pas un département entier, et le porteur n’est ni un département ni une région~; il manque 499^999 habitants pour atteindre le seuil de 500^000 de la 1re session~; un projet mutualisé avec d’autres collectivités peut l’atteindre"},
		{"the lead's kind overridden: a syndicat, not of the data", "porteur,kind,themes\n38185,syndicat,donnees\n",
			"Population couverte connue~: 0 habitant~; seuil de la 1re session~: 500^000~; à préciser~: la population du porteur, si le projet couvre un département entier"},
		// Grenoble's 157 650 inhabitants, the CA du Pays Voironnais's 93 573
		// and Val's 1 (populations légales en vigueur en 2021, millésime 2018).
		{"members by code through the alias members, a member described", "porteur,members,themes\n38185,243800984; Val=epci:1,donnees\n",
			"Population couverte~: 251^224 habitants~; seuil de la 1re session~: 500^000~; à préciser~: si le projet couvre un département entier"},
		{"members by code, a lead described", "kind,membres,themes\nsyndicat,38185;243800984,donnees\n",
			"Population couverte~: 251^223 habitants~; seuil de la 1re session~: 500^000~; la population du porteur, un syndicat, est celle de ses membres (choix de la bibliothèque)~; à préciser~: si le projet couvre un département entier"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			require.Equal(t, 0, run([]string{"-in", "-"}, strings.NewReader(tt.in), &stdout, &stderr), stderr.String())
			rows, err := csv.NewReader(&stdout).ReadAll()
			require.NoError(t, err)
			require.Len(t, rows, 5)
			require.Equal(t, "donnees", rows[3][outScheme])
			assert.Equal(t, tt.reason, french.Visible(rows[3][outReason]))
		})
	}
}

func TestRunProgress(t *testing.T) {
	in := "kind\ncommune\ncommune\nmairie\ncommune\ncommune\n"
	var stdout, stderr bytes.Buffer
	assert.Equal(t, 1, run([]string{"-in", "-", "-progress", "2"}, strings.NewReader(in), &stdout, &stderr))
	assert.Equal(t, `lot: 2 projects read…
lot: line 4: kind: scheme: parse kind "mairie": unknown value: want commune, epci, departement, region, statut-particulier, syndicat or partenaire
lot: 4 projects read…
lot: 5 projects read, 1 refused, 16 rows written
`, stderr.String())
	assert.Equal(t, 17, strings.Count(stdout.String(), "\n"))
}

func TestCount(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{
		{0, "0 rows"},
		{1, "1 row"},
		{2, "2 rows"},
		{20_000, "20^000 rows"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, french.Visible(count(tt.n, "row", "rows")), tt.n)
	}
}

func TestRunFailures(t *testing.T) {
	const usage = "usage: lot [-in FILE] [-date YYYY-MM-DD] [-sep ,] [-progress N] > orientations.csv\n"
	const columns = "want id, title, date, requested, porteur, kind, population, membres, members, departement, shared-need, themes, practices, start, results, " +
		"personnel, materiel, prestations, conseil, logiciels, hebergement, formation, autre"
	tests := []struct {
		name   string
		args   []string
		in     string
		status int
		err    string
	}{
		{"unknown flag", []string{"-input", "x"}, "", 2, "flag provided but not defined: -input\n" + usage},
		{"extra argument", []string{"projets.csv"}, "", 2, "lot: unexpected argument \"projets.csv\"\n" + usage},
		{"bad date", []string{"-date", "2021-13-01"}, "", 2, "invalid value \"2021-13-01\" for flag -date: calendar: parse date \"2021-13-01\""},
		{"empty date", []string{"-date", ""}, "", 2, "lot: -date: no date\n"},
		{"two characters", []string{"-sep", ";;"}, "", 2, "lot: -sep: \";;\": want one character, such as , or ;\n"},
		{"no character", []string{"-sep", ""}, "", 2, "lot: -sep: \"\": want one character, such as , or ;\n"},
		{"a quote", []string{"-sep", `"`}, "", 2, "lot: -sep: \"\\\"\": want one character, such as , or ;\n"},
		{"NUL", []string{"-sep", "\x00"}, "", 2, "lot: -sep: \"\\x00\": want one character, such as , or ;\n"},
		{"progress with decimals", []string{"-progress", "10,5"}, "", 2, "invalid value \"10,5\" for flag -progress: want a whole number of projects, such as 10000 or 10 000\n"},
		{"negative progress", []string{"-progress", "-1"}, "", 2, "lot: -progress: -1: want 0 or more\n"},
		{"no such file", []string{"-in", "testdata/absent.csv"}, "", 2, "lot: -in: open testdata/absent.csv: no such file or directory\n"},
		{"empty input", []string{"-in", "-"}, "", 2, "lot: no header: want a first row that names the columns\n"},
		{"unknown and repeated columns", []string{"-in", "-"}, "kind,porteurs,kind\n", 2,
			"lot: header: column 2 \"porteurs\": unknown column: " + columns + "; header: column 3 \"kind\": already column 1\n"},
		{"membres and its alias", []string{"-in", "-"}, "members,id,membres\n", 2,
			"lot: header: column 3 \"members\" is an alias of column 1 \"membres\": give the members once\n"},
		{"a header without a closing quote", []string{"-in", "-"}, "\"kind\n", 2, "lot: parse error on line 1, column 7: extraneous or missing \" in quoted-field\n"},
		{"a file separated by semicolons, read with commas", []string{"-in", "-"}, "\ufeffid;kind;membres\nd;commune;\n", 2,
			"lot: header: one column \"id;kind;membres\": the file looks separated by ';': try -sep ';'\n"},
		{"a file separated by commas, read with semicolons", []string{"-in", "-", "-sep", ";"}, "id,kind\n", 2,
			"lot: header: one column \"id,kind\": the file looks separated by ',': try -sep ','\n"},
		{"a file separated by tabs", []string{"-in", "-"}, "id\tkind\ttitle;x\n", 2,
			"lot: header: one column \"id\\tkind\\ttitle;x\": the file looks separated by '\\t': try -sep $'\\t'\n"},
		{"a file separated by vertical bars", []string{"-in", "-"}, "id|kind|population\nd|commune|1\n", 2,
			"lot: header: one column \"id|kind|population\": the file looks separated by '|': try -sep '|'\n"},
		{"a file separated by colons", []string{"-in", "-"}, "id:kind\n", 2,
			"lot: header: one column \"id:kind\": the file looks separated by ':': try -sep ':'\n"},
		{"names in capitals", []string{"-in", "-"}, "ID,Kind,PRESTATIONS\n", 2,
			"lot: header: column 1 \"ID\": unknown column: did you mean \"id\"? (lowercase, no accents, hyphens between words); " +
				"header: column 2 \"Kind\": unknown column: did you mean \"kind\"? (lowercase, no accents, hyphens between words); " +
				"header: column 3 \"PRESTATIONS\": unknown column: did you mean \"prestations\"? (lowercase, no accents, hyphens between words)\n"},
		{"names with accents, spaces or underscores", []string{"-in", "-"}, "Département,matériel,shared_need,Shared Need\n", 2,
			"lot: header: column 1 \"Département\": unknown column: did you mean \"departement\"? (lowercase, no accents, hyphens between words); " +
				"header: column 2 \"matériel\": unknown column: did you mean \"materiel\"? (lowercase, no accents, hyphens between words); " +
				"header: column 3 \"shared_need\": unknown column: did you mean \"shared-need\"? (lowercase, no accents, hyphens between words); " +
				"header: column 4 \"Shared Need\": unknown column: did you mean \"shared-need\"? (lowercase, no accents, hyphens between words)\n"},
		{"a long header, quoted at a bounded length", []string{"-in", "-"}, strings.Repeat("id;", 100) + "\n", 2,
			"lot: header: one column \"id;id;id;id;id;id;id;id;id;id;id;id;id;id;id;id;id;id;id;id;id;i…\" (300 bytes): the file looks separated by ';': try -sep ';'\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			assert.Equal(t, tt.status, run(tt.args, strings.NewReader(tt.in), &stdout, &stderr))
			assert.Contains(t, stderr.String(), tt.err)
			assert.Empty(t, stdout.String())
		})
	}
}

func TestRunHelp(t *testing.T) {
	var stdout, stderr bytes.Buffer
	assert.Equal(t, 0, run([]string{"-h"}, nil, &stdout, &stderr))
	for _, want := range []string{"-date YYYY-MM-DD\n", "-in file\n", "-progress N\n", "-sep separator\n",
		"  porteur ", "  membres ", "  prestations     the budget line « Prestations externes »", "  missing-labels "} {
		assert.Contains(t, stderr.String(), want)
	}
	assert.Empty(t, stdout.String())
}

// failing is a reader or a writer that fails after n bytes.
type failing struct{ n int }

var errBroken = errors.New("broken pipe")

func (f *failing) Read(p []byte) (int, error) {
	if f.n <= 0 {
		return 0, errBroken
	}
	n := copy(p[:min(len(p), f.n)], example)
	f.n -= n
	return n, nil
}

func (f *failing) Write(p []byte) (int, error) {
	if len(p) > f.n {
		n := max(f.n, 0)
		f.n = 0
		return n, errBroken
	}
	f.n -= len(p)
	return len(p), nil
}

func TestRunIOErrors(t *testing.T) {
	t.Run("the input fails", func(t *testing.T) {
		var stdout, stderr bytes.Buffer
		assert.Equal(t, 1, run([]string{"-in", "-"}, &failing{n: len(example) - 10}, &stdout, &stderr))
		assert.Contains(t, stderr.String(), "lot: read: broken pipe\n")
	})
	// The csv.Writer writes by 4 096 bytes, and the output of the example
	// is longer: the first fails while rows are written, the second when
	// the last ones are flushed.
	require.Greater(t, len(exampleOutput), 4096+200)
	for _, n := range []int{0, len(exampleOutput) - 200} {
		var stderr bytes.Buffer
		assert.Equal(t, 1, run(nil, nil, &failing{n: n}, &stderr), n)
		assert.Contains(t, stderr.String(), "lot: write", n)
	}
}
