package fresh

import (
	"fmt"
	"time"
)

// Half b (held-out): further families (OkHttp logging interceptor,
// log4j2 JSON layout, Azure DevOps Pipelines).
var bMore = []Template{
	{"b/okhttp-logging", 4, bOkHttp},
	{"b/log4j2-json", 5, bLog4j2JSON},
	{"b/azure-pipelines", 3, bAzurePipelines},
}

func bOkHttp(b *B) {
	t := bTime(b).Format("15:04:05.000")
	b.Emitf("%s I/okhttp.OkHttpClient: --> POST https://api.example.com/v3/session", t)
	b.Emitf("%s I/okhttp.OkHttpClient: Content-Type: application/json; charset=utf-8", t)
	switch b.r.IntN(4) {
	case 0:
		b.Emitf("%s I/okhttp.OkHttpClient: Authorization: Bearer %s", t, b.Sec(b.Pick("jwt", "bearer_opaque", "square_oauth")))
	case 1:
		b.Emitf("%s I/okhttp.OkHttpClient: X-Goog-Api-Key: %s", t, b.Sec("google_api_key"))
	case 2:
		b.Emitf("%s I/okhttp.OkHttpClient: Authorization: %s", t, b.H("placeholder", "██"))
	default:
		b.Emitf("%s I/okhttp.OkHttpClient: X-Device-Id: %s", t, b.Harm("uuid"))
	}
	if b.Chance(0.4) {
		b.Emitf("%s I/okhttp.OkHttpClient: {\"email\":\"%s\",\"password\":\"%s\"}", t, b.Harm("email"), b.Sec(b.Pick("password_human", "password_generated")))
	}
	b.Emitf("%s I/okhttp.OkHttpClient: --> END POST", t)
	b.Emitf("%s I/okhttp.OkHttpClient: <-- %d https://api.example.com/v3/session (%dms)", t, b.PickI(200, 401), b.N(20, 900))
}

func bLog4j2JSON(b *B) {
	t := bTime(b)
	var msg string
	switch b.r.IntN(6) {
	case 0:
		msg = "Connecting to jdbc:sqlserver://sql01:1433;databaseName=orders;user=orders;password=" + b.Sec("password_urlsafe") + ";encrypt=true"
	case 1:
		msg = "Kafka SASL config: org.apache.kafka.common.security.plain.PlainLoginModule required username=\\\"svc-orders\\\" password=\\\"" + b.SecJ("password_generated") + "\\\";"
	case 2:
		msg = "Received callback with state=" + b.Harm("uuid") + " in " + b.Harm("duration")
	case 3:
		msg = "Keystore loaded, certificate fingerprint " + b.Harm("fingerprint")
	case 4:
		msg = "Using Elasticsearch ApiKey " + b.Sec("elastic_api_key")
	default:
		msg = "Order " + fmt.Sprint(b.N(1e5, 9e5)) + " shipped"
	}
	b.EmitJSON(fmt.Sprintf(`{"instant":{"epochSecond":%d,"nanoOfSecond":%d},"thread":"http-nio-8080-exec-%d","level":"%s","loggerName":"com.acme.orders.%s","message":"%s","endOfBatch":false,"loggerFqcn":"org.apache.logging.slf4j.Log4jLogger","threadId":%d,"threadPriority":5}`,
		t.Unix(), t.Nanosecond(), b.N(1, 20), b.Pick("INFO", "DEBUG", "WARN"), b.Pick("Db", "Kafka", "Auth", "Tls"), msg, b.N(10, 99)))
}

func bAzurePipelines(b *B) {
	t := bTime(b).Format(time.RFC3339Nano)
	b.Emitf("%s ##[section]Starting: AzureCLI", t)
	switch b.r.IntN(5) {
	case 0:
		b.Emitf("%s [command]/usr/bin/az login --service-principal -u %s -p %s --tenant %s", t, b.Harm("uuid"), b.Sec("azure_client_secret"), b.Harm("uuid"))
	case 1:
		b.Emitf("%s ##[debug]AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=acmeci;AccountKey=%s;EndpointSuffix=core.windows.net", t, b.Sec("azure_storage_key"))
	case 2:
		b.Emitf("%s ##[debug]System.AccessToken=%s", t, b.H("placeholder", "***"))
	case 3:
		b.Emitf("%s [command]/usr/bin/git -c http.extraheader=\"AUTHORIZATION: bearer %s\" fetch --force --tags --prune origin", t, b.Sec("jwt"))
	default:
		b.Emitf("%s ##[section]Finishing: AzureCLI", t)
	}
}
