package main

// Tests of the shipper recipes in testdata/integrations for Fluent Bit,
// Fluentd and Kubernetes. No Fluent Bit or Fluentd binary runs here: each
// test takes the logscrub command out of the recipe file itself (so a change
// to the recipe is a change to what the test runs), puts test addresses and
// paths in place of the recipe's, runs the binary, and replays the exact
// wire shape that the shipper sends or reads.

import (
	"bufio"
	"bytes"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/logscrub/logscrub/cmd/logscrub/certs/certstest"
)

const recipesDir = "../../testdata/integrations"

// Secrets the recipe tests send; the default rules remove each of them.
const (
	recipeJWT    = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
	recipeGHP    = "ghp_0123456789abcdefghijklmnopqrstuvwxyz"
	recipeAPIKey = "s3cr3tv4lue0123456789"
)

// recipeSecretParts are pieces of the secrets that must not survive in any
// output (github-pat keeps its prefix and last four characters by design,
// so the middle of the token is what is checked).
var recipeSecretParts = []string{
	"hunter2",
	"s3cr3tv4lue",
	"AKIAQWERTYUIOPASDFGH",
	"QWERTYUIOPAS",
	"0123456789abcdefghijklmnopqr",
	"eyJzdWIiOiIxMjM0NTY3ODkwIn0",
	"dozjgNryP4J3jVmNHl0w5N",
}

func checkNoRecipeSecrets(t *testing.T, what, s string) {
	t.Helper()
	for _, sec := range recipeSecretParts {
		if strings.Contains(s, sec) {
			t.Fatalf("%s: the secret %q survived:\n%s", what, sec, s)
		}
	}
}

func readRecipe(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(recipesDir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// --- Taking the logscrub command out of a recipe -------------------------

// shellWords splits a command line as sh does, without expansions: blanks
// separate words; single quotes, double quotes and backslashes quote.
func shellWords(s string) ([]string, error) {
	var words []string
	var cur strings.Builder
	inWord := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\'':
			j := strings.IndexByte(s[i+1:], '\'')
			if j < 0 {
				return nil, fmt.Errorf("unterminated ' in %q", s)
			}
			cur.WriteString(s[i+1 : i+1+j])
			i += j + 1
			inWord = true
		case c == '"':
			i++
			for ; i < len(s) && s[i] != '"'; i++ {
				if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("$`\"\\\n", s[i+1]) >= 0 {
					i++
				}
				cur.WriteByte(s[i])
			}
			if i >= len(s) {
				return nil, fmt.Errorf("unterminated \" in %q", s)
			}
			inWord = true
		case c == '\\' && i+1 < len(s):
			i++
			if s[i] != '\n' {
				cur.WriteByte(s[i])
				inWord = true
			}
		case c == ' ' || c == '\t' || c == '\n':
			if inWord {
				words = append(words, cur.String())
				cur.Reset()
				inWord = false
			}
		default:
			cur.WriteByte(c)
			inWord = true
		}
	}
	if inWord {
		words = append(words, cur.String())
	}
	return words, nil
}

// shellQuote quotes words for sh -c.
func shellQuote(words []string) string {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = "'" + strings.ReplaceAll(w, "'", `'\''`) + "'"
	}
	return strings.Join(q, " ")
}

