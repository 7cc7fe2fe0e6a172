package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"unicode/utf8"
)

// Secret is one planted secret.
type Secret struct {
	Line    int    `json:"line"`    // 1-based line number in the log
	Rule    string `json:"rule"`    // id of the rule whose format it has
	Context string `json:"context"` // one of the Ctx* names
	// Value is the secret as it would read unescaped: a whole token
	// (prefix included), a key's value, the credentials after an
	// Authorization scheme, a URL or curl password, one PEM body line.
	Value string `json:"value"`
	// Prefix is the public part at the start of Value (a token's prefix,
	// which the partial style keeps); 12-byte pieces inside it do not count
	// as a leak.
	Prefix string `json:"prefix,omitempty"`
}

// Decoy is one look-alike that must survive scrubbing.
type Decoy struct {
	Line  int    `json:"line"`  // 1-based line number in the log
	Kind  string `json:"kind"`  // e.g. "uuid", "placeholder", "token-count"
	Value string `json:"value"` // the text exactly as written in the line
}

// Skipped names a rule the generator could not plant, and why.
type Skipped struct {
	Rule   string `json:"rule"`
	Reason string `json:"reason"`
}

// Truth describes a generated evaluation log.
type Truth struct {
	Seed    uint64    `json:"seed"`
	Lines   int       `json:"lines"`
	Bytes   int       `json:"bytes"`
	Rules   []string  `json:"rules"` // every rule id of the set, in order
	Skipped []Skipped `json:"skipped"`
	Secrets []Secret  `json:"secrets"` // in line order
	Decoys  []Decoy   `json:"decoys"`  // in line order
}

// MarshalTruth encodes t as JSON with one secret or decoy per line, so that
// a change to the generator shows up as a readable diff.
func MarshalTruth(t *Truth) ([]byte, error) {
	var b bytes.Buffer
	enc := func(v any) error {
		var e bytes.Buffer
		je := json.NewEncoder(&e)
		je.SetEscapeHTML(false)
		if err := je.Encode(v); err != nil {
			return err
		}
		b.Write(bytes.TrimSuffix(e.Bytes(), []byte("\n")))
		return nil
	}
	fmt.Fprintf(&b, "{\n\"seed\": %d,\n\"lines\": %d,\n\"bytes\": %d,\n\"rules\": ", t.Seed, t.Lines, t.Bytes)
	if err := enc(nonNil(t.Rules)); err != nil {
		return nil, fmt.Errorf("eval: truth: %w", err)
	}
	b.WriteString(",\n\"skipped\": ")
	if err := enc(nonNil(t.Skipped)); err != nil {
		return nil, fmt.Errorf("eval: truth: %w", err)
	}
	b.WriteString(",\n\"secrets\": [")
	for i, s := range t.Secrets {
		if !utf8.ValidString(s.Value) {
			return nil, fmt.Errorf("eval: truth: secret on line %d is not valid UTF-8", s.Line)
		}
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n")
		if err := enc(s); err != nil {
			return nil, fmt.Errorf("eval: truth: %w", err)
		}
	}
	b.WriteString("\n],\n\"decoys\": [")
	for i, d := range t.Decoys {
		if !utf8.ValidString(d.Value) {
			return nil, fmt.Errorf("eval: truth: decoy on line %d is not valid UTF-8", d.Line)
		}
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n")
		if err := enc(d); err != nil {
			return nil, fmt.Errorf("eval: truth: %w", err)
		}
	}
	b.WriteString("\n]\n}\n")
	return b.Bytes(), nil
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// UnmarshalTruth decodes what MarshalTruth wrote.
func UnmarshalTruth(data []byte) (*Truth, error) {
	var t Truth
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&t); err != nil {
		return nil, fmt.Errorf("eval: truth: %w", err)
	}
	return &t, nil
}
