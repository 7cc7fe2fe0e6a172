package filter

import (
	"bytes"
	"strings"

	"github.com/logscrub/logscrub/rules"
)

// Command lines that carry a password in a short flag of their own. Long
// flags (--password VALUE, --password=VALUE) are key names and go through
// the key rules and cues; these are the short ones, which mean a password
// only for the commands that define them (-p is a port for ssh and docker
// run).
type passwordCommand struct {
	name     string // the command word; with family, any word it begins (mysqldump)
	family   bool
	flag     byte   // the flag letter after '-'
	attached bool   // -pVALUE
	separate bool   // -p VALUE
	sub      string // a subcommand that must come first ("login"), or ""
	// userSlash: the password is in an argument user/password[@connect]
	// (Oracle's tools: sqlplus scott/tiger@orcl).
	userSlash bool
	// userSep: the flag's value is user<sep>password and only the password
	// goes (smbclient -U bob%secret); 0 for a value that is all password.
	userSep byte
	// positional: the password is the nth argument after the subcommand
	// (rabbitmqctl add_user USER PASSWORD: 2); firstArg, when set, is what
	// the first argument must begin with (poetry config http-basic.REPO
	// USER PASSWORD).
	positional int
	firstArg   string
	// longFlag: a long flag whose value is user<userSep>password (etcdctl
	// --user root:PASSWORD).
	longFlag string
	// switches: Windows switches whose next argument is a password
	// (schtasks /create … /ru USER /rp PASSWORD, schtasks /s HOST /u USER
	// /p PASSWORD), blank-separated.
	switches string
	// named: a parameter name that may stand before the positional
	// argument (ConvertTo-SecureString -String 'pw'), matched without case.
	named string
	// requires: a flag the command line must hold for the positional
	// argument to be a password (ConvertTo-SecureString 'pw'
	// -AsPlainText), matched without case.
	requires string
	// netUse: Windows' net use [X:] \\server\share [PASSWORD] [/user:…]: the
	// one argument that is neither the share, a drive, a /switch nor '*'.
	netUse bool
}

var passwordCommands = [...]passwordCommand{
	// mysql -pVALUE; "-p VALUE" asks for the password and VALUE is the
	// database.
	{name: "mysql", family: true, flag: 'p', attached: true},
	{name: "mariadb", family: true, flag: 'p', attached: true},
	{name: "sshpass", flag: 'p', attached: true, separate: true},
	{name: "docker", flag: 'p', attached: true, separate: true, sub: "login"},
	{name: "podman", flag: 'p', attached: true, separate: true, sub: "login"},
	{name: "redis-cli", flag: 'a', attached: false, separate: true},
	// ldapsearch, ldapmodify, ldapadd, ldapdelete, ldapwhoami, ldappasswd:
	// one anchor for the family (each anchor costs the scan of every line).
	{name: "ldap", family: true, flag: 'w', separate: true},
	{name: "mongo", family: true, flag: 'p', separate: true},
	// Samba's clients: -U user%password.
	{name: "smbclient", flag: 'U', attached: true, separate: true, userSep: '%'},
	{name: "rpcclient", flag: 'U', attached: true, separate: true, userSep: '%'},
	{name: "sqlcmd", flag: 'P', attached: true, separate: true},
	// az login --service-principal -u APP_ID -p SECRET (one anchor: "az"
	// alone would be a hit in every lazy and hazard).
	{name: "az login", flag: 'p', separate: true},
	{name: "rabbitmqctl", sub: "add_user", positional: 2},
	{name: "rabbitmqctl", sub: "change_password", positional: 2},
	{name: "poetry", sub: "config", firstArg: "http-basic.", positional: 3},
	{name: "net use", netUse: true},
	{name: "schtasks", switches: "/rp /p"},
	// PowerShell: ConvertTo-SecureString 'pw' -AsPlainText -Force.
	{name: "ConvertTo-SecureString", positional: 1, named: "-string", requires: "-asplaintext"},
	{name: "etcdctl", longFlag: "--user", userSep: ':'},
	// Redis Sentinel's config (sentinel.conf, SENTINEL CONFIG output):
	// sentinel auth-pass MASTER PASSWORD.
	{name: "sentinel auth-pass", positional: 2}, // one anchor: "net" alone is in every network
	{name: "sqlplus", userSlash: true},
	{name: "expdp", userSlash: true},
	{name: "impdp", userSlash: true},
	{name: "sqlldr", userSlash: true},
	// Not rman: as an anchor it is in every ServerManager and
	// PowerManagement (17,000 hits in 128 MB of the bench corpus).
}

