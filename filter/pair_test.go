package filter

import "testing"

// TestPairs: the secret written beside its identifier with no name of its
// own (a list, an argument list, a CSV row) goes; the identifier stays
// when its rule keeps it; a value another name labels, a number, a
// truncated or embedded identifier leave the line alone.
func TestPairs(t *testing.T) {
	const (
		sid   = "ACeee65f53e9421ce50211670eae679f02"
		token = "e8d28a79023c39c200661fccd268a29a"
	)
	checkStreams(t, []streamCase{
		// Twilio account SID and auth token: the SID stays.
		{"  knex:bindings [ '" + token + "', '" + sid + "' ] undefined +1ms\n",
			"  knex:bindings [ '[REDACTED:twilio-auth-token]', '" + sid + "' ] undefined +1ms\n"},
		{"const client = twilio('" + sid + "', '" + token + "');\n",
			"const client = twilio('" + sid + "', '[REDACTED:twilio-auth-token]');\n"},
		{sid + "," + token + ",+15005550006\r\n",
			sid + ",[REDACTED:twilio-auth-token],+15005550006\r\n"},
		// SID:token, as Basic credentials are written before encoding.
		{"auth " + sid + ":" + token + " ok\n",
			"auth " + sid + ":[REDACTED:twilio-auth-token] ok\n"},
		// Twilio API key SID and its secret: both go.
		{"twilio.rest.Client('SK71159b42b4ea410fb9102f29a422eb14', 'Y96vwfRE5e32A8Yb3FKaNQyyLaMeffOh')\n",
			"twilio.rest.Client('[REDACTED:twilio-api-key]', '[REDACTED:twilio-api-key]')\n"},
		// An AWS credentials CSV row: id and secret key.
		{"ci-deployer,AKIA7SLEIO6ERNNBER24,4HbQLXjjlAFbVV6q9rXxtNDFyuzX9k1gnneGEYG1,Active\n",
			"ci-deployer,AKIA[REDACTED:aws-access-key-id]ER24,[REDACTED:aws-access-key-id],Active\n"},

		// JSON: a sibling element of the token's array; a string holding both.
		{`{"sql":"select","bindings":["` + token + `","` + sid + `"]}` + "\n",
			`{"sql":"select","bindings":["[REDACTED:twilio-auth-token]","` + sid + `"]}` + "\n"},
		{`{"msg":"twilio(\"` + sid + `\", \"` + token + `\")"}` + "\n",
			`{"msg":"twilio(\"` + sid + `\", \"[REDACTED:twilio-auth-token]\")"}` + "\n"},

		// Near misses.
		{`{"sid":"` + sid + `","request_id":"` + token + `"}` + "\n", ""},     // a member of its own
		{`{"a":["` + sid + `"],"b":["` + token + `"]}` + "\n", ""},            // another array
		{`{"a":["` + sid + `"],"` + token + `":1}` + "\n", ""},                // a member name
		{"account " + sid + " request_id=" + token + "\n", ""},                // labelled by a name of its own
		{"account " + sid + " digest 12345678901234567890123456789012\n", ""}, // digits only
		{"id " + sid[:len(sid)-1] + " " + token + "\n", ""},                   // a truncated SID
		{"id x" + sid + " " + token + "\n", ""},                               // not a SID: a longer word
		{"sms queued for " + sid + " as SMeee65f53e9421ce50211670eae679f02\n", ""},
		{"id " + sid + " " + token + "0\n", ""},                   // 33 hex: not a token
		{"id " + sid + " aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n", ""}, // no entropy, no digit
	})
}

// TestPairWindow: the pair must lie within the rule's window of the token.
func TestPairWindow(t *testing.T) {
	const sid = "ACeee65f53e9421ce50211670eae679f02"
	const token = "e8d28a79023c39c200661fccd268a29a"
	gap := make([]byte, 400)
	for i := range gap {
		gap[i] = ' '
	}
	checkStreams(t, []streamCase{
		{sid + string(gap) + token + "\n", ""},
		{sid + string(gap[:100]) + token + "\n", sid + string(gap[:100]) + "[REDACTED:twilio-auth-token]\n"},
	})
}
