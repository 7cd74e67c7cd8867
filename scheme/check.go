package scheme

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/internal/french"
)

// maxCriteria is the number of criteria a check may judge.
const maxCriteria = 6

// resultsMonths is the delay within which a project must produce concrete
// results [seed]: « des résultats concrets sous 18 mois ».
const resultsMonths = 18

// Check judges p against s by the rules of the session that applies on the
// date on ([Scheme.SessionOn]), and returns the verdict with its reasons. It
// is [Scheme.CheckSession] with that session.
func (s Scheme) Check(p Project, on calendar.Date) Eligibility {
	return s.CheckSession(p, s.SessionOn(on))
}

// CheckSession judges p against s by the rules of session se, which is
// normally one of s.Sessions: use it to ask how a project would fare in a
// given session whatever the date.
//
// It judges these criteria, in this order, each only where it applies (see
// the Code constants):
//   - [CodeDemandeur], always: the lead's kind is one of se.Applicants.
//     Unknown when Lead.Kind is empty; NotMet for an unknown kind.
//   - [CodeAmpleur], when se.Threshold is above 0: Met when the lead is a
//     département or a région, or p.Departement is Yes, or the population
//     covered by the lead and the members reaches se.Threshold (reaching it
//     exactly counts); NotMet when none of these can hold; Unknown
//     otherwise. The covered population adds the populations given, those of
//     partners ([Partenaire]) aside, and saturates instead of overflowing.
//     NotMet, whatever the rest, for an invalid fact among those it reads:
//     an unknown kind of the lead or of a member, a negative population, an
//     invalid answer to p.Departement.
//   - [CodeBesoinCommun], for the Incubateur: p.SharedNeed is Yes; NotMet
//     for an invalid answer.
//   - [CodeThematique], for the schemes of the catalogue: an axis-2 scheme
//     needs its own theme among p.Themes (services, donnees, cooperation);
//     the Incubateur takes any theme but infrastructure, whose networks and
//     equipment are out of its scope [src ANCT-FAQ]. A mixed list, such as
//     services and infrastructure, is Met on its other themes, and the
//     reason says that the infrastructure part is out of scope. NotMet,
//     whatever the rest, when a theme is unknown.
//   - [CodeBonnesPratiques], when se.Practices is not empty: p.Practices
//     holds every one of them; NotMet names the missing ones. NotMet,
//     whatever the rest, when a practice is unknown.
//   - [CodeResultats18Mois], always: p.Results is no later than 18 months
//     after p.Start ([calendar.Date.AddMonths]), and not before it.
//
// A criterion is Unknown only when a fact it needs was not given — an empty
// Kind or list, a population of 0, an unanswered question, a zero date —
// never as a default for "no"; an invalid fact makes its criterion NotMet,
// with a reason that names the fact and quotes its value.
// The verdict is Ineligible if any criterion is NotMet, else Undetermined if
// any is Unknown, else Eligible. Eligibility.Missing lists, by Go field path
// and in the order of the criteria, each fact that would settle an Unknown
// criterion, once.
//
// CheckSession never fails and never panics: it judges whatever it is given,
// valid or not (use [Project.Validate] to find invalid facts). It does not
// look at p.Budget, whose funding is [cost.Cofinance]'s job, nor at whether
// the session is open on a date. It allocates at most four times, whatever
// the number of members: the criteria, one string that holds every reason,
// the missing facts, and one string that holds the members' paths among
// them; for a project of ordinary size, each at its exact size.
func (s Scheme) CheckSession(p Project, se Session) Eligibility {
	var reasons buffer
	var j [1]judgement
	var cv coverage
	if se.Threshold > 0 {
		cv = cover(&p)
	}
	c := checker{p: &p, se: &se, cover: &cv, reasons: &reasons, judgement: &j[0]}
	c.judge(s.ID, c.reasonsSize())
	var e [1]Eligibility
	finish(&p, &reasons, j[:], e[:])
	return e[0]
}

// CheckAll judges p against every scheme of the catalogue, each by the
// rules of its session that applies on the date on, and returns one
// [Eligibility] per scheme, in the order of [All]: element i is what
// All()[i].Check(p, on) returns.
//
// It is the way to judge a project against the whole catalogue: it reads
// the catalogue without copying it, surveys the project's bodies once for
// all the schemes, and the eligibilities share one string of reasons, in
// which a reason that several schemes give is written once, one array of
// criteria and one array of missing facts, each slice with its capacity
// capped to its length. It allocates at most five times, whatever the
// project: those three, one string that holds the members' paths among the
// missing facts, and the eligibilities.
func CheckAll(p Project, on calendar.Date) []Eligibility {
	var reasons buffer
	cv := cover(&p)
	var results resultsMemo // the same for every scheme
	var j [len(catalogue)]judgement
	var checks [len(catalogue)]checker
	var sizes [len(catalogue)]int
	rest := 0 // the size of the reasons still to write
	for i := range catalogue {
		s := &catalogue[i]
		se := &s.Sessions[s.sessionOn(on)] // every scheme of the catalogue has sessions
		checks[i] = checker{p: &p, se: se, cover: &cv, reasons: &reasons, results: &results, judgement: &j[i]}
		sizes[i] = checks[i].reasonsSize()
		rest += sizes[i]
	}
	for i := range checks {
		rest -= sizes[i]
		reasons.reserve = rest
		checks[i].judge(catalogue[i].ID, sizes[i])
	}
	out := make([]Eligibility, len(j))
	finish(&p, &reasons, j[:], out)
	return out
}

