//go:build !unix

package config

import "os/exec"

// killGroup has no process groups to use here; WaitDelay still bounds the
// wait for children of the shell.
func killGroup(cmd *exec.Cmd) {}
