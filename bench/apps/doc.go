// Package apps tests logscrub on logs captured from real applications rather
// than generated text. It has no API; its test, TestApps, is the whole of it.
//
// # What is captured
//
// bench/apps/nestjs is a small NestJS service (@nestjs/core, common and
// platform-express 12.5.1 on Express 5, TypeScript, node 20) served over
// HTTPS with mutual TLS (requestCert, rejectUnauthorized). It logs only
// through Nest's own ConsoleLogger, the way Nest code usually does
// (new Logger(Context).log(obj), .debug, .verbose, .warn, .error(msg,
// err.stack)), so objects are printed by Nest with util.inspect:
//
//   - a middleware logs every request line with the client certificate's CN
//     and fingerprint, then the whole req.headers object;
//   - an interceptor logs req.query (a null-prototype object under Express 5)
//     and req.body (JSON or urlencoded), and the handler's outcome with
//     structured params;
//   - a catch-all exception filter logs the error with its stack and echoes
//     the request (headers, query, body);
//   - the login route logs the body when a login fails, and the session id it
//     issues when one succeeds;
//   - a controller calling an upstream API with axios logs the failure's
//     stack, AxiosError.toJSON() (config.headers.Authorization inside) and, for
//     a refused connection, the AxiosError object itself (ClientRequest,
//     _header with the raw request, kOutHeaders arrays);
//   - routes for orders, deployments, assets and health log only harmless
//     data: order ids, UUIDs, ARNs, S3 URIs and paths, commit SHAs, ISO
//     timestamps, trace ids, e-mail addresses.
//
// A seeded driver sends 300 requests from 127.0.0.1 with fake secrets: API
// keys of 12 to 64 characters and vendor-prefixed ones (sk_live_, rk_live_,
// ghp_, github_pat_, xoxb-, xoxp-, glpat-, npm_, sk-proj-, SG., AKIA) in
// headers (x-api-key, api-key, x-auth-token, x-access-token, private-token,
// Authorization Bearer/Token), query strings (access_token, api_key, token,
// apikey, key, auth, code) and nested JSON bodies; Bearer JWTs; Basic
// credentials; session cookies; passwords in JSON and urlencoded login bodies;
// webhook signatures; integration settings (AWS secret keys, signing
// secrets). It records the truth: every secret value it sent or was issued
// (secrets.txt), every harmless value it sent (harmless.txt), and the kind
// and carrier of each (truth.tsv).
//
// The service runs three times on the same traffic: ConsoleLogger with
// colours forced on (console-color.log: ANSI codes around every level,
// context and inspected string, as a terminal or a container runtime that
// keeps them records), with colours off (console-plain.log), and in json
// mode (json.log). stdout and stderr go to one file, in the order written.
// All of it is in testdata/apps/nestjs; each log is under 1 MB.
//
// # What the test proves
//
// TestApps builds ./cmd/logscrub with go build into a temporary folder (it
// imports nothing of the engine), runs the binary as a filter on each
// committed log, and checks:
//
//   - the output has the same number of lines and every line keeps its
//     ending (LF or CRLF) — always asserted;
//   - secrets surviving: a secret of secrets.txt that is in the input
//     survives when the output still holds it whole (a secret of at most 12
//     bytes) or any 12-byte window of it that is distinctive, that is in no
//     other secret and no harmless value (so a JWT's common header or a
//     vendor prefix does not make every secret of that shape survive; on the
//     committed captures the count is the same as with every window);
//   - harmless values destroyed: a value of harmless.txt that occurs fewer
//     times in the output than in the input;
//   - clean lines changed: a line of the input holding no secret that does
//     not come out byte for byte the same.
//
// It logs a table per log (lines, CRLF lines, and the three counts out of
// how many) and, for each count, the values by kind and carrier with the
// output line of the first of each kind. Every secret must be in at least
// one log, and each log must hold most of the truth, or the capture and its
// truth do not match.
//
// The engine does not yet pass on these logs (most visibly on the coloured
// one, where a key rule takes the ANSI colour code after `password: ` for
// the value and leaves the value itself), and it is being fixed separately.
// So by default the three counts are held to upper bounds, today's counts,
// in the bounds table of apps_test.go: the test passes today and fails on
// any regression, and says when a count has dropped below its bound so the
// bound can be lowered. LOGSCRUB_APPS_STRICT=1 holds every count to zero:
//
//	go test ./bench/apps -run TestApps -v                          # default: bounds
//	LOGSCRUB_APPS_STRICT=1 go test ./bench/apps -run TestApps -v   # strict: fails today
//
// The test needs only the committed files and Go; not node.
//
// # How to recapture
//
// With node (20 or later), npm, openssl and curl, from the repository root:
//
//	bash bench/apps/nestjs/capture.sh
//
// It runs npm ci (the lock file is committed, node_modules never), compiles
// the service, makes a throw-away CA, server and client certificate in a
// temporary folder, starts a stand-in upstream API, then for each of the
// three logger modes starts the service on a free 127.0.0.1 port, checks
// that a request without a client certificate is refused, runs the driver
// and stops the service; then it writes the logs and the truth to
// testdata/apps/nestjs. Every process it starts also stops by itself after a
// few minutes. SEED and REQUESTS change the traffic. The same seed sends
// the same requests and secrets; the session ids the service issues, the
// certificate's fingerprint, ports, pids, times and paths in stack traces
// differ from one capture to the next, so after a recapture run the test
// and set the bounds to the new counts.
package apps