// logicalLines joins lines that end in a backslash with the next.
func logicalLines(lines []string) []string {
	var out []string
	var cur strings.Builder
	for _, l := range lines {
		if strings.HasSuffix(l, `\`) {
			cur.WriteString(strings.TrimSuffix(l, `\`))
			cur.WriteByte(' ')
			continue
		}
		cur.WriteString(l)
		out = append(out, cur.String())
		cur.Reset()
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out
}

// commentCommand returns the one command line in the recipe's comments that
// starts with `logscrub --` (continued over comment lines ending in a
// backslash).
func commentCommand(t *testing.T, recipe, text string) []string {
	t.Helper()
	var body []string
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, "#") {
			body = append(body, strings.TrimSpace(strings.TrimPrefix(l, "#")))
		} else {
			body = append(body, "")
		}
	}
	var found []string
	for _, l := range logicalLines(body) {
		if strings.HasPrefix(l, "logscrub --") {
			found = append(found, l)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%s: %d comment lines hold a `logscrub --…` command, want exactly 1: %q", recipe, len(found), found)
	}
	words, err := shellWords(found[0])
	if err != nil {
		t.Fatalf("%s: %v", recipe, err)
	}
	return words
}

// pipeStages returns the stages of the shell pipelines in a script: each
// logical, non-comment line split at unquoted '|'.
func pipeStages(t *testing.T, recipe, text string) [][]string {
	t.Helper()
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(l), "#") {
			lines = append(lines, l)
		}
	}
	var stages [][]string
	for _, l := range logicalLines(lines) {
		var parts []string
		var cur strings.Builder
		quote := byte(0)
		for i := 0; i < len(l); i++ {
			c := l[i]
			switch {
			case quote != 0:
				if c == quote {
					quote = 0
				}
			case c == '\'' || c == '"':
				quote = c
			case c == '|':
				parts = append(parts, cur.String())
				cur.Reset()
				continue
			}
			cur.WriteByte(c)
		}
		parts = append(parts, cur.String())
		if len(parts) < 2 {
			continue
		}
		for _, p := range parts {
			w, err := shellWords(p)
			if err != nil {
				t.Fatalf("%s: %v", recipe, err)
			}
			stages = append(stages, w)
		}
	}
	return stages
}

// checkRecipeArgs checks a recipe's command as logscrub would: argv[0] is
// logscrub, every flag exists with a value of the right kind, and the
// combination is one logscrub accepts.
func checkRecipeArgs(t *testing.T, recipe string, argv []string) {
	t.Helper()
	if len(argv) == 0 || filepath.Base(argv[0]) != "logscrub" {
		t.Fatalf("%s: the command %q does not run logscrub", recipe, argv)
	}
	var errb bytes.Buffer
	c, err := parseArgs(argv[1:], &errb)
	if err != nil {
		t.Fatalf("%s: logscrub would refuse %q: %v\n%s", recipe, argv, err, errb.String())
	}
	if err := c.checkCombinations(); err != nil {
		t.Fatalf("%s: logscrub would refuse %q: %v", recipe, argv, err)
	}
}

// standIns are the test's replacements for a recipe's addresses and paths.
type standIns struct {
	addrs  map[string]string // "listen", "forward", "metrics-addr": a test HOST:PORT (the scheme stays)
	files  map[string]string // a file flag ("tls-cert", "o", …): a test path
	prefix map[string]string // a directory in the recipe: the test directory standing in for it
	file   string            // the positional FILE
}

var recipeBoolFlags = map[string]bool{"stats": true, "version": true, "in-place": true, "keep-going": true, "progress": true, "no-progress": true}

var recipeFileFlags = map[string]bool{"o": true, "rules": true, "hash-key-file": true, "tls-cert": true, "tls-key": true,
	"tls-client-ca": true, "forward-tls-ca": true, "forward-tls-cert": true, "forward-tls-key": true}

// apply returns argv with its addresses and paths replaced. Every address,
// path and FILE in the recipe needs a stand-in, and every stand-in must be
// used: a recipe that gains or loses one fails here, loudly.
func (s standIns) apply(t *testing.T, recipe string, argv []string) []string {
	t.Helper()
	used := map[string]bool{}
	mapPath := func(flag, v string) string {
		for from, to := range s.prefix {
			if strings.HasPrefix(v, from+"/") {
				used["prefix "+from] = true
				return filepath.Join(to, strings.TrimPrefix(v, from+"/"))
			}
		}
		if to, ok := s.files[flag]; ok {
			used["file "+flag] = true
			return to
		}
		t.Fatalf("%s: the test has no stand-in for --%s %s", recipe, flag, v)
		return ""
	}
	out := []string{argv[0]}
	positional := 0
	for i := 1; i < len(argv); i++ {
		a := argv[i]
		if a == "-" || !strings.HasPrefix(a, "-") || a == "--" {
			if a == "--" {
				out = append(out, a)
				continue
			}
			positional++
			if s.file == "" || positional > 1 {
				t.Fatalf("%s: the test has no stand-in for the input %q", recipe, a)
			}
			used["FILE"] = true
			out = append(out, s.file)
			continue
		}
		name, val, inline := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if recipeBoolFlags[name] {
			out = append(out, a)
			continue
		}
		if !inline {
			if i+1 >= len(argv) {
				t.Fatalf("%s: --%s has no value", recipe, name)
			}
			i++
			val = argv[i]
		}
		switch {
		case name == "metrics-addr":
			to, ok := s.addrs[name]
			if !ok || used["addr "+name] {
				t.Fatalf("%s: the test has no stand-in for --%s %s", recipe, name, val)
			}
			used["addr "+name] = true
			val = to
		case name == "listen" || name == "forward":
			scheme, _, ok := strings.Cut(val, "://")
			if !ok || scheme == "unix" {
				t.Fatalf("%s: --%s %s: the test stands in for tcp:// and tls:// addresses only", recipe, name, val)
			}
			to, ok := s.addrs[name]
			if !ok || used["addr "+name] {
				t.Fatalf("%s: the test has no stand-in for --%s %s", recipe, name, val)
			}
			used["addr "+name] = true
			val = scheme + "://" + to
		case recipeFileFlags[name]:
			val = mapPath(name, val)
		}
		out = append(out, "--"+name, val)
	}
	for k := range s.addrs {
		if !used["addr "+k] {
			t.Fatalf("%s: the recipe has no --%s; the test expects one", recipe, k)
		}
	}
	for k := range s.files {
		if !used["file "+k] {
			t.Fatalf("%s: the recipe has no --%s; the test expects one", recipe, k)
		}
	}
	for k := range s.prefix {
		if !used["prefix "+k] {
			t.Fatalf("%s: no path in the command is under %s", recipe, k)
		}
	}
	if s.file != "" && !used["FILE"] {
		t.Fatalf("%s: the command names no input file", recipe)
	}
	return out
}

// flagValue returns the value of --name in argv ("" if absent).
func flagValue(argv []string, name string) string {
	for i := 1; i < len(argv); i++ {
		n, v, inline := strings.Cut(strings.TrimLeft(argv[i], "-"), "=")
		if !strings.HasPrefix(argv[i], "-") || n != name {
			continue
		}
		if inline {
			return v
		}
		if i+1 < len(argv) {
			return argv[i+1]
		}
	}
	return ""
}

// addrHostPort splits tcp://HOST:PORT.
func addrHostPort(t *testing.T, addr string) (host string, port int) {
	t.Helper()
	_, hp, ok := strings.Cut(addr, "://")
	if !ok {
		t.Fatalf("address %q has no scheme", addr)
	}
	h, p, err := net.SplitHostPort(hp)
	if err != nil {
		t.Fatalf("address %q: %v", addr, err)
	}
	n, err := strconv.Atoi(p)
	if err != nil {
		t.Fatalf("address %q: %v", addr, err)
	}
	return h, n
}

// shellCommand runs argv through sh -c, as Fluent Bit's exec input (popen)
// and a shell pipeline do, with the test binary first in PATH under the
// name logscrub.
func shellCommand(t *testing.T, bin string, argv []string) *exec.Cmd {
	t.Helper()
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	cmd := exec.Command(sh, "-c", shellQuote(argv))
	cmd.Env = append(os.Environ(), "PATH="+filepath.Dir(bin)+string(os.PathListSeparator)+os.Getenv("PATH"))
	return cmd
}

// --- Fluent Bit and Fluentd configuration files --------------------------

type fbSection struct {
	name string            // INPUT, OUTPUT, SERVICE, PARSER (upper case)
	kv   map[string]string // keys in lower case
}

// fluentBitConf parses Fluent Bit's classic configuration format.
func fluentBitConf(text string) []fbSection {
	var secs []fbSection
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") || strings.HasPrefix(l, "@") {
			continue
		}
		if strings.HasPrefix(l, "[") && strings.HasSuffix(l, "]") {
			secs = append(secs, fbSection{name: strings.ToUpper(strings.Trim(l, "[]")), kv: map[string]string{}})
			continue
		}
		if len(secs) == 0 {
			continue
		}
		k, v, _ := strings.Cut(l, " ")
		secs[len(secs)-1].kv[strings.ToLower(k)] = strings.TrimSpace(v)
	}
	return secs
}

// fbFind returns the one section named name whose `name` key is plugin
// (any, for plugin "").
func fbFind(t *testing.T, recipe string, secs []fbSection, name, plugin string) map[string]string {
	t.Helper()
	var found []map[string]string
	for _, s := range secs {
		if s.name == name && (plugin == "" || strings.EqualFold(s.kv["name"], plugin)) {
			found = append(found, s.kv)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%s: %d [%s] sections for %q, want 1", recipe, len(found), name, plugin)
	}
	return found[0]
}

func fbBool(v string) bool {
	switch strings.ToLower(v) {
	case "on", "true", "yes", "1":
		return true
	}
	return false
}

// fbSize parses a Fluent Bit unit size (k, M, G are powers of 1000).
func fbSize(t *testing.T, v string) int {
	t.Helper()
	s := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(v, "B"), "b"))
	mult := 1
	switch {
	case strings.HasSuffix(s, "k"):
		mult, s = 1000, strings.TrimSuffix(s, "k")
	case strings.HasSuffix(s, "m"):
		mult, s = 1000*1000, strings.TrimSuffix(s, "m")
	case strings.HasSuffix(s, "g"):
		mult, s = 1000*1000*1000, strings.TrimSuffix(s, "g")
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatalf("size %q: %v", v, err)
	}
	return n * mult
}

// fluentdConf parses Fluentd's configuration into parameters by directive
// path ("match", "match/inject", "label/match"; the first one of each path
// counts). A directive's argument is its "_arg" parameter.
func fluentdConf(text string) map[string]map[string]string {
	out := map[string]map[string]string{}
	var stack []string
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		switch {
		case strings.HasPrefix(l, "</"):
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		case strings.HasPrefix(l, "<") && strings.HasSuffix(l, ">"):
			name, arg, _ := strings.Cut(strings.Trim(l, "<>"), " ")
			stack = append(stack, name)
			path := strings.Join(stack, "/")
			if _, ok := out[path]; !ok {
				out[path] = map[string]string{"_arg": strings.TrimSpace(arg)}
			}
		default:
			path := strings.Join(stack, "/")
			if m, ok := out[path]; ok {
				k, v, _ := strings.Cut(l, " ")
				if _, dup := m[k]; !dup {
					m[k] = strings.TrimSpace(v)
				}
			}
		}
	}
	return out
}

// --- Kubernetes manifests, line by line ----------------------------------

type k8sContainer struct {
	parent  string   // the list it is in: containers or initContainers
	block   []string // its lines
	command []string
	args    []string
}

func indentOf(l string) int { return len(l) - len(strings.TrimLeft(l, " ")) }

// yamlScalar unquotes a YAML scalar and drops a trailing comment.
func yamlScalar(t *testing.T, s string) string {
	t.Helper()
	s = strings.TrimSpace(s)
	switch {
	case strings.HasPrefix(s, `"`):
		end := strings.LastIndex(s, `"`)
		v, err := strconv.Unquote(s[:end+1])
		if err != nil {
			t.Fatalf("YAML scalar %s: %v", s, err)
		}
		return v
	case strings.HasPrefix(s, "'"):
		end := strings.LastIndex(s, "'")
		return strings.ReplaceAll(s[1:end], "''", "'")
	}
	if i := strings.Index(s, " #"); i >= 0 {
		s = strings.TrimSpace(s[:i])
	}
	return s
}

// yamlFlowList parses a one-line flow sequence of scalars: ["a", "b"].
func yamlFlowList(t *testing.T, s string) []string {
	t.Helper()
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "[") || !strings.HasSuffix(s, "]") {
		t.Fatalf("not a one-line YAML list: %s", s)
	}
	var out []string
	for _, item := range strings.Split(s[1:len(s)-1], ",") {
		if strings.TrimSpace(item) != "" {
			out = append(out, yamlScalar(t, item))
		}
	}
	return out
}

