package filter

// Linux audit records write a command's arguments one by one, and in hex
// when an argument holds a blank, a quote or a byte outside ASCII:
//
//	type=EXECVE msg=audit(…): argc=5 a0="mysql" a1="-h" a2="db" a3="-uroot" a4="-pS3cr3t"
//	type=EXECVE msg=audit(…): argc=3 a0="pg_dump" a1="--username=b" a2=2D2D70617373776F72643D…
//	type=PROCTITLE msg=audit(…): proctitle=6D7973716C002D7053336372337400
//
// The arguments are decoded into one command line (blanks between them),
// scanned as text, and what the scan finds is mapped back: a hex argument's
// span covers the hex digits of its bytes.

// auditArgs appends the secrets in the decoded arguments of an EXECVE
// record whose "EXECVE" anchor ends at he, or of a proctitle= value
// starting at he.
func (st *Stream) auditArgs(spans []span, buf []byte, he int, proctitle bool, base int) []span {
	if st.inAudit {
		return spans
	}
	st.argv = st.argv[:0]
	st.argvMap.reset()
	if proctitle {
		e := he
		for e < len(buf) && hexBytes[buf[e]] {
			e++
		}
		if (e-he)%2 != 0 || e-he < 4 {
			return spans
		}
		st.argv = appendHex(st.argv, &st.argvMap, buf, he, e, true)
	} else {
		for j := he; j+3 < len(buf); j++ {
			// " aN=" starts an argument.
			if buf[j] != ' ' || buf[j+1] != 'a' || !isDigit(buf[j+2]) {
				continue
			}
			k := j + 2
			for k < len(buf) && isDigit(buf[k]) {
				k++
			}
			if k >= len(buf) || buf[k] != '=' {
				continue
			}
			k++
			if len(st.argv) > 0 {
				st.argvMap.add(len(st.argv), j, 1)
				st.argv = append(st.argv, ' ')
			}
			if k < len(buf) && buf[k] == '"' {
				e := k + 1
				for e < len(buf) && buf[e] != '"' {
					e++
				}
				st.argvMap.add(len(st.argv), k+1, 1)
				st.argv = append(st.argv, buf[k+1:e]...)
				j = e
				continue
			}
			e := k
			for e < len(buf) && hexBytes[buf[e]] {
				e++
			}
			if (e-k)%2 == 0 && e > k {
				st.argv = appendHex(st.argv, &st.argvMap, buf, k, e, false)
			}
			j = e - 1
		}
	}
	if len(st.argv) == 0 {
		return spans
	}
	st.argvMap.segs = append(st.argvMap.segs, escSeg{d: int32(len(st.argv)), r: int32(len(buf)), step: 1})
	st.argvHits = st.sc.m.Find(st.argvHits[:0], st.argv)
	if len(st.argvHits) == 0 {
		return spans
	}
	st.inAudit = true
	st.argvSpans = st.scanText(st.argvSpans[:0], st.argv, st.argvHits, 0, false)
	st.inAudit = false
	for _, sp := range st.argvSpans {
		if sp.end <= sp.start {
			continue
		}
		rs, re := st.argvMap.raw(sp.start), st.argvMap.rawEnd(sp.end-1)
		sp.escaped = re-rs != sp.end-sp.start
		sp.start, sp.end = base+rs, base+re
		spans = append(spans, sp)
	}
	return spans
}

// appendHex appends the bytes that the hex digits buf[s:e] encode, NUL as a
// blank when nulBlank (proctitle separates arguments with NUL), and maps
// each to its two digits.
func appendHex(dst []byte, m *escMap, buf []byte, s, e int, nulBlank bool) []byte {
	m.add(len(dst), s, 2)
	for i := s; i+1 < e; i += 2 {
		c := unhex(buf[i])<<4 | unhex(buf[i+1])
		if c == 0 && nulBlank {
			c = ' '
		}
		dst = append(dst, c)
	}
	return dst
}
