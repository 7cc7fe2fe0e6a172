//go:build detectors

package acme

import "testing"

// An integration test, which the extractor skips: its case would count.
func TestAcme_FromChunk(t *testing.T) {
	tests := []struct {
		input string
		want  []string
	}{
		{input: "acme_Integration0123456789", want: []string{"acme_Integration0123456789"}},
	}
	_ = tests
}
