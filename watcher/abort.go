package watcher

// Abort closes the connection at once, without LOGOUT, from any goroutine:
// after the machine slept the connection may be dead without a word, and
// leaving IDLE politely would wait for an answer that never comes. The
// command in flight fails, and the Session is dead.
func (s *Session) Abort() {
	if s.c != nil {
		s.c.Close()
	}
}
