package filter

import "github.com/logscrub/logscrub/rules"

// Redis commands as MONITOR, SLOWLOG and client libraries' debug output
// print them: every argument quoted,
//
//	1714020105.351607 [0 10.23.121.145:3391] "AUTH" "default" "s3cr3t"
//	"CONFIG" "SET" "requirepass" "s3cr3t"
//	"HELLO" "3" "AUTH" "app" "s3cr3t" "SETNAME" "worker"
//
// AUTH takes a password or a user and a password; HELLO's AUTH option a
// user and a password; requirepass and masterauth (CONFIG SET, a config
// dump) a password.

// redisAnchors are the quoted words that start a password's arguments, and
// how many quoted arguments the password may be preceded by.
var redisAnchors = [...]struct {
	text    string
	maxUser int // AUTH [user] password
}{
	{`"auth" "`, 1},
	{`"requirepass" "`, 0},
	{`"masterauth" "`, 0},
}

// redisPassword finds the password after the anchor at [hs, he) (he is
// just past the opening quote of the first argument). maxUser is how many
// arguments may come before it.
func (st *Stream) redisPassword(spans []span, buf []byte, hs, he, maxUser int, r *rules.Rule, base int) []span {
	// The word is a command or an argument of one: at the start, after
	// MONITOR's "[db client] ", or after another quoted argument.
	if hs > 0 && !(hs >= 2 && buf[hs-1] == ' ' && (buf[hs-2] == ']' || buf[hs-2] == '"')) {
		return spans
	}
	var args [2][2]int
	n := 0
	j := he - 1 // the opening quote of the first argument
	for n <= maxUser && n < len(args) && j < len(buf) && buf[j] == '"' {
		s := j + 1
		e := s
		for e < len(buf) && buf[e] != '"' {
			if buf[e] == '\\' && e+1 < len(buf) {
				e++ // MONITOR escapes '"' and '\' inside an argument
			}
			e++
		}
		if e >= len(buf) {
			break
		}
		args[n] = [2]int{s, e}
		n++
		j = e + 1
		if j < len(buf) && buf[j] == ' ' {
			j++
		} else {
			break
		}
	}
	if n == 0 {
		return spans
	}
	pw := args[0]
	if n == 2 && !redisKeyword(buf[args[1][0]:args[1][1]]) {
		pw = args[1] // AUTH user password
	}
	v := buf[pw[0]:pw[1]]
	if len(v) == 0 || !st.allowed(r, v) {
		return spans
	}
	return append(spans, span{start: base + pw[0], end: base + pw[1], rule: int32(r.Index), prio: prioKey})
}

// redisKeyword reports whether an argument is an upper-case option word
// (HELLO's SETNAME, MIGRATE's KEYS): then the argument before it was the
// password.
func redisKeyword(v []byte) bool {
	if len(v) < 2 || len(v) > 10 {
		return false
	}
	for _, c := range v {
		if !isUpper(c) {
			return false
		}
	}
	return true
}

// redisBareAuth finds the password of a Redis AUTH command written without
// quotes, as tracing instrumentations record the statement
// (db.statement: AUTH s3cr3t, Str(AUTH default s3cr3t)) and redis-cli
// echoes it: the upper-case word at [ks, ke) starts a command (at the
// start, after a blank, '(', '>', ':' or a quote), then one or two
// arguments, the last the password. The password must look like one
// (generated, or letters with digits): "AUTH failed", "AUTH OK" stay.
func redisBareAuth(buf []byte, ks, ke int) (vs, ve int, ok bool) {
	if ks > 0 {
		switch buf[ks-1] {
		case ' ', '(', '>', '"', '\'', '[':
		default:
			return 0, 0, false
		}
	}
	var args [2][2]int
	n, j := 0, ke
	for n < len(args) && j < len(buf) && buf[j] == ' ' {
		s := j + 1
		e := s
		for e < len(buf) && e-s <= maxCueValue && buf[e] > ' ' && buf[e] != ')' && buf[e] != '"' && buf[e] != '\'' && buf[e] != ']' {
			e++
		}
		if e == s {
			break
		}
		args[n] = [2]int{s, e}
		n++
		j = e
	}
	if n == 0 || j < len(buf) && buf[j] > ' ' && buf[j] != ')' && buf[j] != '"' && buf[j] != '\'' && buf[j] != ']' {
		return 0, 0, false
	}
	pw := args[n-1]
	if n == 2 && redisKeyword(buf[args[0][0]:args[0][1]]) {
		return 0, 0, false // SMTP's AUTH PLAIN …, AUTH LOGIN: a mechanism, not a user
	}
	if n == 2 && (redisKeyword(buf[args[1][0]:args[1][1]]) || j < len(buf) && buf[j] == ' ' && !closesStatement(buf[j:])) {
		return 0, 0, false // AUTH in a sentence, not a command
	}
	v := buf[pw[0]:pw[1]]
	if !generated(v) && !chosenPassword(v, false) {
		return 0, 0, false
	}
	return pw[0], pw[1], true
}

// closesStatement reports whether what follows a command's arguments ends
// it: blanks, then the end, a closing bracket or quote, or a field.
func closesStatement(b []byte) bool {
	k := 0
	for k < len(b) && b[k] == ' ' {
		k++
	}
	return k == len(b) || b[k] == ')' || b[k] == '"' || b[k] == '\'' || b[k] == ']' || b[k] == '|'
}
