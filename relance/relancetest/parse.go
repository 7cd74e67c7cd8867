package relancetest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"

	"github.com/planrelance/numerique/internal/quote"
	"github.com/planrelance/numerique/internal/strictjson"
	"github.com/planrelance/numerique/scheme"
)

// Parse reads the case file data, named name for messages (its path, for
// people), and checks it: its JSON, its keys, its values, the definitions of
// its schemes, and every expectation against the rules of the scheme it is
// about. A UTF-8 byte-order mark at the start of data, which some editors
// write, is read as nothing, and the lines and columns of a syntax error
// are counted without it, as an editor shows them. It reports every
// problem at once (errors.Join), each as a [*CaseError] that names the
// file, the case and the JSON path, and wraps [ErrMalformed]; it returns
// the zero File then.
//
// Parse is pure: it reads nothing but data.
func Parse(name string, data []byte) (File, error) {
	p := parser{file: name}
	f := p.parse(data)
	if len(p.errs) > 0 {
		return File{}, errors.Join(p.errs...)
	}
	return f, nil
}

// Load parses every file of fsys whose name matches pattern ([fs.Glob]),
// in the order of their names, and reports every problem of every file at
// once, as [Parse] does; a case name given in two files is a problem too,
// since it names their subtests. It fails with [ErrNoMatch] when pattern
// matches no file.
func Load(fsys fs.FS, pattern string) ([]File, error) {
	names, err := fs.Glob(fsys, pattern)
	if err == nil && len(names) == 0 {
		err = ErrNoMatch
	}
	if err != nil {
		return nil, fmt.Errorf("relancetest: load %s: %w", quote.Input(pattern), err)
	}
	return load(names, func(name string) ([]byte, error) { return fs.ReadFile(fsys, name) })
}

// ReadFiles reads and parses the files of the operating system that names
// give, in that order, and reports every problem of every file at once, as
// [Load] does.
func ReadFiles(names ...string) ([]File, error) {
	return load(names, os.ReadFile)
}

// load reads and parses the files names with read, reporting every
// problem at once.
func load(names []string, read func(string) ([]byte, error)) ([]File, error) {
	var files []File
	var errs []error
	for _, name := range names {
		data, err := read(name)
		if err != nil {
			errs = append(errs, fmt.Errorf("relancetest: load %s: %w", quote.Input(name), err))
			continue
		}
		f, err := Parse(name, data)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		files = append(files, f)
	}
	errs = append(errs, duplicateNames(files)...)
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return files, nil
}

// duplicateNames reports the case names that two files share.
func duplicateNames(files []File) []error {
	var errs []error
	first := make(map[string]string)
	for _, f := range files {
		for _, c := range f.Cases {
			if other, ok := first[c.Name]; ok {
				errs = append(errs, &CaseError{File: f.Name, Case: c.Name, Path: strictjson.Index("cases", c.index) + ".name",
					Err: fmt.Errorf("%w case name: already in %s", ErrDuplicate, quote.Input(other))})
				continue
			}
			first[c.Name] = f.Name
		}
	}
	return errs
}

// parser gathers the problems of one file.
type parser struct {
	file  string
	names []string // the names of the cases, by index, for the problems found while decoding
	errs  []error
	// broken are the JSON paths of the values that did not decode, and
	// holding those of the values that hold them: what a check of the
	// meaning of a value would say of them would only repeat the problem.
	// Sets, so that the checks cost as many lookups as a path has steps,
	// whatever the number of problems.
	broken, holding map[string]bool
	// pending are the problems of each case found while decoding the
	// file, reported with that case's other problems, so that problems come
	// in the order of the cases.
	pending map[int][]error
	rules   map[scheme.Scheme]rules // the rules of each scheme met, found once
	first   bool                    // the file is of Format1
	// choices are the schemes that the file's definitions give, without
	// and with the catalogue, found once for all the cases that take them.
	choices [2]*choice
}

