package schedule

import (
	"context"
	"log/slog"

	"github.com/godbus/dbus/v5"
)

// WatchLogind returns a channel that receives when logind announces the
// machine resumed from sleep (PrepareForSleep(false) on the system bus):
// the Runner then looks at the clock at once instead of at its next tick.
// Without a system bus (a container, CI, macOS) it returns nil, which a
// Runner never receives from; its ticks still catch every wake.
func WatchLogind(ctx context.Context, log *slog.Logger) <-chan struct{} {
	conn, err := dbus.ConnectSystemBus(dbus.WithContext(ctx))
	if err != nil {
		log.Debug("no system bus: waking by the clock only", "err", err)
		return nil
	}
	if err := conn.AddMatchSignal(dbus.WithMatchInterface("org.freedesktop.login1.Manager"),
		dbus.WithMatchMember("PrepareForSleep"), dbus.WithMatchObjectPath("/org/freedesktop/login1")); err != nil {
		log.Debug("cannot watch logind: waking by the clock only", "err", err)
		conn.Close()
		return nil
	}
	signals := make(chan *dbus.Signal, 4)
	conn.Signal(signals)
	out := make(chan struct{}, 1)
	go func() {
		defer conn.Close()
		for {
			select {
			case <-ctx.Done():
				return
			case sig, ok := <-signals:
				if !ok {
					return
				}
				if sig.Name != "org.freedesktop.login1.Manager.PrepareForSleep" || len(sig.Body) != 1 {
					continue
				}
				if sleeping, _ := sig.Body[0].(bool); !sleeping {
					log.Debug("logind: resumed from sleep")
					select {
					case out <- struct{}{}:
					default:
					}
				}
			}
		}
	}()
	return out
}
