package filter_test

import (
	"os"
	"testing"

	"github.com/logscrub/logscrub/filter"
	"github.com/logscrub/logscrub/rules"
)

// TestGenericSecrets: a random-looking value under a key whose name says
// secret is redacted; decoys (ids, digests, UUIDs, identifiers, counts,
// timeouts, allowlisted keys) survive. The rule file is
// testdata/rules/generic.toml.
func TestGenericSecrets(t *testing.T) {
	data, err := os.ReadFile("../testdata/rules/generic.toml")
	if err != nil {
		t.Fatal(err)
	}
	set, err := rules.Compile(rules.NamedSource{Name: "generic.toml", Data: data})
	if err != nil {
		t.Fatal(err)
	}
	sc, err := filter.New(set, filter.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ in, want string }{
		{"signing_key=Zx8Qw2Er4Ty6Ui8Op0As", "signing_key=[REDACTED:generic-secret]"},
		{"AUTH_HMAC=9f8e7d6c5b4a39281706", "AUTH_HMAC=[REDACTED:generic-secret]"},
		{`{"db":{"credentials":"Zx8Qw2Er4Ty6Ui8Op0As2Df","authType":"basic","auth":{"user":"bob","retries":3}}}`,
			`{"db":{"credentials":"[REDACTED:generic-secret]","authType":"basic","auth":{"user":"bob","retries":3}}}`},
		{"privateKeyMaterial: Zx8Qw2Er4Ty6Ui8Op0As==", "privateKeyMaterial: [REDACTED:generic-secret]"},
		// Decoys.
		{"token_count=123456789012345678", ""},
		{"session_timeout=30", ""},
		{"signing_key_id=Zx8Qw2Er4Ty6Ui8Op0As", ""},
		{"cache_key=user_profile_settings_v2", ""},
		{"auth_request=4f1c2b9e-7d3a-4c11-9a57-2b8e6f0d1c33", ""},
		{"content_sha256=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", ""},
		{"password_policy=Zx8Qw2Er4Ty6Ui8Op0As", ""},
		{"secret_path=/var/run/secrets/kubernetes.io/token", ""},
		{"auth_url=https://login.example.com/oauth2", ""},
		{"token=abcdefghijklmnopqrstuvwx", ""},
		{"authorization_status=approved", ""},
		{"api_token_enabled=true", ""},
	}
	for _, c := range cases {
		want := c.want
		if want == "" {
			want = c.in
		}
		if got := string(sc.NewStream().AppendLine(nil, []byte(c.in))); got != want {
			t.Errorf("%q:\n got %q\nwant %q", c.in, got, want)
		}
	}
}
