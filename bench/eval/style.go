package eval

import "strings"

// Style renders key words as a key name.
type Style int

const (
	Env       Style = iota // GITHUB_TOKEN
	Snake                  // github_token
	Camel                  // githubToken
	Pascal                 // GithubToken
	Kebab                  // github-token
	Header                 // X-Github-Token
	Dot                    // github.token
	FlatUpper              // GITHUBTOKEN
	MetaHTTP               // HTTP_X_GITHUB_TOKEN (Django/WSGI request.META)
)

func (st Style) key(w []string) string {
	switch st {
	case Env:
		return strings.ToUpper(strings.Join(w, "_"))
	case Snake:
		return strings.Join(w, "_")
	case Camel, Pascal:
		var sb strings.Builder
		for i, x := range w {
			if i == 0 && st == Camel {
				sb.WriteString(x)
			} else {
				sb.WriteString(title(x))
			}
		}
		return sb.String()
	case Kebab:
		return strings.Join(w, "-")
	case Header:
		t := make([]string, len(w))
		for i, x := range w {
			t[i] = title(x)
		}
		h := strings.Join(t, "-")
		if len(w) > 1 && w[0] != "x" && !knownHeader[h] {
			h = "X-" + h
		}
		return h
	case Dot:
		return strings.Join(w, ".")
	case FlatUpper:
		return strings.ToUpper(strings.Join(w, ""))
	case MetaHTTP:
		return "HTTP_" + strings.ToUpper(strings.Join(w, "_"))
	}
	return strings.Join(w, "_")
}

var knownHeader = map[string]bool{
	"Proxy-Authorization": true, "Set-Cookie": true, "Content-Type": true,
	"X-Api-Key": true, "X-Auth-Token": true, "If-None-Match": true,
	"X-Request-Id": true, "X-Amzn-Trace-Id": true, "Content-Md5": true,
}

func title(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