// judgement is what a checker found, until finish copies it out: the
// criteria, whose reasons are spans of the buffer of reasons, and the facts
// that are missing. It holds no pointer to what the checker reads, so that
// copying it to the heap leaves those on the stack.
type judgement struct {
	scheme     ID
	name       string                 // the session's
	crits      [maxCriteria]Criterion // the judged ones, without their reasons
	judged     int
	spans      [maxCriteria][2]int // each criterion's reason in the buffer of reasons
	missing    fact                // the facts that would settle the Unknown criteria
	memberGaps int                 // with factMembers: how many members' populations
}

// finish writes to out the eligibilities of project p that js hold, whose
// reasons are in reasons. The criteria of all the judgements share one
// array, and their missing facts another.
func finish(p *Project, reasons *buffer, js []judgement, out []Eligibility) {
	all := reasons.String()
	nCrits, nMissing := 0, 0
	for i := range js {
		nCrits += js[i].judged
		nMissing += js[i].missingCount()
	}
	crits := make([]Criterion, nCrits)
	var paths []string
	var members string // the paths of the members, shared by the judgements
	if nMissing > 0 {
		paths = make([]string, 0, nMissing)
	}
	for i := range js {
		j := &js[i]
		own := carve(&crits, j.crits[:j.judged])
		for k := range own {
			own[k].Reason = all[j.spans[k][0]:j.spans[k][1]]
		}
		var missing []string
		if j.missing != 0 {
			from := len(paths)
			paths = j.appendMissing(p, paths, &members)
			missing = paths[from:len(paths):len(paths)]
		}
		out[i] = Eligibility{
			Scheme:   j.scheme,
			Session:  j.name,
			Verdict:  verdictOf(own),
			Criteria: own,
			Missing:  missing,
		}
	}
}

// judge judges c.p against session c.se of scheme id, writing the reasons,
// which take at most size bytes ([checker.reasonsSize]), to c.reasons.
func (c *checker) judge(id ID, size int) {
	c.scheme, c.name = id, c.se.Name
	c.reasons.Grow(size)

	c.demandeur()
	if c.se.Threshold > 0 {
		c.ampleur()
	}
	if id == Incubateur {
		c.besoinCommun()
		c.thematiqueIncubateur()
	} else if t, ok := id.theme(); ok {
		c.thematique(t)
	}
	if len(c.se.Practices) > 0 {
		c.bonnesPratiques()
	}
	c.resultats()
}

// theme returns the theme that the axis-2 scheme id funds, and true; or false
// for any other scheme.
func (id ID) theme() (Theme, bool) {
	switch id {
	case ServicesUsagers:
		return ThemeServices, true
	case Donnees:
		return ThemeDonnees, true
	case Cooperation:
		return ThemeCooperation, true
	}
	return "", false
}

// checker judges one project against one session, and records what it
// finds in its judgement. It writes every reason into a buffer that several
// checkers may share, so that checking allocates a constant number of
// times: the criteria and, for a project of sensible size, the reasons stay
// on the stack until finish copies them out at their exact size.
type checker struct {
	p       *Project
	se      *Session
	cover   *coverage // of p, when c.se has a threshold; shared by the checks of p
	reasons *buffer
	results *resultsMemo // nil, or shared by the checks of p that share reasons
	*judgement
}

// resultsMemo holds CodeResultats18Mois once judged: it depends on the
// project alone, so the checks that share a buffer of reasons share its
// reason too.
type resultsMemo struct {
	judged  bool
	span    [2]int
	outcome Outcome
	missing fact
}

// fact is a set of facts of a project that a check found missing. The
// constants are in the order of the criteria that need them, which is the
// order of Eligibility.Missing.
type fact uint16

// The facts a check may find missing, one bit each.
const (
	factLeadKind fact = 1 << iota
	factLeadPopulation
	factMembers // the populations of some members: see memberGaps
	factDepartement
	factSharedNeed
	factThemes
	factPractices
	factStart
	factResults
	factEnd
)

