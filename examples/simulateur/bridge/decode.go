package bridge

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
)

// decodeRequest reads a request strictly: a key that Request does not
// define is refused, as is a value of the wrong kind and anything after the
// request's object. It returns the request, or its problem with the JSON
// path that encoding/json gives: the keys from the request down, without
// the indexes of lists ("members.population"); an unknown key by its name
// alone. encoding/json stops at the first problem, and matches keys without
// regard to case ("On" reads as "on").
func decodeRequest(data []byte) (Request, []FieldError) {
	var r Request
	d := json.NewDecoder(bytes.NewReader(data))
	d.DisallowUnknownFields()
	err := d.Decode(&r)
	if err == nil {
		if _, next := d.Token(); next != io.EOF {
			err = errTrailing
		}
	}
	if err == nil {
		return r, nil
	}
	var typeErr *json.UnmarshalTypeError
	switch key, unknown := strings.CutPrefix(err.Error(), "json: unknown field "); {
	case errors.As(err, &typeErr) && typeErr.Field != "":
		e := newFieldError("", CodeRequestValue, typeErr.Field)
		e.Path = typeErr.Field
		return Request{}, []FieldError{e}
	case unknown:
		if k, err := strconv.Unquote(key); err == nil {
			key = k
		}
		e := newFieldError("", CodeRequestKey, key)
		e.Path = key
		return Request{}, []FieldError{e}
	}
	return Request{}, []FieldError{newFieldError("", CodeRequestSyntax, "")}
}

// errTrailing reports data after the request's object.
var errTrailing = errors.New("data after the request")
