package strictjson_test

import (
	"reflect"
	"testing"

	"github.com/planrelance/numerique/internal/strictjson"
	"github.com/stretchr/testify/assert"
)

func TestKeys(t *testing.T) {
	assert.Equal(t, []string{"a", "b", "c", "d", "NoTag", "e", "u", "f", "day", "status", "raw", "any", "m", "arr", "bytes"},
		strictjson.Keys(reflect.TypeFor[sample]()))
	assert.Equal(t, []string{"inner", "over", "s", "b", "i", "u", "f", "ints", "arr", "day", "status", "map", "rows", "raw", "any", "bytes"},
		strictjson.Keys(reflect.TypeFor[fuzzed]()), "embedded keys where they stand, the hidden one once")
	assert.Nil(t, strictjson.Keys(reflect.TypeFor[[]int]()))
}