// path returns the Go field path of a single fact other than factMembers.
func (f fact) path() string {
	switch f {
	case factLeadKind:
		return "Lead.Kind"
	case factLeadPopulation:
		return "Lead.Population"
	case factDepartement:
		return "Departement"
	case factSharedNeed:
		return "SharedNeed"
	case factThemes:
		return "Themes"
	case factPractices:
		return "Practices"
	case factStart:
		return "Start"
	}
	return "Results"
}

// session writes the session's name as it reads inside a French sentence,
// after « la »: "1re session", "consultation nationale 2021" — a leading
// capital is lowered unless the next letter is a capital too, as in an
// acronym. An empty name gives "session".
func (c *checker) session() {
	name := c.se.Name
	if name == "" {
		c.w("session")
		return
	}
	r, n := utf8.DecodeRuneInString(name)
	next, _ := utf8.DecodeRuneInString(name[n:])
	if unicode.IsUpper(r) && !unicode.IsUpper(next) {
		var buf [utf8.UTFMax]byte
		c.reasons.Write(utf8.AppendRune(buf[:0], unicode.ToLower(r)))
		name = name[n:]
	}
	c.w(name)
}

// reasonsSize returns a size that holds every reason, so that the buffer of
// reasons is allocated at most once: a base for the fixed texts and
// figures, plus what grows with the input — the session's name, written up
// to four times; the applicants and the themes, listed once; the lead's
// kind and, when the session has a threshold, the first invalid kind of a
// member, which CodeAmpleur quotes; the unknown practices, when the session
// requires some. An unknown value is quoted, at worst with every byte
// escaped in 4 bytes.
func (c *checker) reasonsSize() int {
	size := func(label string, valid bool, raw int) int {
		if valid {
			return len(label) + 2
		}
		return 4*raw + 30
	}
	n := 768 + 4*len(c.se.Name) + size("", false, len(c.p.Lead.Kind))
	for _, k := range c.se.Applicants {
		n += size(k.Label(), k.IsValid(), len(k))
	}
	for _, t := range c.p.Themes {
		n += size(t.Label(), t.IsValid(), len(t))
	}
	if len(c.se.Practices) > 0 {
		for _, q := range c.p.Practices {
			if !q.IsValid() {
				n += size("", false, len(q))
			}
		}
	}
	if first := c.cover.first; c.se.Threshold > 0 && first.what == badKind && first.member >= 0 {
		n += size("", false, len(c.p.Members[first.member].Kind))
	}
	return n
}

// start begins the reason of a new criterion.
func (c *checker) start() {
	c.spans[c.judged][0] = c.reasons.Len()
}

// end records the criterion whose reason was written since start. A reason
// that another check sharing the buffer already wrote, such as the same
// applicant admitted to the same session of two schemes, is kept once.
func (c *checker) end(code string, o Outcome) {
	c.spans[c.judged] = c.reasons.once(c.spans[c.judged][0])
	c.crits[c.judged] = Criterion{Code: code, Outcome: o}
	c.judged++
}

// miss records missing facts.
func (c *checker) miss(f fact) { c.missing |= f }

// missingCount returns the number of missing facts: the paths that
// appendMissing appends.
func (j *judgement) missingCount() int {
	n := j.memberGaps
	for f := fact(1); f < factEnd; f <<= 1 {
		if j.missing&f != 0 && f != factMembers {
			n++
		}
	}
	return n
}

// appendMissing appends to paths the paths of the facts of p that are
// missing, in order. The paths of the members whose population is missing
// are carved out of *members, memberText(p): "" until a judgement first
// needs it, then shared by the next ones.
func (j *judgement) appendMissing(p *Project, paths []string, members *string) []string {
	for f := fact(1); f < factEnd; f <<= 1 {
		switch {
		case j.missing&f == 0:
		case f == factMembers:
			if *members == "" {
				*members = memberText(p, j.memberGaps)
			}
			paths = appendMembers(p, paths, *members)
		default:
			paths = append(paths, f.path())
		}
	}
	return paths
}

// w writes s to the reason being written.
func (c *checker) w(s string) { c.reasons.WriteString(s) }

// date writes d as French texts write it ([calendar.Date.French]).
func (c *checker) date(d calendar.Date) {
	var buf [24]byte
	c.reasons.Write(d.AppendFrench(buf[:0]))
}

// int writes n with its digits grouped the French way.
func (c *checker) int(n int) {
	var buf [32]byte
	c.reasons.Write(french.AppendInt(buf[:0], int64(n)))
}

// quote writes s between French quotation marks; what is not printable
// text — invalid UTF-8, control characters — is escaped as Go quotes it
// ("\xff", "\x00"), without allocating.
func (c *checker) quote(s string) {
	c.w("«\u00a0")
	var buf [16]byte
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		switch {
		case r == utf8.RuneError && n == 1:
			c.reasons.Write(append(buf[:0], '\\', 'x', hex[s[0]>>4], hex[s[0]&0xf]))
		case unicode.IsPrint(r):
			c.w(s[:n])
		default:
			q := strconv.AppendQuoteRune(buf[:0], r) // '\x00', '\u2028'
			c.reasons.Write(q[1 : len(q)-1])
		}
		s = s[n:]
	}
	c.w("\u00a0»")
}

