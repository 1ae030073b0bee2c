package watcher

import "time"

// SetTimeouts changes the per-command and APPEND timeouts, and the one for
// leaving IDLE (at most command), (read by every
// command as it starts) and returns a function that restores the previous
// values. It exists for tests that fake a stalled server and must not wait
// the production minutes; it is not safe to call while sessions run.
func SetTimeouts(command, appendLimit time.Duration) (restore func()) {
	oldCmd, oldAppend, oldStop := cmdTimeout, appendTimeout, idleStopTimeout
	cmdTimeout, appendTimeout, idleStopTimeout = command, appendLimit, min(command, idleStopTimeout)
	return func() { cmdTimeout, appendTimeout, idleStopTimeout = oldCmd, oldAppend, oldStop }
}

// SetIdleWatchdog changes how long one IDLE lasts before DONE and a NOOP
// prove the connection alive, and returns a function that restores it.
// For tests, like SetTimeouts.
func SetIdleWatchdog(d time.Duration) (restore func()) {
	old := idleSlice
	idleSlice = d
	return func() { idleSlice = old }
}
