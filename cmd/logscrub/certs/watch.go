package certs

import (
	"context"
	"time"
)

// Watch polls the files every interval (5s when every <= 0) and reloads
// when one changed. A file's version is the stat of its path with symlinks
// followed: the file it leads to (device and inode), its size and its
// modification time. That notices rotation by rename (cert-manager, Vault
// agent) and the Kubernetes secret mount's "..data" symlink swap. A failed
// reload is logged at Warn and the old material stays; it is retried when
// a file changes again (a rotation that renames the certificate and the key
// one after the other fails in between and succeeds with the second
// rename). Watch returns when ctx is done.
func (s *Server) Watch(ctx context.Context, every time.Duration) {
	if every <= 0 {
		every = 5 * time.Second
	}
	t := time.NewTicker(every)
	defer t.Stop()
	last := s.cur.Load().stamps
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		now := statAll(s.paths())
		if sameStamps(now, last) {
			continue
		}
		last = now
		if sameStamps(now, s.cur.Load().stamps) {
			continue // loaded already, by Reload
		}
		if err := s.Reload(); err != nil {
			s.log.Warn("tls material reload failed, keeping the previous material", "err", err)
		}
	}
}