// reasonsRoom is the room for reasons inside a buffer: enough, for a
// project with sensible facts, for the reasons of the schemes already
// judged (a few hundred bytes each) and the reasonsSize of the next (about
// a kilobyte), so that writing them costs no allocation.
const reasonsRoom = 4096

// buffer is a strings.Builder that starts in an array of its own: a buffer
// on the stack writes its first reasonsRoom bytes without allocating, and
// String copies them out at their exact size. Past that room, the text moves
// to a strings.Builder on the heap.
type buffer struct {
	room   [reasonsRoom]byte
	n      int             // the bytes of room in use
	heap   strings.Builder // the whole text, once it outgrew room
	onHeap bool
	// reserve is the room that the text makes, when it moves to the heap,
	// beyond what it is asked for: what the checks still to run will need,
	// so that it moves once.
	reserve int

	texts  [len(catalogue) * maxCriteria][2]int // the spans of the texts that once kept
	nTexts int
}

// once returns the span of the text written since from: if the same text
// was kept before, the earlier span, the text being dropped; else its own,
// kept. It keeps texts while they are in room and there is room to note
// them.
func (b *buffer) once(from int) [2]int {
	text := [2]int{from, b.Len()}
	if b.onHeap {
		return text
	}
	written := b.room[from:b.n]
	for _, t := range b.texts[:b.nTexts] {
		if string(b.room[t[0]:t[1]]) == string(written) {
			b.n = from
			return t
		}
	}
	if b.nTexts < len(b.texts) {
		b.texts[b.nTexts] = text
		b.nTexts++
	}
	return text
}

// Grow makes room for n more bytes, so that writing them does not allocate:
// when they do not fit in room, it moves the text to the heap at once.
func (b *buffer) Grow(n int) {
	if !b.fits(n) {
		b.spill(n)
	}
}

// fits reports whether n more bytes fit in room.
func (b *buffer) fits(n int) bool { return !b.onHeap && b.n+n <= len(b.room) }

// spill makes room for n more bytes on the heap, moving the text there if
// it is still in room.
func (b *buffer) spill(n int) {
	if !b.onHeap {
		b.heap.Grow(b.n + n + b.reserve)
		b.heap.Write(b.room[:b.n])
		b.onHeap = true
	}
	b.heap.Grow(n)
}

// WriteString appends s.
func (b *buffer) WriteString(s string) {
	if b.fits(len(s)) {
		b.n += copy(b.room[b.n:], s)
		return
	}
	b.spill(len(s))
	b.heap.WriteString(s)
}

// Write appends p.
func (b *buffer) Write(p []byte) {
	if b.fits(len(p)) {
		b.n += copy(b.room[b.n:], p)
		return
	}
	b.spill(len(p))
	b.heap.Write(p)
}

// Len returns the number of bytes written.
func (b *buffer) Len() int {
	if b.onHeap {
		return b.heap.Len()
	}
	return b.n
}

// String returns the text written.
func (b *buffer) String() string {
	if b.onHeap {
		return b.heap.String()
	}
	return string(b.room[:b.n])
}

// hex holds the hexadecimal digits, for quote.
const hex = "0123456789abcdef"

// list writes items separated by commas.
func (c *checker) list(n int, item func(i int)) {
	for i := range n {
		if i > 0 {
			c.w(", ")
		}
		item(i)
	}
}

// applicants writes the labels of the kinds admitted in the session, or says
// that none is.
func (c *checker) applicants() {
	if len(c.se.Applicants) == 0 {
		c.w("aucun")
		return
	}
	c.list(len(c.se.Applicants), func(i int) { c.kind(c.se.Applicants[i]) })
}

// kind writes the label of k, or k quoted and said unknown.
func (c *checker) kind(k Kind) {
	if k.IsValid() {
		c.w(k.Label())
		return
	}
	c.quote(string(k))
	c.w(" (inconnu)")
}

