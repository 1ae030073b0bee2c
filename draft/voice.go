package draft

import (
	"fmt"

	"github.com/hearback/hearback/mailmsg"
)

// Voice is how a draft for in would speak, for a text shown beside it
// (the call script of package call) that must use the same language,
// form of address and names as the email it stands next to — without
// becoming part of it.
type Voice struct {
	Language string // "en", "de", "fr", "es", "sv", "da" or "nb"
	Data     Data
}

// VoiceOf works out the language and the template data Compose would use
// for in (the tone and the templates play no part).
func VoiceOf(in Input) (Voice, error) {
	if in.Now.IsZero() {
		return Voice{}, fmt.Errorf("draft: voice: Now is zero")
	}
	threadID := mailmsg.Clean(in.ThreadID)
	if threadID == "" {
		threadID = "-"
	}
	from, to, cc, err := addresses(in, threadID)
	if err != nil {
		return Voice{}, err
	}
	lang, err := in.language(from)
	if err != nil {
		return Voice{}, fmt.Errorf("draft: voice: %w", err)
	}
	return Voice{Language: lang, Data: templateData(in, lang, from, to, cc, max(in.Nudge, 1))}, nil
}
