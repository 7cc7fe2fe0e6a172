package main

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// sample is one positive test case of a trufflehog detector.
type sample struct {
	name  string   // the case's name field, if any
	input string   // the test input, as the detector gets it
	want  []string // the secrets the case expects the detector to report
}

// lines returns the sample's input split into lines (a trailing "\r" is
// dropped from each, so that CRLF input gives the same lines).
func (s sample) lines() []string {
	ls := strings.Split(s.input, "\n")
	for i, l := range ls {
		ls[i] = strings.TrimSuffix(l, "\r")
	}
	return ls
}

// detectorCases is what was extracted for one detector (one directory under
// pkg/detectors; nested ones are named by their path, as aws/access_keys).
type detectorCases struct {
	name      string
	samples   []sample
	negatives int            // cases that expect no secret
	skipped   map[string]int // positive or undecidable cases left out, by reason
	problem   string         // why no cases were found at all, if none were
}

// Field names of the table cases, compared in lower case. trufflehog's
// pattern tests are almost all {name, input string, want []string}; a few
// use {data, shouldMatch, match} or {Input, Expected map[string]struct{}}.
var (
	inputFields = map[string]bool{"input": true, "data": true}
	wantFields  = map[string]bool{"want": true, "expected": true, "match": true, "wantmatches": true}
	flagFields  = map[string]bool{"shouldmatch": true}
)

// extractDir extracts the cases of every detector under dir
// (a trufflehog tree's pkg/detectors), in path order.
func extractDir(dir string) ([]detectorCases, error) {
	var dirs []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p != dir {
			if d.Name() == "testdata" {
				return filepath.SkipDir
			}
			dirs = append(dirs, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(dirs)
	var out []detectorCases
	for _, d := range dirs {
		dc, ok, err := extractDetector(d)
		if err != nil {
			return nil, err
		}
		if ok {
			rel, _ := filepath.Rel(dir, d)
			dc.name = filepath.ToSlash(rel)
			out = append(out, dc)
		}
	}
	return out, nil
}

// integrationTest reports whether a test file name is one of the
// integration tests (which call the live services; some names are
// misspelt, as _integreation_test.go).
func integrationTest(name string) bool {
	return strings.Contains(strings.TrimSuffix(name, "_test.go"), "_integ")
}

// declaresScanner reports whether f declares the type Scanner, as every
// trufflehog detector package does.
func declaresScanner(f *ast.File) bool {
	for _, d := range f.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
			for _, sp := range gd.Specs {
				if ts, ok := sp.(*ast.TypeSpec); ok && ts.Name.Name == "Scanner" {
					return true
				}
			}
		}
	}
	return false
}

// extractDetector extracts the cases of the detector in dir; ok is false
// when dir holds no detector: no non-test Go file declares a Scanner (a
// parent directory of versioned detectors, a helper package).
func extractDetector(dir string) (dc detectorCases, ok bool, err error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return dc, false, err
	}
	sort.Strings(files)
	fset := token.NewFileSet()
	pkg := scope{decls: map[string]ast.Expr{}, memo: map[string]evalResult{}}
	var tests []*ast.File
	hasSource := false
	var broken []string
	for _, f := range files {
		base := filepath.Base(f)
		isTest := strings.HasSuffix(base, "_test.go")
		if isTest && integrationTest(base) {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, parser.SkipObjectResolution)
		if err != nil {
			broken = append(broken, base)
			continue
		}
		if !isTest && declaresScanner(af) {
			hasSource = true
		}
		for _, d := range af.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && (gd.Tok == token.CONST || gd.Tok == token.VAR) {
				pkg.addSpecs(gd)
			}
		}
		if isTest {
			tests = append(tests, af)
		}
	}
	if !hasSource {
		return dc, false, nil
	}
	dc.skipped = map[string]int{}
	found := 0
	for _, af := range tests {
		for _, d := range af.Decls {
			sc := &pkg
			var root ast.Node = d
			if fd, ok := d.(*ast.FuncDecl); ok {
				if fd.Body == nil {
					continue
				}
				sc = localScope(fd.Body, &pkg)
				root = fd.Body
			}
			ast.Inspect(root, func(n ast.Node) bool {
				cl, ok := n.(*ast.CompositeLit)
				if !ok {
					return true
				}
				fields, ok := caseFields(cl)
				if !ok {
					return true
				}
				found++
				dc.add(fields, sc)
				return false
			})
		}
	}
	if found == 0 {
		switch {
		case len(broken) > 0:
			dc.problem = "a file that does not parse"
		case len(tests) == 0:
			dc.problem = "no unit test file"
		default:
			dc.problem = "no table cases with an input and expected secrets"
		}
	}
	return dc, true, nil
}

