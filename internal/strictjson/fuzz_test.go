package strictjson_test

import (
	"encoding/json"
	"testing"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/internal/strictjson"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Embedded is promoted into fuzzed, as encoding/json promotes it.
type Embedded struct {
	Inner string `json:"inner"`
	Over  int    `json:"over"`
}

// fuzzed is what FuzzDecode decodes: every kind that encoding/json reads
// alike, so that the two can be compared.
type fuzzed struct {
	Embedded
	Over   string                   `json:"over"` // hides Embedded.Over
	S      string                   `json:"s"`
	B      *bool                    `json:"b"`
	I      int8                     `json:"i"`
	U      uint16                   `json:"u"`
	F      float64                  `json:"f"`
	Ints   []int                    `json:"ints"`
	Arr    [2]int                   `json:"arr"`
	Day    calendar.Date            `json:"day"`
	Status calendar.Status          `json:"status"`
	Map    map[string]calendar.Date `json:"map"`
	Rows   []struct {
		W calendar.Window `json:"w"`
		E *fuzzed         `json:"e"`
	} `json:"rows"`
	Raw   json.RawMessage `json:"raw"`
	Any   any             `json:"any"`
	Bytes []byte          `json:"bytes"`
}

// FuzzDecode checks, for any input, that Decode never panics; that it
// accepts what encoding/json accepts once the strict checks are passed, with
// the same value; that it refuses what encoding/json refuses; and that every
// problem is short, at a path that starts as the options say.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"s": "x", "b": true, "i": -3, "u": 7, "f": 1.5, "ints": [1, 2], "arr": [1], "day": "2021-03-15", "status": "open",
		"map": {"k": "2021-01-01"}, "rows": [{"w": "2021-01-01/..", "e": {"s": "y"}}], "raw": [1], "any": {"a": null}, "bytes": "aGk=", "inner": "z", "over": "o"}`))
	f.Add([]byte(`{"s": 1, "s": "x", "zz": [], "day": "2021-02-30", "i": 300, "rows": [{"w": 3}], "arr": [1, 2, 3]}`))
	f.Add([]byte(`{"map": {"a": "x", "a": ""}, "status": null, "b": null, "ints": null}`))
	f.Add([]byte("[\"\\u00e9\xff\"]"))
	f.Add([]byte(`{"rows": [{"e": {"rows": [{"e": {"S": 1}}]}}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var strict, loose fuzzed
		ps := strictjson.Decode(data, &strict, strictjson.Options{Path: "doc"})
		looseErr := json.Unmarshal(data, &loose)
		for _, p := range ps {
			require.Error(t, p.Err)
			assert.True(t, strictjson.Within(p.Path, "doc"), p.Path)
			assert.Less(t, len(p.Error()), 600, p.Error())
		}
		if len(ps) == 0 {
			require.NoError(t, looseErr, "strictjson accepted what encoding/json refuses")
			assert.Equal(t, loose, strict)
		}
		if looseErr != nil {
			assert.NotEmpty(t, ps, "strictjson accepted what encoding/json refuses: %v", looseErr)
		}
	})
}
