package acme

import (
	"fmt"
	"strings"
	"testing"
)

var (
	validPattern   = prefix + "Zx8Qw2Er4Ty6Ui8Op0As"
	invalidPattern = "acme_short"
	keyword        = "acme"
	validID        = `id-0123456789`
)

const multi = `config:
  acme_key: acme_Mm1Nn2Bb3Vv4Cc5Xx6Zz
`

func TestAcme_Pattern(t *testing.T) {
	local := "acme_L0c4lL0c4lL0c4lL0"
	tests := []struct {
		name  string
		input string
		want  []string
	}{
		{
			name:  "valid pattern - sprintf",
			input: fmt.Sprintf("%s token = '%s'", keyword, validPattern),
			want:  []string{validPattern},
		},
		{
			name:  "valid pattern - concatenation",
			input: "export ACME=" + validPattern + " # " + keyword,
			want:  []string{validPattern},
		},
		{
			name:  "valid pattern - raw multi-line",
			input: multi,
			want:  []string{"acme_Mm1Nn2Bb3Vv4Cc5Xx6Zz"},
		},
		{
			name:  "valid pattern - composite and local",
			input: fmt.Sprintf("id=%s secret=%s", validID, local),
			want:  []string{validID + ":" + local},
		},
		{
			name:  "invalid pattern",
			input: fmt.Sprintf("%s = '%s'", keyword, invalidPattern),
			want:  []string{},
		},
		{
			name:  "invalid pattern - nil",
			input: "nothing here",
			want:  nil,
		},
		{
			name:  "not evaluable",
			input: makeInput(),
			want:  []string{validPattern},
		},
		{
			name:  "repeat",
			input: "acme " + strings.Repeat("x", 3),
			want:  []string{"acme xxx"},
		},
	}
	_ = tests
}

func makeInput() string { return "" }
