// Package ar is hadath's Arabic text layer: folding for matching, tokens
// with their clitics, sentences, numbers and dates. Everything keeps exact
// code-point offsets into the original text.
package ar

// Arabic letters and marks by name, from the Unicode Arabic block.
const (
	Hamza          = '\u0621' // ء
	AlefMadda      = '\u0622' // آ
	AlefHamzaAbove = '\u0623' // أ
	WawHamza       = '\u0624' // ؤ
	AlefHamzaBelow = '\u0625' // إ
	YehHamza       = '\u0626' // ئ
	Alef           = '\u0627' // ا
	Beh            = '\u0628' // ب
	TehMarbuta     = '\u0629' // ة
	Teh            = '\u062A' // ت
	Theh           = '\u062B' // ث
	Jeem           = '\u062C' // ج
	Hah            = '\u062D' // ح
	Khah           = '\u062E' // خ
	Dal            = '\u062F' // د
	Thal           = '\u0630' // ذ
	Reh            = '\u0631' // ر
	Zain           = '\u0632' // ز
	Seen           = '\u0633' // س
	Sheen          = '\u0634' // ش
	Sad            = '\u0635' // ص
	Dad            = '\u0636' // ض
	Tah            = '\u0637' // ط
	Zah            = '\u0638' // ظ
	Ain            = '\u0639' // ع
	Ghain          = '\u063A' // غ
	Tatweel        = '\u0640' // ـ
	Feh            = '\u0641' // ف
	Qaf            = '\u0642' // ق
	Kaf            = '\u0643' // ك
	Lam            = '\u0644' // ل
	Meem           = '\u0645' // م
	Noon           = '\u0646' // ن
	Heh            = '\u0647' // ه
	Waw            = '\u0648' // و
	AlefMaksura    = '\u0649' // ى
	Yeh            = '\u064A' // ي

	Fathatan         = '\u064B' // first of the harakat
	Sukun            = '\u0652' // last of the common harakat
	SuperscriptAlef  = '\u0670'
	AlefWasla        = '\u0671' // ٱ
	Peh              = '\u067E' // پ (Persian)
	Tcheh            = '\u0686' // چ (Persian)
	Veh              = '\u06A4' // ڤ
	Keheh            = '\u06A9' // ک (Persian kaf)
	Gaf              = '\u06AF' // گ (Persian)
	FarsiYeh         = '\u06CC' // ی (Persian yeh)
	ArabicComma      = '\u060C' // ،
	ArabicSemicolon  = '\u061B' // ؛
	ArabicQuestion   = '\u061F' // ؟
	ArabicFullStop   = '\u06D4' // ۔
	ArabicDecimalSep = '\u066B' // ٫
	ArabicThousands  = '\u066C' // ٬
	ArabicPercent    = '\u066A' // ٪
	ArabicZero       = '\u0660' // ٠
	PersianZero      = '\u06F0' // ۰
)

// isHaraka reports whether r is a short-vowel or other combining mark
// that folding drops.
func isHaraka(r rune) bool {
	return (r >= Fathatan && r <= '\u065F') || r == SuperscriptAlef ||
		(r >= '\u0610' && r <= '\u061A') || (r >= '\u06D6' && r <= '\u06ED')
}

// isArabicLetter reports whether r is a letter of the Arabic script.
func isArabicLetter(r rune) bool {
	return (r >= Hamza && r <= Yeh && r != Tatweel) || (r >= AlefWasla && r <= '\u06D3') ||
		(r >= '\u06FA' && r <= '\u06FF') || (r >= '\u0750' && r <= '\u077F')
}
