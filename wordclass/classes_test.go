package wordclass

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	tests := []struct {
		in      string
		word    string
		want    int
		ok      bool
		wantErr bool
	}{
		{"قصف\t3\n", "قصف", 3, true, false},
		{"# a comment\n\nقصف\t3\r\n", "قصف", 3, true, false},
		{"قصف\t3\nقصف\t7\n", "قصف", 7, true, false}, // a later line moves the word
		{"قصف\t3\n", "غارة", 0, false, false},
		{"قصف 3\n", "", 0, false, true},
		{"\t3\n", "", 0, false, true},
		{"قصف\tثلاثة\n", "", 0, false, true},
		{"قصف\t-1\n", "", 0, false, true},
		{"قصف\t4096\n", "", 0, false, true},
	}
	for _, tt := range tests {
		c, err := Read(strings.NewReader(tt.in))
		if tt.wantErr {
			if err == nil {
				t.Errorf("Read(%q): no error; want one", tt.in)
			}
			continue
		}
		if err != nil {
			t.Errorf("Read(%q): %v", tt.in, err)
			continue
		}
		if got, ok := c.Of(tt.word); got != tt.want || ok != tt.ok {
			t.Errorf("Read(%q).Of(%q) = %d, %v; want %d, %v", tt.in, tt.word, got, ok, tt.want, tt.ok)
		}
	}
}

func TestNilClasses(t *testing.T) {
	var c *Classes
	if k, ok := c.Of("قصف"); k != 0 || ok || c.Len() != 0 || c.Count() != 0 {
		t.Errorf("nil Classes: Of = %d, %v, Len %d, Count %d; want nothing", k, ok, c.Len(), c.Count())
	}
}

func TestWriteToReadsBack(t *testing.T) {
	c, err := Read(strings.NewReader("غارة\t1\nقصف\t1\nمباراة\t0\n"))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := c.WriteTo(&b, "made by hand"); err != nil {
		t.Fatal(err)
	}
	want := "# made by hand\nمباراة\t0\nغارة\t1\nقصف\t1\n"
	if b.String() != want {
		t.Errorf("WriteTo = %q; want %q", b.String(), want)
	}
	again, err := Read(&b)
	if err != nil {
		t.Fatal(err)
	}
	if again.Len() != 3 || again.Count() != 2 {
		t.Errorf("read back %d words in %d classes; want 3 in 2", again.Len(), again.Count())
	}
}

func TestLoad(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if c.Len() < 1000 || c.Count() < 2 {
		t.Fatalf("embedded classes: %d words in %d classes; want the corpus's", c.Len(), c.Count())
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, File), []byte("كلمةجديدة\t1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	user, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if k, ok := user.Of("كلمةجديدة"); !ok || k != 1 || user.Len() != c.Len()+1 {
		t.Errorf("Load(dir).Of(a word of the user's) = %d, %v with %d words; want 1, true with %d", k, ok, user.Len(), c.Len()+1)
	}
	if err := os.WriteFile(filepath.Join(dir, File), []byte("bad line\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), File) {
		t.Errorf("Load(a bad user file) = %v; want an error naming the file", err)
	}
}

func FuzzRead(f *testing.F) {
	f.Add("قصف\t3\n# x\nغارة\t3\n")
	f.Add("\t\t\n")
	f.Fuzz(func(t *testing.T, in string) {
		c, err := Read(strings.NewReader(in))
		if err != nil {
			return
		}
		var b bytes.Buffer
		if _, err := c.WriteTo(&b); err != nil {
			t.Fatal(err)
		}
		again, err := Read(&b)
		if err != nil {
			t.Fatalf("Read(WriteTo(Read(%q))): %v", in, err)
		}
		for w, k := range c.of {
			if got, ok := again.Of(w); !ok || got != int(k) {
				t.Fatalf("word %q: class %d after writing and reading; want %d", w, got, k)
			}
		}
	})
}