// caseFields returns the keyed fields of cl, lower-cased, when cl looks like
// a table case: keyed, with an input field and a want or shouldMatch field.
func caseFields(cl *ast.CompositeLit) (map[string]ast.Expr, bool) {
	if len(cl.Elts) == 0 {
		return nil, false
	}
	fields := map[string]ast.Expr{}
	for _, e := range cl.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok {
			return nil, false
		}
		k, ok := kv.Key.(*ast.Ident)
		if !ok {
			return nil, false
		}
		fields[strings.ToLower(k.Name)] = kv.Value
	}
	hasInput, hasWant := false, false
	for k := range fields {
		hasInput = hasInput || inputFields[k]
		hasWant = hasWant || wantFields[k] || flagFields[k]
	}
	return fields, hasInput && hasWant
}

// add classifies one table case: a negative (no secret expected), a sample,
// or a case left out for a reason.
func (dc *detectorCases) add(fields map[string]ast.Expr, sc *scope) {
	positive, decided := false, false
	for k, e := range fields {
		if flagFields[k] {
			id, ok := e.(*ast.Ident)
			if !ok || (id.Name != "true" && id.Name != "false") {
				dc.skipped["shouldMatch is not a literal bool"]++
				return
			}
			positive, decided = id.Name == "true", true
		}
	}
	var want []string
	for k, e := range fields {
		if !wantFields[k] {
			continue
		}
		v, err := sc.eval(e)
		if err != nil {
			if decided && !positive {
				dc.negatives++
				return
			}
			dc.skipped["expected secrets: "+err.Error()]++
			return
		}
		for _, w := range v.strings() {
			if w != "" {
				want = append(want, w)
			}
		}
	}
	if !decided {
		positive = len(want) > 0
	}
	if !positive {
		dc.negatives++
		return
	}
	if len(want) == 0 {
		dc.skipped["positive case that names no expected secret"]++
		return
	}
	var input ast.Expr
	for k, e := range fields {
		if inputFields[k] {
			input = e
		}
	}
	v, err := sc.eval(input)
	if err == nil && v.kind != kindString {
		err = errors.New("input is not a string")
	}
	if err != nil {
		dc.skipped["input: "+err.Error()]++
		return
	}
	name := ""
	if e, ok := fields["name"]; ok {
		if nv, err := sc.eval(e); err == nil && nv.kind == kindString {
			name = nv.str
		}
	}
	dc.samples = append(dc.samples, sample{name: name, input: v.str, want: want})
}

// value is the result of evaluating an expression.
type value struct {
	kind kind
	str  string
	list []string // a []string, or the keys of a map[string]…
	num  int
}

type kind int

const (
	kindString kind = iota
	kindList
	kindInt
	kindNil
)

func (v value) strings() []string {
	switch v.kind {
	case kindString:
		return []string{v.str}
	case kindList:
		return v.list
	}
	return nil
}

type evalResult struct {
	v   value
	err error
}

// scope holds named expressions (package-level consts and vars, or the
// local ones of a test function), evaluated on first use.
type scope struct {
	decls  map[string]ast.Expr
	memo   map[string]evalResult
	parent *scope
	busy   map[string]bool
}

func (s *scope) addSpecs(gd *ast.GenDecl) {
	for _, sp := range gd.Specs {
		vs, ok := sp.(*ast.ValueSpec)
		if !ok || len(vs.Values) != len(vs.Names) {
			continue
		}
		for i, n := range vs.Names {
			if _, dup := s.decls[n.Name]; !dup && n.Name != "_" {
				s.decls[n.Name] = vs.Values[i]
			}
		}
	}
}

