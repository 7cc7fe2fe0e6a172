package corpus

import (
	"encoding/base64"
	"strings"
)

// Alphabets.
const (
	hexDigits   = "0123456789abcdef"
	digits      = "0123456789"
	base32Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" // AWS key ids are base32
	alnum       = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	b64URL      = alnum + "-_"
	b64Std      = alnum + "+/"
	// Characters that are safe inside JSON strings, logfmt values, shell
	// words and URL queries alike.
	passwordChars    = alnum + "!$^*-_.~"
	urlPasswordChars = alnum + "-_.~!*"
)

var (
	statuses = []int{200, 200, 200, 200, 200, 200, 200, 200, 200, 201, 204, 204, 301, 302, 304, 304, 400, 401, 403, 404, 404, 409, 429, 500, 502, 503}
	methods  = []string{"GET", "GET", "GET", "GET", "GET", "POST", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"}
	levels   = []string{"info", "info", "info", "info", "info", "info", "debug", "debug", "warn", "warn", "error"}

	paddedLevels = []string{"INFO ", "INFO ", "INFO ", "INFO ", "DEBUG", "WARN ", "ERROR"}
	statusLines  = []string{"200 OK", "200 OK", "200 OK", "201 Created", "204 No Content", "304 Not Modified", "400 Bad Request", "401 Unauthorized", "404 Not Found", "500 Internal Server Error", "503 Service Unavailable"}

	services  = []string{"checkout-api", "search", "auth", "billing", "gateway", "inventory", "notifier", "media", "reports"}
	resources = []string{"orders", "users", "carts", "products", "invoices", "payments", "sessions", "tokens", "webhooks", "reports", "teams", "projects"}
	assets    = []string{"app", "vendor", "runtime", "main", "chunk-412", "polyfills"}

	plainPaths = []string{
		"/", "/healthz", "/readyz", "/metrics", "/login", "/logout", "/favicon.ico", "/robots.txt",
		"/api/v1/search", "/api/v1/me", "/docs/api/authentication", "/account/password/reset",
		"/images/logo.svg", "/css/site.min.css", "/api/v1/tokens/usage", "/graphql",
	}
	plainQueries = []string{
		"page=2&limit=50", "q=red+shoes&sort=price", "utm_source=newsletter&utm_medium=email",
		"lang=en-US", "include=items,customer", "cursor=eyJpZCI6MTIzfQ&limit=100",
		"from=2024-03-01&to=2024-03-05", "session_timeout=30", "token_count=512&model=small",
		"password_policy=strict", "redirect=%2Fdashboard", "v=3",
	}
	publicHosts = []string{
		"www.example.com", "api.example.com", "shop.example.org", "docs.example.com",
		"cdn.example.net", "status.example.io", "github.com", "registry.npmjs.org",
	}
	userAgents = []string{
		"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
		"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
		"Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0",
		"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
		"curl/8.5.0", "Go-http-client/2.0", "python-requests/2.31.0", "okhttp/4.12.0",
		"kube-probe/1.29", "Prometheus/2.50.1",
	}
	accepts      = []string{"application/json", "*/*", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/json, text/plain, */*", "image/avif,image/webp,*/*"}
	contentTypes = []string{"application/json", "application/json; charset=utf-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW", "text/plain"}

	loggers     = []string{"billing.worker", "orders.service", "search.indexer", "mailer", "scheduler", "payments.gateway", "auth.session", "media.transcoder"}
	javaLoggers = []string{"c.e.orders.OrderController", "c.e.billing.InvoiceService", "o.s.web.servlet.DispatcherServlet", "c.e.auth.TokenFilter", "c.e.jobs.NightlyExport", "o.h.engine.jdbc.spi.SqlExceptionHelper"}
	threads     = []string{"main", "nio-8080-exec-7", "nio-8080-exec-2", "scheduling-1", "ForkJoinPool.commonPool-worker-3", "kafka-consumer-0", "pool-4-thread-1"}
	repos       = []string{"app", "web", "billing-service", "infra", "sdk-js", "data-pipeline"}
	tags        = []string{"prod", "eu-west-1", "canary", "batch", "retry", "v2", "blue"}
	users       = []string{"bob", "alice", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory", "oscar", "peggy", "trent", "victor", "walter"}
	roles       = []string{"admin", "dev", "viewer", "billing", "support", "owner"}
	policies    = []string{"strict", "standard", "legacy", "nist-800-63b"}
	bools       = []string{"true", "false"}
	hosts       = []string{"web-01", "web-02", "web-03", "db-1", "worker-7", "bastion", "ip-10-0-3-17", "build-agent-2"}
	indents     = []string{"", "", "  ", "    "}

	// JSON string contents, already escaped.
	escapedMessages = []string{
		`retrying charge: upstream said \"rate limited\"\nnext attempt in 2s`,
		`template rendered for Ren\u00e9e: \"Bonjour, caf\u00e9 cr\u00e8me\"`,
		`multi-line input:\n  line 1\n  line 2\ttabbed`,
		`payment declined for Zoë Müller (insufficient funds)`,
		`cache warmed in 12ms`,
		`user-supplied path \"C:\\Users\\bob\\Documents\" rejected`,
		`display name contains emoji \ud83d\ude00, normalised`,
		`sanitizer removed \u003cscript\u003e from comment`,
		`order shipped`,
		`invoice generated`,
		`scheduled job started`,
		`webhook delivered after 3 attempts`,
		`password reset email sent`,
		`token refresh scheduled`,
	}
	customerNames = []string{`Ren\u00e9e Dupont`, `Zo\u00eb M\u00fcller`, `Jos\u00e9 Garc\u00eda`, `Ana Silva`, `Björn Åkesson`, `Li Wei`, `O'Brien, Pat`}
	cities        = []string{`Z\u00fcrich`, `S\u00e3o Paulo`, `Kraków`, `Berlin`, `Montr\u00e9al`, `Osaka`}
	authMessages  = []string{"login succeeded", "session refreshed", "logout", "mfa challenge passed", "password changed", "api key rotated"}

	logfmtMessages = []string{"request completed", "cache miss", "cache hit", "query executed", "retrying", "connected to upstream", "job finished", "rate limit exceeded", "token refreshed", "config reloaded"}

	dbURLs = []string{
		"postgres://app@db-1.internal:5432/app?sslmode=require",
		"mysql://db-2.internal:3306/orders",
		"redis://redis-0.cache:6379/0",
		"mongodb://mongo-0.internal:27017/events?replicaSet=rs0",
	}
	credSchemes = []string{"postgres", "postgresql", "mysql", "redis", "amqp", "mongodb+srv", "https"}
	credHosts   = []string{"db-1.internal:5432/app", "db-1.internal:5432/orders?sslmode=require", "db-2.internal:3306/orders", "redis-0.cache:6379/0", "rabbit-0:5672/", "cluster0.mongodb.example.net/events", "artifacts.example.com/releases/app.tar.gz"}
	dbUsers     = []string{"app", "admin", "readonly", "guest", "svc_orders", "deploy"}

	connErrorPrefixes = []string{"dial tcp: lookup failed for ", "pq: could not connect to ", "failed to open ", "connection reset by peer while talking to "}

	exceptions = []string{
		"java.lang.IllegalStateException", "java.lang.NullPointerException", "java.io.IOException",
		"java.util.concurrent.TimeoutException", "org.springframework.dao.DataAccessResourceFailureException",
		"com.fasterxml.jackson.core.JsonParseException", "java.net.SocketTimeoutException",
	}
	exceptionMessages = []string{
		"connection pool exhausted", "Read timed out", "Cannot invoke String.length() because s is null",
		"Unexpected character ('}' (code 125))", "Failed to obtain JDBC Connection", "Broken pipe",
		"Timeout waiting for idle object",
	}
	javaClasses = []string{
		"com.example.orders.OrderRepository", "com.example.orders.OrderController", "com.example.billing.InvoiceService",
		"com.example.auth.TokenFilter", "org.springframework.web.servlet.FrameworkServlet", "org.apache.catalina.core.ApplicationFilterChain",
		"com.zaxxer.hikari.pool.HikariPool", "org.hibernate.engine.jdbc.connections.internal.DriverManagerConnectionProviderImpl",
		"java.base/java.lang.Thread", "io.netty.channel.AbstractChannelHandlerContext", "com.example.jobs.NightlyExport",
	}
	javaFiles   = simpleNames(javaClasses)
	javaMethods = []string{"run", "invoke", "doFilter", "findById", "acquire", "getConnection", "handle", "process", "lambda$submit$0", "service", "channelRead"}

	plainKV = []string{
		"Content-Type: application/json", "Server: nginx/1.25.3", "Connection: keep-alive",
		"database.host: db-1.internal", "database.port: 5432", "retries: 3", "timeout: 30s",
		"replicas: 3", "image: registry.example.com/app:1.42.0", "region: eu-west-1",
		"max_tokens: 4096", "secret_name: db-credentials", "auth_method: oauth2", "token_ttl: 3600",
	}
	appMessages = []string{
		"Started Application in 4.213 seconds (process running for 4.9)",
		"HikariPool-1 - Start completed.",
		"Tomcat started on port 8080 (http) with context path ''",
		"Scheduled task nightly-export finished in 812 ms",
		"No password encoder configured, using default",
		"Authorization header missing, returning 401",
		"Token bucket refilled for tenant 42",
	}

	apiKeyKinds = []string{KindGoogleAPIKey, KindStripeLive, KindSendGrid, KindGenericToken, KindGenericToken}

	jwtHeaders = encodeAll(
		`{"alg":"HS256","typ":"JWT"}`,
		`{"alg":"RS256","typ":"JWT","kid":"2024-03-key-1"}`,
		`{"typ":"JWT","alg":"HS512"}`,
	)

	fileDirs  = []string{"/var/log/app", "/srv/app/releases/20240305", "/home/deploy/.cache", "/opt/data/exports", "/tmp/upload-7f3a", "/etc/nginx/conf.d", "/usr/local/bin"}
	fileNames = []string{"app.log", "backup.sh", "export-2024-03-05.csv.gz", "default.conf", "report.pdf", "checkpoint.db", "index.html"}
)

func simpleNames(classes []string) []string {
	out := make([]string, len(classes))
	for i, c := range classes {
		out[i] = c[strings.LastIndexByte(c, '.')+1:]
	}
	return out
}

func encodeAll(jsons ...string) []string {
	out := make([]string, len(jsons))
	for i, j := range jsons {
		out[i] = base64.RawURLEncoding.EncodeToString([]byte(j))
	}
	return out
}
