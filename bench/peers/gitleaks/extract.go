package main

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"hash/fnv"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// sample is one true-positive sample of a gitleaks rule.
type sample struct {
	line string
	// secret is the generated secret when the sample was built by a
	// sample helper from it (GenerateSampleSecret(s)); "" when the sample
	// is a literal line.
	secret string
}

// ruleSamples is what was extracted for one gitleaks rule.
type ruleSamples struct {
	id      string
	file    string
	samples []sample
	skipped int    // tps elements that could not be evaluated
	problem string // why no samples could be extracted, if none were
}

// value is the result of evaluating an expression: a string or a list.
type value struct {
	isList  bool
	str     string
	secret  string // for strings made by a sample helper, the secret
	list    []sample
	skipped int
}

// extractor evaluates the small subset of Go that gitleaks' rule files use
// to build their samples: string literals and concatenation, []string
// literals, append, fmt.Sprintf, strings.ToUpper/ToLower, secrets.NewSecret
// (a random string matching a pattern) and the utils helpers, whose bodies
// are read from the utils package itself.
type extractor struct {
	utils     map[string]*ast.FuncDecl
	templates []string // GenerateSampleSecrets' sample templates, in source order
	replacer  []ast.Expr
	gen       *generator
}

func newExtractor(configDir string) (*extractor, error) {
	x := &extractor{utils: map[string]*ast.FuncDecl{}}
	fset := token.NewFileSet()
	files, err := filepath.Glob(filepath.Join(configDir, "utils", "*.go"))
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			return nil, err
		}
		for _, d := range af.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil {
				x.utils[fd.Name.Name] = fd
			}
		}
	}
	fd := x.utils["GenerateSampleSecrets"]
	if fd == nil {
		return nil, errors.New("utils.GenerateSampleSecrets not found")
	}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CompositeLit:
			if _, ok := n.Type.(*ast.MapType); ok {
				for _, e := range n.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						if lit, ok := kv.Value.(*ast.BasicLit); ok && lit.Kind == token.STRING {
							if s, err := strconv.Unquote(lit.Value); err == nil {
								x.templates = append(x.templates, s)
							}
						}
					}
				}
			}
		case *ast.CallExpr:
			if sel, ok := n.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "NewReplacer" {
				x.replacer = n.Args
			}
		}
		return true
	})
	if len(x.templates) == 0 || len(x.replacer)%2 != 0 || len(x.replacer) == 0 {
		return nil, errors.New("utils.GenerateSampleSecrets: sample templates or replacer not found")
	}
	return x, nil
}

// extractDir extracts the samples of every rule in dir (cmd/generate/config/rules).
func (x *extractor) extractDir(dir string) ([]ruleSamples, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var out []ruleSamples
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		af, err := parser.ParseFile(fset, f, src, 0)
		if err != nil {
			return nil, err
		}
		for _, d := range af.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			id := ruleID(fd)
			if id == "" {
				continue
			}
			out = append(out, x.extractFunc(fd, id, filepath.Base(f)))
		}
	}
	return out, nil
}

// ruleID returns the RuleID of the config.Rule literal in fd, or "".
func ruleID(fd *ast.FuncDecl) string {
	id := ""
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		kv, ok := n.(*ast.KeyValueExpr)
		if !ok || id != "" {
			return id == ""
		}
		if k, ok := kv.Key.(*ast.Ident); ok && k.Name == "RuleID" {
			if lit, ok := kv.Value.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				id, _ = strconv.Unquote(lit.Value)
			}
		}
		return true
	})
	return id
}

type env map[string]evalResult

type evalResult struct {
	v   value
	err error
}