// yamlList returns the value of key in a container block: a flow or block
// sequence of scalars.
func yamlList(t *testing.T, block []string, itemIndent int, key string) []string {
	t.Helper()
	for i, l := range block {
		if indentOf(l) != itemIndent || !strings.HasPrefix(strings.TrimSpace(l), key+":") {
			continue
		}
		rest := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), key+":"))
		if rest != "" {
			return yamlFlowList(t, rest)
		}
		var out []string
		for _, m := range block[i+1:] {
			tm := strings.TrimSpace(m)
			if tm == "" || strings.HasPrefix(tm, "#") {
				continue
			}
			if indentOf(m) < itemIndent || !strings.HasPrefix(tm, "- ") {
				break
			}
			out = append(out, yamlScalar(t, strings.TrimPrefix(tm, "- ")))
		}
		return out
	}
	return nil
}

// yamlContainer finds the container `- name: NAME` in a manifest.
func yamlContainer(t *testing.T, recipe, text, name string) k8sContainer {
	t.Helper()
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) != "- name: "+name {
			continue
		}
		dash := indentOf(l)
		c := k8sContainer{}
		for j := i - 1; j >= 0; j-- {
			p := strings.TrimSpace(lines[j])
			if p == "" || strings.HasPrefix(p, "#") || strings.HasPrefix(p, "-") || indentOf(lines[j]) > dash {
				continue
			}
			c.parent = strings.TrimSuffix(p, ":")
			break
		}
		if c.parent != "containers" && c.parent != "initContainers" {
			continue // a port or volume of that name
		}
		c.block = []string{strings.Repeat(" ", dash+2) + "name: " + name}
		for _, m := range lines[i+1:] {
			tm := strings.TrimSpace(m)
			if tm != "" && !strings.HasPrefix(tm, "#") && indentOf(m) <= dash {
				break
			}
			c.block = append(c.block, m)
		}
		c.command = yamlList(t, c.block, dash+2, "command")
		c.args = yamlList(t, c.block, dash+2, "args")
		return c
	}
	t.Fatalf("%s: no container named %s", recipe, name)
	return k8sContainer{}
}

// argv is the container's command line; without `command:` the image's
// entrypoint, /logscrub, runs.
func (c k8sContainer) argv() []string {
	cmd := c.command
	if len(cmd) == 0 {
		cmd = []string{"/logscrub"}
	}
	return append(append([]string{}, cmd...), c.args...)
}

// values returns the values of key anywhere in the block.
func (c k8sContainer) values(t *testing.T, key string) []string {
	t.Helper()
	var out []string
	for _, l := range c.block {
		tl := strings.TrimPrefix(strings.TrimSpace(l), "- ")
		if strings.HasPrefix(tl, key+":") {
			out = append(out, yamlScalar(t, strings.TrimPrefix(tl, key+":")))
		}
	}
	return out
}

// checkK8sHardening checks the manifest's claims line by line: a non-root
// Pod, a read-only root filesystem without privilege escalation, resources
// for logscrub, its liveness probe on /healthz and readiness probe on
// /readyz at the port --metrics-addr serves (a containerPort named
// metrics), and every image pinned to a tag other than latest or to a
// digest.
func checkK8sHardening(t *testing.T, recipe, text string, c k8sContainer) {
	t.Helper()
	nonRoot := false
	for _, l := range strings.Split(text, "\n") {
		tl := strings.TrimPrefix(strings.TrimSpace(l), "- ")
		switch {
		case tl == "runAsNonRoot: true":
			nonRoot = true
		case tl == "runAsUser: 0":
			t.Errorf("%s: runAsUser: 0", recipe)
		case strings.HasPrefix(tl, "image:"):
			img := yamlScalar(t, strings.TrimPrefix(tl, "image:"))
			last := img[strings.LastIndex(img, "/")+1:]
			_, tag, hasTag := strings.Cut(last, ":")
			if !strings.Contains(img, "@sha256:") && (!hasTag || tag == "" || tag == "latest") {
				t.Errorf("%s: image %q is not pinned to a tag or digest", recipe, img)
			}
		}
	}
	if !nonRoot {
		t.Errorf("%s: no runAsNonRoot: true", recipe)
	}
	has := func(want string) bool {
		for _, l := range c.block {
			if strings.TrimSpace(l) == want {
				return true
			}
		}
		return false
	}
	for _, want := range []string{"readOnlyRootFilesystem: true", "allowPrivilegeEscalation: false", "resources:", "limits:"} {
		if !has(want) {
			t.Errorf("%s: the logscrub container has no %q", recipe, want)
		}
	}
	// The probes: each one's httpGet path and port, in the lines after it.
	probes := map[string][2]string{}
	probe := ""
	for _, l := range c.block {
		tl := strings.TrimPrefix(strings.TrimSpace(l), "- ")
		switch {
		case tl == "livenessProbe:" || tl == "readinessProbe:" || tl == "startupProbe:":
			probe = strings.TrimSuffix(tl, ":")
		case probe != "" && strings.HasPrefix(tl, "path:"):
			v := probes[probe]
			v[0] = yamlScalar(t, strings.TrimPrefix(tl, "path:"))
			probes[probe] = v
		case probe != "" && strings.HasPrefix(tl, "port:"):
			v := probes[probe]
			v[1] = yamlScalar(t, strings.TrimPrefix(tl, "port:"))
			probes[probe] = v
		}
	}
	if probes["livenessProbe"] != [2]string{"/healthz", "metrics"} || probes["readinessProbe"] != [2]string{"/readyz", "metrics"} {
		t.Errorf("%s: want livenessProbe on /healthz and readinessProbe on /readyz at port metrics, have %q", recipe, probes)
	}
	_, port := addrHostPort(t, "tcp://"+flagValue(c.argv(), "metrics-addr"))
	named := false
	for i, l := range c.block {
		if strings.TrimPrefix(strings.TrimSpace(l), "- ") == "name: metrics" && i+1 < len(c.block) &&
			strings.TrimSpace(c.block[i+1]) == "containerPort: "+strconv.Itoa(port) {
			named = true
		}
	}
	if !named {
		t.Errorf("%s: no containerPort %d named metrics for --metrics-addr", recipe, port)
	}
}

