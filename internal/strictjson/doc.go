// Package strictjson decodes JSON that people write — scheme definitions,
// projects, test cases, requests from a form — strictly, into Go values, and
// reports every problem at once, each at its JSON path.
//
// # Model
//
// [Decode] reads a JSON document into the value a pointer points to, as
// encoding/json would, and refuses what encoding/json lets pass:
//
//   - a key that the struct does not define, spelt exactly: "treshold" where
//     the field is "threshold", "Date" where it is "date" (encoding/json
//     matches keys without regard to case, and ignores unknown keys);
//   - a key given twice in one object (encoding/json keeps the last);
//   - a JSON value of the wrong kind, and a number that its Go type cannot
//     hold or that is not the integer it wants;
//   - a value that its type refuses: a type with its own decoding
//     (json.Unmarshaler, then encoding.TextUnmarshaler, as encoding/json
//     prefers them) decodes its value itself, and its error is kept, with
//     the path of the value: calendar.ErrInvalidDate, scheme.ErrUnknownValue
//     stay testable with errors.Is.
//
// It does not stop at the first problem: it returns them all ([Problem]),
// in the order of the document, and stores every value that decodes, so
// that the caller can still check the rest.
//
// The JSON path of a value names its keys from the document down, joined by
// dots, with array indexes in brackets counted from 0:
// "sessions[0].rules.threshold", "members[2].kind". A key that is not a
// plain slug of ASCII letters, digits, hyphens and underscores is quoted in
// brackets, `expect["Fonds régional"]`, and a key longer than 64 characters
// is cut, `expect["aaaa…" (1000000 bytes)]`, so that a path stays short.
// [Key], [Index], [Prefixes], [Within] and [AppendGo] write and read paths;
// AppendGo turns the Go field path of a validation error
// ("Members[2].Kind") into the JSON path of the document. [Keys] lists the
// keys that a struct type accepts, for a test that holds a JSON Schema to
// what Decode reads.
//
// # Types
//
// Decode reads what encoding/json reads, with the same Go types: structs
// (exported fields, named by their json tag or their Go name; embedded
// structs promoted), pointers, slices and arrays, maps whose keys are
// strings, strings, booleans, integers, floats, []byte as base64, interface
// values (read by encoding/json, without the checks above inside them), and
// any type with its own decoding. A tag's options are ignored: ",string" is
// not supported. Two types serve it well:
//
//   - [Pairs], an object of free keys kept in the order of the document;
//   - json.RawMessage, which keeps a value as it is written, to be decoded
//     later, by Decode with [Options.Path] set to the value's path.
//
// JSON null leaves a value as it was, as in encoding/json, except a pointer,
// a slice, a map, an interface or a Pairs, which it makes nil, and a type
// with an UnmarshalJSON method, to which it is given, so that a type that
// refuses null (an enum whose zero is no value) says so.
//
// [Options.Verbatim] lets a caller take a refused value as it is written, at
// the Go field paths it chooses: a test case that states an invalid kind on
// purpose.
//
// # Errors
//
// A problem is a [Problem]: its path, the value quoted at a bounded length
// (quote.Input), and its error, which wraps one of [ErrSyntax],
// [ErrUnknownKey], [ErrDuplicate], [ErrWrongType] and [ErrUnsupported], or
// is the error of the value's type. Its message reads
//
//	sessions[0].rules.treshold: unknown key: want applicants, threshold, shared_need, themes, excluded_themes, practices or results_within
//	members[2].population "12": wrong type: want a number, got a string
//	start "2021-02-30": calendar: parse date "2021-02-30": invalid date: day outside 1..28
//
// and stays a few hundred bytes long whatever the input: the path, the value
// and the list of the keys a struct accepts are all cut (quote.Choices).
// Text that is not JSON gives one problem, ErrSyntax, with its line and
// column, and nothing is decoded.
//
// # Cost
//
// Decode checks the document once (json.Valid), then splits each object and
// array by a scan of its bytes and decodes each value where it stands: time
// and memory are linear in the length of the document (times the depth of
// the Go type, which the program fixes), whatever it holds — a million
// unknown keys, a million wrong values, a key of a megabyte.
//
// # Purity
//
// Decode is pure and safe for concurrent use: it reads no file, no clock, no
// environment, and keeps nothing between calls.
package strictjson
