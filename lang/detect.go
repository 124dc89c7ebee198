// Package lang tells the language of a text. Its subpackages hold the
// text layer of each language (lang/ar for Arabic).
package lang

import (
	"strings"
	"unicode"
)

// Language codes (ISO 639-1) of the languages hadath reads.
const (
	Arabic  = "ar"
	English = "en"
)

// detectLetters is how many letters Detect looks at before deciding.
const detectLetters = 1000

// Detect returns Arabic when the text has at least as many Arabic-script
// letters as Latin letters, English when it has more Latin letters, and ""
// when it has neither. It looks at the first thousand such letters only.
func Detect(text string) string {
	arabic, latin := 0, 0
	for _, r := range text {
		switch {
		case r < 0x80:
			if 'a' <= r|0x20 && r|0x20 <= 'z' {
				latin++
			}
		case r >= 0x0600 && r <= 0x06FF, r >= 0x0750 && r <= 0x077F, r >= 0x08A0 && r <= 0x08FF, r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFF:
			if unicode.IsLetter(r) {
				arabic++
			}
		case unicode.Is(unicode.Latin, r):
			latin++
		}
		if arabic+latin >= detectLetters {
			break
		}
	}
	switch {
	case arabic == 0 && latin == 0:
		return ""
	case arabic >= latin:
		return Arabic
	}
	return English
}

// Code returns the language code of a language tag or name: "ar" for
// "ar", "AR", "ar-SA", "ara" or "Arabic", "en" for "en-GB", "eng" or
// "English". Other tags come back lower-cased and cut at the first "-"
// or "_"; "" stays "".
func Code(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	switch tag {
	case "ara", "arabic":
		return Arabic
	case "eng", "english":
		return English
	}
	return tag
}