// maxCommandScan bounds how far past a command word its arguments are
// searched.
const maxCommandScan = 4096

// commandAt reports whether the command word of c ends at end in buf: a
// whole word (after a blank, a quote, '/', '(' or the line start; before a
// blank), a longer word of its family included. It returns the end of the
// word.
func commandAt(buf []byte, start int, c *passwordCommand) (int, bool) {
	if start > 0 {
		switch buf[start-1] {
		case ' ', '\t', '"', '\'', '/', '(', '`', '[', '+', '$', '>': // '>': an XML element's text
		default:
			return 0, false
		}
	}
	e := start + len(c.name)
	if c.family {
		for e < len(buf) && isLower(buf[e]) {
			e++
		}
	}
	if e >= len(buf) || !isSpace(buf[e]) {
		return 0, false
	}
	return e, true
}

// commandPassword appends the passwords given to the command whose name
// starts at start: each of its password flags up to the end of the command
// (a newline, '|', ';' or '&'), and returns the end of what it searched, so
// that a hit inside it is not searched again (a line of a thousand "mysql"
// stays linear).
func (st *Stream) commandPassword(spans []span, buf []byte, start int, c *passwordCommand, r *rules.Rule, base int) ([]span, int) {
	i, ok := commandAt(buf, start, c)
	if !ok {
		return spans, start
	}
	end := commandEnd(buf, i, min(len(buf), i+maxCommandScan))
	return st.commandArgs(spans, buf, i, end, c, r, base), end
}

// commandEnd returns where the command at i ends, at the latest lim: a
// newline, '|', ';', or a '&' that ends a word ("&& next", "cmd &", "&>
// log"). A '&' that starts or sits inside a word (-p 4u9elx&b0Fvc, a
// password printed with the command, &e+D#…) is part of it.
func commandEnd(buf []byte, i, lim int) int {
	for k := i; k < lim; k++ {
		switch buf[k] {
		case '\n', '|', ';':
			return k
		case '<':
			if k+1 < lim && buf[k+1] == '/' {
				return k // the end tag of the XML element the command is the text of
			}
		case '&':
			if k+1 == lim || isSpace(buf[k+1]) || buf[k+1] == '&' || buf[k+1] == '>' || k > i && buf[k-1] == '&' {
				return k
			}
		}
	}
	return lim
}

// commandArgs appends the passwords among a command's arguments [i, end).
func (st *Stream) commandArgs(spans []span, buf []byte, i, end int, c *passwordCommand, r *rules.Rule, base int) []span {
	if c.sub != "" {
		// The first word that is not a flag is the subcommand.
		j := i
		for j < end && isSpace(buf[j]) {
			j++
		}
		if !bytes.HasPrefix(buf[j:end], []byte(c.sub)) || j+len(c.sub) < end && !isSpace(buf[j+len(c.sub)]) {
			return spans
		}
	}
	if c.userSlash {
		return st.userSlashPassword(spans, buf, i, end, r, base)
	}
	if c.requires != "" && !containsFoldASCII(buf[i:end], c.requires) {
		return spans
	}
	if c.positional > 0 {
		return st.positionalPassword(spans, buf, i, end, c, r, base)
	}
	if c.switches != "" {
		return st.switchPassword(spans, buf, i, end, c, r, base)
	}
	if c.netUse {
		return st.netUsePassword(spans, buf, i, end, c, r, base)
	}
	if c.longFlag != "" {
		return st.longFlagPassword(spans, buf, i, end, c, r, base)
	}
	for j := i; j+2 < end; j++ {
		if !isSpace(buf[j]) || buf[j+1] != '-' || buf[j+2] != c.flag {
			continue
		}
		k := j + 3
		var vs int
		switch {
		case k < end && !isSpace(buf[k]):
			if !c.attached {
				continue
			}
			vs = k
		case c.separate:
			for k < end && isSpace(buf[k]) {
				k++
			}
			if k >= end || buf[k] == '-' {
				continue
			}
			vs = k
		default:
			continue
		}
		s, e := argument(buf, vs, end)
		if e <= s {
			continue
		}
		if c.userSep != 0 {
			p := bytes.IndexByte(buf[s:e], c.userSep)
			if p < 0 {
				continue // the user alone: the tool asks for the password
			}
			s += p + 1
		}
		v := buf[s:e]
		if len(v) == 0 {
			continue
		}
		if sh := valueShape(v); sh == shapePlaceholder || sh == shapeFlag || !st.allowed(r, v) {
			continue
		}
		spans = append(spans, span{start: base + s, end: base + e, rule: int32(r.Index), prio: prioKey})
		j = e - 1 // the loop steps onto the blank after the value
	}
	return spans
}

