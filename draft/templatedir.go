package draft

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// User templates live in the directory named by the config's
// draft.templates: every *.tmpl file there is parsed over the embedded
// defaults (see LoadTemplates). They are checked when the config is loaded
// (config.WithTemplateCheck(CheckTemplateDir)), so a typo is a config
// error with the file and line, not a failed draft.

// TemplateError is a mistake in a user template file.
type TemplateError struct {
	File string // path of the .tmpl file; "" when no single file is to blame
	Line int    // 1-based; 0 when unknown
	Msg  string
}

func (e *TemplateError) Error() string {
	switch {
	case e.File != "" && e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	case e.File != "":
		return e.File + ": " + e.Msg
	}
	return e.Msg
}

// templateLocRE finds "template: NAME.tmpl:LINE[:COL]: message" in
// text/template's parse and execution errors; NAME is the file the
// failing text came from (its ParseName).
var templateLocRE = regexp.MustCompile(`template: ([^:\s]+):(\d+)(?::\d+)?: (.*)$`)

// LoadTemplateDir parses the *.tmpl files of dir over the defaults and
// runs each template once. Errors are *TemplateError naming file and line.
func LoadTemplateDir(dir string) (*Templates, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.tmpl"))
	if err != nil {
		return nil, &TemplateError{File: dir, Msg: err.Error()}
	}
	if st, err := os.Stat(dir); err != nil {
		return nil, &TemplateError{File: dir, Msg: "cannot read the template directory: " + pathErrText(err)}
	} else if !st.IsDir() {
		return nil, &TemplateError{File: dir, Msg: "is not a directory"}
	}
	if len(files) == 0 {
		return nil, &TemplateError{File: dir, Msg: "holds no *.tmpl files"}
	}
	sort.Strings(files)
	dt, err := LoadTemplates(os.DirFS(dir), "*.tmpl")
	if err != nil {
		return nil, locateTemplateError(dir, files, err)
	}
	return dt, nil
}

func pathErrText(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

var templateToneRE = regexp.MustCompile(`tone "([^"]+)" has no template`)

// locateTemplateError turns an error of LoadTemplates into a
// *TemplateError with the file and line to fix.
func locateTemplateError(dir string, files []string, err error) error {
	msg := strings.TrimPrefix(err.Error(), "draft: ")
	msg = strings.TrimPrefix(msg, "templates: ")
	if m := templateLocRE.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[2])
		return &TemplateError{File: filepath.Join(dir, m[1]), Line: line, Msg: m[3]}
	}
	// A tone left incomplete: point at the first definition of that tone.
	if m := templateToneRE.FindStringSubmatch(msg); m != nil {
		needle := `"` + m[1] + `/`
		for _, f := range files {
			data, rerr := os.ReadFile(f)
			if rerr != nil {
				continue
			}
			if i := strings.Index(string(data), needle); i >= 0 {
				return &TemplateError{File: f, Line: 1 + strings.Count(string(data[:i]), "\n"),
					Msg: msg + " (a tone needs every situation: " + situationList() + ")"}
			}
		}
	}
	return &TemplateError{File: dir, Msg: msg}
}

func situationList() string {
	names := make([]string, len(situations))
	for i, s := range situations {
		names[i] = string(s)
	}
	return strings.Join(names, ", ")
}

// CheckTemplateDir loads the templates of dir as a config check does
// (config.WithTemplateCheck): the first mistake with its file and line,
// msg "" when there is none. The parse is kept for CachedTemplateDir.
func CheckTemplateDir(dir string) (file string, line int, msg string) {
	_, err := CachedTemplateDir(dir)
	if err == nil {
		return "", 0, ""
	}
	var te *TemplateError
	if errors.As(err, &te) {
		return te.File, te.Line, te.Msg
	}
	return dir, 0, err.Error()
}

// templateCache keeps parsed user templates by directory: the config
// check and every account's check of one run share one parse.
var templateCache sync.Map // dir -> *Templates

// CachedTemplateDir is LoadTemplateDir, parsed once per directory in a
// process.
func CachedTemplateDir(dir string) (*Templates, error) {
	if v, ok := templateCache.Load(dir); ok {
		return v.(*Templates), nil
	}
	dt, err := LoadTemplateDir(dir)
	if err != nil {
		return nil, err
	}
	templateCache.Store(dir, dt)
	return dt, nil
}
