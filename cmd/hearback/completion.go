package main

import (
	"context"
	"fmt"
	"sort"
	"strings"
)

const completionUsage = `completion bash|zsh|fish

Prints a shell completion script. Install it with one of:

  hearback completion bash > ~/.local/share/bash-completion/completions/hearback
  hearback completion zsh  > "${fpath[1]}/_hearback"     # then: compinit
  hearback completion fish > ~/.config/fish/completions/hearback.fish`

// commandFlags lists each command's flags for completion. The test checks
// it against the commands' real flag sets, so it cannot fall behind.
var commandFlags = map[string][]string{
	"check":      {"--now", "--dry-run"},
	"threads":    {"--all", "--json"},
	"run":        {},
	"demo":       {},
	"config":     {},
	"init":       {"--email", "--username", "--name", "--timezone", "--tone", "--account", "--host", "--port", "--tls", "--auth", "--password-env", "--password-file", "--password-cmd", "--oauth-client-id", "--oauth-client-secret-file", "--provider", "--force", "--doctor"},
	"doctor":     {"--account", "--no-append"},
	"auth":       {"login", "status", "logout", "--device", "--no-browser"},
	"completion": {"bash", "zsh", "fish"},
	"heard":      {"--note", "--now"},
}

// completionCommands is every command of the table, sorted.
func completionCommands() []string {
	names := make([]string, 0, len(commands))
	for _, c := range commands {
		names = append(names, c.name)
	}
	sort.Strings(names)
	return names
}

func cmdCompletion(ctx context.Context, g *globals, args []string) error {
	fs := newFlagSet(g, "completion", completionUsage)
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usageError{msg: "completion: say bash, zsh or fish"}
	}
	var script string
	switch pos[0] {
	case "bash":
		script = bashCompletion()
	case "zsh":
		script = zshCompletion()
	case "fish":
		script = fishCompletion()
	default:
		return usageError{msg: fmt.Sprintf("completion: unknown shell %q (want bash, zsh or fish)", pos[0])}
	}
	_, err = fmt.Fprint(g.stdout, script)
	return err
}

func bashCompletion() string {
	var b strings.Builder
	b.WriteString("# bash completion for hearback (hearback completion bash)\n_hearback() {\n")
	b.WriteString("  local cur prev cmd i\n  cur=\"${COMP_WORDS[COMP_CWORD]}\"\n  prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n")
	b.WriteString("  case \"$prev\" in\n    --config|--password-file|--oauth-client-secret-file) COMPREPLY=($(compgen -f -- \"$cur\")); return;;\n")
	b.WriteString("    --log-level) COMPREPLY=($(compgen -W \"debug info warn error\" -- \"$cur\")); return;;\n")
	b.WriteString("    --tone) COMPREPLY=($(compgen -W \"playful warm formal\" -- \"$cur\")); return;;\n")
	b.WriteString("    --tls) COMPREPLY=($(compgen -W \"implicit starttls none\" -- \"$cur\")); return;;\n")
	b.WriteString("    --auth) COMPREPLY=($(compgen -W \"password oauth2\" -- \"$cur\")); return;;\n  esac\n")
	b.WriteString("  for ((i=1; i<COMP_CWORD; i++)); do\n    case \"${COMP_WORDS[i]}\" in\n      -*) ;;\n      *) cmd=\"${COMP_WORDS[i]}\"; break;;\n    esac\n  done\n")
	b.WriteString("  case \"$cmd\" in\n")
	b.WriteString("    \"\") COMPREPLY=($(compgen -W \"" + strings.Join(completionCommands(), " ") + " --config --log-level --help\" -- \"$cur\"));;\n")
	for _, c := range completionCommands() {
		b.WriteString(fmt.Sprintf("    %s) COMPREPLY=($(compgen -W \"%s --config --log-level --help\" -- \"$cur\"));;\n", c, strings.Join(commandFlags[c], " ")))
	}
	b.WriteString("  esac\n}\ncomplete -F _hearback hearback\n")
	return b.String()
}

func zshCompletion() string {
	var b strings.Builder
	b.WriteString("#compdef hearback\n# zsh completion for hearback (hearback completion zsh)\n_hearback() {\n  local -a cmds\n  cmds=(\n")
	for _, c := range completionCommands() {
		b.WriteString(fmt.Sprintf("    '%s:%s'\n", c, commandSummary(c)))
	}
	b.WriteString("  )\n  if (( CURRENT == 2 )); then\n    _describe 'command' cmds\n    return\n  fi\n  case \"$words[2]\" in\n")
	for _, c := range completionCommands() {
		b.WriteString(fmt.Sprintf("    %s) compadd -- %s --config --log-level --help;;\n", c, strings.Join(commandFlags[c], " ")))
	}
	b.WriteString("  esac\n}\n_hearback \"$@\"\n")
	return b.String()
}

func fishCompletion() string {
	var b strings.Builder
	b.WriteString("# fish completion for hearback (hearback completion fish)\n")
	b.WriteString("complete -c hearback -l config -r -d 'configuration file'\n")
	b.WriteString("complete -c hearback -l log-level -x -a 'debug info warn error' -d 'log level'\n")
	for _, c := range completionCommands() {
		b.WriteString(fmt.Sprintf("complete -c hearback -n __fish_use_subcommand -a %s -d '%s'\n", c, commandSummary(c)))
		for _, f := range commandFlags[c] {
			if strings.HasPrefix(f, "--") {
				b.WriteString(fmt.Sprintf("complete -c hearback -n '__fish_seen_subcommand_from %s' -l %s\n", c, strings.TrimPrefix(f, "--")))
			} else {
				b.WriteString(fmt.Sprintf("complete -c hearback -n '__fish_seen_subcommand_from %s' -a %s\n", c, f))
			}
		}
	}
	return b.String()
}

// commandSummary is the command's summary from the table, without
// quotes (the scripts put it between single quotes).
func commandSummary(name string) string {
	if c, ok := lookupCommand(name); ok {
		return strings.ReplaceAll(c.summary, "'", "")
	}
	return name
}
