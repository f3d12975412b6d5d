package report

import (
	"strconv"
	"strings"
)

// MaxMessage is the length, in bytes, that At keeps a message within by
// cutting the text it quotes (see Quote). The rest of a message is
// worded to fit; the chain and the other side of a finding are related
// positions.
const MaxMessage = 200

// minQuote is the number of runes of quoted text At keeps however long
// the rest of the message is.
const minQuote = 24

// Quote marks text for At to write as a Go string literal, cut (with
// "…") where the whole message would otherwise exceed MaxMessage: a
// panic's message that a finding predicts, which the related positions
// and the run itself give whole.
func Quote(text string) string {
	return quoteStart + strings.NewReplacer(quoteStart, "", quoteEnd, "").Replace(text) + quoteEnd
}

// The marks delimiting quoted text in a message until At renders it.
const (
	quoteStart = "\x01"
	quoteEnd   = "\x02"
)

// render writes message as At reports it: the package paths outside
// quoted text by their short names (when shorten is not nil), and the
// text marked by Quote as quoted strings, each cut to the room the rest
// of the message leaves.
func render(message string, shorten func(string) string) string {
	if shorten == nil {
		shorten = func(s string) string { return s }
	}
	var parts, quotes []string // text, then the quoted text after each part but the last
	for {
		start := strings.Index(message, quoteStart)
		n := strings.Index(message[max(start, 0):], quoteEnd)
		if start < 0 || n < 0 {
			parts = append(parts, shorten(message))
			break
		}
		parts = append(parts, shorten(message[:start]))
		quotes = append(quotes, message[start+len(quoteStart):start+n])
		message = message[start+n+len(quoteEnd):]
	}
	room := MaxMessage
	for _, p := range parts {
		room -= len(p)
	}
	var b strings.Builder
	for i, p := range parts {
		b.WriteString(p)
		if i < len(quotes) {
			q := fit(quotes[i], room/(len(quotes)-i))
			room -= len(q)
			b.WriteString(q)
		}
	}
	return b.String()
}

// fit quotes text within room bytes, cutting it to no fewer than
// minQuote runes.
func fit(text string, room int) string {
	quoted := strconv.Quote(text)
	runes := []rune(text)
	for n := len(runes); len(quoted) > room && n > minQuote; {
		n = max(n-(len(quoted)-room), minQuote)
		quoted = strconv.Quote(string(runes[:n]) + "…")
	}
	return quoted
}
