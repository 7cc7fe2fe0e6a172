package filter

// objectName reports whether the token at s of buf (which starts at base)
// stands where an object's name does: the value of a name key (name=,
// name: "…", "name":"…", metadata.name, objectName) or right after a '/'
// of a path (oauthaccesstokens/sha256~…).
func (st *Stream) objectName(buf []byte, base, s int) bool {
	ctx := buf[:s]
	if st.jsonLine != nil {
		ctx = st.jsonLine[:base+s]
	}
	i := len(ctx)
	if i > 0 && ctx[i-1] == '/' {
		return true
	}
	if i > 0 && (ctx[i-1] == '"' || ctx[i-1] == '\'') {
		i--
		if i > 0 && ctx[i-1] == '\\' {
			i--
		}
	}
	for i > 0 && ctx[i-1] == ' ' {
		i--
	}
	if i == 0 || ctx[i-1] != '=' && ctx[i-1] != ':' {
		return false
	}
	i--
	for i > 0 && ctx[i-1] == ' ' {
		i--
	}
	if i > 0 && (ctx[i-1] == '"' || ctx[i-1] == '\'') {
		i--
		if i > 0 && ctx[i-1] == '\\' {
			i--
		}
	}
	// The key ends in the word "name": name, Name, metadata.name,
	// resource_name, objectName; not username or hostname.
	const word = "name"
	if i < len(word) || !hasPrefixFold(ctx[i-len(word):i], word) {
		return false
	}
	k := i - len(word)
	return k == 0 || !isAlnum(ctx[k-1]) || ctx[k] == 'N' && isLower(ctx[k-1])
}
