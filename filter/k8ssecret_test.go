package filter

import "testing"

// TestKubernetesSecret: every value of a Secret's data and stringData goes
// whatever its name; the Secret's public members, certificates and other
// objects' data stay.
func TestKubernetesSecret(t *testing.T) {
	const (
		conf = "ZGI6CiAgdXNlcjogYXBwCiAgcGFzczogWng4UXcyRXI0VHk2" // db:\n  user: app\n  pass: Zx8Qw2Er4Ty6
		cert = "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM="     // -----BEGIN CERTIFICATE-----\nMIIC
		red  = "[REDACTED:kubernetes-secret]"
	)
	checkStreams(t, []streamCase{
		// kubectl get secret -o json, one line: data before kind.
		{`{"apiVersion":"v1","data":{"config.yaml":"` + conf + `","tls.crt":"` + cert + `"},"kind":"Secret","type":"kubernetes.io/tls"}` + "\n",
			`{"apiVersion":"v1","data":{"config.yaml":"` + red + `","tls.crt":"` + cert + `"},"kind":"Secret","type":"kubernetes.io/tls"}` + "\n"},
		// A GKE audit request, with stringData.
		{`{"protoPayload":{"request":{"@type":"core.k8s.io/v1.Secret","stringData":{"settings":"mode=prod seed=Qw2Er4Ty6"}}}}` + "\n",
			`{"protoPayload":{"request":{"@type":"core.k8s.io/v1.Secret","stringData":{"settings":"` + red + `"}}}}` + "\n"},
		// A list: each item is judged as its own object.
		{`{"kind":"SecretList","items":[{"kind":"Secret","data":{"a":"` + conf + `"}},{"kind":"ConfigMap","data":{"a":"plain"}}]}` + "\n",
			`{"kind":"SecretList","items":[{"kind":"Secret","data":{"a":"` + red + `"}},{"kind":"ConfigMap","data":{"a":"plain"}}]}` + "\n"},
		// A Secret inside an audit event's message string.
		{`{"msg":"{\"kind\":\"Secret\",\"data\":{\"a\":\"` + conf + `\"}}"}` + "\n",
			`{"msg":"{\"kind\":\"Secret\",\"data\":{\"a\":\"` + red + `\"}}"}` + "\n"},
		// Service-account token Secret: namespace and ca.crt stay.
		{`{"data":{"ca.crt":"` + cert + `","namespace":"ZGVmYXVsdA==","extra":"` + conf + `"},"kind":"Secret"}` + "\n",
			`{"data":{"ca.crt":"` + cert + `","namespace":"ZGVmYXVsdA==","extra":"` + red + `"},"kind":"Secret"}` + "\n"},

		// Near misses.
		{`{"data":{"config.yaml":"` + conf + `"},"kind":"ConfigMap"}` + "\n", ""},
		{`{"involvedObject":{"kind":"Secret","name":"app"},"data":{"a":"` + conf + `"}}` + "\n", ""}, // kind of another object
		{`{"kind":"secret","data":{"a":"` + conf + `"}}` + "\n", ""},                                 // not the kind as Kubernetes writes it
		{`{"kind":"Secret","data":{},"stringData":{"a":""}}` + "\n", ""},
		{`{"kind":"Secret","data":{"a":"<redacted>"}}` + "\n", ""},
		{`{"kind":"Secret","metadata":{"name":"app"}}` + "\n", ""},
		{`{"client_secret":"x","data":{"a":"` + conf + `"}}` + "\n", `{"client_secret":"x","data":{"a":"` + conf + `"}}` + "\n"},
	})
}