func (x *extractor) extractFunc(fd *ast.FuncDecl, id, file string) ruleSamples {
	h := fnv.New64a()
	h.Write([]byte(id))
	x.gen = newGenerator(h.Sum64())
	rs := ruleSamples{id: id, file: file}
	e := env{}
	assign := func(name string, expr ast.Expr) {
		v, err := x.eval(expr, e)
		e[name] = evalResult{v, err}
	}
	for _, st := range fd.Body.List {
		switch st := st.(type) {
		case *ast.AssignStmt:
			if len(st.Lhs) != len(st.Rhs) {
				continue
			}
			for i, l := range st.Lhs {
				if id, ok := l.(*ast.Ident); ok {
					assign(id.Name, st.Rhs[i])
				}
			}
		case *ast.DeclStmt:
			gd, ok := st.Decl.(*ast.GenDecl)
			if !ok {
				continue
			}
			for _, sp := range gd.Specs {
				vs, ok := sp.(*ast.ValueSpec)
				if !ok || len(vs.Values) != len(vs.Names) {
					continue
				}
				for i, n := range vs.Names {
					assign(n.Name, vs.Values[i])
				}
			}
		}
	}
	r, ok := e["tps"]
	switch {
	case !ok:
		rs.problem = "no tps variable"
	case r.err != nil:
		rs.problem = r.err.Error()
	case !r.v.isList:
		rs.problem = "tps is not a list"
	default:
		rs.samples, rs.skipped = r.v.list, r.v.skipped
	}
	return rs
}

func str(s string) value { return value{str: s} }

func (x *extractor) eval(expr ast.Expr, e env) (value, error) {
	switch n := expr.(type) {
	case *ast.BasicLit:
		if n.Kind != token.STRING {
			return value{}, fmt.Errorf("a %s literal", n.Kind)
		}
		s, err := strconv.Unquote(n.Value)
		return str(s), err
	case *ast.ParenExpr:
		return x.eval(n.X, e)
	case *ast.Ident:
		if n.Name == "nil" {
			return value{isList: true}, nil
		}
		r, ok := e[n.Name]
		if !ok {
			return value{}, fmt.Errorf("unknown variable %s", n.Name)
		}
		return r.v, r.err
	case *ast.BinaryExpr:
		if n.Op != token.ADD {
			return value{}, fmt.Errorf("operator %s", n.Op)
		}
		a, err := x.strArg(n.X, e)
		if err != nil {
			return value{}, err
		}
		b, err := x.strArg(n.Y, e)
		if err != nil {
			return value{}, err
		}
		return str(a + b), nil
	case *ast.CompositeLit:
		at, ok := n.Type.(*ast.ArrayType)
		if !ok {
			if _, isMap := n.Type.(*ast.MapType); isMap {
				return value{}, errors.New("samples keyed by file path (a path rule)")
			}
			return value{}, errors.New("a composite literal that is not a list")
		}
		if t, ok := at.Elt.(*ast.Ident); !ok || t.Name != "string" {
			return value{}, errors.New("a list that is not []string")
		}
		v := value{isList: true}
		for _, el := range n.Elts {
			s, err := x.eval(el, e)
			if err != nil || s.isList {
				v.skipped++
				continue
			}
			v.list = append(v.list, sample{line: s.str, secret: s.secret})
		}
		return v, nil
	case *ast.CallExpr:
		return x.call(n, e)
	}
	return value{}, fmt.Errorf("unsupported expression %T", expr)
}

func (x *extractor) strArg(expr ast.Expr, e env) (string, error) {
	v, err := x.eval(expr, e)
	if err != nil {
		return "", err
	}
	if v.isList {
		return "", errors.New("a list where a string was expected")
	}
	return v.str, nil
}

func (x *extractor) strArgs(args []ast.Expr, e env) ([]string, error) {
	out := make([]string, len(args))
	for i, a := range args {
		s, err := x.strArg(a, e)
		if err != nil {
			return nil, err
		}
		out[i] = s
	}
	return out, nil
}