// demandeur judges CodeDemandeur.
func (c *checker) demandeur() {
	c.start()
	k := c.p.Lead.Kind
	switch {
	case k == "":
		c.w("Nature du porteur non renseignée\u00a0; peuvent candidater à la ")
		c.session()
		c.w("\u00a0: ")
		c.applicants()
		c.miss(factLeadKind)
		c.end(CodeDemandeur, Unknown)
	case c.se.Admits(k):
		c.w("Porteur\u00a0: ")
		c.w(k.Label())
		c.w(", admis à candidater à la ")
		c.session()
		c.end(CodeDemandeur, Met)
	case k.IsValid():
		c.w("Porteur\u00a0: ")
		c.w(k.Label())
		c.w(", non admis à candidater à la ")
		c.session()
		c.w("\u00a0; peuvent candidater\u00a0: ")
		c.applicants()
		c.end(CodeDemandeur, NotMet)
	default:
		c.w("Nature du porteur inconnue\u00a0: ")
		c.quote(string(k))
		c.w("\u00a0; à la ")
		c.session()
		c.w(", peuvent candidater\u00a0: ")
		c.applicants()
		c.end(CodeDemandeur, NotMet)
	}
}

// counts reports whether the population of a body of kind k counts towards
// the covered population: that of partners does not.
func counts(k Kind) bool { return k != Partenaire }

// addPopulation returns sum + n for n > 0, saturating at math.MaxInt, and
// whether it saturated. A negative n, invalid, adds nothing: the criterion
// is NotMet for it anyway.
func addPopulation(sum, n int) (int, bool) {
	if n <= 0 {
		return sum, false
	}
	if sum > math.MaxInt-n {
		return math.MaxInt, true
	}
	return sum + n, false
}

// invalidKind reports whether k is given and unknown.
func invalidKind(k Kind) bool { return k != "" && !k.IsValid() }

// The invalid facts that CodeAmpleur reads, in the order of their fields.
const (
	badKind = iota + 1
	badPopulation
	badDepartement
)

// badFact is the first invalid fact that CodeAmpleur found.
type badFact struct {
	what   int // badKind, badPopulation or badDepartement; 0 for none
	member int // the member whose fact it is; -1 for the lead
}

// coverage is what CodeAmpleur learns of the bodies of a project: the
// population they cover, the populations that are missing, and the invalid
// facts.
type coverage struct {
	covered        int  // the populations given, those of partners aside
	saturated      bool // covered stopped at math.MaxInt
	leadMissing    bool // the lead's population counts and is not given
	membersMissing int  // how many members' populations count and are not given
	invalid        int  // how many facts are invalid
	first          badFact
}

// bad records an invalid fact.
func (cv *coverage) bad(what, member int) {
	if cv.invalid == 0 {
		cv.first = badFact{what, member}
	}
	cv.invalid++
}

// cover surveys the bodies of p, in one pass over the members.
func cover(p *Project) coverage {
	var cv coverage
	var s bool
	lead := p.Lead
	if invalidKind(lead.Kind) {
		cv.bad(badKind, -1)
	}
	if lead.Population < 0 {
		cv.bad(badPopulation, -1)
	}
	if counts(lead.Kind) {
		cv.leadMissing = lead.Population == 0
		cv.covered, cv.saturated = addPopulation(0, lead.Population)
	}
	for i := range p.Members {
		m := &p.Members[i]
		switch m.Kind { // Kind.IsValid and counts in one switch, for the hot loop
		case Commune, EPCI, Departement, Region, StatutParticulier, Syndicat, "":
		case Partenaire: // its population does not count
			if m.Population < 0 {
				cv.bad(badPopulation, i)
			}
			continue
		default:
			cv.bad(badKind, i)
		}
		switch n := m.Population; {
		case n == 0:
			cv.membersMissing++
		case n < 0:
			cv.bad(badPopulation, i)
		default:
			cv.covered, s = addPopulation(cv.covered, n)
			cv.saturated = cv.saturated || s
		}
	}
	if !p.Departement.IsValid() {
		cv.bad(badDepartement, -1)
	}
	return cv
}

// ampleur judges CodeAmpleur.
func (c *checker) ampleur() {
	c.start()
	p, threshold := c.p, c.se.Threshold
	lead := p.Lead
	cv := *c.cover
	if cv.invalid > 0 {
		c.invalidAmpleur(cv)
		c.end(CodeAmpleur, NotMet)
		return
	}
	if lead.Kind == Departement || lead.Kind == Region {
		c.w("Porteur\u00a0: ")
		c.w(lead.Kind.Label())
		c.w(", d’ampleur suffisante quelle que soit la population couverte")
		c.end(CodeAmpleur, Met)
		return
	}
	if p.Departement == Yes {
		c.w("Le projet couvre un département entier")
		c.end(CodeAmpleur, Met)
		return
	}

	covered := cv.covered
	c.w("Population couverte")
	if covered < threshold && (cv.leadMissing || cv.membersMissing > 0) {
		c.w(" connue")
	}
	c.w("\u00a0: ")
	if cv.saturated {
		c.w("plus de ")
	}
	c.inhabitants(covered)
	c.w("\u00a0; seuil de la ")
	c.session()
	c.w("\u00a0: ")
	c.int(threshold)
	if covered >= threshold {
		c.end(CodeAmpleur, Met)
		return
	}

	kindMissing := lead.Kind == ""
	departementMissing := p.Departement == Unanswered
	if !kindMissing && !cv.leadMissing && cv.membersMissing == 0 && !departementMissing {
		c.w("\u00a0; le projet ne couvre pas un département entier")
		c.w(", et le porteur n’est ni un département ni une région")
		c.end(CodeAmpleur, NotMet)
		return
	}

	c.w("\u00a0; à préciser\u00a0: ")
	var items int
	item := func(s string) {
		if items > 0 {
			c.w(", ")
		}
		c.w(s)
		items++
	}
	if kindMissing {
		item("la nature du porteur")
		c.miss(factLeadKind)
	}
	if cv.leadMissing {
		item("la population du porteur")
		c.miss(factLeadPopulation)
	}
	if n := cv.membersMissing; n > 0 {
		if n == 1 {
			item("la population d’un membre")
		} else {
			item("la population de ")
			c.int(n)
			c.w(" membres")
		}
		c.miss(factMembers)
		c.memberGaps = n
	}
	if departementMissing {
		item("si le projet couvre un département entier")
		c.miss(factDepartement)
	}
	c.end(CodeAmpleur, Unknown)
}

