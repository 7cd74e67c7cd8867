// Command gen writes the data of package territoire from Etalab's npm package
// @etalab/decoupage-administratif, at the pinned version: the geography of
// 1 January 2021 and the populations légales en vigueur en 2021 (millésime
// 2018), population municipale. Every commune in an EPCI à fiscalité propre
// takes its figure among the members of its EPCI in epci.json (millésime
// 2018; communes.json holds millésime 2019, in force from 2022); the 98
// communes in no EPCI take theirs from the table of supplement.go, each with
// the source that data.tsv's header names. Run it with go generate in
// scheme/territoire (it needs npm and the npm registry):
//
//	go generate ./scheme/territoire
//
// It fetches the package's tarball with `npm pack` into a temporary
// directory, checks the tarball against the integrity pinned below, reads
// data/communes.json, epci.json, departements.json and regions.json from it
// without unpacking anything to disk, and writes, in the current directory:
//
//   - data.tsv, the embedded data (its format is documented in its header);
//   - LICENSE-decoupage-administratif, the package's licence notice;
//   - generated_test.go, the checksum and counts of data.tsv, which the
//     package's tests check against the embedded file.
//
// Nothing else is kept: the temporary directory is removed.
package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"go/format"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
)

// The pinned source: its name, version and the integrity that the npm
// registry publishes for its tarball (npm view
// @etalab/decoupage-administratif@1.1.1 dist.integrity).
const (
	pkgName      = "@etalab/decoupage-administratif"
	pkgVersion   = "1.1.1"
	pkgIntegrity = "sha512-2yD0tkK+As9OlImYdFXn9O1ABtMpExpCq0A7/d/HpruMgg7NYymUeNnHN0r8ICWgcKE//3uvMXeQ00xdOwUiZg=="
)

// The files written, in the current directory.
const (
	dataFile    = "data.tsv"
	licenseFile = "LICENSE-decoupage-administratif"
	sumFile     = "generated_test.go"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("territoire/gen: ")
	if err := run(); err != nil {
		log.Fatal(err)
	}
}

func run() error {
	tarball, err := fetch()
	if err != nil {
		return err
	}
	files, err := unpack(tarball, "LICENSE", "data/communes.json", "data/epci.json", "data/departements.json", "data/regions.json")
	if err != nil {
		return err
	}
	src, err := parseSource(files["data/communes.json"], files["data/epci.json"], files["data/departements.json"], files["data/regions.json"])
	if err != nil {
		return err
	}
	data, counts, err := convert(src)
	if err != nil {
		return err
	}
	if err := os.WriteFile(dataFile, data, 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(licenseFile, files["LICENSE"], 0o644); err != nil {
		return err
	}
	sum := sha256.Sum256(data)
	code, err := format.Source(sumSource(hex.EncodeToString(sum[:]), len(data), counts))
	if err != nil {
		return err
	}
	if err := os.WriteFile(sumFile, code, 0o644); err != nil {
		return err
	}
	log.Printf("wrote %s (%d bytes): %d communes, %d EPCI, %d départements, %d régions; populations légales en vigueur en 2021 (millésime 2018), population municipale",
		dataFile, len(data), counts.Communes, counts.EPCI, counts.Departements, counts.Regions)
	return nil
}

// fetch returns the bytes of the pinned tarball, fetched by npm pack into a
// temporary directory that it removes, once checked against pkgIntegrity.
func fetch() ([]byte, error) {
	dir, err := os.MkdirTemp("", "territoire-gen-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	cmd := exec.Command("npm", "pack", pkgName+"@"+pkgVersion, "--json", "--silent", "--pack-destination", dir)
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("npm pack %s@%s: %w", pkgName, pkgVersion, err)
	}
	var packed []struct {
		Filename string `json:"filename"`
	}
	if err := json.Unmarshal(out, &packed); err != nil || len(packed) != 1 {
		return nil, fmt.Errorf("npm pack: unexpected output %q", out)
	}
	tarball, err := os.ReadFile(filepath.Join(dir, filepath.Base(packed[0].Filename)))
	if err != nil {
		return nil, err
	}
	sum := sha512.Sum512(tarball)
	if got := "sha512-" + base64.StdEncoding.EncodeToString(sum[:]); got != pkgIntegrity {
		return nil, fmt.Errorf("npm pack: tarball integrity %s, want %s", got, pkgIntegrity)
	}
	return tarball, nil
}

// unpack returns the contents of the named files of an npm tarball, whose
// paths all start with "package/". It fails if one of them is missing.
func unpack(tarball []byte, names ...string) (map[string][]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(tarball))
	if err != nil {
		return nil, err
	}
	want := make(map[string]bool, len(names))
	for _, n := range names {
		want["package/"+n] = true
	}
	files := make(map[string][]byte, len(names))
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		if !want[h.Name] {
			continue
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			return nil, err
		}
		files[h.Name[len("package/"):]] = b
	}
	for _, n := range names {
		if _, ok := files[n]; !ok {
			return nil, fmt.Errorf("tarball: no file package/%s", n)
		}
	}
	return files, nil
}

// sumSource is the Go source of generated_test.go.
func sumSource(sha string, size int, c counts) []byte {
	return fmt.Appendf(nil, `// Code generated by internal/gen from %s@%s; DO NOT EDIT.

package territoire

// generated holds what the generator wrote into data.tsv: its checksum, its
// size and the number of entries of each kind. TestGenerated checks the
// embedded file against it.
var generated = struct {
	SHA256                                  string
	Size                                    int
	Communes, EPCI, Departements, Regions   int
	Outremer, Members, NoEPCI, FormerCodes  int
	CommunePopulation                       int
}{
	SHA256:            %q,
	Size:              %d,
	Communes:          %d,
	EPCI:              %d,
	Departements:      %d,
	Regions:           %d,
	Outremer:          %d,
	Members:           %d,
	NoEPCI:            %d,
	FormerCodes:       %d,
	CommunePopulation: %d,
}
`, pkgName, pkgVersion, sha, size, c.Communes, c.EPCI, c.Departements, c.Regions,
		c.Outremer, c.Members, c.NoEPCI, c.FormerCodes, c.CommunePopulation)
}
