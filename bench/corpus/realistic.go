package corpus

// The Realistic shape: what issue 10 calls realistic logs, denser in keys
// and secrets than Mixed — about 5% of lines with a secret, about a third
// JSON with nested request and response headers and Kubernetes objects,
// logfmt lines of 15 to 30 pairs, header dumps, stack traces and prose
// error messages among the text.

// RealisticSecretRate is the fraction of lines with a planted secret in
// the [Realistic] shape.
const RealisticSecretRate = 0.05

// realisticSlot writes one slot of the Realistic shape.
func (g *gen) realisticSlot() {
	switch r := g.intn(100); {
	case r < 25:
		g.jsonLine()
	case r < 37:
		g.jsonNestedHTTP()
	case r < 45:
		g.jsonK8sObject()
	case r < 65:
		g.logfmtWide()
	case r < 67:
		g.headerDump()
	case r < 69:
		g.stackTrace()
	case r < 77:
		g.proseError()
	default:
		g.textSlot()
	}
}

var (
	requestHeaders  = []string{"accept-encoding", "accept-language", "cache-control", "connection", "x-forwarded-for", "x-forwarded-proto", "x-real-ip", "x-b3-traceid", "x-envoy-attempt-count", "sec-ch-ua-platform", "origin", "referer"}
	responseHeaders = []string{"content-length", "content-encoding", "vary", "x-cache", "x-envoy-upstream-service-time", "strict-transport-security", "cache-control", "etag", "date", "server"}
	k8sKinds        = []string{"Pod", "Deployment", "StatefulSet", "Job", "ReplicaSet"}
	envNames        = []string{"LOG_LEVEL", "PORT", "DB_HOST", "REDIS_URL", "OTEL_EXPORTER_OTLP_ENDPOINT", "FEATURE_FLAGS", "TZ", "GOMAXPROCS"}
	envSecretNames  = []string{"DB_PASSWORD", "API_KEY", "STRIPE_SECRET_KEY", "GITHUB_TOKEN", "SLACK_BOT_TOKEN", "SESSION_SECRET"}
	wideKeys        = []string{"service", "host", "pid", "request_id", "trace_id", "span_id", "method", "path", "status", "duration_ms", "bytes", "user_id", "tenant", "region", "version", "retries", "cache", "db_ms", "queue", "attempt", "shard", "build", "commit", "node", "zone", "pool", "conn_id", "route"}
	proseOps        = []string{"authenticate to upstream billing", "refresh the OAuth token", "connect to the payment gateway", "publish to the events topic", "fetch the signing keys", "call the search cluster"}
	proseCauses     = []string{"401 Unauthorized", "context deadline exceeded", "connection refused", "TLS handshake timeout", "invalid_grant", "503 Service Unavailable"}
)

// jsonNestedHTTP is an HTTP client's or server's JSON record with the
// request's and the response's headers as nested objects.
func (g *gen) jsonNestedHTTP() {
	g.begin()
	secret := g.takeSecret()
	g.jsonHead(pick(g, levels), "http.client")
	g.s(`"msg":"upstream call","request":{"method":"`)
	g.p(methods)
	g.s(`","url":"https://`)
	g.p(publicHosts)
	g.path()
	g.s(`","headers":{"host":"`)
	g.p(publicHosts)
	g.s(`","user-agent":"`)
	g.p(userAgents)
	g.b('"')
	for i, n := 0, g.between(4, 9); i < n; i++ {
		g.s(`,"`)
		g.p(requestHeaders)
		g.s(`":"`)
		g.rand(alnum, g.between(4, 16))
		g.b('"')
	}
	if secret {
		switch g.intn(3) {
		case 0:
			g.s(`,"authorization":"Bearer `)
			g.plant(KindJWT, "json-nested-authorization")
		case 1:
			g.s(`,"x-api-key":"`)
			g.plantAPIKey("json-nested-x-api-key")
		default:
			g.s(`,"cookie":"session=`)
			g.plant(KindSessionCookie, "json-nested-cookie")
		}
		g.b('"')
	}
	g.s(`,"x-request-id":"`)
	g.uuid()
	g.s(`"}},"response":{"status":`)
	g.n(pick(g, statuses))
	g.s(`,"headers":{"content-type":"`)
	g.p(contentTypes)
	g.b('"')
	for i, n := 0, g.between(3, 8); i < n; i++ {
		g.s(`,"`)
		g.p(responseHeaders)
		g.s(`":"`)
		g.rand(alnum, g.between(2, 20))
		g.b('"')
	}
	g.s(`}},"duration_ms":`)
	g.decimal(g.between(100, 500000))
	g.s(`,"trace_id":"`)
	g.traceID()
	g.s(`"}`)
	g.truth.JSONLines++
	g.end()
}

