package bridge

import (
	"errors"

	"github.com/planrelance/numerique/internal/strictjson"
)

// decodeRequest reads a request strictly, with package internal/strictjson:
// a key that Request does not define (spelt exactly: "On" is not "on"), a
// key given twice, a value of the wrong kind, text that is not JSON. It
// returns the request, or every problem at once, in the order of the
// request, each with its JSON path ("members[1].population") and the value
// quoted at a bounded length.
func decodeRequest(data []byte) (Request, []FieldError) {
	var r Request
	problems := strictjson.Decode(data, &r, strictjson.Options{})
	if len(problems) == 0 {
		return r, nil
	}
	errs := make([]FieldError, len(problems))
	for i, p := range problems {
		code := CodeRequestValue
		switch {
		case errors.Is(p.Err, strictjson.ErrSyntax):
			code = CodeRequestSyntax
		case errors.Is(p.Err, strictjson.ErrUnknownKey):
			code = CodeRequestKey
		case errors.Is(p.Err, strictjson.ErrDuplicate):
			code = CodeRequestDuplicate
		}
		errs[i] = newFieldError("", code, p.Path)
		errs[i].Path, errs[i].Value = p.Path, p.Value
	}
	return Request{}, errs
}