// checkProbes asks the running logscrub's /healthz and /readyz what the
// kubelet would: both answer 200 once the forward target is connected.
func checkProbes(t *testing.T, addr string) {
	t.Helper()
	for _, path := range []string{"/healthz", "/readyz"} {
		waitFor(t, path+" 200", 20*time.Second, func() bool {
			resp, err := http.Get("http://" + addr + path)
			if err != nil {
				return false
			}
			resp.Body.Close()
			return resp.StatusCode == http.StatusOK
		})
	}
}

// runLines runs cmd with stdin and returns its stdout's lines, failing on
// an error exit or a secret on stderr.
func runLines(t *testing.T, cmd *exec.Cmd, stdin string) []string {
	t.Helper()
	cmd.Stdin = strings.NewReader(stdin)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v; stderr:\n%s", err, stderr.String())
	}
	noSecrets(t, "stderr", stderr.String())
	return strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
}

// --- Stand-ins for the shippers' receivers -------------------------------

// lineSink is a TCP (or TLS) listener standing in for a shipper's tcp
// input: it accepts any number of connections and keeps every line.
type lineSink struct {
	ln    net.Listener
	mu    sync.Mutex
	lines []string
	conns []net.Conn
}

func newLineSink(t *testing.T, cfg *tls.Config) *lineSink {
	t.Helper()
	var ln net.Listener
	var err error
	if cfg != nil {
		ln, err = tls.Listen("tcp", "127.0.0.1:0", cfg)
	} else {
		ln, err = net.Listen("tcp", "127.0.0.1:0")
	}
	if err != nil {
		t.Fatal(err)
	}
	s := &lineSink{ln: ln}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			s.mu.Lock()
			s.conns = append(s.conns, c)
			s.mu.Unlock()
			wg.Add(1)
			go func() {
				defer wg.Done()
				sc := bufio.NewScanner(c)
				sc.Buffer(make([]byte, 64*1024), 4*1024*1024)
				for sc.Scan() {
					s.mu.Lock()
					s.lines = append(s.lines, sc.Text())
					s.mu.Unlock()
				}
			}()
		}
	}()
	t.Cleanup(func() {
		ln.Close()
		s.mu.Lock()
		for _, c := range s.conns {
			c.Close()
		}
		s.mu.Unlock()
		wg.Wait()
	})
	return s
}

func (s *lineSink) addr() string { return s.ln.Addr().String() }

func (s *lineSink) got() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.lines...)
}

// dialUp connects to logscrub's listener once it is up (over TLS when cfg
// is set), failing at once with its stderr if it exited instead.
func dialUp(t *testing.T, p *process, addr string, cfg *tls.Config) net.Conn {
	t.Helper()
	var c net.Conn
	waitFor(t, "logscrub listening on "+addr, 10*time.Second, func() bool {
		select {
		case err := <-p.done:
			p.done <- err // for Cleanup
			t.Fatalf("logscrub exited (%v) instead of listening; stderr:\n%s", err, p.stderr.String())
		default:
		}
		var err error
		if cfg != nil {
			c, err = tls.Dial("tcp", addr, cfg)
		} else {
			c, err = net.Dial("tcp", addr)
		}
		return err == nil
	})
	return c
}

// checkRejected connects without a client certificate: the handshake
// fails, or the connection is closed before anything can be read.
func checkRejected(t *testing.T, addr string, cfg *tls.Config, line string) {
	t.Helper()
	c, err := tls.Dial("tcp", addr, cfg)
	if err != nil {
		return // rejected in the handshake
	}
	defer c.Close()
	fmt.Fprintf(c, "%s\n", line)
	c.SetReadDeadline(time.Now().Add(10 * time.Second))
	if _, err := c.Read(make([]byte, 1)); err == nil {
		t.Fatal("a client without a certificate was not rejected")
	} else if ne, ok := err.(net.Error); ok && ne.Timeout() {
		t.Fatal("a client without a certificate is still connected after 10s")
	}
}

// testPKI is a CA, a server certificate for 127.0.0.1 and a client
// configuration holding a client certificate, all from the test CA.
type testPKI struct {
	ca     *certstest.CA
	server certstest.Issued
	client *tls.Config // with the client certificate
	noCert *tls.Config // the same, without one
}

func newTestPKI(t *testing.T, dir, clientCN string) testPKI {
	t.Helper()
	ca := certstest.NewCA(t, dir, "logs")
	srv := ca.Localhost(t, "server")
	cl := ca.Issue(t, "client", certstest.Leaf{CN: clientCN})
	kp, err := tls.LoadX509KeyPair(cl.CertFile, cl.KeyFile)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(ca.Cert)
	client := &tls.Config{RootCAs: pool, ServerName: "127.0.0.1", Certificates: []tls.Certificate{kp}}
	noCert := client.Clone()
	noCert.Certificates = nil
	return testPKI{ca: ca, server: srv, client: client, noCert: noCert}
}

// --- Checking records ----------------------------------------------------

// jsonFields decodes a JSON object into its keys in order and their raw
// values, byte for byte as they are in the line.
func jsonFields(t *testing.T, line string) ([]string, map[string]string) {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(line))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil || tok != json.Delim('{') {
		t.Fatalf("not a JSON object: %q", line)
	}
	var keys []string
	raw := map[string]string{}
	for dec.More() {
		kt, err := dec.Token()
		if err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		k := kt.(string)
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		keys = append(keys, k)
		raw[k] = string(v)
	}
	if _, err := dec.Token(); err != nil {
		t.Fatalf("%q: %v", line, err)
	}
	if dec.More() || !json.Valid([]byte(line)) {
		t.Fatalf("not exactly one JSON object: %q", line)
	}
	return keys, raw
}

// checkSameExcept checks that out has in's keys in in's order and that every
// field but those named in scrubbed is byte-identical; the scrubbed ones
// must hold a redaction marker.
func checkSameExcept(t *testing.T, in, out string, scrubbed ...string) {
	t.Helper()
	inKeys, inRaw := jsonFields(t, in)
	outKeys, outRaw := jsonFields(t, out)
	if strings.Join(inKeys, ",") != strings.Join(outKeys, ",") {
		t.Fatalf("keys %q became %q", inKeys, outKeys)
	}
	skip := map[string]bool{}
	for _, k := range scrubbed {
		skip[k] = true
		if !strings.Contains(outRaw[k], "[REDACTED:") {
			t.Fatalf("field %s not scrubbed: %s", k, outRaw[k])
		}
	}
	for _, k := range inKeys {
		if !skip[k] && inRaw[k] != outRaw[k] {
			t.Fatalf("field %s changed: %s became %s", k, inRaw[k], outRaw[k])
		}
	}
}

