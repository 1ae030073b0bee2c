// Command hearback watches an IMAP mailbox for job-interview threads that
// went quiet and writes friendly follow-up drafts into the Drafts folder.
// It never sends mail.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/draft"
	"github.com/hearback/hearback/watcher"
)

// Exit codes: 2 for configuration and usage errors (a restart will not
// help), 1 for runtime failures.
const (
	exitOK      = 0
	exitRuntime = 1
	exitConfig  = 2
)

// usageError is a command-line mistake: exit 2 with the usage hint.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// usageHead and usageTail frame the command list of `hearback --help`,
// which usage makes from the command table.
const usageHead = `hearback: follow-up drafts for job-interview threads that went quiet.
It reads your mailbox over IMAP and writes drafts into your Drafts folder;
it never sends mail.

Usage:
  hearback [--config PATH] [--log-level LEVEL] COMMAND [flags]

Commands:
`

const usageTail = `
Global flags:
  --config PATH      configuration file (default $XDG_CONFIG_HOME/hearback/config.yaml)
  --log-level LEVEL  debug | info | warn | error (default: log_level from the config, else info)
  --version          print the version and exit, like 'hearback version'

Run 'hearback COMMAND --help' for a command's flags. See config.example.yaml.
`

// usage is the text of `hearback --help`: every command of the table, one
// line each, so that the list cannot fall behind the commands there are.
func usage() string {
	var b strings.Builder
	b.WriteString(usageHead)
	width := 0
	for _, c := range commands {
		width = max(width, len(c.synopsis))
	}
	for _, c := range commands {
		fmt.Fprintf(&b, "  %-*s  %s\n", width, c.synopsis, c.summary)
	}
	b.WriteString(usageTail)
	return b.String()
}

type globals struct {
	configPath string
	logLevel   string
	stdout     io.Writer
	stderr     io.Writer
	// stopSignals restores default signal handling, so that a second
	// SIGTERM during a graceful stop kills the process.
	stopSignals func()
	// dialer connects to the IMAP servers: the zero value, with the
	// production time limits, except in tests of a stalled server.
	dialer watcher.Dialer
}

// command is one subcommand: its name, its line in the usage text (a
// short synopsis and what it does) and the function that runs it.
type command struct {
	name     string
	synopsis string
	summary  string
	run      func(ctx context.Context, g *globals, args []string) error
}

// commands is every subcommand, in the order `hearback --help` lists
// them; the usage text and the shell completions are made from it. It is
// the only registry: a command is added here and nowhere else. (It is set
// by init, not by its declaration, because completion reads the table:
// a declaration would be an initialization cycle.)
var commands []command

func init() {
	commands = []command{
		{"demo", "demo [--web]", "try hearback on an embedded mailbox, no account needed (--web: and its dashboard)", cmdDemo},
		{"init", "init", "set up: recognise your provider, write the config", cmdInit},
		{"doctor", "doctor", "check config, connection, login, mailboxes; a fix for each problem", cmdDoctor},
		{"auth", "auth login|status|logout", "OAuth2 sign-in for Gmail and Microsoft accounts", cmdAuth},
		{"completion", "completion bash|zsh|fish", "print a shell completion script", cmdCompletion},
		{"man", "man", "print the manual page hearback(1), in roff", cmdMan},
		{"check", "check [--now TIME] [--dry-run]", "sync once, draft every due follow-up, exit", cmdCheck},
		{"threads", "threads [--all] [--json]", "tracked threads: stage, state, due time, why", cmdThreads},
		{"digest", "digest [--now TIME]", "where every thread stands, what is due next week, the week's numbers", cmdDigest},
		{"explain", "explain THREAD", "one thread in detail: its messages, their verdicts, why a draft is due or not", cmdExplain},
		{"run", "run", "daemon: keep in sync, check on the schedule until SIGTERM (SIGHUP reloads)", cmdRun},
		{"serve", "serve", "the dashboard (web.listen) from the local database alone, no IMAP", cmdServe},
		{"forget", "forget --older-than DAYS", "purge threads older than DAYS from the database (not the server)", cmdForget},
		{"config", "config", "print the effective configuration (secrets hidden)", cmdConfig},
		{"snooze", "snooze THREAD DURATION", "no draft for a thread for a while (36h, 3d, 2w)", cmdSnooze},
		{"ignore", "ignore THREAD", "never draft for a thread (until resume)", cmdIgnore},
		{"resume", "resume THREAD", "undo snooze and ignore; approve a recipient held for review", cmdResume},
		{"heard", "heard THREAD [--note TEXT]", "they answered another way (a call, LinkedIn): follow-ups count from then", cmdHeard},
		{"accepted", "accepted THREAD", "you accepted this offer: no more follow-ups, withdrawal notes to the others", cmdAccepted},
		{"classify", "classify [--json] FILE...", "what hearback makes of message files, and why (no config needed)", cmdClassify},
		{"version", "version", "version, revision and Go version of this build (also --version)", cmdVersion},
	}
}

// lookupCommand finds a command of the table by name.
func lookupCommand(name string) (command, bool) {
	for _, c := range commands {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr, stop)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer, stopSignals func()) int {
	return runWith(ctx, &globals{stdout: stdout, stderr: stderr, stopSignals: stopSignals}, args)
}

