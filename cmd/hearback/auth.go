package main

import (
	"context"
	"flag"
	"fmt"
	"os/exec"
	"runtime"
	"strings"
	"time"

	"golang.org/x/oauth2"

	"github.com/hearback/hearback/config"
	"github.com/hearback/hearback/engine"
	"github.com/hearback/hearback/oauth"
)

// openBrowser opens a URL in the desktop's browser; tests replace it.
var openBrowser = func(ctx context.Context, url string) error {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "darwin":
		cmd = exec.CommandContext(ctx, "open", url)
	case "windows":
		cmd = exec.CommandContext(ctx, "rundll32", "url.dll,FileProtocolHandler", url)
	default:
		cmd = exec.CommandContext(ctx, "xdg-open", url)
	}
	return cmd.Start()
}

// loginTimeout bounds how long 'auth login' waits for the user.
const loginTimeout = 10 * time.Minute

const authUsage = `auth login [--device] [--no-browser] [ACCOUNT]
       hearback auth status [ACCOUNT]
       hearback auth logout [ACCOUNT]

Signs an account with auth: oauth2 (Gmail, Microsoft 365, Outlook.com) in.

  login    opens the provider's sign-in page in your browser and stores the
           refresh token it gets (oauth_token_store: a 0600 file or the OS
           keyring). With --device, prints a code to enter on any device
           instead (Microsoft; for servers without a browser). From then
           on hearback refreshes access tokens by itself.
  status   shows whether a token is stored and whether it still works.
  logout   deletes the stored token (revoke the app's access at the
           provider too, if you are done with hearback).

ACCOUNT is the account's name; it may be left out when the config has
one oauth2 account.`

func cmdAuth(ctx context.Context, g *globals, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprintf(g.stderr, "Usage: hearback %s\n", authUsage)
		if len(args) == 0 {
			return usageError{msg: "auth: say login, status or logout"}
		}
		return flag.ErrHelp
	}
	sub, rest := args[0], args[1:]
	fs := newFlagSet(g, "auth "+sub, authUsage)
	device := fs.Bool("device", false, "login: use the device-code flow (enter a code on any device)")
	noBrowser := fs.Bool("no-browser", false, "login: print the sign-in address instead of opening a browser")
	pos, err := parseInterleaved(fs, rest)
	if err != nil {
		return err
	}
	if len(pos) > 1 {
		return usageError{msg: fmt.Sprintf("auth %s: one account at a time, got %q", sub, pos)}
	}
	cfg, err := g.loadConfig()
	if err != nil {
		return err
	}
	name := ""
	if len(pos) == 1 {
		name = pos[0]
	}
	acct, err := oauthAccount(cfg, name)
	if err != nil {
		return err
	}
	store := oauth.StoreFor(acct)
	switch sub {
	case "login":
		lctx, cancel := context.WithTimeout(ctx, loginTimeout)
		defer cancel()
		var tok *oauth2.Token
		var terr error
		if *device {
			tok, terr = oauth.LoginDevice(lctx, acct, g.stdout)
		} else {
			opts := oauth.LoginOptions{Out: g.stdout, OpenBrowser: openBrowser}
			if *noBrowser {
				opts.OpenBrowser = nil
			}
			tok, terr = oauth.Login(lctx, acct, opts)
		}
		if terr != nil {
			return terr
		}
		if err := store.Save(ctx, tok); err != nil {
			return fmt.Errorf("account %q: %w", acct.Name, err)
		}
		engine.ForgetTokenSource(acct)
		fmt.Fprintf(g.stdout, "Signed in as %s. The refresh token is in %s.\nNext: hearback doctor\n", acct.Username, store)
		return nil
	case "status":
		src, err := engine.TokenSource(acct)
		if err != nil {
			return err
		}
		if _, err := src.AccessToken(ctx); err != nil {
			return err
		}
		tok, _ := src.Token(ctx)
		fmt.Fprintf(g.stdout, "%s: signed in; refresh token in %s; access token valid until %s\n",
			acct.Name, store, tok.Expiry.Local().Format(time.RFC1123))
		return nil
	case "logout":
		if err := store.Delete(ctx); err != nil {
			return fmt.Errorf("account %q: %w", acct.Name, err)
		}
		engine.ForgetTokenSource(acct)
		fmt.Fprintf(g.stdout, "%s: token deleted from %s.\n", acct.Name, store)
		return nil
	}
	return usageError{msg: fmt.Sprintf("auth: unknown subcommand %q (want login, status or logout)", sub)}
}

// oauthAccount finds the named oauth2 account, or the only one.
func oauthAccount(cfg *config.Config, name string) (config.Account, error) {
	var found []config.Account
	for _, a := range cfg.Accounts {
		if name != "" && strings.EqualFold(a.Name, name) {
			if a.Auth != config.AuthOAuth2 {
				return config.Account{}, usageError{msg: fmt.Sprintf("account %q signs in with a password (auth: %s); set auth: oauth2 in %s first", a.Name, a.Auth, cfg.Path)}
			}
			return a, nil
		}
		if a.Auth == config.AuthOAuth2 {
			found = append(found, a)
		}
	}
	switch {
	case name != "":
		return config.Account{}, usageError{msg: fmt.Sprintf("no account named %q in %s", name, cfg.Path)}
	case len(found) == 1:
		return found[0], nil
	case len(found) == 0:
		return config.Account{}, usageError{msg: fmt.Sprintf("no account in %s has auth: oauth2", cfg.Path)}
	}
	names := make([]string, len(found))
	for i, a := range found {
		names[i] = a.Name
	}
	return config.Account{}, usageError{msg: "several oauth2 accounts; name one of: " + strings.Join(names, ", ")}
}
