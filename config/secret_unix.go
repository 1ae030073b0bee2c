//go:build unix

package config

import (
	"os/exec"
	"syscall"
)

// killGroup makes the command the leader of its own process group and
// cancels it by killing the whole group: "sh -c" runs its pipeline as
// children, and killing only the shell would leave a stuck password
// manager running and holding the output pipe open.
func killGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error {
		return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
}