// runWith runs the command line args with g's output streams, signal
// handling and dialer.
func runWith(ctx context.Context, g *globals, args []string) int {
	stdout, stderr := g.stdout, g.stderr
	fs := flag.NewFlagSet("hearback", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, usage()) }
	fs.StringVar(&g.configPath, "config", "", "configuration file")
	fs.Var(logLevelFlag{&g.logLevel}, "log-level", "log level")
	showVersion := fs.Bool("version", false, "print the version")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitConfig
	}
	rest := fs.Args()
	if *showVersion {
		rest = []string{"version"}
	}
	if len(rest) == 0 {
		fmt.Fprint(stderr, usage())
		return exitConfig
	}
	name, cmdArgs := rest[0], rest[1:]
	if name == "help" || name == "-h" || name == "--help" {
		fmt.Fprint(stdout, usage())
		return exitOK
	}
	cmd, ok := lookupCommand(name)
	if !ok {
		fmt.Fprintf(stderr, "hearback: unknown command %q\n\n%s", name, usage())
		return exitConfig
	}
	err := cmd.run(ctx, g, cmdArgs)
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case config.IsConfigError(err):
		fmt.Fprintf(stderr, "hearback: %v\n", err)
		return exitConfig
	case errors.As(err, new(usageError)):
		fmt.Fprintf(stderr, "hearback: %v\n", err)
		return exitConfig
	default:
		fmt.Fprintf(stderr, "hearback: %v\n", err)
		return exitRuntime
	}
}

// newFlagSet makes a subcommand's flag set that also accepts --config, so
// `hearback check --config x` works as well as `hearback --config x check`.
func newFlagSet(g *globals, name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(g.stderr)
	fs.StringVar(&g.configPath, "config", g.configPath, "configuration file `PATH` (default $XDG_CONFIG_HOME/hearback/config.yaml)")
	fs.Var(logLevelFlag{&g.logLevel}, "log-level", "`LEVEL`: debug | info | warn | error")
	fs.Usage = func() {
		fmt.Fprintf(g.stderr, "Usage: hearback %s\n\nFlags:\n", synopsis)
		printFlags(g.stderr, fs)
	}
	return fs
}

// printFlags lists flags GNU-style (--name), the way the usage text and
// README write them; the flag package accepts both spellings.
func printFlags(w io.Writer, fs *flag.FlagSet) {
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		line := "  --" + f.Name
		if name != "" {
			line += " " + strings.ToUpper(name)
		}
		if f.DefValue != "" && f.DefValue != "false" {
			usage += fmt.Sprintf(" (default %q)", f.DefValue)
		}
		fmt.Fprintf(w, "%-24s %s\n", line, usage)
	})
}

func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{msg: err.Error()}
	}
	if fs.NArg() > 0 {
		return usageError{msg: fmt.Sprintf("%s: unexpected argument %q", fs.Name(), fs.Arg(0))}
	}
	return nil
}

// loadConfig reads the configuration named by --config or the default path.
func (g *globals) loadConfig() (*config.Config, error) {
	path := g.configPath
	if path == "" {
		path = config.DefaultPath()
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			return nil, usageError{msg: fmt.Sprintf("no configuration at %s: run 'hearback init' to write one (or pass --config PATH); 'hearback demo' runs without one", path)}
		}
	}
	return config.Load(path, config.WithTemplateCheck(draft.CheckTemplateDir))
}

// logLevelFlag is --log-level: an unknown level is a usage error (exit 2)
// naming the value and the levels there are, like log_level in the config.
type logLevelFlag struct{ level *string }

func (f logLevelFlag) String() string {
	if f.level == nil {
		return ""
	}
	return *f.level
}

func (f logLevelFlag) Set(v string) error {
	switch l := strings.ToLower(strings.TrimSpace(v)); l {
	case "debug", "info", "warn", "error":
		*f.level = l
	case "warning":
		*f.level = "warn"
	default:
		return fmt.Errorf("unknown level %q: use debug, info, warn or error", v)
	}
	return nil
}

// logger builds the process logger: text on stderr, without timestamps
// under journald (it adds its own).
func (g *globals) logger(cfg *config.Config) *slog.Logger {
	level := "info"
	if cfg != nil && cfg.LogLevel != "" {
		level = cfg.LogLevel
	}
	if g.logLevel != "" {
		level = g.logLevel
	}
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(strings.ToUpper(level))); err != nil {
		lv = slog.LevelInfo
	}
	opts := &slog.HandlerOptions{Level: lv}
	if os.Getenv("JOURNAL_STREAM") != "" {
		opts.ReplaceAttr = func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		}
	}
	return slog.New(slog.NewTextHandler(g.stderr, opts))
}

func cmdConfig(ctx context.Context, g *globals, args []string) error {
	fs := newFlagSet(g, "config", "config\n\nPrints the effective configuration, defaults applied, secrets hidden.")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	cfg, err := g.loadConfig()
	if err != nil {
		return err
	}
	out, err := cfg.Dump()
	if err != nil {
		return err
	}
	_, err = g.stdout.Write(out)
	return err
}

// parseInterleaved parses flags that may come before or after the
// positional arguments ("auth login personal --device", "classify a.eml --json b.eml").
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usageError{msg: err.Error()}
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}