// report records the problems that a decoder found.
func (p *parser) report(problems []strictjson.Problem) {
	for _, pr := range problems {
		p.errs = append(p.errs, p.caseError(pr))
	}
}

// hold records the problems that a decoder found, to report each with the
// other problems of its case.
func (p *parser) hold(problems []strictjson.Problem) {
	for _, pr := range problems {
		i, ok := caseIndex(pr.Path)
		if !ok {
			p.errs = append(p.errs, p.caseError(pr))
			continue
		}
		if p.pending == nil {
			p.pending = make(map[int][]error)
		}
		p.pending[i] = append(p.pending[i], p.caseError(pr))
	}
}

// caseError returns the CaseError of a problem found while decoding, and
// notes its path as broken.
func (p *parser) caseError(pr strictjson.Problem) error {
	if p.broken == nil {
		p.broken, p.holding = make(map[string]bool), make(map[string]bool)
	}
	p.broken[pr.Path] = true
	for outer := range strictjson.Prefixes(pr.Path) {
		if len(outer) < len(pr.Path) {
			p.holding[outer] = true
		}
	}
	return &CaseError{File: p.file, Case: p.caseAt(pr.Path), Path: pr.Path, Value: pr.Value, Err: pr.Err}
}

// isBroken reports whether the value at path, or a value inside it or
// around it, did not decode.
func (p *parser) isBroken(path string) bool {
	if p.holding[path] {
		return true
	}
	for outer := range strictjson.Prefixes(path) {
		if p.broken[outer] {
			return true
		}
	}
	return false
}

// caseAt returns the name of the case that a JSON path is in, or "".
func (p *parser) caseAt(path string) string {
	i, ok := caseIndex(path)
	if !ok || i >= len(p.names) {
		return ""
	}
	return p.names[i]
}

// caseIndex returns the index of the case that a JSON path is in, and
// whether it is in one.
func caseIndex(path string) (int, bool) {
	rest, ok := strings.CutPrefix(path, "cases[")
	if !ok {
		return 0, false
	}
	n, _, _ := strings.Cut(rest, "]")
	i, err := strconv.Atoi(n)
	return i, err == nil
}

// fail records a problem of what a value means, unless the value did not
// decode.
func (p *parser) fail(path, value string, err error) {
	if p.isBroken(path) {
		return
	}
	p.errs = append(p.errs, &CaseError{File: p.file, Case: p.caseAt(path), Path: path, Value: value, Err: err})
}

// byteOrderMark is the UTF-8 encoding of U+FEFF, which some editors write
// at the start of a file saved as UTF-8.
const byteOrderMark = "\ufeff"

func (p *parser) parse(data []byte) File {
	data = bytes.TrimPrefix(data, []byte(byteOrderMark))
	if len(bytes.TrimSpace(data)) == 0 {
		p.fail("", "", fmt.Errorf("%w: the file is empty", ErrSyntax))
		return File{}
	}
	var fj fileJSON
	problems := strictjson.Decode(data, &fj, strictjson.Options{})
	if len(problems) == 1 && errors.Is(problems[0].Err, ErrSyntax) {
		p.report(problems)
		return File{}
	}
	for _, c := range fj.Cases {
		p.names = append(p.names, c.Name)
	}
	p.hold(problems)
	switch {
	case fj.Format == "":
		p.fail("format", "", fmt.Errorf("%w: want %q", ErrRequired, Format))
	case fj.Format == Format1:
		p.first = true
	case fj.Format != Format:
		p.fail("format", quote.Input(fj.Format), fmt.Errorf("%w: want %q, or %q read as it was meant", ErrFormat, Format, Format1))
	}
	if len(fj.Cases) == 0 {
		p.fail("cases", "", fmt.Errorf("%w: at least one case", ErrRequired))
	}
	defs, defsOK := p.definitions(fj.Schemes, "schemes")
	f := File{Name: p.file, Format: fj.Format, Description: fj.Description}
	seen := make(map[string]int)
	for i, cj := range fj.Cases {
		path := strictjson.Index("cases", i)
		if j, ok := seen[cj.Name]; ok && cj.Name != "" {
			p.fail(path+".name", "", fmt.Errorf("%w case name: already that of cases[%d]", ErrDuplicate, j))
		}
		seen[cj.Name] = i
		c, ok := p.parseCase(cj, i, path, defs, defsOK, fj.Catalogue)
		if ok {
			f.Cases = append(f.Cases, c)
		}
	}
	return f
}