// switchPassword appends the argument after each of c's password
// switches (matched without case, as Windows does).
func (st *Stream) switchPassword(spans []span, buf []byte, i, end int, c *passwordCommand, r *rules.Rule, base int) []span {
	for j := i; j < end; {
		for j < end && isSpace(buf[j]) {
			j++
		}
		if j >= end {
			break
		}
		s, e := argument(buf, j, end)
		if e <= s {
			e = s + 1
		}
		w := buf[s:e]
		j = e
		if j < end && (buf[j] == '\'' || buf[j] == '"') {
			j++
		}
		if len(w) < 2 || w[0] != '/' || !switchNamed(c.switches, w) {
			continue
		}
		for j < end && isSpace(buf[j]) {
			j++
		}
		if j >= end || buf[j] == '/' && j+1 < end && isLower(buf[j+1]|0x20) && (j+2 >= end || isSpace(buf[j+2]) || isLower(buf[j+2]|0x20)) && !st.randomArg(buf, j, end) {
			continue // another switch: schtasks asks for the password
		}
		vs, ve := argument(buf, j, end)
		if v := buf[vs:ve]; len(v) > 0 && valueShape(v) != shapePlaceholder && string(v) != "*" && st.allowed(r, v) {
			spans = append(spans, span{start: base + vs, end: base + ve, rule: int32(r.Index), prio: prioKey})
		}
		j = ve
	}
	return spans
}

// randomArg reports whether the argument at j looks generated (a password
// that starts with '/').
func (st *Stream) randomArg(buf []byte, j, end int) bool {
	s, e := argument(buf, j, end)
	return generated(buf[s:e])
}

// switchNamed reports whether w is one of the blank-separated switches.
func switchNamed(switches string, w []byte) bool {
	for len(switches) > 0 {
		sw, rest, _ := strings.Cut(switches, " ")
		if equalFoldASCII(w, sw) {
			return true
		}
		switches = rest
	}
	return false
}

// positionalPassword appends the nth argument after c's subcommand (which
// commandArgs has checked is the first word at i).
func (st *Stream) positionalPassword(spans []span, buf []byte, i, end int, c *passwordCommand, r *rules.Rule, base int) []span {
	j := i
	for j < end && isSpace(buf[j]) {
		j++
	}
	j += len(c.sub)
	for n := 1; n <= c.positional; n++ {
		for j < end && isSpace(buf[j]) {
			j++
		}
		if c.named != "" && n == 1 && j < end && buf[j] == '-' {
			if s, e := argument(buf, j, end); equalFoldASCII(buf[s:e], c.named) {
				for j = e; j < end && isSpace(buf[j]); j++ {
				}
			}
		}
		if j >= end || buf[j] == '-' {
			return spans // a flag where an argument was due: not this form
		}
		s, e := argument(buf, j, end)
		if n == 1 && c.firstArg != "" && !bytes.HasPrefix(buf[s:e], []byte(c.firstArg)) {
			return spans
		}
		if n == c.positional {
			v := buf[s:e]
			if len(v) == 0 || valueShape(v) == shapePlaceholder || !st.allowed(r, v) {
				return spans
			}
			return append(spans, span{start: base + s, end: base + e, rule: int32(r.Index), prio: prioKey})
		}
		j = e
		if j < end && (buf[j] == '\'' || buf[j] == '"') {
			j++ // the closing quote of a quoted argument
		}
	}
	return spans
}

