package filter

import "testing"

// TestSessionStore: the id a session store keys a session by goes; a
// document id, a pattern, a count and other collections stay.
func TestSessionStore(t *testing.T) {
	const (
		sid = "RkT3xq9vZb2LmN8pQ4sW6yA1cE5gH7jK"
		red = "[REDACTED:session-store]"
	)
	checkStreams(t, []streamCase{
		{"Mongoose: sessions.findOne({ _id: '" + sid + "', expires: { '$gt': new Date(\"2024-04-24T03:12:30.671Z\") } }, {})\n",
			"Mongoose: sessions.findOne({ _id: '" + red + "', expires: { '$gt': new Date(\"2024-04-24T03:12:30.671Z\") } }, {})\n"},
		{"Mongoose: user_sessions.updateOne({ \"_id\": \"2257b530-7f19-437c-a552-27f2a626a64b\" }, { '$set': {} }, { upsert: true })\r\n",
			"Mongoose: user_sessions.updateOne({ \"_id\": \"" + red + "\" }, { '$set': {} }, { upsert: true })\r\n"},
		{`{"msg":"Mongoose: sessions.deleteOne({ _id: '` + sid + `' }, {})"}` + "\n",
			`{"msg":"Mongoose: sessions.deleteOne({ _id: '` + red + `' }, {})"}` + "\n"},
		{`1714000000.123456 [0 10.0.0.5:51234] "GET" "sess:` + sid + `"` + "\n",
			`1714000000.123456 [0 10.0.0.5:51234] "GET" "sess:` + red + `"` + "\n"},
		{`"SETEX" "myapp:sess:` + sid + `" "86400" "{\"cookie\":{}}"` + "\n",
			`"SETEX" "myapp:sess:` + red + `" "86400" "{\"cookie\":{}}"` + "\n"},
		{`"GET" "PHPREDIS_SESSION:k3j4h5g6f7d8s9a0q1w2e3r4t5"` + "\n", `"GET" "PHPREDIS_SESSION:[REDACTED:session]"` + "\n"},
		{`"HGETALL" "spring:session:sessions:4f1c2b9e-7d3a-4c11-9a57-2b8e6f0d1c33"` + "\n",
			`"HGETALL" "spring:session:sessions:` + red + `"` + "\n"},
		{"expired sess:" + sid + ".\n", "expired sess:" + red + ".\n"},

		// Near misses.
		{"Mongoose: users.findOne({ _id: '" + sid + "' }, {})\n", ""},
		{"Mongoose: sessions.findOne({ _id: new ObjectId(\"65f1c2b9e7d3a4c11a57b8e6\") }, {})\n", ""},
		{"Mongoose: sessions.deleteMany({ expires: { '$lt': new Date(\"2024\") } }, {})\n", ""},
		{"Mongoose: sessions.findOne({ _id: '" + sid + "x\\' }, {})\n", ""}, // not a whole id
		{"closed 3 sessions. next run in 5m\n", ""},
		{`"KEYS" "sess:*"` + "\n", ""},
		{"process:" + sid + "\n", ""},
		{"mysess:" + sid + "\n", ""},
		{"sess: 1234567890123456789\n", ""},
		{"s.e.s.s:" + sid + "\n", ""},
	})
}