// localScope collects the single assignments and declarations of a test
// function body's top level (validPattern := "…"); a name assigned twice
// is dropped, since which value a case sees depends on the order.
func localScope(body *ast.BlockStmt, parent *scope) *scope {
	s := &scope{decls: map[string]ast.Expr{}, memo: map[string]evalResult{}, parent: parent}
	seen := map[string]int{}
	for _, st := range body.List {
		switch st := st.(type) {
		case *ast.AssignStmt:
			if len(st.Lhs) != len(st.Rhs) {
				continue
			}
			for i, l := range st.Lhs {
				if id, ok := l.(*ast.Ident); ok {
					seen[id.Name]++
					s.decls[id.Name] = st.Rhs[i]
				}
			}
		case *ast.DeclStmt:
			if gd, ok := st.Decl.(*ast.GenDecl); ok {
				for _, sp := range gd.Specs {
					if vs, ok := sp.(*ast.ValueSpec); ok && len(vs.Values) == len(vs.Names) {
						for i, n := range vs.Names {
							seen[n.Name]++
							s.decls[n.Name] = vs.Values[i]
						}
					}
				}
			}
		}
	}
	for n, c := range seen {
		if c > 1 {
			s.decls[n] = nil
		}
	}
	return s
}

func (s *scope) lookup(name string) (value, error) {
	for sc := s; sc != nil; sc = sc.parent {
		e, ok := sc.decls[name]
		if !ok {
			continue
		}
		if e == nil {
			return value{}, errors.New("a variable assigned more than once")
		}
		if r, ok := sc.memo[name]; ok {
			return r.v, r.err
		}
		if sc.busy == nil {
			sc.busy = map[string]bool{}
		}
		if sc.busy[name] {
			return value{}, errors.New("a recursive definition")
		}
		sc.busy[name] = true
		v, err := sc.eval(e)
		delete(sc.busy, name)
		sc.memo[name] = evalResult{v, err}
		return v, err
	}
	return value{}, errors.New("a name that is not a package-level or local constant")
}

func str(s string) value { return value{kind: kindString, str: s} }

// eval evaluates the small subset of Go the test tables use: string and int
// literals, names of consts and vars, + of strings, []string and
// map[string]… literals, []byte(s), string(b), fmt.Sprintf and a few
// functions of the strings package.
func (s *scope) eval(expr ast.Expr) (value, error) {
	switch n := expr.(type) {
	case *ast.BasicLit:
		switch n.Kind {
		case token.STRING:
			v, err := strconv.Unquote(n.Value)
			return str(v), err
		case token.INT:
			i, err := strconv.Atoi(n.Value)
			return value{kind: kindInt, num: i}, err
		}
		return value{}, fmt.Errorf("a %s literal", n.Kind)
	case *ast.ParenExpr:
		return s.eval(n.X)
	case *ast.Ident:
		if n.Name == "nil" {
			return value{kind: kindNil}, nil
		}
		return s.lookup(n.Name)
	case *ast.BinaryExpr:
		if n.Op != token.ADD {
			return value{}, fmt.Errorf("operator %s", n.Op)
		}
		a, err := s.eval(n.X)
		if err != nil {
			return value{}, err
		}
		b, err := s.eval(n.Y)
		if err != nil {
			return value{}, err
		}
		switch {
		case a.kind == kindString && b.kind == kindString:
			return str(a.str + b.str), nil
		case a.kind == kindInt && b.kind == kindInt:
			return value{kind: kindInt, num: a.num + b.num}, nil
		}
		return value{}, errors.New("+ of values that are not both strings")
	case *ast.CompositeLit:
		switch t := n.Type.(type) {
		case *ast.ArrayType:
			if id, ok := t.Elt.(*ast.Ident); !ok || id.Name != "string" {
				return value{}, errors.New("a list that is not []string")
			}
			v := value{kind: kindList}
			for _, el := range n.Elts {
				e, err := s.eval(el)
				if err != nil {
					return value{}, err
				}
				if e.kind != kindString {
					return value{}, errors.New("a list element that is not a string")
				}
				v.list = append(v.list, e.str)
			}
			return v, nil
		case *ast.MapType:
			if id, ok := t.Key.(*ast.Ident); !ok || id.Name != "string" {
				return value{}, errors.New("a map not keyed by string")
			}
			v := value{kind: kindList}
			for _, el := range n.Elts {
				kv, ok := el.(*ast.KeyValueExpr)
				if !ok {
					return value{}, errors.New("a map element without a key")
				}
				e, err := s.eval(kv.Key)
				if err != nil {
					return value{}, err
				}
				v.list = append(v.list, e.str)
			}
			return v, nil
		}
		return value{}, errors.New("a composite literal that is not a []string or map[string]")
	case *ast.CallExpr:
		return s.call(n)
	}
	return value{}, fmt.Errorf("an expression of type %T", expr)
}