// longFlagPassword appends the password in c's long flag: --user u:p or
// --user=u:p.
func (st *Stream) longFlagPassword(spans []span, buf []byte, i, end int, c *passwordCommand, r *rules.Rule, base int) []span {
	f := []byte(c.longFlag)
	for j := i; j < end; {
		k := bytes.Index(buf[j:end], f)
		if k < 0 {
			return spans
		}
		k += j
		j = k + len(f)
		if !isSpace(buf[k-1]) || j >= end || buf[j] != '=' && !isSpace(buf[j]) {
			continue
		}
		vs := j + 1
		for vs < end && isSpace(buf[vs]) {
			vs++
		}
		if vs >= end {
			return spans
		}
		s, e := argument(buf, vs, end)
		p := bytes.IndexByte(buf[s:e], c.userSep)
		if p < 0 {
			continue // the user alone: the tool asks for the password
		}
		s += p + 1
		if v := buf[s:e]; len(v) > 0 && valueShape(v) != shapePlaceholder && st.allowed(r, v) {
			spans = append(spans, span{start: base + s, end: base + e, rule: int32(r.Index), prio: prioKey})
		}
		j = e
	}
	return spans
}

// netUsePassword appends the password argument of net use, if it has one.
func (st *Stream) netUsePassword(spans []span, buf []byte, i, end int, c *passwordCommand, r *rules.Rule, base int) []span {
	j := i
	for j < end && isSpace(buf[j]) {
		j++
	}
	j += len(c.sub)
	share := false
	for j < end {
		for j < end && isSpace(buf[j]) {
			j++
		}
		if j >= end {
			break
		}
		s, e := argument(buf, j, end)
		v := buf[s:e]
		switch {
		case len(v) >= 2 && v[0] == '\\' && v[1] == '\\':
			share = true
		case len(v) == 0 || v[0] == '/' || string(v) == "*" || len(v) == 2 && v[1] == ':' && (isUpper(v[0]) || isLower(v[0])):
		case share && valueShape(v) != shapePlaceholder && st.allowed(r, v):
			return append(spans, span{start: base + s, end: base + e, rule: int32(r.Index), prio: prioKey})
		}
		j = e
		if j < end && (buf[j] == '\'' || buf[j] == '"') {
			j++
		}
	}
	return spans
}

// argument returns the extent of one shell argument at j: the inside of a
// quoted one, or the run of non-blank bytes.
func argument(buf []byte, j, end int) (int, int) {
	if q := buf[j]; q == '\'' || q == '"' {
		if k := bytes.IndexByte(buf[j+1:end], q); k >= 0 {
			return j + 1, j + 1 + k
		}
	}
	k := j
	for k < end && !isSpace(buf[k]) {
		k++
	}
	return j, k
}

// userSlashPassword finds the login argument user/password[@connect] of
// an Oracle tool between i and end: the first argument that is not a flag,
// a userid= value, or the argument after target or auxiliary. Other
// arguments (dumpfile=dir/x.dmp, @/path/script.sql) are left alone.
func (st *Stream) userSlashPassword(spans []span, buf []byte, i, end int, r *rules.Rule, base int) []span {
	first := true
	login := false // the previous word was target or auxiliary
	for j := i; j < end; {
		for j < end && isSpace(buf[j]) {
			j++
		}
		s, e := argument(buf, j, end)
		if e <= s {
			break
		}
		arg := buf[s:e]
		j = e + 1
		cand := login
		switch {
		case hasPrefixFold(arg, "userid="):
			arg, s, cand = arg[7:], s+7, true
		case equalFoldASCII(arg, "target") || equalFoldASCII(arg, "auxiliary"):
			login = true
			continue
		case arg[0] == '-':
			continue // a flag: the login may still follow
		case first && arg[0] != '@':
			cand = true
		}
		first, login = false, false
		if !cand {
			continue
		}
		slash := bytes.IndexByte(arg, '/')
		if slash < 1 || !isLower(arg[0]) && !isUpper(arg[0]) || !plainUser(arg[:slash]) {
			continue
		}
		pe := len(arg)
		if at := bytes.LastIndexByte(arg, '@'); at > slash {
			pe = at
		}
		v := arg[slash+1 : pe]
		if len(v) == 0 || valueShape(v) == shapePlaceholder || !st.allowed(r, v) {
			continue
		}
		spans = append(spans, span{start: base + s + slash + 1, end: base + s + pe, rule: int32(r.Index), prio: prioKey})
	}
	return spans
}
