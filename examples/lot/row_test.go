package main

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/planrelance/numerique/scheme/territoire"
)

func TestCodeColumn(t *testing.T) {
	lookup := &territoire.CodeError{Op: "lookup", Code: "1001"}
	tests := []struct {
		name     string
		errs     []error
		lead     string
		want     []int
		leadSeen bool
	}{
		{"the lead's field", []error{&territoire.CodeError{Op: "complete", Field: "Lead.ID", Code: "38999"}}, "38999", []int{colPorteur}, false},
		{"a member's field", []error{&territoire.CodeError{Op: "complete", Field: "Members[0].ID", Code: "38999"}}, "38999", []int{colMembres}, false},
		{"the lead's code without a code's form, then a member's of the same", []error{lookup, lookup}, "1001", []int{colPorteur, colMembres}, true},
		{"a member's code without a code's form", []error{lookup}, "38185", []int{colMembres}, false},
		{"an error of another kind", []error{errors.New("decode")}, "38185", []int{colMembres}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			seen := false
			var got []int
			for _, err := range unjoin(errors.Join(tt.errs...)) {
				got = append(got, codeColumn(err, tt.lead, &seen))
			}
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.leadSeen, seen)
		})
	}
}

func TestUnjoin(t *testing.T) {
	one := errors.New("one")
	assert.Nil(t, unjoin(nil))
	assert.Equal(t, []error{one}, unjoin(one))
	assert.Equal(t, []error{one, one}, unjoin(errors.Join(one, one)))
}
