package imaptest

import "syscall"

// Crash kills the server and every child at once (SIGKILL to its process
// group), the way a crash or an OOM kill ends it: unlike Stop, no
// graceful shutdown gives a client time to finish what it is doing. Start
// brings it back with the same mail.
func (d *Dovecot) Crash() {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.cmd == nil {
		return
	}
	syscall.Kill(-d.cmd.Process.Pid, syscall.SIGKILL)
	<-d.exited
	d.cmd = nil
}
