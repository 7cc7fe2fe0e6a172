package main

import (
	"fmt"
	"math/rand/v2"
	"regexp/syntax"
	"strings"
)

// generator writes random strings that a regular expression matches, the way
// gitleaks makes the secrets of its samples from a pattern. Unbounded
// repetitions (*, +, {n,}) repeat at most one more time than their minimum;
// negated and wide classes draw from printable ASCII only.
type generator struct {
	rng *rand.Rand
}

func newGenerator(seed uint64) *generator {
	return &generator{rng: rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))}
}

// generate returns one string matching pattern (Perl syntax, as Go's regexp).
func (g *generator) generate(pattern string) (string, error) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return "", fmt.Errorf("pattern %q: %w", pattern, err)
	}
	var sb strings.Builder
	if err := g.walk(&sb, re); err != nil {
		return "", fmt.Errorf("pattern %q: %w", pattern, err)
	}
	return sb.String(), nil
}

const printable = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"

func (g *generator) walk(sb *strings.Builder, re *syntax.Regexp) error {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			if re.Flags&syntax.FoldCase != 0 && g.rng.IntN(2) == 0 {
				r = []rune(strings.ToUpper(string(r)))[0]
			}
			sb.WriteRune(r)
		}
	case syntax.OpCharClass:
		var pool []rune
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			for _, c := range printable {
				if lo <= c && c <= hi {
					pool = append(pool, c)
				}
			}
		}
		if len(pool) == 0 {
			return fmt.Errorf("a character class with no printable ASCII member")
		}
		sb.WriteRune(pool[g.rng.IntN(len(pool))])
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		const alnum = "abcdefghijklmnopqrstuvwxyz0123456789"
		sb.WriteByte(alnum[g.rng.IntN(len(alnum))])
	case syntax.OpCapture:
		return g.walk(sb, re.Sub[0])
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat:
		lo, hi := 0, 1
		switch re.Op {
		case syntax.OpPlus:
			lo, hi = 1, 2
		case syntax.OpRepeat:
			lo, hi = re.Min, re.Max
			if hi < 0 {
				hi = lo + 1
			}
		}
		n := lo + g.rng.IntN(hi-lo+1)
		for range n {
			if err := g.walk(sb, re.Sub[0]); err != nil {
				return err
			}
		}
	case syntax.OpConcat:
		for _, s := range re.Sub {
			if err := g.walk(sb, s); err != nil {
				return err
			}
		}
	case syntax.OpAlternate:
		return g.walk(sb, re.Sub[g.rng.IntN(len(re.Sub))])
	default:
		return fmt.Errorf("unsupported operator %v", re.Op)
	}
	return nil
}
