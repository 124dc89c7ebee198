package extract

import (
	"slices"

	"github.com/hadath/hadath"
)

// A game is told in the words of fighting: "شن المنتخب أول هجمة على
// المرمى" is a move of the game, "احتجاج الحارس على ركلة الجزاء" a
// player's complaint. An attack or a protest told in a sentence that has
// sportWords words of a game (SPORT cues) is neither, unless a force does
// it or suffers it, or the sentence counts dead or hurt: a bomb among the
// fans of a match is an attack. A headline is read alone: read with the
// lead, a press review's headline lost its attacks to the games of the
// day.

// sportWords is how many words of a game a sentence needs to tell one.
const sportWords = 2

// sport reports whether c, an attack or a protest, is a move of a game.
func (dc *doc) sport(c *cand) bool {
	if c.typ != hadath.Assault && c.typ != hadath.Protest || armed(c.actor) || armed(c.target) || dc.sentenceHas(c.sent, cueKill|cueInjure) {
		return false
	}
	return dc.sportWordsNear(c) >= sportWords
}

// sportReach is how many words from c's trigger, in its sentence, the
// words of a game are counted: a sentence that lists the day's news ("...
// والنظام يصعد حملته العسكرية في درعا ... والمنتخب يغادر كأس العالم")
// tells a game apart from the attack.
const sportReach = 10

// sportWordsNear counts the different words of a game within sportReach
// words of c's trigger in its sentence, a phrase of several words once.
func (dc *doc) sportWordsNear(c *cand) int {
	sf, sl := dc.sentence(c.sent)
	sf, sl = max(sf, c.first-sportReach), min(sl, c.last+sportReach)
	var seen []string
	for i := sf; i < sl; i++ {
		if dc.cueAt[i].has(cueSport) && (i == sf || !dc.cueAt[i-1].has(cueSport)) && !slices.Contains(seen, dc.x.Tokens[i].Key()) {
			seen = append(seen, dc.x.Tokens[i].Key())
		}
	}
	return len(seen)
}
