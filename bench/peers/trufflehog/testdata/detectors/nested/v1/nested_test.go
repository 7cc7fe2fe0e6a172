package v1

import "testing"

type testCase struct {
	Input    string
	Expected map[string]struct{}
}

func TestNested(t *testing.T) {
	cases := map[string]testCase{
		"secret": {
			Input:    "client_secret = \"s3cr3t~Value_1234567890\"",
			Expected: map[string]struct{}{"s3cr3t~Value_1234567890": {}},
		},
		"none": {
			Input:    "client_secret = \"\"",
			Expected: map[string]struct{}{},
		},
	}
	_ = cases
	tests := []struct {
		name        string
		data        string
		shouldMatch bool
		match       string
	}{
		{name: "match", data: "tok=nst_abcdef0123456789", shouldMatch: true, match: "nst_abcdef0123456789"},
		{name: "no match given", data: "tok=nst_abcdef0123456789", shouldMatch: true},
		{name: "negative", data: "tok=nst_", shouldMatch: false},
	}
	_ = tests
}
