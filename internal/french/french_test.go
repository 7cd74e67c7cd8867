package french_test

import (
	"math"
	"strings"
	"testing"

	"github.com/planrelance/numerique/internal/french"
	"github.com/stretchr/testify/assert"
)

func TestInt(t *testing.T) {
	tests := []struct {
		name string
		n    int64
		want string
	}{
		{"zero", 0, "0"},
		{"three digits", 999, "999"},
		{"first group", 1000, "1 000"},
		{"population", 620000, "620 000"},
		{"millions", 1234567, "1 234 567"},
		{"negative", -1234, "-1 234"},
		{"negative short", -12, "-12"},
		{"smallest", math.MinInt64, "-9 223 372 036 854 775 808"},
		{"largest", math.MaxInt64, "9 223 372 036 854 775 807"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := strings.ReplaceAll(tt.want, " ", french.Thin)
			assert.Equal(t, want, french.Int(tt.n))
			assert.Equal(t, "x"+want, string(french.AppendInt([]byte("x"), tt.n)))
		})
	}
}

func TestVisible(t *testing.T) {
	assert.Equal(t, "Subvention~: 61^728,39~€", french.Visible("Subvention\u00a0: 61\u202f728,39\u00a0€"))
	assert.Equal(t, "plain text", french.Visible("plain text"))
}

func TestInSentence(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"1re session", "1re session"},
		{"Consultation nationale 2021", "consultation nationale 2021"},
		{"TNT 2021", "TNT 2021"},
		{"É", "é"},
		{"Éligibilité à préciser", "éligibilité à préciser"},
		{"À préciser", "à préciser"},
		{"\xff", "\xff"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, french.InSentence(tt.in), tt.in)
	}
}
