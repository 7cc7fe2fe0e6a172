package main

import (
	"fmt"
	"io"
	"log/slog"
	"strings"
)

// newLogger returns the logger for logscrub's own messages on w: text
// (slog's key=value) or JSON, at level. An empty level is info when
// logscrub runs as a receiver (--listen: a daemon whose start, listeners,
// rejections, reconnects, reloads and shutdown an operator wants to see)
// and warn otherwise, so that a filter in a pipe stays quiet.
//
// No message carries a line's content or a secret at any level: messages
// name files, addresses, counts, rule ids and errors. Errors from the
// engine and the adapters hold no input bytes (filter.IOError,
// archive.FormatError and the TLS reasons are built so).
func newLogger(w io.Writer, format, level string, daemon bool) (*slog.Logger, error) {
	var lv slog.Level
	switch strings.ToLower(level) {
	case "":
		lv = slog.LevelWarn
		if daemon {
			lv = slog.LevelInfo
		}
	case "debug":
		lv = slog.LevelDebug
	case "info":
		lv = slog.LevelInfo
	case "warn", "warning":
		lv = slog.LevelWarn
	case "error":
		lv = slog.LevelError
	default:
		return nil, fmt.Errorf("--log-level %q: want debug, info, warn or error", level)
	}
	opts := &slog.HandlerOptions{Level: lv}
	switch format {
	case "", "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("--log-format %q: want text or json", format)
}

// errorf reports an error of the session: "logscrub: …" on stderr as
// before in text mode, one JSON record at level ERROR in json mode, so
// that stderr stays one format.
func (s *session) errorf(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if s.c.logFormat == "json" {
		s.log.Error(msg)
		return
	}
	fmt.Fprintf(s.stderr, "logscrub: %s\n", msg)
}
