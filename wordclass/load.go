package wordclass

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// File is the name of a word class file, embedded and in a user's
// dictionary directory.
const File = "classes.tsv"

//go:embed data
var dataFS embed.FS

// Load reads the embedded classes, built from the ANT news corpus by
// `hadath classes`, then the files named classes.tsv in each of dirs, in
// order (a missing file is skipped; a word a later file gives moves to
// its class there).
func Load(dirs ...string) (*Classes, error) {
	data, err := dataFS.ReadFile("data/" + File)
	if err != nil {
		return nil, fmt.Errorf("load word classes: %w", err)
	}
	c, err := Read(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("data/%s: %w", File, err)
	}
	for _, dir := range dirs {
		path := filepath.Join(dir, File)
		data, err := os.ReadFile(path)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		} else if err != nil {
			return nil, fmt.Errorf("load word classes: %w", err)
		}
		if err := c.Merge(bytes.NewReader(data)); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	return c, nil
}