// jsonK8sObject is a Kubernetes object as controllers and audit logs print
// it: metadata with labels and annotations, containers with env entries
// (a secret in one of them, as a name/value pair), a status.
func (g *gen) jsonK8sObject() {
	g.begin()
	secret := g.takeSecret()
	g.s(`{"kind":"`)
	g.p(k8sKinds)
	g.s(`","apiVersion":"apps/v1","metadata":{"name":"`)
	g.p(services)
	g.b('-')
	g.hex(10)
	g.s(`","namespace":"`)
	g.p(tags)
	g.s(`","uid":"`)
	g.uuid()
	g.s(`","resourceVersion":"`)
	g.n(g.between(1000000, 99999999))
	g.s(`","labels":{"app":"`)
	g.p(services)
	g.s(`","pod-template-hash":"`)
	g.hex(10)
	g.s(`"},"annotations":{"kubectl.kubernetes.io/restartedAt":"`)
	g.line = g.clk.appendISO(g.line)
	g.s(`","prometheus.io/scrape":"true"}},"spec":{"containers":[{"name":"app","image":"`)
	g.p(services)
	g.s(`@sha256:`)
	g.sha256()
	g.s(`","env":[`)
	n := g.between(3, 7)
	at := -1
	if secret {
		at = g.intn(n)
	}
	for i := 0; i < n; i++ {
		if i > 0 {
			g.b(',')
		}
		g.s(`{"name":"`)
		if i == at {
			g.p(envSecretNames)
			g.s(`","value":"`)
			g.plantAPIKey("k8s-env-value")
		} else {
			g.p(envNames)
			g.s(`","value":"`)
			g.rand(alnum, g.between(2, 24))
		}
		g.s(`"}`)
	}
	g.s(`],"resources":{"limits":{"memory":"256Mi"}}}]},"status":{"phase":"Running","podIP":"`)
	g.ip()
	g.s(`"}}`)
	g.truth.JSONLines++
	g.end()
}

// logfmtWide is a logfmt line of 15 to 30 pairs, a secret among them now
// and then.
func (g *gen) logfmtWide() {
	g.begin()
	secret := g.takeSecret()
	g.s("ts=")
	g.line = g.clk.appendISO(g.line)
	g.s(" level=")
	g.p(levels)
	g.s(` msg="`)
	g.p(logfmtMessages)
	g.b('"')
	n := g.between(12, 27)
	at := -1
	if secret {
		at = g.intn(n)
	}
	for i := 0; i < n; i++ {
		g.b(' ')
		if i == at {
			switch g.intn(3) {
			case 0:
				g.s("password=")
				g.plant(KindPassword, "logfmt-wide-password")
			case 1:
				g.s("token=")
				g.plant(KindGenericToken, "logfmt-wide-token")
			default:
				g.s("api_key=")
				g.plantAPIKey("logfmt-wide-api-key")
			}
			continue
		}
		g.p(wideKeys)
		g.b('=')
		switch g.intn(4) {
		case 0:
			g.n(g.intn(100000))
		case 1:
			g.hex(g.between(8, 16))
		case 2:
			g.p(tags)
		default:
			g.rand(alnum, g.between(3, 12))
		}
	}
	g.end()
}

// proseError is an error message in words, naming its credential now and
// then ("… using token X").
func (g *gen) proseError() {
	g.begin()
	secret := g.takeSecret()
	g.line = g.clk.appendISO(g.line)
	g.s(" ERROR ")
	g.p(loggers)
	g.s(": failed to ")
	g.p(proseOps)
	g.s(" after ")
	g.n(g.between(1, 5))
	g.s(" attempts: ")
	g.p(proseCauses)
	if secret {
		switch g.intn(2) {
		case 0:
			g.s(" (using token ")
			g.plant(KindGenericToken, "prose-using-token")
			g.b(')')
		default:
			g.s("; login failed for user ")
			g.p(users)
			g.s(" with password ")
			g.plant(KindPassword, "prose-password")
		}
	}
	g.end()
}
