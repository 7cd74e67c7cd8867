package quote_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/planrelance/numerique/internal/quote"
	"github.com/stretchr/testify/assert"
)

func TestInput(t *testing.T) {
	long := "1." + strings.Repeat("0", 1_000_000)
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", `""`},
		{"short", "mairie", `"mairie"`},
		{"escaped", "a\x00\xff", `"a\x00\xff"`},
		{"exactly the limit", strings.Repeat("é", quote.Limit), `"` + strings.Repeat("é", quote.Limit) + `"`},
		{"one character more", strings.Repeat("é", quote.Limit+1), `"` + strings.Repeat("é", quote.Limit) + `…" (130 bytes)`},
		{"a million digits", long, `"1.` + strings.Repeat("0", quote.Limit-2) + `…" (1000002 bytes)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, quote.Input(tt.in))
			assert.Equal(t, quote.Input(tt.in) != strconv.Quote(tt.in), quote.Long(tt.in), "Long says whether Input cuts")
		})
	}
}

func TestChoices(t *testing.T) {
	many := make([]string, 1000)
	for i := range many {
		many[i] = "s" + strconv.Itoa(i+1)
	}
	huge := strings.Repeat("x", 1<<20)
	tests := []struct {
		name  string
		names []string
		want  string
	}{
		{"none", nil, ""},
		{"one", []string{"a"}, "a"},
		{"two", []string{"a", "b"}, "a or b"},
		{"three", []string{"a", "b", "c"}, "a, b or c"},
		{"exactly the most written out", many[:quote.MaxChoices], "s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11 or s12"},
		{"one more: counted", many[:quote.MaxChoices+1], "s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11 or 2 others"},
		{"a thousand", many, "s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11 or 989 others"},
		{"a long name, quoted and cut", []string{"a", huge}, `a or "` + huge[:quote.Limit] + `…" (1048576 bytes)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, quote.Choices(tt.names))
		})
	}
}

func TestChoicesBounded(t *testing.T) {
	names := make([]string, 10_000)
	for i := range names {
		names[i] = strings.Repeat("é", 1000)
	}
	assert.Less(t, len(quote.Choices(names)), quote.MaxChoices*(quote.Limit*2+20)+20, "a bounded message")
}

func TestNumber(t *testing.T) {
	assert.Equal(t, "12.345", quote.Number("12.345"))
	long := strings.Repeat("9", 200)
	assert.Equal(t, long[:quote.Limit]+"… (200 bytes)", quote.Number(long))
}
