package cost

import (
	"encoding/json"
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRatioZeroValue(t *testing.T) {
	var q Ratio
	assert.Equal(t, 0, q.Compare(Rate{}), "the zero Ratio counts as 0")
	assert.Equal(t, -1, q.Compare(Rate{1}))
	assert.Equal(t, "0\u00a0%", q.French())
	assert.Equal(t, "0.00/0.00", q.String())
}

func TestRatioCompare(t *testing.T) {
	tests := []struct {
		name string
		q    Ratio
		r    Rate
		want int
	}{
		{"a fifth is 20 %", Ratio{Euros(1), Euros(5)}, Percent(20), 0},
		{"one cent less than a fifth", Ratio{Cents(99999), Euros(5000)}, Percent(20), -1},
		{"one cent more than a fifth", Ratio{Cents(100001), Euros(5000)}, Percent(20), 1},
		{"a third is above 33,33 %", Ratio{Euros(1), Euros(3)}, MustParseRate("33.33%"), 1},
		{"a third is below 33,3333334 %", Ratio{Euros(1), Euros(3)}, MustParseRate("33.3333334%"), -1},
		{"the whole is 100 %", Ratio{Cents(math.MaxInt64), Cents(math.MaxInt64)}, Percent(100), 0},
		{"a negative part is below any rate", Ratio{Cents(-1), Euros(1)}, Rate{}, -1},
		{"no whole counts as 0", Ratio{Euros(5), Amount{}}, Rate{}, 0},
		{"a negative whole counts as 0", Ratio{Euros(5), Cents(-1)}, Percent(1), -1},
		{"more than the whole", Ratio{Euros(2), Euros(1)}, Percent(100), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.q.Compare(tt.r))
		})
	}
}

func TestRatioCmp(t *testing.T) {
	sorted := []Ratio{
		{Cents(-3), Cents(1)},
		{Cents(-1), Cents(1)},
		{Cents(-1), Cents(2)},
		{Cents(0), Cents(7)},
		{Cents(1), Cents(3)},
		{Cents(1), Cents(2)},
		{Cents(2), Cents(1)},
	}
	for i := range sorted {
		for j := range sorted {
			want := 0
			switch {
			case i < j:
				want = -1
			case i > j:
				want = 1
			}
			assert.Equal(t, want, sorted[i].Cmp(sorted[j]), "%v against %v", sorted[i], sorted[j])
		}
	}
	assert.Equal(t, 0, Ratio{Cents(1), Cents(2)}.Cmp(Ratio{Cents(2), Cents(4)}), "1/2 and 2/4 are the same fraction")
	assert.NotEqual(t, Ratio{Cents(1), Cents(2)}, Ratio{Cents(2), Cents(4)}, "but not ==")
	assert.Equal(t, 0, Ratio{}.Cmp(Ratio{Cents(0), Cents(5)}), "the zero Ratio is 0")
	shuffled := []Ratio{sorted[4], sorted[0], sorted[6], sorted[2], sorted[5], sorted[1], sorted[3]}
	slices.SortFunc(shuffled, Ratio.Cmp)
	assert.Equal(t, sorted, shuffled, "Cmp suits slices.SortFunc")
}

