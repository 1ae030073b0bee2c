package config

import (
	"strings"
	"testing"
)

func TestFolderPatterns(t *testing.T) {
	f := Folders{Include: []string{"Jobs", "Recruiting/*", "Offer?"}, Exclude: []string{"recruiting/old*"}}
	tests := []struct {
		name               string
		included, excluded bool
	}{
		{"Jobs", true, false},
		{"jobs", true, false},
		{"Jobs/Acme", false, false},
		{"Recruiting/Acme", true, false},
		{"Recruiting/Old/2019", true, true},
		{"Offers", true, false},
		{"Offer", false, false},
		{"INBOX", false, false},
		{"[Gmail]/All Mail", false, false},
	}
	for _, tt := range tests {
		if got := f.Includes(tt.name); got != tt.included {
			t.Errorf("Includes(%q) = %v, want %v", tt.name, got, tt.included)
		}
		if got := f.Excludes(tt.name); got != tt.excluded {
			t.Errorf("Excludes(%q) = %v, want %v", tt.name, got, tt.excluded)
		}
	}
}

func TestFoldersValidated(t *testing.T) {
	isolate(t)
	path := writeConfig(t, "folders:\n  include: [\"Jobs\", \"bad\\u0007bell\"]\n"+account(), 0o600)
	_, err := Load(path)
	if err == nil || !strings.Contains(err.Error(), "folders.include[1]") || !strings.Contains(err.Error(), "control character") {
		t.Fatalf("Load() = %v, want an error naming folders.include[1] and the control character", err)
	}
	path = writeConfig(t, "folders:\n  exclude: [\"Newsletters*\"]\n"+account(), 0o600)
	cfg, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !cfg.Accounts[0].Folders.Excludes("Newsletters/2027") {
		t.Errorf("the account did not inherit the top-level folders: %+v", cfg.Accounts[0].Folders)
	}
}