func (x *extractor) call(n *ast.CallExpr, e env) (value, error) {
	if id, ok := n.Fun.(*ast.Ident); ok {
		if id.Name != "append" || len(n.Args) == 0 {
			return value{}, fmt.Errorf("call of local function %s", id.Name)
		}
		base, err := x.eval(n.Args[0], e)
		if err != nil {
			return value{}, err
		}
		if !base.isList {
			return value{}, errors.New("append to a string")
		}
		v := value{isList: true, list: append([]sample(nil), base.list...), skipped: base.skipped}
		for i, a := range n.Args[1:] {
			if n.Ellipsis.IsValid() && i == len(n.Args)-2 {
				l, err := x.eval(a, e)
				if err != nil || !l.isList {
					v.skipped++
					continue
				}
				v.list = append(v.list, l.list...)
				v.skipped += l.skipped
				continue
			}
			s, err := x.eval(a, e)
			if err != nil || s.isList {
				v.skipped++
				continue
			}
			v.list = append(v.list, sample{line: s.str, secret: s.secret})
		}
		return v, nil
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
	args, err := x.strArgs(n.Args, e)
	if err != nil {
		return value{}, fmt.Errorf("%s: %w", fn, err)
	}
	switch fn {
	case "secrets.NewSecret":
		if len(args) != 1 {
			return value{}, errors.New("secrets.NewSecret: want one argument")
		}
		s, err := x.gen.generate(args[0])
		return str(s), err
	case "fmt.Sprintf":
		if len(args) == 0 {
			return value{}, errors.New("fmt.Sprintf without a format")
		}
		as := make([]any, len(args)-1)
		for i, a := range args[1:] {
			as[i] = a
		}
		s := fmt.Sprintf(args[0], as...)
		if strings.Contains(s, "%!") {
			return value{}, errors.New("fmt.Sprintf with a non-string verb")
		}
		return str(s), nil
	case "strings.ToUpper":
		return str(strings.ToUpper(args[0])), nil
	case "strings.ToLower":
		return str(strings.ToLower(args[0])), nil
	case "utils.GenerateSampleSecrets":
		if len(args) != 2 {
			return value{}, errors.New("utils.GenerateSampleSecrets: want two arguments")
		}
		return x.sampleSecrets(args[0], args[1])
	}
	if pkg.Name == "utils" {
		v, err := x.helper(sel.Sel.Name, args)
		if err == nil && sel.Sel.Name == "GenerateSampleSecret" && len(args) == 2 {
			v.secret = args[1]
		}
		return v, err
	}
	return value{}, fmt.Errorf("unsupported call %s", fn)
}

// sampleSecrets expands GenerateSampleSecrets' templates for one identifier
// and secret, with the placeholder replacements its own replacer names.
func (x *extractor) sampleSecrets(identifier, secret string) (value, error) {
	fd := x.utils["GenerateSampleSecrets"]
	e := x.params(fd, []string{identifier, secret})
	pairs, err := x.strArgs(x.replacer, e)
	if err != nil {
		return value{}, fmt.Errorf("GenerateSampleSecrets replacer: %w", err)
	}
	r := strings.NewReplacer(pairs...)
	v := value{isList: true}
	for _, t := range x.templates {
		v.list = append(v.list, sample{line: r.Replace(t), secret: secret})
	}
	return v, nil
}

func (x *extractor) params(fd *ast.FuncDecl, args []string) env {
	e := env{}
	i := 0
	for _, f := range fd.Type.Params.List {
		for _, n := range f.Names {
			if i < len(args) {
				e[n.Name] = evalResult{v: str(args[i])}
			}
			i++
		}
	}
	return e
}

// helper evaluates a utils function whose body is one return of a string
// expression (the pattern helpers, GenerateSampleSecret).
func (x *extractor) helper(name string, args []string) (value, error) {
	fd := x.utils[name]
	if fd == nil {
		return value{}, fmt.Errorf("unknown helper utils.%s", name)
	}
	if len(fd.Body.List) != 1 {
		return value{}, fmt.Errorf("utils.%s is not a single return", name)
	}
	ret, ok := fd.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return value{}, fmt.Errorf("utils.%s is not a single return", name)
	}
	return x.eval(ret.Results[0], x.params(fd, args))
}