func TestRatioFrench(t *testing.T) {
	tests := []struct {
		name  string
		q     Ratio
		want  string
		fixed string // with two decimals
	}{
		{"an eighth", Ratio{Euros(15000), Euros(120000)}, "12,5", "12,50"},
		{"a third", Ratio{Euros(1), Euros(3)}, "33,33", "33,33"},
		{"two thirds, rounded up", Ratio{Euros(2), Euros(3)}, "66,67", "66,67"},
		{"175 000 out of 210 000, as a reader checks it", Ratio{Euros(175000), Euros(210000)}, "83,33", "83,33"},
		{"half a hundredth, away from zero", Ratio{Cents(1), Cents(20000)}, "0,01", "0,01"},
		{"just below half a hundredth", Ratio{Cents(9999), Cents(200000000)}, "0", "0,00"},
		{"a whole", Ratio{Euros(3), Euros(3)}, "100", "100,00"},
		{"just below a whole", Ratio{Cents(999999), Cents(1000000)}, "100", "100,00"},
		{"a tiny share", Ratio{Cents(1), Cents(math.MaxInt64)}, "0", "0,00"},
		{"a negative share", Ratio{Cents(-1), Cents(3)}, "-33,33", "-33,33"},
		{"a negative share rounded to nothing", Ratio{Cents(-1), Cents(math.MaxInt64)}, "0", "0,00"},
		{"a negative share, half away from zero", Ratio{Cents(-1), Cents(20000)}, "-0,01", "-0,01"},
		{"nothing of nothing", Ratio{}, "0", "0,00"},
		{"a huge hand-made ratio", Ratio{Cents(math.MaxInt64), Cents(1)}, "922337203685477580700", "922337203685477580700,00"},
		{"rounded up past 2⁶⁴ − 1 hundredths", Ratio{Cents(422430439287948732), Cents(229)}, "184467440737095516,16", "184467440737095516,16"},
		{"a huge hand-made ratio with decimals", Ratio{Cents(math.MaxInt64), Cents(3)}, "307445734561825860233,33", "307445734561825860233,33"},
	}
	// A share that is not 0 but rounds to it says so in French.
	tiny := map[string]string{
		"just below half a hundredth":         "moins de 0,01\u00a0%",
		"a tiny share":                        "moins de 0,01\u00a0%",
		"a negative share rounded to nothing": "entre -0,01\u00a0% et 0\u00a0%",
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if text, ok := tiny[tt.name]; ok {
				assert.Equal(t, text, tt.q.French())
			} else {
				assert.Equal(t, tt.want+"\u00a0%", tt.q.French())
			}
			assert.Equal(t, tt.want+"\u00a0%", string(tt.q.percent().append(nil, false)))
			assert.Equal(t, tt.fixed+"\u00a0%", string(tt.q.percent().append(nil, true)))
		})
	}
}

// TestRatioAgainst holds the wording of a share set against a limit to
// the exact verdict: the rounded figure alone where it agrees with it, two
// decimals and a nuance where it would not.
func TestRatioAgainst(t *testing.T) {
	tests := []struct {
		name    string
		q       Ratio
		limit   Rate
		ceiling bool
		want    string // the figure, then the nuance
	}{
		{"above a ceiling, plainly", Ratio{Cents(800100), Cents(1000000)}, Percent(80), true, "80,01~%"},
		{"99 357,06 € of 124 196,32 €: 80,00004 %, above 80 %", Ratio{MustParseAmount("99357.06"), MustParseAmount("124196.32")}, Percent(80), true,
			"80,00~%, un peu plus que le plafond de 80~%"},
		{"at a ceiling exactly", Ratio{Euros(80), Euros(100)}, Percent(80), true, "80~%"},
		{"just below a ceiling", Ratio{Cents(7999999), Cents(10000000)}, Percent(80), true, "80~%"},
		{"below a ceiling finer than a hundredth, the figure above it", Ratio{Cents(333360), Cents(1000000)}, MustParseRate("33.338%"), true,
			"33,34~%, un peu moins que le plafond de 33,338~%"},
		{"at a ceiling finer than a hundredth, the figure above it", Ratio{Cents(33335), Cents(100000)}, MustParseRate("33.335%"), true,
			"33,34~%, exactement le plafond de 33,335~%"},
		{"below a minimum, plainly", Ratio{Euros(15000), Euros(120000)}, Percent(20), false, "12,5~%"},
		{"19,99999 % against 20 %", Ratio{Cents(1999999), Cents(10000000)}, Percent(20), false, "20,00~%, un peu moins que le minimum de 20~%"},
		{"at a minimum exactly", Ratio{Euros(20), Euros(100)}, Percent(20), false, "20~%"},
		{"just above a minimum", Ratio{Cents(2000001), Cents(10000000)}, Percent(20), false, "20~%"},
		{"above a minimum finer than a hundredth, the figure below it", Ratio{Cents(333349), Cents(1000000)}, MustParseRate("33.3345%"), false,
			"33,33~%, un peu plus que le minimum de 33,3345~%"},
		{"at a minimum finer than a hundredth, the figure below it", Ratio{Cents(333344), Cents(1000000)}, MustParseRate("33.3344%"), false,
			"33,33~%, exactement le minimum de 33,3344~%"},
		{"a negative share below a minimum", Ratio{Cents(-1), Euros(1)}, Percent(20), false, "-1~%"},
		{"a huge hand-made share above a ceiling", Ratio{Cents(math.MaxInt64), Cents(1)}, Percent(100), true, "922337203685477580700~%"},
		{"a large share above a ceiling", Ratio{Cents(1 << 50), Cents(1)}, Percent(100), true, "112589990684262400~%"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, n := tt.q.appendAgainst(nil, tt.limit, tt.ceiling)
			assert.Equal(t, visible(tt.want), string(appendNuance(b, n, tt.limit, tt.ceiling)))
		})
	}
}