// inhabitants writes n followed by « habitant », in the plural from 2 and
// from -2.
func (c *checker) inhabitants(n int) {
	c.int(n)
	if -2 < n && n < 2 {
		c.w(" habitant")
	} else {
		c.w(" habitants")
	}
}

// invalidAmpleur writes the reason of CodeAmpleur for a project whose
// bodies or answer hold invalid facts: the first one, quoted, and how many
// others there are.
func (c *checker) invalidAmpleur(cv coverage) {
	b := cv.first
	body := c.p.Lead
	if b.member >= 0 {
		body = c.p.Members[b.member]
	}
	switch b.what {
	case badKind:
		c.w("Nature ")
		c.body(b.member)
		c.w(" inconnue\u00a0: ")
		c.quote(string(body.Kind))
	case badPopulation:
		c.w("Population ")
		c.body(b.member)
		c.w(" invalide\u00a0: ")
		c.inhabitants(body.Population)
	default:
		c.w("Projet couvrant un département entier\u00a0: réponse invalide ")
		c.invalidAnswer(c.p.Departement)
	}
	if n := cv.invalid - 1; n > 0 {
		c.w("\u00a0; ")
		c.others(n, " autre donnée invalide", " autres données invalides")
	}
	c.w("\u00a0; l’ampleur du projet ne peut être établie")
}

// body writes « du porteur » for member -1, else « du membre n° i+1 ».
func (c *checker) body(member int) {
	if member < 0 {
		c.w("du porteur")
		return
	}
	c.w("du membre n°\u00a0")
	c.int(member + 1)
}

// others writes n followed by one or many, as n asks.
func (c *checker) others(n int, one, many string) {
	c.int(n)
	if n == 1 {
		c.w(one)
	} else {
		c.w(many)
	}
}

// invalidAnswer writes the invalid answer a, quoted as it prints.
func (c *checker) invalidAnswer(a Answer) {
	var buf [8]byte
	c.w("«\u00a0%!Answer(")
	c.reasons.Write(strconv.AppendInt(buf[:0], int64(a), 10))
	c.w(")\u00a0»")
}

// memberText returns the paths of the n members of p whose population
// counts and is missing, such as "Members[1].Population", written one after
// the other in one string.
func memberText(p *Project, n int) string {
	const prefix, suffix = "Members[", "].Population"
	var all strings.Builder
	all.Grow(n * (len(prefix) + digits(len(p.Members)) + len(suffix)))
	var buf [20]byte
	for i, m := range p.Members {
		if counts(m.Kind) && m.Population == 0 {
			all.WriteString(prefix)
			all.Write(strconv.AppendInt(buf[:0], int64(i), 10))
			all.WriteString(suffix)
		}
	}
	return all.String()
}

// appendMembers appends to paths the paths that text, from memberText,
// holds, each carved out of it.
func appendMembers(p *Project, paths []string, text string) []string {
	const fixed = len("Members[") + len("].Population")
	from := 0
	for i, m := range p.Members {
		if counts(m.Kind) && m.Population == 0 {
			to := from + fixed + digits(i)
			paths = append(paths, text[from:to])
			from = to
		}
	}
	return paths
}

// digits returns the number of decimal digits of n >= 0.
func digits(n int) int {
	d := 1
	for ; n >= 10; n /= 10 {
		d++
	}
	return d
}

