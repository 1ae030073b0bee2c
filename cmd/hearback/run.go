package main

import (
	"context"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/coreos/go-systemd/v22/daemon"

	"github.com/hearback/hearback/engine"
	"github.com/hearback/hearback/schedule"
)

func cmdRun(ctx context.Context, g *globals, args []string) error {
	fs := newFlagSet(g, "run", "run\n\nRuns until SIGTERM or SIGINT: keeps the store fresh (IDLE or polling) and checks on the configured schedule.\nSIGHUP reloads the configuration; a bad new configuration is reported and the running one kept.")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	// Registered before anything slow, so that an early SIGHUP (systemctl
	// reload right after start) is not the default action: exit.
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)

	e, err := g.openEngine(ctx)
	if err != nil {
		return err
	}
	sd := sdNotifier{}
	svc := &engine.Service{
		Load:   g.openEngine,
		Status: func(line string) { sd.notify("STATUS=" + line) },
		Wake:   schedule.WatchLogind(ctx, e.Log),
	}
	defer func() { svc.Engine().Close() }()
	if err := svc.Start(ctx, e); err != nil {
		return err
	}

	// The watchdog ping comes from this loop, which also serves signals:
	// if it wedges, systemd restarts the service (WatchdogSec in the unit).
	var wdTick <-chan time.Time
	if iv, err := daemon.SdWatchdogEnabled(false); err == nil && iv > 0 {
		t := time.NewTicker(iv / 2)
		defer t.Stop()
		wdTick = t.C
		e.Log.Debug("systemd watchdog enabled", "interval", iv.String())
	}
	sd.notify(daemon.SdNotifyReady, "STATUS="+svc.StatusLine())
loop:
	for {
		select {
		case <-ctx.Done():
			break loop
		case <-wdTick:
			sd.notify(daemon.SdNotifyWatchdog)
		case <-hup:
			// MONOTONIC_USEC goes with RELOADING=1 from systemd 253 on;
			// older versions ignore it.
			sd.notify(daemon.SdNotifyReloading, strings.TrimSpace(daemon.SdNotifyMonotonicUsec()))
			svc.Reload(ctx)
			sd.notify(daemon.SdNotifyReady, "STATUS="+svc.StatusLine())
		}
	}
	// From here a second signal kills the process the default way.
	g.stopSignals()
	sd.notify(daemon.SdNotifyStopping, "STATUS=stopping")
	log := svc.Engine().Log
	log.Info("stopping", "grace", engine.ShutdownGrace.String())
	if svc.Stop(engine.ShutdownGrace) {
		log.Info("stopped")
	} else {
		log.Warn("stopped with work still running (grace period over)")
	}
	return nil
}

// sdNotifier speaks systemd's notify protocol when NOTIFY_SOCKET is set
// (Type=notify) and does nothing otherwise (a terminal, launchd).
type sdNotifier struct{}

func (sdNotifier) notify(states ...string) {
	// The environment is kept: a reload or the watchdog notifies again.
	daemon.SdNotify(false, strings.Join(states, "\n"))
}
