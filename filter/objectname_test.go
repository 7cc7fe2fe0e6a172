package filter

import "testing"

// TestObjectNames: an OpenShift token where an object's name stands is
// the name of its OAuthAccessToken (the digest of a token) and stays; the
// same shape anywhere else is the token.
func TestObjectNames(t *testing.T) {
	const tok = "sha256~Yn9ZhyiA4uoRgnatmUdjAWtGSU8po_799NksnRH9ucA"
	const red = "[REDACTED:openshift-user-token]"
	checkStreams(t, []streamCase{
		{`name="` + tok + `" user=alice` + "\n", ""},
		{`name: '` + tok + `'` + "\n", ""},
		{`Name=` + tok + "\n", ""},
		{`metadata.name=` + tok + "\n", ""},
		{`objectName=` + tok + "\n", ""},
		{`{"metadata":{"name" : "` + tok + `"}}` + "\n", ""},
		{`{"msg":"deleted {\"name\":\"` + tok + `\"}"}` + "\n", ""},
		{`GET /apis/oauth.openshift.io/v1/oauthaccesstokens/` + tok + "\n", ""},
		// Near misses: other keys ending in "name", no key, another key.
		{`username=` + tok + "\n", `username=` + red + "\n"},
		{`hostname=` + tok + "\n", `hostname=` + red + "\n"},
		{`login with ` + tok + "\n", `login with ` + red + "\n"},
		{`{"user":"alice","value":"` + tok + `"}` + "\n", `{"user":"alice","value":"` + red + `"}` + "\n"},
		{`names ` + tok + "\n", `names ` + red + "\n"},
	})
}