// checkPerConnOrder checks forwarded json_lines records that carry "conn"
// and "seq": each connection's records arrive exactly once, in order, and
// scrubbed.
func checkPerConnOrder(t *testing.T, lines []string, conns, perConn int) {
	t.Helper()
	if len(lines) != conns*perConn {
		t.Fatalf("%d records forwarded, want %d", len(lines), conns*perConn)
	}
	next := make([]int, conns)
	for _, l := range lines {
		var rec struct {
			Conn *int `json:"conn"`
			Seq  *int `json:"seq"`
		}
		if err := json.Unmarshal([]byte(l), &rec); err != nil || rec.Conn == nil || rec.Seq == nil {
			t.Fatalf("not one whole record: %q (%v)", l, err)
		}
		checkNoRecipeSecrets(t, "a forwarded record", l)
		if !strings.Contains(l, "[REDACTED:") {
			t.Fatalf("not scrubbed: %q", l)
		}
		if *rec.Conn < 0 || *rec.Conn >= conns {
			t.Fatalf("a record from connection %d got through: %q", *rec.Conn, l)
		}
		if *rec.Seq != next[*rec.Conn] {
			t.Fatalf("connection %d: record %d where %d was due (lost, repeated or reordered)", *rec.Conn, *rec.Seq, next[*rec.Conn])
		}
		next[*rec.Conn]++
	}
}

// jsonLinesRecord is a record as Fluent Bit's tcp output sends it with
// format json_lines: the date key first (json_date_format double), then the
// record's fields.
func jsonLinesRecord(dateKey string, conn, seq int) string {
	return fmt.Sprintf(`{"%s":1764842400.%06d,"conn":%d,"seq":%d,"log":"POST /v1/charges user=bob password=hunter2 Authorization: Bearer %s","headers":{"x-api-key":"%s"},"kubernetes":{"pod_name":"billing-api-7d9f8","namespace_name":"prod","labels":{"app":"billing-api"}}}`,
		dateKey, seq%1000000, conn, seq, recipeJWT, recipeAPIKey)
}

// sendJSONLines writes perConn records on each connection at once.
func sendJSONLines(t *testing.T, conns []net.Conn, dateKey string, perConn int) {
	t.Helper()
	var wg sync.WaitGroup
	errs := make(chan error, len(conns))
	for i, c := range conns {
		wg.Add(1)
		go func(i int, c net.Conn) {
			defer wg.Done()
			bw := bufio.NewWriter(c)
			for seq := 0; seq < perConn; seq++ {
				fmt.Fprintf(bw, "%s\n", jsonLinesRecord(dateKey, i, seq))
			}
			if err := bw.Flush(); err != nil {
				errs <- err
			}
		}(i, c)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
}

func stopClean(t *testing.T, p *process) {
	t.Helper()
	p.cmd.Process.Signal(syscall.SIGTERM)
	if code := p.wait(t, 20*time.Second); code != 0 {
		t.Fatalf("exit %d after SIGTERM; stderr:\n%s", code, p.stderr.String())
	}
	checkNoRecipeSecrets(t, "stderr", p.stderr.String())
	noSecrets(t, "stderr", p.stderr.String())
}

// strftime formats at with the Ruby strftime directives Fluentd's time
// formats use.
func strftime(t *testing.T, format string, at time.Time) string {
	t.Helper()
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		if format[i] != '%' || i+1 == len(format) {
			b.WriteByte(format[i])
			continue
		}
		i++
		width := ""
		for i < len(format) && format[i] >= '0' && format[i] <= '9' {
			width += string(format[i])
			i++
		}
		if i == len(format) {
			t.Fatalf("time_format %q ends in a directive", format)
		}
		switch format[i] {
		case 'Y':
			fmt.Fprintf(&b, "%04d", at.Year())
		case 'm':
			fmt.Fprintf(&b, "%02d", int(at.Month()))
		case 'd':
			fmt.Fprintf(&b, "%02d", at.Day())
		case 'H':
			fmt.Fprintf(&b, "%02d", at.Hour())
		case 'M':
			fmt.Fprintf(&b, "%02d", at.Minute())
		case 'S':
			fmt.Fprintf(&b, "%02d", at.Second())
		case 'L':
			fmt.Fprintf(&b, "%03d", at.Nanosecond()/1e6)
		case 'N':
			n := 9
			if width != "" {
				n, _ = strconv.Atoi(width)
			}
			b.WriteString(fmt.Sprintf("%09d", at.Nanosecond())[:min(n, 9)])
		case 'z':
			b.WriteString(at.Format("-0700"))
		case 's':
			fmt.Fprintf(&b, "%d", at.Unix())
		case '%':
			b.WriteByte('%')
		default:
			t.Fatalf("time_format %q: %%%c is not handled by the test", format, format[i])
		}
	}
	return b.String()
}

// --- The tests -----------------------------------------------------------

