// Package relancetest runs test cases written as data — a project, a date,
// and what is expected of each scheme — against the library, in any test
// suite, and measures which branches of which rules the cases reach.
//
// A case file is JSON that a person who reads the texts can write and check
// by hand, without Go: the project as [scheme.Project] encodes it, the day of
// the orientation, and for some schemes the verdict, the outcome of each
// criterion, the branch each rule took, the figures it was judged on, the
// missing facts, the status of the intake, what the option promises, the
// eligible base, the grant and the remainder. [Run] runs every case of the
// files a pattern matches as a subtest; a failure says in French, in
// figures, what was expected, what came, and why ([relance.Option.Explain]).
// Then it logs the coverage of the rules of the schemes the cases state
// expectations about — for each of their sessions, the branches that the
// cases reached and those they did not — and ends with the summary:
//
//	87 cas : 87 réussis, 0 en échec ; 244 branches atteintes sur 244
//
//	func TestMesCas(t *testing.T) {
//		relancetest.Run(t, "testdata/*.json")
//	}
//
//	func TestToutesLesBranches(t *testing.T) {
//		relancetest.RunWith(t, "testdata/*.json", relancetest.Options{MinCoverage: 100})
//	}
//
// # Case files
//
// A case file is a JSON object of the format [Format], "numerique/cas/2",
// which the file states (see Versions for "numerique/cas/1"); this package
// ships its JSON Schema (cas.schema.json, also [Schema]). It is UTF-8; a
// byte-order mark at its start, which some editors write, is read as
// nothing. Here is a complete one, with a scheme of its own beside the
// catalogue:
//
//	{
//	  "format": "numerique/cas/2",
//	  "description": "Un entrepôt de données mutualisé, et un fonds régional à côté du catalogue.",
//	  "catalogue": true,
//	  "schemes": [
//	    {
//	      "id": "fonds-regional",
//	      "name": "Fonds régional pour le numérique",
//	      "operator": "Région",
//	      "sessions": [{
//	        "id": "2021", "name": "Session 2021",
//	        "calendar": {"phases": [{"id": "candidatures", "name": "Dépôt des candidatures", "window": "2021-02-01/2021-06-30"}]},
//	        "intake": "candidatures",
//	        "funding": {"rate": "30%", "excluded": ["personnel"], "ceiling": "50000.00", "rounding": "down-to-euro"},
//	        "rules": {"applicants": ["commune", "epci", "syndicat"], "themes": ["donnees", "services"], "results_within": 24}
//	      }]
//	    }
//	  ],
//	  "cases": [
//	    {
//	      "name": "Syndicat de trois EPCI, entrepôt de données",
//	      "description": "200 000 + 180 000 + 120 000 = 500 000 habitants : le seuil est atteint. 50 % de 210 000 € hors personnel et matériel ; 30 % de 230 000 € hors personnel font 69 000 €, plafonnés à 50 000 €.",
//	      "source": "[seed] « environ 500 000 habitants », « Cofinancement de 50% hors personnel et matériel »",
//	      "date": "2021-03-01",
//	      "project": {
//	        "title": "Entrepôt de données territorial",
//	        "lead": {"id": "syndicat-1", "name": "Syndicat mixte", "kind": "syndicat"},
//	        "members": [
//	          {"id": "epci-1", "name": "EPCI 1", "kind": "epci", "population": 200000},
//	          {"id": "epci-2", "name": "EPCI 2", "kind": "epci", "population": 180000},
//	          {"id": "epci-3", "name": "EPCI 3", "kind": "epci", "population": 120000}
//	        ],
//	        "departement": "no",
//	        "themes": ["donnees"],
//	        "start": "2021-04-01",
//	        "results": "2022-06-30",
//	        "budget": [
//	          {"category": "prestations", "label": "Développement", "amount": "180000.00"},
//	          {"category": "conseil", "label": "Assistance à maîtrise d'ouvrage", "amount": "30000.00"},
//	          {"category": "personnel", "label": "Chef de projet", "amount": "60000.00"},
//	          {"category": "materiel", "label": "Serveurs", "amount": "20000.00"}
//	        ]
//	      },
//	      "expect": {
//	        "donnees": {
//	          "session": "session-1",
//	          "status": "open",
//	          "verdict": "eligible",
//	          "criteria": {"demandeur": "met", "ampleur": "met", "thematique": "met", "resultats": "met"},
//	          "branches": {"ampleur": "population-atteinte", "exclusions": "ligne-exclue", "arrondi": "montant-exact"},
//	          "missing": [],
//	          "promise": "grant",
//	          "eligible": "210000.00",
//	          "grant": "105000.00",
//	          "remainder": "185000.00"
//	        },
//	        "fonds-regional": {
//	          "verdict": "eligible",
//	          "branches": {"plafond": "plafond-applique"},
//	          "eligible": "230000.00",
//	          "grant": "50000.00",
//	          "remainder": "240000.00"
//	        }
//	      }
//	    }
//	  ]
//	}
//
// The keys of a file:
//
//	format       "numerique/cas/2" (or "numerique/cas/1", see Versions), required
//	description  what the file is about, in French
//	catalogue    whether the cases are oriented among the catalogue's schemes (see Schemes)
//	schemes      scheme definitions, as scheme.Definition encodes them (see Schemes)
//	cases        the cases, at least one
//
// The keys of a case:
//
//	name         required, unique in the file and in a run: the name of its subtest
//	description  what the case is about, in French
//	source       the text it comes from: "[seed] « … »", "[src AT-COOP-v2] …", "[choice] …"
//	date         the day of the orientation, "2021-03-01", required
//	catalogue    and schemes: as in the file, for this case alone
//	check        "orientation", the default, or "session": a check without a day (see Checks)
//	invalid      the Go field paths that the project's validation reports (see Invalid facts)
//	project      the project, as scheme.Project encodes it, "requested" (the day the request is received)
//	             and "overlap" (the inhabitants its bodies count more than once) among its keys;
//	             absent: the zero Project
//	expect       what is expected, by scheme ID: at least one scheme
//
// The keys of an expectation, every one optional, at least one given:
//
//	session      the ID of the session in force on the date: "session-2"
//	verdict      "eligible", "undetermined" or "ineligible"
//	status       of the session's intake on the date: "upcoming", "open" or "closed"
//	criteria     the outcome of some criteria, by code: {"ampleur": "met"}
//	branches     the branch some rules took, by rule: {"ampleur": "population-atteinte", "arrondi": "montant-exact"}
//	facts        the figures some criteria were judged on, by criterion, as scheme.Facts encodes them:
//	             {"ampleur": {"covered": 445059, "overlap": 157650, "shortfall": 54941}}; each criterion's own:
//	             demandeur kind; ampleur kind, covered, threshold, overlap, shortfall; thematique themes,
//	             excluded; bonnes-pratiques lacking; resultats deadline, months; commencement start,
//	             requested; besoin-commun none
//	missing      the facts that would settle the unknown criteria, as Go field paths: ["Lead.Kind", "Requested"]
//	promise      what the option promises (relance.Option.Promise): "grant", "conditional", "none" or "closed"
//	eligible     the eligible base under the session's policy, "210000.00", whatever the promise
//	grant        the grant the option promises; null: none
//	remainder    what the applicants pay: the budget less the grant promised, the whole budget when none is
//
// Everything stated is compared exactly — amounts and populations to the
// cent and the unit, no tolerance; missing facts as a set, in any order; of
// the facts, only the keys given — and nothing else is checked. An empty
// list of missing facts states that none is missing; a list left out is not
// checked.
//
// The money is the money the option promises, as relance.Option.Explain,
// the simulator and the batch show it: a grant to an Eligible project, a
// grant « si les critères à préciser sont remplis » to an Undetermined one,
// and no grant — "grant": null, or no "grant" at all — to an Ineligible
// project, to a project without a budget, or when the session's intake is
// closed on the date ("promise": "closed"), even though the session's policy
// would compute a figure for the budget. A case that states a grant for an
// option that promises none fails (« subvention : attendue 30 000,00 € ;
// obtenue aucune (Pas de subvention) »), and its message, like
// relance.Option.Explain, prints no grant for that option: the computation
// of the policy's figures comes only when the eligible base differs (or,
// in a file of "numerique/cas/1", the grant or the remainder), headed
// « Calcul selon la politique de la session, sans subvention promise ».
// A case whose own verdict or status rules out its grant or its promise —
// a grant stated with "verdict": "ineligible" — is refused when parsed,
// with what to write instead.
//
// Parsing is strict. Keys are exact and lowercase, each given once; a key
// that the format does not define is an error, at any depth, in the project
// and in the definitions too. A scheme ID that is none of the case's schemes,
// a criterion that none of the scheme's sessions judges, a branch that the
// rule cannot give, a session the scheme does not have, a fact that its
// criterion does not hold ("lacking" of ampleur), a Go field path that is
// none of those that scheme.Eligibility.Missing or scheme.Project.Validate
// give ("Themes" where Validate names "Themes[0]") or that names an item
// the project does not have ("Members[5].Population" of a project of one
// member), a branch that contradicts the outcome stated for its criterion,
// a promise that contradicts the verdict, the status or the grant stated, a
// remainder less than the budget when what is stated rules out every grant
// (the verdict, the status, the promise, or "grant": null): each is an
// error that names the file, the case and the JSON path, never ignored.
//
// # Versions
//
// A file states its format, and is read as that version means it. In
// "numerique/cas/1" ([Format1]), "grant" is the figure that the session's
// policy computes for the budget whatever the verdict and the intake — 50 %
// of the eligible base of an Ineligible project too —, "remainder" the
// budget less that figure, and null states nothing; the keys "promise",
// "facts" and "check" do not exist there and are refused. "numerique/cas/2"
// ([Format]) made "grant" and "remainder" the money the option promises,
// because a grant that no one can ask for is no grant: a file of the first
// version still reads as it did, and moving it to the second means removing
// the grants of the options that promise none (the parser names each one
// whose verdict or status the file states) and stating their remainder as
// the whole budget.
//
// # Checks
//
// A case is judged as relance.OrientAmong judges it: each scheme's session
// in force on the date judges the project on that day, which stands for the
// day its grant request is received unless the project's "requested" says
// otherwise (scheme.Session.CheckOn). An orientation always has a day, so
// that the branch "demande-a-preciser" of the criterion commencement —
// the request day unknown — is never its answer. A case that says "check":
// "session" is judged as scheme.Session.Check judges a project, without a
// day: the session in force on the date judges it, the date still reading
// the calendar, and commencement compares the start with "requested" alone,
// to settle when it is not given. This is how the corpus reaches
// "demande-a-preciser", a branch of the library's rules that a program
// checking a project against a session outside any orientation meets.
//
// # Schemes
//
// A case is oriented among:
//
//   - the catalogue (scheme.All), when neither it nor its file defines
//     schemes;
//   - the schemes its file (or the case itself) defines, and only them, when
//     it does;
//   - both, when it defines schemes and says "catalogue": true: each
//     definition whose ID is a catalogue scheme's replaces that scheme (a
//     what-if), the others come after the catalogue.
//
// The case's own "schemes" and "catalogue", when given, replace its file's.
// Definitions are built by scheme.New, whose errors are reported at the JSON
// path of the field.
//
// # Invalid facts
//
// The library judges invalid facts too — an unknown kind, theme or
// practice, a negative population, an answer that is neither yes nor no,
// results due before the start — and makes their criteria not met, but
// scheme.Project's JSON cannot carry most of them, and relance.OrientAmong
// refuses a project that does not validate. A case that means to test them
// lists in "invalid" the Go field paths that scheme.Project.Validate reports
// ("Lead.Kind", "Members[0].Population", "Themes[1]", "SharedNeed",
// "Results", "Budget[0]"…). At those paths, and beneath them, a value that its
// type refuses is taken verbatim: any string for a kind, a theme, a practice
// or a category, an integer for an answer ("shared_need": 7). The case then
// fails unless the validation reports exactly those paths, and each scheme
// judges the project as the session in force on the date does on that day
// (scheme.Session.CheckOn), as OrientAmong would, with the funding of the
// budget when the budget is valid. An overlap above the populations given,
// or negative, is such an invalid fact ("Overlap"). A project that does not
// validate, in a case that does not say so, fails.
//
// # Branches and coverage
//
// Each criterion records the branch of its rule that decided it
// (scheme.Criterion.Branch), and scheme.Session.Branches lists those a
// session's rules can give. The funding has rules of its own, which this
// package derives from the cost.Result that the policy gives
// ([FundingBranches]): whether a line is excluded ([RuleExclusions]),
// whether the ceiling applied ([RuleCeiling], for a policy that has one),
// and whether the rounding changed the grant from the exact product
// Rate × Eligible ([RuleRounding], one branch per rounding mode).
// [PolicyBranches] lists those a policy can give, [SessionBranches] all
// those of a session.
//
// A case reaches, for each scheme it states expectations about, the branch
// of each criterion it states (its outcome, its branch or its facts), and
// the branch of each funding rule that a figure it states depends on: a
// branch is covered when a case checks what it decides, not merely when
// some case passes through it. A funding branch stated reaches its rule;
// the eligible base, the exclusions, which alone decide it; a grant, or the
// remainder less a grant, compared with the grant the policy computes (one
// that the option promises, or any in a file of "numerique/cas/1"), the
// rules that set it: the exclusions, the ceiling and the rounding, or the
// ceiling alone when it set the grant whatever the lines and the rounding.
// A grant of null, a promise, and the remainder of an option that promises
// no grant — the whole budget, which no funding rule decides — reach no
// funding branch.
// [Coverage] counts, for every session of every scheme that a case states
// expectations about, the cases that reached each branch its rules can
// give: two cases about one scheme report on its sessions, not on the whole
// catalogue. [VerifyAll] and [Options.AllSchemes] count the branches of
// every scheme that a case was oriented among instead. [Verify] returns the
// coverage as data, [Report.Table] renders it and ends with the summary of
// the cases ([Report.Summary]), and [Options.MinCoverage] makes a test fail
// below a share the caller sets.
//
// # The library's corpus
//
// The directory corpus of this package ([Corpus]) holds the library's own
// cases, 87 of them, each written from the seed text or a public source
// (scheme.Sources, and the populations légales en vigueur en 2021 of
// package scheme/territoire) by a reader computing the figures by hand;
// together they reach every branch of every rule of every session of the
// catalogue, "demande-a-preciser" through checks without a day, and, through
// variants defined beside it, every branch of the funding rules: 244
// branches. The package's tests run it with MinCoverage 100, so that a rule
// left uncovered fails CI.
//
// # Errors
//
// [Parse] and [Load] report every problem of every file at once
// (errors.Join), each as a [*CaseError] that wraps [ErrMalformed] and a
// sentinel for errors.Is ([ErrSyntax], [ErrFormat], [ErrUnknownKey],
// [ErrDuplicate], [ErrWrongType], [ErrRequired], [ErrUnknownSession],
// [ErrUnknownCriterion], [ErrUnknownBranch], [ErrUnknownFact],
// [ErrContradiction], scheme.ErrUnknownScheme), or the error of the
// library that decoding the value gave (cost.ErrInvalidAmount, …):
//
//	relancetest: load "testdata/cas.json": case "Département porteur": cases[3].expect.donnees.criteria.ampleurr: unknown criterion: want demandeur, ampleur, thematique, resultats or commencement
//
// Each problem is one line: the file, the case, the JSON path, the value
// quoted once, and what is wrong with it and what is wanted, worded as
// scheme.DecodeError words the problems of a project — without the name of
// the package that found it nor the value again:
//
//	relancetest: load "cas.json": case "Cas": cases[0].project.lead.kind "mairie": unknown kind: want commune, epci, …
//	relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.grant "9e4": invalid amount: want euros with a dot before the cents, such as "90000.00"
//
// Each message quotes the values and the keys it names at a bounded length
// (a key or a date of a megabyte is cut to its first 64 characters and its
// length), so that it stays a few hundred bytes long whatever the file
// holds. The JSON is decoded by the library's strict decoder, which reports
// every problem at its path. Parsing a file takes time linear in its size,
// however many problems it has, definitions it gives or facts it declares
// invalid; verifying a case, time linear in the size of its project and the
// number of its schemes.
//
// A case that runs never errs: what differs from its expectations is data
// ([Mismatch]), worded on demand ([Result.Message]).
//
// # Purity
//
// [Run], [RunWith], [Load] and [ReadFiles] read files, which is their
// purpose; [Parse], [Verify] and everything else are pure and safe for
// concurrent use.
package relancetest
