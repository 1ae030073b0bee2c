package oauth

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/zalando/go-keyring"
	"golang.org/x/oauth2"

	"github.com/hearback/hearback/config"
)

// Store keeps one account's token.
type Store interface {
	Load(ctx context.Context) (*oauth2.Token, error) // ErrNoToken when there is none
	Save(ctx context.Context, tok *oauth2.Token) error
	Delete(ctx context.Context) error
	String() string // where, for messages
}

// StoreFor returns the store the account's config names.
func StoreFor(acct config.Account) Store {
	if acct.OAuthTokenStore == config.TokenStoreKeyring {
		return &KeyringStore{Service: KeyringService, User: acct.Name}
	}
	return &FileStore{Path: acct.OAuthTokenFile}
}

// stored is the token on disk. Only what a refresh needs, plus the access
// token so that short-lived commands do not refresh every time.
type stored struct {
	RefreshToken string    `json:"refresh_token"`
	AccessToken  string    `json:"access_token,omitempty"`
	TokenType    string    `json:"token_type,omitempty"`
	Expiry       time.Time `json:"expiry,omitzero"`
}

// FileStore keeps the token as JSON in a file only the user can read.
type FileStore struct{ Path string }

func (f *FileStore) String() string { return f.Path }

// Load reads the token. A file others can read is refused: the refresh
// token is as good as the password.
func (f *FileStore) Load(ctx context.Context) (*oauth2.Token, error) {
	data, err := os.ReadFile(f.Path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, ErrNoToken
	}
	if err != nil {
		return nil, fmt.Errorf("reading the OAuth2 token: %w", err)
	}
	if runtime.GOOS != "windows" {
		if st, err := os.Stat(f.Path); err == nil && st.Mode().Perm()&0o077 != 0 {
			return nil, fmt.Errorf("OAuth2 token file %s is readable by others (mode %04o): run chmod 600 %s", f.Path, st.Mode().Perm(), f.Path)
		}
	}
	var s stored
	if err := json.Unmarshal(data, &s); err != nil {
		return nil, fmt.Errorf("OAuth2 token file %s: %w (delete it and run hearback auth login again)", f.Path, err)
	}
	if s.RefreshToken == "" && s.AccessToken == "" {
		return nil, ErrNoToken
	}
	return &oauth2.Token{RefreshToken: s.RefreshToken, AccessToken: s.AccessToken, TokenType: s.TokenType, Expiry: s.Expiry}, nil
}

// Save writes the token atomically (temporary file, then rename), so a
// crash never leaves half a token, created 0600 in a 0700 directory.
func (f *FileStore) Save(ctx context.Context, tok *oauth2.Token) error {
	data, err := json.MarshalIndent(stored{RefreshToken: tok.RefreshToken, AccessToken: tok.AccessToken, TokenType: tok.TokenType, Expiry: tok.Expiry}, "", "  ")
	if err != nil {
		return err
	}
	dir := filepath.Dir(f.Path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("storing the OAuth2 token: %w", err)
	}
	tmp, err := os.CreateTemp(dir, ".token-*")
	if err != nil {
		return fmt.Errorf("storing the OAuth2 token: %w", err)
	}
	defer os.Remove(tmp.Name())
	// CreateTemp makes the file 0600 already; Chmod states the intent.
	if err := tmp.Chmod(0o600); err != nil && runtime.GOOS != "windows" {
		tmp.Close()
		return fmt.Errorf("storing the OAuth2 token: %w", err)
	}
	if _, err := tmp.Write(append(data, '\n')); err != nil {
		tmp.Close()
		return fmt.Errorf("storing the OAuth2 token: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("storing the OAuth2 token: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("storing the OAuth2 token: %w", err)
	}
	if err := os.Rename(tmp.Name(), f.Path); err != nil {
		return fmt.Errorf("storing the OAuth2 token: %w", err)
	}
	return nil
}

// Delete removes the file; a missing file is not an error.
func (f *FileStore) Delete(ctx context.Context) error {
	if err := os.Remove(f.Path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("removing the OAuth2 token: %w", err)
	}
	return nil
}

// KeyringService is the keyring service name of hearback's tokens.
const KeyringService = "hearback-oauth"

// keyringTimeout bounds a keyring call: a locked Secret Service may wait
// for a password prompt nobody answers (a daemon under systemd).
var keyringTimeout = 30 * time.Second

// KeyringStore keeps the refresh token in the OS keyring (Secret Service,
// macOS Keychain, Windows Credential Manager). Only the refresh token:
// access tokens are large (Windows limits an entry to 2.5 KB) and short-lived,
// so they stay in memory.
type KeyringStore struct{ Service, User string }

func (k *KeyringStore) String() string {
	return fmt.Sprintf("the OS keyring (service %s, user %s)", k.Service, k.User)
}

// call runs f with a timeout: go-keyring has no context.
func (k *KeyringStore) call(ctx context.Context, f func() (string, error)) (string, error) {
	type result struct {
		v   string
		err error
	}
	ch := make(chan result, 1)
	go func() {
		v, err := f()
		ch <- result{v, err}
	}()
	timer := time.NewTimer(keyringTimeout)
	defer timer.Stop()
	select {
	case r := <-ch:
		return r.v, r.err
	case <-ctx.Done():
		return "", ctx.Err()
	case <-timer.C:
		return "", fmt.Errorf("no answer from the OS keyring within %s (is it locked?)", keyringTimeout)
	}
}

func (k *KeyringStore) Load(ctx context.Context) (*oauth2.Token, error) {
	v, err := k.call(ctx, func() (string, error) { return keyring.Get(k.Service, k.User) })
	if errors.Is(err, keyring.ErrNotFound) {
		return nil, ErrNoToken
	}
	if err != nil {
		return nil, fmt.Errorf("reading the OAuth2 token from %s: %w", k, err)
	}
	return &oauth2.Token{RefreshToken: v}, nil
}

func (k *KeyringStore) Save(ctx context.Context, tok *oauth2.Token) error {
	_, err := k.call(ctx, func() (string, error) { return "", keyring.Set(k.Service, k.User, tok.RefreshToken) })
	if err != nil {
		return fmt.Errorf("storing the OAuth2 token in %s: %w", k, err)
	}
	return nil
}

func (k *KeyringStore) Delete(ctx context.Context) error {
	_, err := k.call(ctx, func() (string, error) { return "", keyring.Delete(k.Service, k.User) })
	if err != nil && !errors.Is(err, keyring.ErrNotFound) {
		return fmt.Errorf("removing the OAuth2 token from %s: %w", k, err)
	}
	return nil
}
