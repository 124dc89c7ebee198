package extract

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/model"
)

// Models are the trained classifiers that decide among what the rules
// propose. Each is a file in extract/models, written by `hadath train`.
type Models struct {
	// Relevance decides whether a document reports any event at all.
	Relevance *model.Model
	// Mention decides, for each trigger candidate, its type or NONE.
	Mention *model.Model
	// Modality decides whether a kept mention is asserted, negated,
	// future or hypothetical.
	Modality *model.Model
	// Coref decides whether two mentions of one type tell one happening.
	Coref *model.Model
	// Role decides, for an event and an actor mention, whether the
	// mention is its actor, its target or neither.
	Role *model.Model
}

// Model names, which are also their file names in extract/models.
const (
	RelevanceModel = "relevance"
	MentionModel   = "mention"
	ModalityModel  = "modality"
	CorefModel     = "coref"
	RoleModel      = "role"
)

// Classes of the binary and role models.
const (
	classYes    = "YES"
	classNo     = "NO"
	classNone   = "NONE"
	classEvent  = "EVENT"
	classActor  = "ACTOR"
	classTarget = "TARGET"
)

//go:embed models
var embeddedModels embed.FS

// LoadModels reads the embedded models; a directory given overrides them
// with the files it holds (a retrained relevance.tsv, say).
func LoadModels(dirs ...string) (*Models, error) {
	for _, d := range dirs {
		if st, err := os.Stat(d); err != nil {
			return nil, fmt.Errorf("models directory: %w", err)
		} else if !st.IsDir() {
			return nil, fmt.Errorf("models directory %q: not a directory", d)
		}
	}
	ms := &Models{}
	for _, name := range []string{RelevanceModel, MentionModel, ModalityModel, CorefModel, RoleModel} {
		var m *model.Model
		read := func(fsys fs.FS, path string) error {
			f, err := fsys.Open(path)
			if err != nil {
				return err
			}
			defer f.Close()
			m, err = model.Read(f)
			if err != nil {
				return fmt.Errorf("model %s: %w", path, err)
			}
			return nil
		}
		if err := read(embeddedModels, "models/"+name+".tsv"); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
		for _, d := range dirs {
			path := filepath.Join(d, name+".tsv")
			if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
				continue // a model the directory lacks stays the embedded one
			} else if err != nil {
				return nil, fmt.Errorf("load %s: %w", path, err)
			}
			if err := read(os.DirFS(d), name+".tsv"); err != nil {
				return nil, fmt.Errorf("load %s: %w", path, err)
			}
		}
		ms.set(name, m)
	}
	return ms, nil
}

func (ms *Models) set(name string, m *model.Model) {
	switch name {
	case RelevanceModel:
		ms.Relevance = m
	case MentionModel:
		ms.Mention = m
	case ModalityModel:
		ms.Modality = m
	case CorefModel:
		ms.Coref = m
	case RoleModel:
		ms.Role = m
	}
}

// All returns the models that are loaded, in a fixed order.
func (ms *Models) All() []*model.Model {
	var out []*model.Model
	for _, m := range []*model.Model{ms.Relevance, ms.Mention, ms.Modality, ms.Coref, ms.Role} {
		if m != nil {
			out = append(out, m)
		}
	}
	return out
}

// WriteDir writes every model to dir, one file each.
func (ms *Models) WriteDir(dir string) error {
	for _, m := range ms.All() {
		f, err := os.Create(filepath.Join(dir, m.Name+".tsv"))
		if err != nil {
			return err
		}
		if _, err := m.WriteTo(f); err != nil {
			f.Close()
			return fmt.Errorf("write model %s: %w", m.Name, err)
		}
		if err := f.Close(); err != nil {
			return err
		}
	}
	return nil
}

// mentionClasses are the classes of the mention model: whether a trigger
// candidate mentions an event of the type the rules read, or none. Its
// features are conjoined with that type where the type matters.
var mentionClasses = []string{classNone, classEvent}

// modalityClasses are the classes of the modality model.
var modalityClasses = []string{hadath.Asserted, hadath.Negated, hadath.Future, hadath.Hypothetical}
