// Package filtertest gives tests of the adapters around the engine one
// Scrubber of the embedded default rules, compiled once per test binary.
package filtertest

import (
	"sync"
	"testing"

	"github.com/logscrub/logscrub/filter"
	"github.com/logscrub/logscrub/rules"
)

var (
	once sync.Once
	sc   *filter.Scrubber
	err  error
)

// Default returns the Scrubber of the default rules and default options.
func Default(tb testing.TB) *filter.Scrubber {
	tb.Helper()
	once.Do(func() {
		var set *rules.Set
		if set, err = rules.Default(); err == nil {
			sc, err = filter.New(set, filter.Options{})
		}
	})
	if err != nil {
		tb.Fatal(err)
	}
	return sc
}
