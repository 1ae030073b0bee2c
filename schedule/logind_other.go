//go:build !linux

package schedule

import (
	"context"
	"log/slog"
)

// WatchLogind has no logind to watch outside Linux: the Runner's ticks
// catch every wake.
func WatchLogind(ctx context.Context, log *slog.Logger) <-chan struct{} { return nil }
