// Package bridge is what the simulator's page calls: it reads the form as
// the person filled it in, orients the project with relance.Orient, and
// answers with every figure and every sentence the page shows, so that the
// page computes nothing and says what the library says, to the cent.
//
// It is pure Go, with its own tests; the simulator's WebAssembly main
// (examples/simulateur/wasm) wires it to JavaScript with syscall/js, and
// nothing else.
//
// # The JavaScript bridge
//
// Once the module runs, the page finds one object, globalThis.numerique,
// with four functions that take and return strings and never throw, and a
// string:
//
//	numerique.catalogue()     → Catalogue: the choices of the form, the example project,
//	                            whether official codes are looked up and names searched
//	numerique.orient(request) → Response for a Request
//	numerique.search(name)    → Proposals: the bodies that a name typed may mean
//	numerique.territories()   → "" once the data on the territories is in place, else why not
//	numerique.version         the Go version that built the module
//
// and calls globalThis.onNumeriqueReady(), when the page defines it, once
// the object is in place. The module holds the code of scheme/territoire
// but not its data, which the simulator's site serves as a file of its
// own: until the page has put that data in place and called
// territories(), the bridge has no territories ([Bridge.WithTerritories]
// gives them), and the page sends no code and searches no name.
//
// A [Request] holds the form's fields as text, as typed:
//
//	{"on": "01/03/2021", "title": "…",
//	 "lead": {"code": "", "name": "…", "kind": "syndicat", "population": ""},
//	 "members": [{"code": "200040715", "name": "", "kind": "", "population": ""}],
//	 "departement": "no", "shared_need": "yes",
//	 "themes": ["donnees"], "practices": ["code-ouvert"],
//	 "requested": "", "start": "01/04/2021", "results": "30/06/2022",
//	 "budget": [{"category": "prestations", "label": "…", "amount": "180 000"}]}
//
// "requested" is the date of the grant request (« date de dépôt de la
// demande »), which no commencement may precede: empty, it is the day of the
// orientation, which [Response.Requested] then gives. A request is decoded
// strictly: a key that Request does not define, spelt exactly, a key given
// twice, a value of the wrong kind each get a problem that names its JSON
// path and quotes its value at a bounded length ([FieldError.Path],
// [FieldError.Value]), every one at once, and the response has no card.
//
// A [Response] says what to show: the problems of the request, each on its
// field, in French ([FieldError]), in the order of the form; the bodies
// that its official codes name ([Found]) and what the data answers that the
// person left unanswered ([FieldNote]); a sentence to announce
// ([Response.Summary]) and two lines for a phone ([Glance]); one [Card] per
// scheme, in relance.Orient's order, with its verdict, where its intake
// stands, each criterion with ✓, ✗ or ?, the questions that could still
// change it, and the money by the honest-money rule; and the [Timeline] of
// every session's phases. The line spans the phases, and the date of
// orientation when it stands within [NearMonths] months of them; a date
// farther away is marked at the edge it stands beyond, so that the answer
// keeps its size whatever the date, from 0001 to 9999.
//
// # Reading what people type
//
// Amounts are read as French text writes them (« 12 000,50 », « 180 000 € »),
// populations as whole numbers grouped by three or not, dates as
// « 15/03/2021 » or "2021-03-15": [ParseAmount], [ParsePopulation],
// [ParseDate]. A cost is never negative: an amount typed with a minus sign,
// « -0 » included, is refused as negative. A fact that cannot be read gets a
// problem on its field and is left out as not given, so that the rest of the
// form still counts: an unreadable amount drops its budget line and nothing
// else, and so does a line at which the budget's total would be too large
// to count. A budget line with no amount is not yet filled in, and is left
// out without a problem.
//
// A member counts once. One that repeats the lead or an earlier member — the
// same official code, in any of its forms ("200 040 715"), or described
// alike in every field, as two new rows where only « EPCI » is chosen —
// gets a problem on its code field ("members.2.code", [CodeDuplicateBody],
// naming the body it repeats) or on its row ("members.2", [CodeSameBody]),
// and is left out; the rest is oriented as if it were not there. The
// questions and the problems still number the members as the form does.
// Finding the twins, reporting them and leaving them out costs time linear
// in the number of members.
//
// # Money
//
// The cards follow the honest-money rule, as relance.Option.Promise says
// it: for an eligible project the grant is a grant; for a project whose
// eligibility is still to settle it is « Subvention si les critères à
// préciser sont remplis »; for an ineligible one there is no grant and no
// bar, only a line that says so; and where the session's intake is closed
// on the date, nothing is left to ask for: « Dépôt clos : plus de
// subvention à demander ». What the policy would pay stays in
// [Money.Funding], next to the verdict. A card whose intake is to open says
// when to apply ([Card.Apply]); one whose intake is closed while a later
// session is to open says when it opens, the project's verdict under its
// rules and what it would pay ([Next]).
//
// # Questions
//
// A card asks the questions that relance.NextQuestions ranks for its
// scheme, the most useful first: none when its verdict is concluded
// (eligible or ineligible), nor when its intake is closed with no session
// to come; those of the next session when its intake is closed and a later
// one is to open ([Card.QuestionsFor]). [Response.Question] is the first
// that NextQuestions ranks across the cards.
//
// # Territories
//
// A body may be given by its official code — a commune's INSEE code, an
// EPCI's SIREN, a département's code, a région's after R ("R84") — when the
// bridge has a [Lookup] and a [Complete], and found by name when it has a
// [Search]: scheme/territoire's fit them ([Bridge.WithTerritories]). The
// project is completed by Complete in one pass: the official facts fill
// those that the person left empty, and what the person typed counts over
// them; the inhabitants that the bodies share count once (a commune with
// its EPCI: Project.Overlap); and whether the project covers a whole
// département is answered when the data settles it and the person left it
// unanswered ([Response.Deduced]). The response describes each body found
// under its code field ([Found]), with a note for the facts typed over; an
// unknown code gets a problem with the bodies it may have meant
// ([FieldError.Suggestions]), and its body counts as typed.
// [Bridge.Propose] answers a name with at most [ProposalLimit] bodies, best
// first, for the page to propose under the name field; choosing one fills
// the body's code.
//
// The zero Bridge has no territories: the catalogue says so
// (Catalogue.Lookup, Catalogue.Search), and a request that gives a code
// gets a problem on it.
package bridge