// TestRatioAgainstReference checks, on random shares and limits, that the
// figure is the share rounded to the nearest hundredth by math/big, and
// that the figure and its nuance never contradict the exact verdict.
func TestRatioAgainstReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(83, 33))
	for range 20_000 {
		den := rng.Int64N(1<<40) + 1
		q := Ratio{Cents(rng.Int64N(den + 1)), Cents(den)}
		limit := Rate{rng.Int64N(billion + 1)}
		if rng.IntN(2) == 0 { // a share near the limit
			q.Num = Cents(floorRate(den, limit) + rng.Int64N(3) - 1)
		}
		if !checkAgainst(t, q, limit, rng.IntN(2) == 0) {
			return
		}
	}
}

// checkAgainst checks the wording of q against limit with math/big.
func checkAgainst(t *testing.T, q Ratio, limit Rate, ceiling bool) bool {
	t.Helper()
	exact := big.NewRat(q.Num.Cents(), q.Den.Cents())
	hundredths := new(big.Rat).Mul(exact, big.NewRat(10000, 1))
	nearest := ratFloor(new(big.Rat).Add(hundredths, big.NewRat(1, 2)))
	if q.Num.IsNegative() {
		nearest = new(big.Int).Neg(ratFloor(new(big.Rat).Add(new(big.Rat).Neg(hundredths), big.NewRat(1, 2))))
	}
	shown := new(big.Rat).SetFrac(nearest, big.NewInt(10000))
	b, n := q.appendAgainst(nil, limit, ceiling)
	text := string(b)
	want := strings.Replace(new(big.Rat).Mul(shown, big.NewRat(100, 1)).FloatString(2), ".", ",", 1)
	if n == plainly { // as few decimals as the figure needs
		want = strings.TrimSuffix(strings.TrimRight(want, "0"), ",")
	}
	r := rateRat(limit)
	c, s := exact.Cmp(r), shown.Cmp(r)
	broken, seems := c > 0, s > 0
	if !ceiling {
		broken, seems = c < 0, s < 0
	}
	wantNuance := plainly
	if broken != seems {
		wantNuance = exactly
		if c > 0 {
			wantNuance = slightlyMore
		} else if c < 0 {
			wantNuance = slightlyLess
		}
	}
	return assert.Equal(t, want+"\u00a0%", text, "%s against %s", q, limit) &&
		assert.Equal(t, wantNuance, n, "%s against %s (%s)", q, limit, text)
}

func TestRatioJSON(t *testing.T) {
	q := Ratio{Euros(15000), Euros(120000)}
	data, err := json.Marshal(q)
	require.NoError(t, err)
	assert.JSONEq(t, `{"num":"15000.00","den":"120000.00"}`, string(data))
	var back Ratio
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, q, back)
	assert.Equal(t, "15000.00/120000.00", q.String())
}