// besoinCommun judges CodeBesoinCommun.
func (c *checker) besoinCommun() {
	c.start()
	switch a := c.p.SharedNeed; a {
	case Yes:
		c.w("Le besoin est commun à d’autres collectivités")
		c.end(CodeBesoinCommun, Met)
	case No:
		c.w("Le besoin n’est pas commun à d’autres collectivités\u00a0; la consultation part des besoins partagés par les territoires")
		c.end(CodeBesoinCommun, NotMet)
	case Unanswered:
		c.w("Le projet ne dit pas si le besoin est commun à d’autres collectivités")
		c.miss(factSharedNeed)
		c.end(CodeBesoinCommun, Unknown)
	default:
		c.w("Besoin commun à d’autres collectivités\u00a0: réponse invalide ")
		c.invalidAnswer(a)
		c.end(CodeBesoinCommun, NotMet)
	}
}

// themes writes the labels of the project's themes, all valid.
func (c *checker) themes() {
	c.list(len(c.p.Themes), func(i int) { c.w(c.p.Themes[i].Label()) })
}

// invalidItems writes the reason of a criterion whose list holds unknown
// values, and reports whether it does: the first one, named by what it is
// ("Thème", "Engagement") and its rank, quoted, then how many others there
// are (other and others: the singular and plural of "more unknown ones").
func invalidItems[T interface {
	~string
	IsValid() bool
}](c *checker, items []T, what, other, others string) bool {
	first, n := -1, 0
	for i, v := range items {
		if !v.IsValid() {
			if first < 0 {
				first = i
			}
			n++
		}
	}
	if n == 0 {
		return false
	}
	c.w(what)
	c.w(" n°\u00a0")
	c.int(first + 1)
	c.w(" du projet inconnu\u00a0: ")
	c.quote(string(items[first]))
	if n > 1 {
		c.w("\u00a0; ")
		c.others(n-1, other, others)
	}
	return true
}

// invalidThemes writes the reason of CodeThematique for a project with
// unknown themes, and reports whether it has any.
func (c *checker) invalidThemes() bool {
	return invalidItems(c, c.p.Themes, "Thème", " autre thème inconnu", " autres thèmes inconnus")
}

// themesJudgeable ends CodeThematique and reports false when the themes
// cannot be judged against the scheme: Unknown when none is given (the
// reason then says what the scheme takes, as rule writes it), NotMet when
// one is not a known theme. It reports true, having written nothing, when
// the themes can be judged.
func (c *checker) themesJudgeable(rule func()) bool {
	switch {
	case len(c.p.Themes) == 0:
		c.w("Thèmes du projet non renseignés\u00a0; ")
		rule()
		c.miss(factThemes)
		c.end(CodeThematique, Unknown)
		return false
	case c.invalidThemes():
		c.end(CodeThematique, NotMet)
		return false
	}
	return true
}

// thematique judges CodeThematique for an axis-2 scheme, which funds theme
// want.
func (c *checker) thematique(want Theme) {
	c.start()
	if !c.themesJudgeable(func() {
		c.w("ce dispositif finance le thème «\u00a0")
		c.w(want.Label())
		c.w("\u00a0»")
	}) {
		return
	}
	for _, t := range c.p.Themes {
		if t == want {
			c.w("Thème du projet\u00a0: ")
			c.w(want.Label())
			c.w(", celui que finance ce dispositif")
			c.end(CodeThematique, Met)
			return
		}
	}
	c.w("Thèmes du projet\u00a0: ")
	c.themes()
	c.w("\u00a0; ce dispositif ne finance que le thème «\u00a0")
	c.w(want.Label())
	c.w("\u00a0»")
	c.end(CodeThematique, NotMet)
}

// thematiqueIncubateur judges CodeThematique for the Incubateur, which takes
// any theme but infrastructure.
func (c *checker) thematiqueIncubateur() {
	c.start()
	if !c.themesJudgeable(func() {
		c.w("la consultation accueille tout thème hors infrastructures et équipements")
	}) {
		return
	}
	inScope, infrastructure := false, false
	for _, t := range c.p.Themes {
		if t == ThemeInfrastructure {
			infrastructure = true
		} else {
			inScope = true
		}
	}
	c.w("Thèmes du projet\u00a0: ")
	c.themes()
	if infrastructure {
		c.w("\u00a0; les infrastructures (fibre, wifi, antennes) et le matériel informatique sont hors du champ de la consultation")
	}
	if inScope {
		c.end(CodeThematique, Met)
		return
	}
	c.end(CodeThematique, NotMet)
}

// practices writes the labels of the practices that the session requires
// and that keep tells to write.
func (c *checker) practices(keep func(Practice) bool) {
	n := 0
	for _, r := range c.se.Practices {
		if keep(r) {
			if n > 0 {
				c.w(", ")
			}
			c.w(r.Label())
			n++
		}
	}
}

