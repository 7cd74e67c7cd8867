package bridge

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/scheme"
)

// twin returns the member that path, a field path of Project.Validate,
// names as repeating an earlier body, and whether it repeats that body's
// official code: "Members[2].ID" for a code given twice, "Members[2]" for a
// member described exactly as the lead or an earlier member. It returns -1
// for any other path.
func (x *reading) twin(path string) (int, bool) {
	var i int
	if _, err := fmt.Sscanf(path, "Members[%d]", &i); err != nil || i < 0 || i >= len(x.project.Members) {
		return -1, false
	}
	switch head := "Members[" + strconv.Itoa(i) + "]"; path {
	case head:
		return i, false
	case head + ".ID":
		return i, true
	}
	return -1, false
}

// reportTwin reports member i, which repeats an earlier body: on its code
// field when it repeats an official code, on its row when the person
// described it exactly as another body, which the message names.
func (x *reading) reportTwin(i int, byID bool) {
	row := x.rows[i]
	if byID {
		x.fail(codeField(row), CodeDuplicateBody, "")
		return
	}
	first := x.firstAlike(i)
	if x.misread(row) || x.misread(x.rowOf(first)) {
		// A fact of one of the two could not be read, and is reported on
		// its field: as typed, the two differ.
		return
	}
	who := "le porteur"
	if first >= 0 {
		who = "le membre n°" + french.NoBreak + strconv.Itoa(x.rows[first]+1)
	}
	x.fail(rowField(row), CodeSameBody, who)
}

// firstAlike returns the first body alike in every field to member i, which
// has no official code: -1 for the lead, else a member before i. It finds
// the first body of each description once, so that reporting every twin of
// a project costs time linear in its size.
func (x *reading) firstAlike(i int) int {
	if x.alike == nil {
		x.alike = make(map[scheme.Body]int, 1+len(x.project.Members))
		x.alike[x.project.Lead] = -1
		for k, m := range x.project.Members {
			if _, seen := x.alike[m]; !seen && m.ID == "" {
				x.alike[m] = k
			}
		}
	}
	return x.alike[x.project.Members[i]]
}

// rowOf returns the row of the form of member i of the project, -1 for
// the lead (i = -1).
func (x *reading) rowOf(i int) int {
	if i < 0 {
		return -1
	}
	return x.rows[i]
}

// misread reports whether a fact of the body on row (-1 for the lead) could
// not be read, and has its problem already. It finds the rows of the
// problems once.
func (x *reading) misread(row int) bool {
	if x.rowsMisread == nil {
		x.rowsMisread = map[string]bool{}
		for _, e := range x.errors {
			if k := strings.LastIndexByte(e.Field, '.'); k > 0 {
				x.rowsMisread[e.Field[:k]] = true
			}
		}
	}
	return x.rowsMisread[rowField(row)]
}

// leaveOut removes from the project the members that twins gives, and
// their rows, in one pass.
func (x *reading) leaveOut(twins []int) {
	if len(twins) == 0 {
		return
	}
	out := make([]bool, len(x.project.Members))
	for _, i := range twins {
		out[i] = true
	}
	members, rows := x.project.Members[:0], x.rows[:0]
	for i, m := range x.project.Members {
		if !out[i] {
			members, rows = append(members, m), append(rows, x.rows[i])
		}
	}
	x.project.Members, x.rows = members, rows
}