func (s *scope) call(n *ast.CallExpr) (value, error) {
	// Conversions: []byte(x), string(x).
	if at, ok := n.Fun.(*ast.ArrayType); ok && len(n.Args) == 1 {
		if id, ok := at.Elt.(*ast.Ident); ok && id.Name == "byte" {
			return s.eval(n.Args[0])
		}
	}
	if id, ok := n.Fun.(*ast.Ident); ok {
		if id.Name == "string" && len(n.Args) == 1 {
			return s.eval(n.Args[0])
		}
		return value{}, errors.New("a call of a function of the test package")
	}
	sel, ok := n.Fun.(*ast.SelectorExpr)
	if !ok {
		return value{}, errors.New("an indirect call")
	}
	pkg, ok := sel.X.(*ast.Ident)
	if !ok {
		return value{}, errors.New("a method call")
	}
	fn := pkg.Name + "." + sel.Sel.Name
	if n.Ellipsis.IsValid() {
		return value{}, fmt.Errorf("%s with a spread argument", fn)
	}
	var args []value
	switch fn {
	case "fmt.Sprintf", "strings.Repeat", "strings.Join", "strings.ToUpper", "strings.ToLower",
		"strings.ReplaceAll", "strings.TrimSpace", "strings.Replace":
		for _, a := range n.Args {
			v, err := s.eval(a)
			if err != nil {
				return value{}, fmt.Errorf("%s: %w", fn, err)
			}
			args = append(args, v)
		}
	default:
		return value{}, fmt.Errorf("a call of %s", fn)
	}
	wantKinds := func(ks ...kind) error {
		if len(args) != len(ks) {
			return fmt.Errorf("%s: %d arguments", fn, len(args))
		}
		for i, k := range ks {
			if args[i].kind != k {
				return fmt.Errorf("%s: an argument of the wrong type", fn)
			}
		}
		return nil
	}
	switch fn {
	case "fmt.Sprintf":
		if len(args) == 0 || args[0].kind != kindString {
			return value{}, errors.New("fmt.Sprintf without a string format")
		}
		as := make([]any, len(args)-1)
		for i, a := range args[1:] {
			switch a.kind {
			case kindString:
				as[i] = a.str
			case kindInt:
				as[i] = a.num
			default:
				return value{}, errors.New("fmt.Sprintf: an argument that is not a string or int")
			}
		}
		out := fmt.Sprintf(args[0].str, as...)
		if strings.Contains(out, "%!") {
			return value{}, errors.New("fmt.Sprintf: a verb that does not fit its argument")
		}
		return str(out), nil
	case "strings.Repeat":
		if err := wantKinds(kindString, kindInt); err != nil {
			return value{}, err
		}
		if args[1].num < 0 || args[1].num > 1<<16 {
			return value{}, errors.New("strings.Repeat: a count out of range")
		}
		return str(strings.Repeat(args[0].str, args[1].num)), nil
	case "strings.Join":
		if err := wantKinds(kindList, kindString); err != nil {
			return value{}, err
		}
		return str(strings.Join(args[0].list, args[1].str)), nil
	case "strings.ToUpper", "strings.ToLower", "strings.TrimSpace":
		if err := wantKinds(kindString); err != nil {
			return value{}, err
		}
		f := map[string]func(string) string{"strings.ToUpper": strings.ToUpper,
			"strings.ToLower": strings.ToLower, "strings.TrimSpace": strings.TrimSpace}[fn]
		return str(f(args[0].str)), nil
	case "strings.ReplaceAll":
		if err := wantKinds(kindString, kindString, kindString); err != nil {
			return value{}, err
		}
		return str(strings.ReplaceAll(args[0].str, args[1].str, args[2].str)), nil
	case "strings.Replace":
		if err := wantKinds(kindString, kindString, kindString, kindInt); err != nil {
			return value{}, err
		}
		return str(strings.Replace(args[0].str, args[1].str, args[2].str, args[3].num)), nil
	}
	return value{}, fmt.Errorf("a call of %s", fn)
}

// readTree checks that src looks like a trufflehog v3 source tree and
// returns its detectors directory.
func readTree(src string) (string, error) {
	dir := filepath.Join(src, "pkg", "detectors")
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return "", fmt.Errorf("%s: no pkg/detectors directory", src)
	}
	return dir, nil
}