// bonnesPratiques judges CodeBonnesPratiques.
func (c *checker) bonnesPratiques() {
	c.start()
	committed := func(r Practice) bool {
		for _, q := range c.p.Practices {
			if q == r {
				return true
			}
		}
		return false
	}
	if len(c.p.Practices) == 0 {
		c.w("Engagements du projet non renseignés\u00a0; la ")
		c.session()
		c.w(" exige\u00a0: ")
		c.practices(func(Practice) bool { return true })
		c.miss(factPractices)
		c.end(CodeBonnesPratiques, Unknown)
		return
	}
	if c.invalidPractices() {
		c.end(CodeBonnesPratiques, NotMet)
		return
	}
	missing := 0
	for _, r := range c.se.Practices {
		if !committed(r) {
			missing++
		}
	}
	switch missing {
	case 0:
		c.w("Le projet s’engage sur les bonnes pratiques exigées\u00a0: ")
		c.practices(func(Practice) bool { return true })
		c.end(CodeBonnesPratiques, Met)
		return
	case 1:
		c.w("Bonne pratique exigée sans engagement du projet\u00a0: ")
	default:
		c.w("Bonnes pratiques exigées sans engagement du projet\u00a0: ")
	}
	c.practices(func(r Practice) bool { return !committed(r) })
	c.end(CodeBonnesPratiques, NotMet)
}

// invalidPractices writes the reason of CodeBonnesPratiques for a project
// that commits to unknown practices, and reports whether it does.
func (c *checker) invalidPractices() bool {
	return invalidItems(c, c.p.Practices, "Engagement", " autre engagement inconnu", " autres engagements inconnus")
}

// resultats judges CodeResultats18Mois, or takes the judgement from
// c.results.
func (c *checker) resultats() {
	const facts = factStart | factResults
	m := c.results
	if m != nil && m.judged {
		c.spans[c.judged] = m.span
		c.crits[c.judged] = Criterion{Code: CodeResultats18Mois, Outcome: m.outcome}
		c.judged++
		c.miss(m.missing)
		return
	}
	c.judgeResultats()
	if m != nil {
		last := c.judged - 1
		*m = resultsMemo{judged: true, span: c.spans[last], outcome: c.crits[last].Outcome, missing: c.missing & facts}
	}
}

// judgeResultats judges CodeResultats18Mois.
func (c *checker) judgeResultats() {
	c.start()
	start, results := c.p.Start, c.p.Results
	switch {
	case start.IsZero() && results.IsZero():
		c.w("Dates de début et des résultats non renseignées\u00a0; les résultats sont attendus sous 18 mois")
		c.miss(factStart)
		c.miss(factResults)
		c.end(CodeResultats18Mois, Unknown)
		return
	case start.IsZero():
		c.w("Résultats attendus le ")
		c.date(results)
		c.w("\u00a0; date de début non renseignée, elle doit précéder les résultats de 18 mois au plus")
		c.miss(factStart)
		c.end(CodeResultats18Mois, Unknown)
		return
	case results.IsZero():
		c.w("Début le ")
		c.date(start)
		c.w("\u00a0; date des résultats non renseignée, ")
		if beyondCalendar(start) {
			c.w("sous 18 mois, une limite au-delà du ")
			c.date(lastDay)
			c.w(", fin du calendrier pris en charge")
		} else {
			c.w("au plus tard le ")
			c.date(start.AddMonths(resultsMonths))
		}
		c.miss(factResults)
		c.end(CodeResultats18Mois, Unknown)
		return
	}
	c.w("Résultats attendus le ")
	c.date(results)
	if results.Before(start) {
		c.w(", avant le début du projet, le ")
		c.date(start)
		c.end(CodeResultats18Mois, NotMet)
		return
	}
	if beyondCalendar(start) {
		// Every date of the calendar is within the limit.
		c.w(", dans la limite de 18 mois après le début, le ")
		c.date(start)
		c.w(", qui tombe au-delà du ")
		c.date(lastDay)
		c.w(", fin du calendrier pris en charge")
		c.end(CodeResultats18Mois, Met)
		return
	}
	limit := start.AddMonths(resultsMonths)
	o := Met
	if results.After(limit) {
		c.w(", après le ")
		o = NotMet
	} else {
		c.w(", dans la limite du ")
	}
	c.date(limit)
	c.w(" (18 mois après le début, le ")
	c.date(start)
	c.w(")")
	c.end(CodeResultats18Mois, o)
}

// lastDay is the last day of the calendar that [calendar.Date] supports.
var lastDay = calendar.MustDate(9999, time.December, 31)

// firstBeyond is the first start whose limit falls beyond lastDay: 18
// months after 1 July 9998 would be 1 January 10000.
var firstBeyond = calendar.MustDate(9998, time.July, 1)

// beyondCalendar reports whether 18 months after start fall beyond lastDay,
// where [calendar.Date.AddMonths] saturates: the limit is then no date of the
// calendar.
func beyondCalendar(start calendar.Date) bool {
	return !start.Before(firstBeyond)
}