// parseCase checks the case cj, at index i and JSON path path, whose file
// defines defs (defsOK when they all built) and says catalogue.
func (p *parser) parseCase(cj caseJSON, i int, path string, defs []scheme.Scheme, defsOK bool, catalogue *bool) (Case, bool) {
	p.errs = append(p.errs, p.pending[i]...)
	n := len(p.errs)
	c := Case{Name: cj.Name, Description: cj.Description, Source: cj.Source, Date: cj.Date, Invalid: cj.Invalid, file: p.file, index: i}
	if strings.TrimSpace(cj.Name) == "" {
		p.fail(path+".name", "", fmt.Errorf("%w: every case has a name, that of its subtest", ErrRequired))
	}
	if cj.Date.IsZero() {
		p.fail(path+".date", "", fmt.Errorf("%w: the day of the orientation, such as \"2021-03-01\"", ErrRequired))
	}
	c.dayless = p.check(cj.Check, path+".check")
	c.Project = p.project(cj.Project, path+".project", cj.Invalid)
	shape := p.shapeOf(c.Project, path+".project")
	p.facts(cj.Invalid, path+".invalid", invalidFacts, shape)

	own := cj.Schemes != nil
	if own {
		defs, defsOK = p.definitions(cj.Schemes, path+".schemes")
	}
	if cj.Catalogue != nil {
		catalogue = cj.Catalogue
	}
	if !defsOK {
		return Case{}, false
	}
	withCatalogue := catalogue == nil && defs == nil || catalogue != nil && *catalogue
	var ch *choice
	if own {
		ch = choose(defs, withCatalogue)
	} else {
		ch = p.fileChoice(defs, withCatalogue)
	}
	c.Schemes = ch.schemes
	if len(c.Schemes) == 0 {
		p.fail(path+".catalogue", "false", fmt.Errorf("%w: a scheme to orient among, from the catalogue or from \"schemes\"", ErrRequired))
		return Case{}, false
	}
	c.expect = p.expectations(cj.Expect, path+".expect", ch, shape)
	return c, len(p.errs) == n && len(p.pending[i]) == 0
}

// check reads the "check" key of a case at path, and reports whether the
// case is judged without a day.
func (p *parser) check(check *string, path string) bool {
	switch {
	case check == nil:
		return false
	case p.first:
		p.fail(path, "", fmt.Errorf("%w: new in %q", ErrUnknownKey, Format))
	case *check != checkOrientation && *check != checkSession:
		p.fail(path, quote.Input(*check), fmt.Errorf("%w: want %q or %q", scheme.ErrUnknownValue, checkOrientation, checkSession))
	}
	return *check == checkSession
}

// project decodes the project of a case, taking verbatim the values at the
// Go field paths that the case declares invalid, and beneath them.
func (p *parser) project(raw json.RawMessage, path string, invalid []string) scheme.Project {
	var pr projectFields
	if raw == nil {
		return scheme.Project(pr)
	}
	declared := make(map[string]bool, len(invalid))
	for _, f := range invalid {
		declared[f] = f != "" // "" is no field, and the prefix of every path
	}
	p.report(strictjson.Decode(raw, &pr, strictjson.Options{Path: path, Verbatim: func(goPath string) bool {
		for outer := range strictjson.Prefixes(goPath) {
			if declared[outer] {
				return true
			}
		}
		return false
	}}))
	return scheme.Project(pr)
}
