package extract

import "github.com/hadath/hadath"

// MaxTextBytes is the longest document text the extractor codes, whatever
// limit the caller reads documents with (--max-bytes). Coding holds about
// a hundred bytes of working state per byte of text, so a longer text
// could take gigabytes; at this size a document dense with triggers peaks
// near half a gigabyte and takes a few seconds. A longer one gets an
// error and nothing else is lost: split it into articles.
const MaxTextBytes = 4 << 20

// checkSize refuses a document whose text is over MaxTextBytes.
func checkSize(d *hadath.Document) error {
	if n := len(d.Text); n > MaxTextBytes {
		return hadath.Errorf(hadath.ETOOLARGE, "document %q: text of %d bytes, over the extractor's limit of %d bytes (%d MB) whatever --max-bytes says; split it into articles",
			d.ID, n, MaxTextBytes, MaxTextBytes>>20)
	}
	return nil
}