// TestRecipeFluentBitExec: Fluent Bit's exec input runs the recipe's
// `command` (through sh, as popen does) and reads its stdout with fgets
// into buf_size bytes, parsing each line with the json parser. Every line
// out must be one whole JSON object, scrubbed, one per input line, and fit
// the recipe's buf_size — which the test's longest line shows the default
// 4096 would not.
func TestRecipeFluentBitExec(t *testing.T) {
	const recipe = "fluent-bit-exec.conf"
	text := readRecipe(t, recipe)
	secs := fluentBitConf(text)
	in := fbFind(t, recipe, secs, "INPUT", "exec")
	if !fbBool(in["oneshot"]) && !fbBool(in["exit_after_oneshot"]) {
		t.Fatalf("%s: not oneshot: exec would re-run logscrub and ship the file again every interval_sec", recipe)
	}
	// The parser it names is a json parser in the parsers file it loads.
	svc := fbFind(t, recipe, secs, "SERVICE", "")
	pf := svc["parsers_file"]
	if pf == "" || in["parser"] == "" {
		t.Fatalf("%s: no parser or parsers_file", recipe)
	}
	parser := fbFind(t, pf, fluentBitConf(readRecipe(t, filepath.Base(pf))), "PARSER", in["parser"])
	if parser["format"] != "json" {
		t.Fatalf("%s: parser %s has format %q, want json", pf, in["parser"], parser["format"])
	}
	bufSize := fbSize(t, in["buf_size"])

	argv, err := shellWords(in["command"])
	if err != nil {
		t.Fatal(err)
	}
	checkRecipeArgs(t, recipe, argv)

	dir := t.TempDir()
	input := filepath.Join(dir, "app.log")
	var inLines []string
	for i := 0; i < 200; i++ {
		switch i % 4 {
		case 0:
			inLines = append(inLines, fmt.Sprintf(`{"level":"info","seq":%d,"msg":"login user=bob password=hunter2"}`, i))
		case 1:
			inLines = append(inLines, fmt.Sprintf(`{"level":"info","seq":%d,"headers":{"x-api-key":"%s","authorization":"Bearer %s"}}`, i, recipeAPIKey, recipeJWT))
		case 2:
			inLines = append(inLines, fmt.Sprintf(`{"level":"warn","seq":%d,"msg":"deploy token %s key AKIAQWERTYUIOPASDFGH"}`, i, recipeGHP))
		default:
			inLines = append(inLines, fmt.Sprintf(`{"level":"debug","seq":%d,"msg":"no secret here","path":"/v1/health"}`, i))
		}
	}
	// A long line, past the default buf_size of 4096, with its secret last.
	inLines = append(inLines, fmt.Sprintf(`{"level":"error","seq":200,"stack":"%s","password":"hunter2"}`, strings.Repeat("at com.example.Billing.charge(Billing.java:42) ", 200)))
	if err := os.WriteFile(input, []byte(strings.Join(inLines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	bin := logscrubBinary(t)
	out := runLines(t, shellCommand(t, bin, standIns{file: input}.apply(t, recipe, argv)), "")
	if len(out) != len(inLines) {
		t.Fatalf("%d lines out of %d in: exec would make a different number of records", len(out), len(inLines))
	}
	longest := 0
	for i, l := range out {
		var rec map[string]any
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatalf("line %d is not one JSON record, `parser json` would drop it: %q: %v", i+1, l, err)
		}
		checkNoRecipeSecrets(t, fmt.Sprintf("line %d", i+1), l)
		if i%4 == 3 && l != inLines[i] {
			t.Fatalf("line %d without secrets changed: %q became %q", i+1, inLines[i], l)
		}
		if i%4 != 3 && !strings.Contains(l, "[REDACTED:") {
			t.Fatalf("line %d not scrubbed: %q", i+1, l)
		}
		longest = max(longest, len(l))
	}
	// fgets reads at most buf_size-1 bytes: the line, its newline and the
	// NUL must fit.
	if longest+2 <= 4096 {
		t.Fatalf("the test's longest line (%d bytes) does not show that the default buf_size is too small", longest)
	}
	if longest+2 > bufSize {
		t.Fatalf("%s: buf_size %s (%d bytes) is too small for a %d-byte line: Fluent Bit would cut it", recipe, in["buf_size"], bufSize, longest)
	}
}

// TestRecipeFluentBitPipe: the recipe's pipeline is `fluent-bit … -o stdout
// -p format=json_lines | logscrub | fluent-bit -i stdin …`. The test runs
// its logscrub stage on what that stdout output prints — one JSON record
// per line, the json_date_key first as a float epoch, nested maps such as
// the kubernetes filter's — and checks that each line stays one valid JSON
// record with its secrets gone and every other field byte-identical.
func TestRecipeFluentBitPipe(t *testing.T) {
	const recipe = "fluent-bit-pipe.sh"
	stages := pipeStages(t, recipe, readRecipe(t, recipe))
	var producer, consumer, argv []string
	for i, s := range stages {
		if len(s) > 0 && filepath.Base(s[0]) == "logscrub" {
			if argv != nil || i == 0 || i == len(stages)-1 {
				t.Fatalf("%s: want one logscrub stage between two fluent-bit stages: %q", recipe, stages)
			}
			argv, producer, consumer = s, stages[i-1], stages[i+1]
		}
	}
	if argv == nil {
		t.Fatalf("%s: no logscrub stage in %q", recipe, stages)
	}
	checkRecipeArgs(t, recipe, argv)
	joined := " " + strings.Join(producer, " ") + " "
	if producer[0] != "fluent-bit" || !strings.Contains(joined, " -o stdout ") || !strings.Contains(joined, " format=json_lines ") {
		t.Fatalf("%s: the stage before logscrub is not fluent-bit -o stdout -p format=json_lines: %q", recipe, producer)
	}
	dateKey := "date" // json_date_key's default
	for _, w := range producer {
		if v, ok := strings.CutPrefix(w, "json_date_key="); ok {
			dateKey = v
		}
		if v, ok := strings.CutPrefix(w, "json_date_format="); ok && v != "double" {
			t.Fatalf("%s: json_date_format=%s; the test replays double", recipe, v)
		}
	}
	cj := " " + strings.Join(consumer, " ") + " "
	if consumer[0] != "fluent-bit" || !strings.Contains(cj, " -i stdin ") || strings.Contains(cj, "parser=") {
		t.Fatalf("%s: the stage after logscrub should be fluent-bit -i stdin without a parser: %q", recipe, consumer)
	}

	// What `-o stdout -p format=json_lines` prints: tail's `log` field,
	// the kubernetes filter's nested map.
	k8s := `{"pod_name":"billing-api-7d9f8","namespace_name":"prod","pod_id":"3f1c2a9e-8b7d-4c3a-9e6f-0a1b2c3d4e5f","labels":{"app":"billing-api","pod-template-hash":"7d9f8"},"annotations":{"prometheus.io/scrape":"true"},"host":"node-3","container_name":"app","docker_id":"9b2f","container_image":"billing-api:1.4.2"}`
	type rec struct{ line, prefix string }
	var recs []rec
	for i := 0; i < 120; i++ {
		date := fmt.Sprintf(`"%s":1764842400.%06d`, dateKey, i*1013)
		switch i % 3 {
		case 0:
			prefix := `10.0.0.7 - - [04/Dec/2026:10:00:00 +0000] \"GET /v1/charges?user=bob&password=`
			recs = append(recs, rec{fmt.Sprintf(`{%s,"log":"%shunter2 HTTP/1.1\" 200 512 x-api-key: %s seq=%d","stream":"stdout","time":"2026-12-04T10:00:00.%09dZ","kubernetes":%s}`,
				date, prefix, recipeAPIKey, i, i, k8s), prefix})
		case 1:
			prefix := `POST /v1/refunds seq=`
			recs = append(recs, rec{fmt.Sprintf(`{%s,"log":"%s%d Authorization: Bearer %s","stream":"stderr","kubernetes":%s}`,
				date, prefix, i, recipeJWT, k8s), prefix})
		default:
			prefix := `{\"level\":\"info\",\"seq\":`
			recs = append(recs, rec{fmt.Sprintf(`{%s,"log":"%s%d,\"x-api-key\":\"%s\",\"token\":\"%s\",\"key\":\"AKIAQWERTYUIOPASDFGH\"}","stream":"stdout","kubernetes":%s}`,
				date, prefix, i, recipeAPIKey, recipeGHP, k8s), prefix})
		}
	}
	var stdin strings.Builder
	for _, r := range recs {
		stdin.WriteString(r.line + "\n")
	}

	bin := logscrubBinary(t)
	out := runLines(t, shellCommand(t, bin, standIns{}.apply(t, recipe, argv)), stdin.String())
	if len(out) != len(recs) {
		t.Fatalf("%d records out of %d in", len(out), len(recs))
	}
	for i, l := range out {
		checkNoRecipeSecrets(t, fmt.Sprintf("record %d", i), l)
		checkSameExcept(t, recs[i].line, l, "log")
		var got map[string]any
		if err := json.Unmarshal([]byte(l), &got); err != nil {
			t.Fatal(err)
		}
		prefix := strings.ReplaceAll(recs[i].prefix, `\"`, `"`)
		if s, _ := got["log"].(string); !strings.HasPrefix(s, prefix) {
			t.Fatalf("record %d: log %q lost its start %q", i, s, prefix)
		}
		if _, ok := got[dateKey].(float64); !ok {
			t.Fatalf("record %d: %s is not a float epoch any more: %q", i, dateKey, l)
		}
	}
}

// TestRecipeFluentBitTCPMutualTLS: Fluent Bit's tcp output (format
// json_lines, tls on with a client certificate, `workers` connections at
// once) → the recipe's logscrub command → --forward to a listener standing
// in for the tcp input of fluent-bit-tcp-input.conf. Every record arrives
// once, scrubbed, in its connection's order; a client without a
// certificate is rejected.
func TestRecipeFluentBitTCPMutualTLS(t *testing.T) {
	const recipe, inputRecipe = "fluent-bit-tcp-mtls.conf", "fluent-bit-tcp-input.conf"
	text := readRecipe(t, recipe)
	out := fbFind(t, recipe, fluentBitConf(text), "OUTPUT", "tcp")
	if out["format"] != "json_lines" || !fbBool(out["tls"]) {
		t.Fatalf("%s: the tcp output has format %q, tls %q; want json_lines with tls on", recipe, out["format"], out["tls"])
	}
	for _, k := range []string{"tls.crt_file", "tls.key_file", "tls.ca_file"} {
		if out[k] == "" {
			t.Fatalf("%s: no %s: not mutual TLS", recipe, k)
		}
	}
	if v, ok := out["tls.verify"]; ok && !fbBool(v) {
		t.Fatalf("%s: tls.verify %s", recipe, v)
	}
	workers := 2 // the tcp output's default
	if w, ok := out["workers"]; ok {
		var err error
		if workers, err = strconv.Atoi(w); err != nil || workers < 1 {
			t.Fatalf("%s: workers %q", recipe, w)
		}
	}
	dateKey := "date"
	if k, ok := out["json_date_key"]; ok {
		dateKey = k
	}
	argv := commentCommand(t, recipe, text)
	checkRecipeArgs(t, recipe, argv)
	if _, port := addrHostPort(t, flagValue(argv, "listen")); strconv.Itoa(port) != out["port"] {
		t.Fatalf("%s: the tcp output sends to port %s, logscrub listens on %d", recipe, out["port"], port)
	}
	fwdHost, fwdPort := addrHostPort(t, flagValue(argv, "forward"))
	tin := fbFind(t, inputRecipe, fluentBitConf(readRecipe(t, inputRecipe)), "INPUT", "tcp")
	if tin["format"] != "json" || tin["port"] != strconv.Itoa(fwdPort) || (tin["listen"] != fwdHost && tin["listen"] != "0.0.0.0") {
		t.Fatalf("%s: the tcp input (format %q, listen %q, port %q) does not take --forward %s", inputRecipe,
			tin["format"], tin["listen"], tin["port"], flagValue(argv, "forward"))
	}

	bin := logscrubBinary(t)
	dir := t.TempDir()
	pki := newTestPKI(t, dir, "fluent-bit")
	sink := newLineSink(t, nil)
	lsAddr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	args := standIns{
		addrs: map[string]string{"listen": lsAddr, "forward": sink.addr()},
		files: map[string]string{"tls-cert": pki.server.CertFile, "tls-key": pki.server.KeyFile, "tls-client-ca": pki.ca.CertFile},
	}.apply(t, recipe, argv)
	p := start(t, bin, args[1:]...)

	conns := []net.Conn{dialUp(t, p, lsAddr, pki.client)}
	for len(conns) < workers {
		c, err := tls.Dial("tcp", lsAddr, pki.client)
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
	}
	checkRejected(t, lsAddr, pki.noCert, `{"conn":99,"seq":0,"log":"from a client without a certificate password=hunter2"}`)
	const perConn = 1500
	sendJSONLines(t, conns, dateKey, perConn)
	// Fluent Bit keeps its connections open: the records must come
	// through before they close.
	waitFor(t, "every record at the forward target", 30*time.Second, func() bool { return len(sink.got()) >= workers*perConn })
	for _, c := range conns {
		c.Close()
	}
	stopClean(t, p)
	checkPerConnOrder(t, sink.got(), workers, perConn)
}

// TestRecipeFluentdExecFilter: Fluentd's exec_filter keeps the recipe's
// `command` running and writes each event to its stdin as one compact JSON
// line with the <inject>ed tag and time keys, reading the answer from its
// stdout while stdin stays open. Each line written must be answered before
// the next is sent, as one JSON object with the tag and time unchanged and
// the secrets gone.
func TestRecipeFluentdExecFilter(t *testing.T) {
	const recipe = "fluentd-exec-filter.conf"
	conf := fluentdConf(readRecipe(t, recipe))
	match := conf["match"]
	if match == nil || match["@type"] != "exec_filter" {
		t.Fatalf("%s: no <match> with @type exec_filter", recipe)
	}
	if conf["match/format"]["@type"] != "json" || conf["match/parse"]["@type"] != "json" {
		t.Fatalf("%s: <format> and <parse> must both be @type json", recipe)
	}
	inject, extract := conf["match/inject"], conf["match/extract"]
	if inject == nil || extract == nil || inject["tag_key"] == "" || inject["time_key"] == "" {
		t.Fatalf("%s: no <inject> with tag_key and time_key, or no <extract>", recipe)
	}
	for _, k := range []string{"tag_key", "time_key", "time_type", "time_format"} {
		if inject[k] != extract[k] {
			t.Fatalf("%s: <inject> %s %q but <extract> %s %q: the event would not come back as it went", recipe, k, inject[k], k, extract[k])
		}
	}
	if label := match["@label"]; label == "" || conf["label"]["_arg"] != label {
		t.Fatalf("%s: the scrubbed events need an @label with its <label> section, or they match <match %s> again", recipe, match["_arg"])
	}
	if match["child_respawn"] == "" {
		t.Fatalf("%s: no child_respawn", recipe)
	}
	argv, err := shellWords(match["command"])
	if err != nil {
		t.Fatal(err)
	}
	checkRecipeArgs(t, recipe, argv)

	bin := logscrubBinary(t)
	cmd := shellCommand(t, bin, standIns{}.apply(t, recipe, argv))
	w, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	r, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	lines := make(chan string)
	t.Cleanup(func() {
		w.Close()
		cmd.Process.Kill()
		go func() {
			for range lines {
			}
		}()
		<-done
	})
	go func() {
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
		done <- cmd.Wait()
	}()

	// The injected keys as Fluentd's json formatter writes them: appended
	// to the record, the time in the recipe's time_type and time_format.
	tagKey, timeKey := inject["tag_key"], inject["time_key"]
	injected := func(tag string, at time.Time) string {
		var tv []byte
		switch inject["time_type"] {
		case "string":
			tv, _ = json.Marshal(strftime(t, inject["time_format"], at.UTC()))
		case "", "unixtime": // exec_filter's <inject> default
			tv = []byte(strconv.FormatInt(at.Unix(), 10))
		case "float":
			tv = []byte(strconv.FormatFloat(float64(at.UnixNano())/1e9, 'f', -1, 64))
		default:
			t.Fatalf("%s: time_type %q", recipe, inject["time_type"])
		}
		return fmt.Sprintf(`,"%s":"%s","%s":%s}`, tagKey, tag, timeKey, tv)
	}
	at := time.Date(2026, 12, 4, 10, 0, 0, 250000000, time.UTC)
	events := []struct {
		record   string
		scrubbed []string
	}{
		{`{"message":"login user=bob password=hunter2","user":"bob"` + injected("app.web", at), []string{"message"}},
		{`{"message":"GET /v1/charges","x-api-key":"` + recipeAPIKey + `","status":200` + injected("app.web", at.Add(time.Second)), []string{"x-api-key"}},
		{`{"message":"Authorization: Bearer ` + recipeJWT + `"` + injected("app.api", at.Add(2*time.Second)), []string{"message"}},
		{`{"message":"push with ` + recipeGHP + `","nested":{"aws":"AKIAQWERTYUIOPASDFGH","region":"eu-west-1"}` + injected("app.ci", at.Add(3*time.Second)), []string{"message", "nested"}},
	}
	for i, e := range events {
		ev := e.record
		if _, err := io.WriteString(w, ev+"\n"); err != nil {
			t.Fatal(err)
		}
		var got string
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatalf("logscrub exited after event %d; stderr:\n%s", i, stderr.String())
			}
			got = l
		case <-time.After(10 * time.Second):
			t.Fatalf("event %d: no answer within 10s while stdin stays open: exec_filter would wait", i)
		}
		checkNoRecipeSecrets(t, fmt.Sprintf("event %d", i), got)
		checkSameExcept(t, ev, got, e.scrubbed...)
	}
	w.Close()
	select {
	case l, ok := <-lines:
		if ok {
			t.Fatalf("an extra line after the last event: %q", l)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("logscrub did not exit within 20s of its stdin closing")
	}
	if err := <-done; err != nil {
		t.Fatalf("exit: %v; stderr:\n%s", err, stderr.String())
	}
	done <- nil // for Cleanup
	noSecrets(t, "stderr", stderr.String())
}

// TestRecipeK8sSidecar: the Pod's logscrub container (its command and args
// as written, ports replaced) receives the app's lines on the loopback and
// forwards them to a listener standing in for the collector.
func TestRecipeK8sSidecar(t *testing.T) {
	const recipe = "k8s-sidecar.yaml"
	text := readRecipe(t, recipe)
	c := yamlContainer(t, recipe, text, "logscrub")
	checkK8sHardening(t, recipe, text, c)
	if c.parent == "initContainers" {
		if rp := c.values(t, "restartPolicy"); len(rp) != 1 || rp[0] != "Always" {
			t.Fatalf("%s: logscrub is an init container without restartPolicy: Always: the app would never start", recipe)
		}
	}
	argv := c.argv()
	checkRecipeArgs(t, recipe, argv)
	listenHost, listenPort := addrHostPort(t, flagValue(argv, "listen"))
	if listenHost != "127.0.0.1" && listenHost != "localhost" {
		t.Fatalf("%s: the sidecar listens on %s, not only on the Pod's loopback", recipe, listenHost)
	}
	app := yamlContainer(t, recipe, text, "app")
	if !strings.Contains(strings.Join(app.block, "\n"), net.JoinHostPort(listenHost, strconv.Itoa(listenPort))) {
		t.Fatalf("%s: the app container is not pointed at logscrub's --listen %s", recipe, flagValue(argv, "listen"))
	}

	bin := logscrubBinary(t)
	sink := newLineSink(t, nil)
	lsAddr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	metricsAddr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	args := standIns{addrs: map[string]string{"listen": lsAddr, "forward": sink.addr(), "metrics-addr": metricsAddr}}.apply(t, recipe, argv)
	p := start(t, bin, args[1:]...)
	checkProbes(t, metricsAddr)
	conn := dialUp(t, p, lsAddr, nil)
	const n = 400
	var sent []string
	bw := bufio.NewWriter(conn)
	for i := 0; i < n; i++ {
		var l string
		if i%2 == 0 {
			l = fmt.Sprintf("2026-12-04T10:00:00Z INFO seq=%d login user=bob password=hunter2 key=AKIAQWERTYUIOPASDFGH", i)
		} else {
			l = fmt.Sprintf(`{"level":"info","seq":%d,"msg":"charge","headers":{"x-api-key":"%s","authorization":"Bearer %s"}}`, i, recipeAPIKey, recipeJWT)
		}
		sent = append(sent, l)
		fmt.Fprintf(bw, "%s\n", l)
	}
	if err := bw.Flush(); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the app's lines at the collector", 30*time.Second, func() bool { return len(sink.got()) >= n })
	conn.Close()
	stopClean(t, p)
	got := sink.got()
	if len(got) != n {
		t.Fatalf("%d lines forwarded, want %d", len(got), n)
	}
	for i, l := range got {
		checkNoRecipeSecrets(t, fmt.Sprintf("line %d", i), l)
		if i%2 == 0 {
			if want := fmt.Sprintf("2026-12-04T10:00:00Z INFO seq=%d login user=bob password=[REDACTED:", i); !strings.HasPrefix(l, want) {
				t.Fatalf("line %d: %q, want it to start %q", i, l, want)
			}
		} else {
			checkSameExcept(t, sent[i], l, "headers")
		}
	}
}

// TestRecipeK8sDaemonSet: the DaemonSet's logscrub container (its command
// and args as written, the Secret's mount path replaced by a directory
// holding test certificates under cert-manager's names tls.crt, tls.key and
// ca.crt, addresses replaced) receives json_lines records over mutual TLS on
// two connections at once and forwards them over TLS, verified against
// ca.crt, to a listener standing in for the aggregator.
func TestRecipeK8sDaemonSet(t *testing.T) {
	const recipe = "k8s-daemonset.yaml"
	text := readRecipe(t, recipe)
	c := yamlContainer(t, recipe, text, "logscrub")
	checkK8sHardening(t, recipe, text, c)
	argv := c.argv()
	checkRecipeArgs(t, recipe, argv)
	if !strings.HasPrefix(flagValue(argv, "forward"), "tls://") {
		t.Fatalf("%s: --forward %s is not TLS", recipe, flagValue(argv, "forward"))
	}
	_, listenPort := addrHostPort(t, flagValue(argv, "listen"))
	if ports := c.values(t, "containerPort"); len(ports) != 2 || ports[0] != strconv.Itoa(listenPort) {
		t.Fatalf("%s: containerPort %q, logscrub listens on %d (and serves metrics)", recipe, ports, listenPort)
	}
	mounts := c.values(t, "mountPath")
	if len(mounts) != 1 {
		t.Fatalf("%s: want one volume mount (the TLS Secret), have %q", recipe, mounts)
	}
	// The Certificate writes the Secret the volume mounts.
	var secretNames []string
	for _, l := range strings.Split(text, "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(l), "secretName:"); ok {
			secretNames = append(secretNames, yamlScalar(t, v))
		}
	}
	if len(secretNames) != 2 || secretNames[0] != secretNames[1] {
		t.Fatalf("%s: the Certificate's and the volume's secretName differ: %q", recipe, secretNames)
	}

	bin := logscrubBinary(t)
	dir := t.TempDir()
	pki := newTestPKI(t, dir, "fluent-bit")
	secret := filepath.Join(dir, "secret")
	if err := os.Mkdir(secret, 0o700); err != nil {
		t.Fatal(err)
	}
	for name, from := range map[string]string{"tls.crt": pki.server.CertFile, "tls.key": pki.server.KeyFile, "ca.crt": pki.ca.CertFile} {
		b, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(secret, name), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	agg := pki.ca.Localhost(t, "aggregator")
	kp, err := tls.LoadX509KeyPair(agg.CertFile, agg.KeyFile)
	if err != nil {
		t.Fatal(err)
	}
	sink := newLineSink(t, &tls.Config{Certificates: []tls.Certificate{kp}, MinVersion: tls.VersionTLS12})
	lsAddr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	metricsAddr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	args := standIns{
		addrs:  map[string]string{"listen": lsAddr, "forward": sink.addr(), "metrics-addr": metricsAddr},
		prefix: map[string]string{mounts[0]: secret},
	}.apply(t, recipe, argv)
	p := start(t, bin, args[1:]...)
	checkProbes(t, metricsAddr)

	conns := []net.Conn{dialUp(t, p, lsAddr, pki.client)}
	c2, err := tls.Dial("tcp", lsAddr, pki.client)
	if err != nil {
		t.Fatal(err)
	}
	conns = append(conns, c2)
	checkRejected(t, lsAddr, pki.noCert, `{"conn":99,"seq":0,"log":"from a client without a certificate password=hunter2"}`)
	const perConn = 1000
	sendJSONLines(t, conns, "date", perConn)
	waitFor(t, "every record at the aggregator", 30*time.Second, func() bool { return len(sink.got()) >= 2*perConn })
	for _, c := range conns {
		c.Close()
	}
	stopClean(t, p)
	checkPerConnOrder(t, sink.got(), 2, perConn)
}
