package relancetest

import (
	"bytes"
	"embed"
	"io/fs"
)

//go:embed corpus/*.json
var corpus embed.FS

//go:embed cas.schema.json
var schema []byte

// Corpus returns the library's own cases, the files of the directory
// corpus of this package, as a read-only file system: a reader of the texts
// wrote each case from the seed text or a public source, which it cites,
// and together they reach every branch of every rule of every session of
// the catalogue and of the funding rules. Pass it as [Options.FS] with the
// pattern "*.json".
func Corpus() fs.FS {
	sub, _ := fs.Sub(corpus, "corpus") // a valid directory: fs.Sub cannot fail
	return sub
}

// Schema returns the JSON Schema (draft 2020-12) of the case files of
// [Format], the file cas.schema.json of this package, for editors and
// validators that read JSON Schema. The slice is new on every call.
func Schema() []byte { return bytes.Clone(schema) }
