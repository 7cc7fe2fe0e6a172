package eval

import (
	"reflect"
	"strings"
	"testing"
)

func TestGenerateDeterministic(t *testing.T) {
	for _, p := range []Part{Dev, HeldOut} {
		a, b := Generate(p, 3000, 7), Generate(p, 3000, 7)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s: two runs with one seed differ", p)
		}
		c := Generate(p, 3000, 8)
		if reflect.DeepEqual(a, c) {
			t.Errorf("%s: seeds 7 and 8 give the same corpus", p)
		}
		if len(a) != 3000 {
			t.Errorf("%s: %d lines, want 3000", p, len(a))
		}
	}
}

func TestPartsShareNoTemplate(t *testing.T) {
	names := map[string]bool{}
	fns := map[uintptr]string{}
	for _, c := range contexts {
		for _, set := range [][]template{c.dev, c.held} {
			for _, tm := range set {
				if names[tm.name] {
					t.Errorf("template %s appears twice", tm.name)
				}
				names[tm.name] = true
				fp := reflect.ValueOf(tm.fn).Pointer()
				if other, ok := fns[fp]; ok {
					t.Errorf("templates %s and %s share a function", other, tm.name)
				}
				fns[fp] = tm.name
			}
		}
		for _, tm := range c.dev {
			if !strings.HasPrefix(tm.name, "dev/"+c.name+"/") {
				t.Errorf("dev template %s misnamed", tm.name)
			}
		}
		for _, tm := range c.held {
			if !strings.HasPrefix(tm.name, "held/"+c.name+"/") {
				t.Errorf("held-out template %s misnamed", tm.name)
			}
		}
	}
	// Shapes: a line's punctuation skeleton with the planted values
	// removed. Held-out lines whose skeleton a dev line also has would be
	// renamed copies; allow only a trace (short, generic lines).
	skel := func(l *Line) string {
		s := l.Text
		for _, p := range append(append([]Plant(nil), l.Secrets...), l.Harmless...) {
			s = strings.ReplaceAll(s, p.Value, "\x00")
		}
		return strings.Map(func(r rune) rune {
			if r < 128 && strings.ContainsRune(alnumCS+" \t", r) {
				return -1
			}
			return r
		}, s)
	}
	dev := map[string]bool{}
	for _, l := range Generate(Dev, 5000, DevSeed) {
		dev[skel(&l)] = true
	}
	held := Generate(HeldOut, 5000, HeldOutSeed)
	same := 0
	for _, l := range held {
		if k := skel(&l); len(k) > 6 && dev[k] {
			same++
		}
	}
	t.Logf("%d of %d held-out lines share a dev line's shape", same, len(held))
	if float64(same) > 0.01*float64(len(held)) {
		t.Errorf("%d of %d held-out lines have a dev line's shape", same, len(held))
	}
}

func TestPlantsAreInTheirLines(t *testing.T) {
	for _, p := range []Part{Dev, HeldOut} {
		lines := Generate(p, p.Size(), p.Seed())
		formats, kinds, ctxs := map[string]int{}, map[string]int{}, map[string]int{}
		clean := 0
		for i := range lines {
			l := &lines[i]
			ctxs[l.Context]++
			if l.Clean() {
				clean++
			}
			if strings.ContainsAny(l.Text, "\r\n") {
				t.Fatalf("%s line %d: line break inside the text", p, i+1)
			}
			for _, s := range l.Secrets {
				formats[s.Kind]++
				if s.Value == "" || !strings.Contains(l.Text, s.Value) {
					t.Fatalf("%s line %d: secret %s not in its line", p, i+1, s.Kind)
				}
			}
			rest := nonSecret(l)
			for _, h := range l.Harmless {
				kinds[h.Kind]++
				if h.Value == "" || !strings.Contains(rest, h.Value) {
					t.Fatalf("%s line %d: harmless %s not in its line outside the secrets", p, i+1, h.Kind)
				}
				for _, s := range l.Secrets {
					if strings.Contains(h.Value, s.Value) || strings.Contains(s.Value, h.Value) {
						t.Fatalf("%s line %d: harmless %s and secret %s overlap", p, i+1, h.Kind, s.Kind)
					}
				}
			}
		}
		for _, f := range Formats() {
			if formats[f] < 20 {
				t.Errorf("%s: format %s planted %d times", p, f, formats[f])
			}
		}
		for _, k := range HarmlessKinds() {
			if kinds[k] < 20 {
				t.Errorf("%s: harmless kind %s planted %d times", p, k, kinds[k])
			}
		}
		for _, c := range Contexts() {
			if ctxs[c] < 200 {
				t.Errorf("%s: context %s has %d lines", p, c, ctxs[c])
			}
		}
		if f := float64(clean) / float64(len(lines)); f < 0.25 || f > 0.75 {
			t.Errorf("%s: %.0f%% clean lines", p, 100*f)
		}
		t.Logf("%s: %d lines, %d clean, %d formats, %d harmless kinds, %d contexts", p, len(lines), clean, len(formats), len(kinds), len(ctxs))
	}
}
