package draft

import (
	"fmt"
	"strings"

	"github.com/hearback/hearback/mailmsg"
)

// Voice is how a draft for in would speak, for a text shown beside it
// (the call script of package call) that must use the same language,
// form of address and names as the email it stands next to — without
// becoming part of it.
type Voice struct {
	Language string // "en", "de", "fr" or "es"
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
	if len(in.Messages) == 0 && in.Last != nil {
		in.Messages = []ThreadMessage{{Message: in.Last, Mine: strings.EqualFold(in.Last.From.Email, from.Email)}}
	}
	lang := strings.ToLower(strings.TrimSpace(in.Language))
	switch {
	case lang == "" || lang == LanguageAuto:
		lang = threadLanguage(in.Messages)
	case !IsLanguage(lang):
		return Voice{}, fmt.Errorf("draft: voice: unknown language %q (have auto, %s)", in.Language, strings.Join(Languages, ", "))
	}
	return Voice{Language: lang, Data: templateData(in, lang, from, to, cc, max(in.Nudge, 1))}, nil
}
