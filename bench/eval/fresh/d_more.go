package fresh

import (
	"encoding/base64"
	"fmt"
	"strings"
	"time"
)

// Half d (third development half): data pipelines (Airflow, Dagster,
// Prefect, dbt, Spark, Flink), Kafka Connect and Debezium, Redis Sentinel
// and Memcached, Elasticsearch slow logs, PHP-FPM/WordPress/Nextcloud/
// Magento, the Stripe, Twilio and Shopify CLIs, mobile crash reports and
// logcat, browser console logs forwarded to a backend, and prose.
var dMore = []Template{
	{"d/airflow-dagster", 5, dAirflowDagster},
	{"d/dbt-spark-flink", 4, dDbtSparkFlink},
	{"d/kconnect-debezium", 4, dKConnectDebezium},
	{"d/sentinel-memcached", 3, dSentinelMemcached},
	{"d/es-slowlog", 3, dESSlowlog},
	{"d/php-cms", 5, dPHPCMS},
	{"d/vendor-clis", 4, dVendorCLIs},
	{"d/mobile-crash", 4, dMobileCrash},
	{"d/browser-console", 4, dBrowserConsole},
	{"d/ops-chatter", 6, dOpsChatter},
}

func dAirflowDagster(b *B) {
	t := dT(b).Format("2006-01-02, 15:04:05 MST")
	switch b.r.IntN(10) {
	case 0:
		b.Emitf(`[%s] {taskinstance.py:%d} INFO - Dependencies all met for dep_context=non-requeueable deps ti=<TaskInstance: etl.extract scheduled__%s [queued]>`, t, b.N(1000, 3000), dT(b).Format("2006-01-02T15:04:05+00:00"))
	case 1:
		b.Emitf(`[%s] {base.py:%d} INFO - Using connection ID 'warehouse' for task execution.`, t, b.N(70, 90))
	case 2:
		b.Emitf(`[%s] {subprocess.py:%d} INFO - Running command: ['/usr/bin/bash', '-c', 'PGPASSWORD=%s psql -h warehouse.internal -U etl -c "VACUUM ANALYZE"']`, t, b.N(60, 99), b.Sec("password_generated"))
	case 3:
		b.Emitf(`[%s] {connection.py:%d} DEBUG - Connection warehouse: postgresql://etl:%s@warehouse.internal:5432/dw`, t, b.N(200, 500), b.Sec("password_urlsafe"))
	case 4:
		b.Emitf(`$ airflow connections add slack_alerts --conn-type http --conn-host https://hooks.slack.com/services --conn-password %s`, b.Sec("slack_webhook"))
	case 5:
		b.Emitf(`[%s] {http.py:%d} INFO - Sending 'POST' to url: https://api.example.com/v1/ingest?key=%s`, t, b.N(100, 200), b.Sec("api_key_generic"))
	case 6:
		b.Emitf(`%s - dagster - DEBUG - etl_job - %s - %d - extract - STEP_START - Started execution of step "extract".`, dT(b).Format("2006-01-02 15:04:05 -0700"), b.Harm("uuid"), b.N(1000, 99999))
	case 7:
		b.Emitf(`%s - dagster - INFO - resource snowflake config: {'account': 'acme-xy12345', 'user': 'DAGSTER', 'password': '%s', 'warehouse': 'TRANSFORM'}`, dT(b).Format("2006-01-02 15:04:05 -0700"), b.Sec("password_human"))
	case 8:
		b.Emitf(`%s.%03d | INFO    | Flow run '%s-%s' - Created task run 'load-%s' for task 'load'`, dT(b).Format("15:04:05"), b.N(0, 999), b.Pick("brave", "quiet", "amber"), b.Pick("otter", "lynx", "heron"), rs(b.r, alDigit, 1))
	default:
		b.Emitf(`%s.%03d | INFO    | prefect.engine - Using PREFECT_API_KEY=%s for %s`, dT(b).Format("15:04:05"), b.N(0, 999), b.SP("prefect_api_key", "pnu_"+rs(b.r, alAlnum, 36), 4), "https://api.prefect.cloud/api/accounts/"+b.Harm("uuid"))
	}
}

func dDbtSparkFlink(b *B) {
	switch b.r.IntN(9) {
	case 0:
		b.Emitf(`%s  Running with dbt=%s`, dT(b).Format("15:04:05"), b.Harm("version"))
		b.Emitf(`%s  Found %d models, %d tests, 0 snapshots, 0 analyses, 412 macros`, dT(b).Format("15:04:05"), b.N(10, 300), b.N(10, 900))
	case 1:
		b.Emitf(`%s  Connection test: [ERROR] Database Error: 250001 (08001): Failed to connect to DB: acme.snowflakecomputing.com:443. Incorrect username or password was specified.`, dT(b).Format("15:04:05"))
	case 2:
		b.Emitf(`%s  profile: {'type': 'postgres', 'host': 'warehouse.internal', 'user': 'dbt', 'pass': '%s', 'dbname': 'analytics', 'schema': 'dbt_prod'}`, dT(b).Format("15:04:05"), b.Sec("password_human"))
	case 3:
		b.Emitf(`%s INFO SparkContext: Running Spark version 3.5.1`, dT(b).Format("06/01/02 15:04:05"))
	case 4:
		b.Emitf(`%s INFO SparkContext: Spark configuration: spark.hadoop.fs.s3a.access.key=%s, spark.hadoop.fs.s3a.secret.key=%s, spark.executor.memory=4g`, dT(b).Format("06/01/02 15:04:05"), b.Sec("aws_access_key_id"), b.Sec("aws_secret_access_key"))
	case 5:
		b.Emitf(`%s WARN MetricsConfig: Cannot locate configuration: tried hadoop-metrics2-s3a-file-system.properties`, dT(b).Format("06/01/02 15:04:05"))
	case 6:
		b.Emitf(`%s INFO  org.apache.flink.configuration.GlobalConfiguration [] - Loading configuration property: s3.secret-key, ******`, dT(b).Format("2006-01-02 15:04:05,000"))
	case 7:
		b.Emitf(`%s INFO  org.apache.flink.runtime.entrypoint.ClusterEntrypoint [] -     -Dfs.azure.account.key.acmedata.blob.core.windows.net=%s`, dT(b).Format("2006-01-02 15:04:05,000"), b.Sec("azure_storage_key"))
	default:
		b.Emitf(`%s INFO  org.apache.flink.runtime.executiongraph.ExecutionGraph [] - Source: kafka-orders (1/4) (%s) switched from DEPLOYING to RUNNING.`, dT(b).Format("2006-01-02 15:04:05,000"), b.H("md5_hex", rs(b.r, alHex, 32)))
	}
}

func dKConnectDebezium(b *B) {
	t := dT(b).Format("2006-01-02 15:04:05,000")
	switch b.r.IntN(9) {
	case 0:
		b.Emit(`$ curl -s -X PUT -H 'Content-Type: application/json' http://connect:8083/connectors/orders-cdc/config -d @orders-cdc.json`)
		b.EmitJSON(fmt.Sprintf(`{"name":"orders-cdc","config":{"connector.class":"io.debezium.connector.postgresql.PostgresConnector","database.hostname":"pg.internal","database.user":"debezium","database.password":"%s","topic.prefix":"orders"},"tasks":[],"type":"source"}`, b.SecJ("password_generated")))
	case 1:
		b.Emitf(`[%s] INFO [orders-cdc|task-0] 	database.password = ******** (io.debezium.connector.common.BaseSourceTask:%d)`, t, b.N(100, 200))
	case 2:
		b.Emitf(`[%s] INFO [orders-cdc|task-0] 	database.hostname = pg.internal (io.debezium.connector.common.BaseSourceTask:%d)`, t, b.N(100, 200))
	case 3:
		b.EmitJSON(fmt.Sprintf(`{"name":"s3-sink","config":{"connector.class":"io.confluent.connect.s3.S3SinkConnector","aws.access.key.id":"%s","aws.secret.access.key":"%s","s3.bucket.name":"acme-cdc"}}`, b.Sec("aws_access_key_id"), b.SecJ("aws_secret_access_key")))
	case 4:
		b.Emitf(`[%s] ERROR [Worker clientId=connect-1, groupId=connect-cluster] Failed to start connector snowflake-sink: snowflake.private.key=%s... is not a valid key (org.apache.kafka.connect.runtime.Worker:%d)`, t, b.S("pem_line", b.Gen("pem_line")), b.N(100, 900))
	case 5:
		b.Emitf(`[%s] INFO [Worker clientId=connect-1, groupId=connect-cluster] Finished starting connectors and tasks (org.apache.kafka.connect.runtime.distributed.DistributedHerder:%d)`, t, b.N(1000, 2000))
	case 6:
		b.Emitf(`[%s] INFO 	sasl.jaas.config = org.apache.kafka.common.security.plain.PlainLoginModule required username="%s" password="%s"; (org.apache.kafka.clients.admin.AdminClientConfig:%d)`, t, rs(b.r, alUpper+alDigit, 16), b.Sec("api_key_generic"), b.N(300, 400))
	case 7:
		b.Emitf(`[%s] INFO 	sasl.jaas.config = [hidden] (org.apache.kafka.clients.producer.ProducerConfig:%d)`, t, b.N(300, 400))
	default:
		b.Emitf(`[%s] INFO [orders-cdc|task-0] Snapshot step 3 - Locking captured tables [public.orders, public.order_items] (io.debezium.relational.RelationalSnapshotChangeEventSource:%d)`, t, b.N(100, 200))
	}
}

func dSentinelMemcached(b *B) {
	pid := b.N(1, 9999)
	t := dT(b).Format("02 Jan 2006 15:04:05.000")
	switch b.r.IntN(8) {
	case 0:
		b.Emitf(`%d:X %s # +sdown master mymaster 10.0.1.%d 6379`, pid, t, b.N(2, 250))
	case 1:
		b.Emitf(`%d:X %s # +switch-master mymaster 10.0.1.%d 6379 10.0.1.%d 6379`, pid, t, b.N(2, 250), b.N(2, 250))
	case 2:
		b.Emitf(`%d:X %s * Sentinel new configuration saved on disk`, pid, t)
		b.Emitf(`sentinel auth-pass mymaster %s`, b.Sec(b.Pick("password_urlsafe", "password_generated")))
	case 3:
		b.Emitf(`%d:X %s # Sentinel ID is %s`, pid, t, b.H("git_sha", rs(b.r, alHex, 40)))
	case 4:
		b.Emitf(`%d:M %s # WARNING: AUTH failed for user 'default' (requirepass %s in redis.conf line 1036 does not match)`, pid, t, b.Sec("password_human"))
	case 5:
		b.Emitf(`<%d new auto-negotiating client connection`, b.N(20, 90))
	case 6:
		b.Emitf(`$ memcached -S -vv -U 0 -p 11211  # SASL_CONF_PATH=/etc/sasl2, MEMCACHED_SASL_PWDB=/etc/sasl2/memcached-sasl-db`)
	default:
		b.Emitf(`$ echo -e "mc-user\n%s" | saslpasswd2 -a memcached -c -p mc-user`, b.Sec("password_generated"))
	}
}

func dESSlowlog(b *B) {
	t := dT(b).Format("2006-01-02T15:04:05,000")
	switch b.r.IntN(5) {
	case 0:
		b.Emitf(`[%s][WARN ][index.search.slowlog.query] [es-data-%d] [orders][%d] took[%s], took_millis[%d], total_hits[%d hits], types[], stats[], search_type[QUERY_THEN_FETCH], total_shards[5], source[{"query":{"term":{"customer_email":{"value":"%s"}}}}], id[%s]`,
			t, b.N(0, 5), b.N(0, 4), b.Harm("duration"), b.N(500, 9000), b.N(0, 9999), b.HarmJ("email"), b.Harm("uuid"))
	case 1:
		b.Emitf(`[%s][WARN ][index.search.slowlog.query] [es-data-%d] [sessions][0] took[1.2s], took_millis[1203], source[{"query":{"term":{"session_token":{"value":"%s"}}}}], id[]`, t, b.N(0, 5), b.SecJ("csrf_token"))
	case 2:
		b.EmitJSON(fmt.Sprintf(`{"@timestamp":"%s","log.level":"WARN","elasticsearch.slowlog.message":"[api_keys][0]","elasticsearch.slowlog.source":"{\"query\":{\"term\":{\"key\":\"%s\"}}}","elasticsearch.slowlog.took":"%s","elasticsearch.node.name":"es-data-%d"}`, dT(b).Format(time.RFC3339Nano), dSecJJ(b, "api_key_generic"), b.Harm("duration"), b.N(0, 5)))
	case 3:
		b.Emitf(`[%s][INFO ][o.e.x.s.a.ApiKeyService ] [es-master-0] invalidated api key id [%s] name [ci-ingest]`, t, b.H("key_id", rs(b.r, alB64URL, 20)))
	default:
		b.Emitf(`[%s][INFO ][o.e.c.r.a.AllocationService] [es-master-0] current.health="GREEN" message="Cluster health status changed from [YELLOW] to [GREEN]"`, t)
	}
}

func dPHPCMS(b *B) {
	switch b.r.IntN(10) {
	case 0:
		b.Emitf(`[%s] WARNING: [pool www] child %d, script '/var/www/html/index.php' (request: "GET /index.php") executing too slow (%.6f sec), logging`, dT(b).Format("02-Jan-2006 15:04:05"), b.N(100, 9999), b.r.Float64()*10)
		b.Emitf(`[%s]  [pool www] pid %d`, dT(b).Format("02-Jan-2006 15:04:05"), b.N(100, 9999))
		b.Emitf(`script_filename = %s`, b.Harm("file_path"))
	case 1:
		b.Emitf(`[%s UTC] PHP Warning:  Undefined array key "HTTP_X_FORWARDED_FOR" in /var/www/html/wp-content/plugins/%s/%s.php on line %d`, dT(b).Format("02-Jan-2006 15:04:05"), b.Pick("acme-sync", "woo-extra"), b.Pick("api", "hooks"), b.N(10, 900))
	case 2:
		b.Emitf(`[%s UTC] PHP Fatal error:  Uncaught Exception: SMTP Error: Could not authenticate. in /var/www/html/wp-includes/PHPMailer/PHPMailer.php:2247`, dT(b).Format("02-Jan-2006 15:04:05"))
		b.Emitf(`Stack trace:`)
		b.Emitf(`#0 /var/www/html/wp-includes/PHPMailer/PHPMailer.php(1%d): PHPMailer\PHPMailer\PHPMailer->smtpConnect(Array)`, b.N(100, 999))
		b.Emitf(`#1 /var/www/html/wp-content/plugins/wp-mail-smtp/src/Mailer.php(88): PHPMailer\PHPMailer\PHPMailer->smtpSend('smtp.sendgrid.net', 'apikey', '%s')`, b.Sec("sendgrid"))
		b.Emit(`#2 {main}`)
	case 3:
		b.Emitf(`define( 'AUTH_KEY',         '%s' );`, b.S("wp_salt", dWPSalt(b)))
	case 4:
		b.Emitf(`define( 'DB_PASSWORD', '%s' ); // wp-config.php (loaded by wp-cli --debug)`, b.Sec("password_human"))
	case 5:
		b.EmitJSON(fmt.Sprintf(`{"reqId":"%s","level":2,"time":"%s","remoteAddr":"%s","user":"alice","app":"core","method":"PROPFIND","url":"/remote.php/dav/files/alice/","message":"Login failed: 'alice' (Remote IP: '%s')","userAgent":"Mozilla/5.0","version":"28.0.3.2"}`, rs(b.r, alAlnum, 20), dT(b).Format(time.RFC3339), b.Harm("ipv4"), ip4(b.r)))
	case 6:
		b.EmitJSON(fmt.Sprintf(`{"reqId":"%s","level":3,"time":"%s","app":"no app in context","method":"POST","url":"/login","message":"Exception thrown","exception":{"Exception":"Doctrine\\DBAL\\Exception","Trace":[{"function":"__construct","args":["mysql:host=db;dbname=nextcloud","nextcloud","*** sensitive parameters replaced ***"]}]}}`, rs(b.r, alAlnum, 20), dT(b).Format(time.RFC3339)))
	case 7:
		b.Emitf(`'passwordsalt' => '%s', 'secret' => '%s',   (occ config:list system --private)`, b.S("nextcloud_secret", rs(b.r, alAlnum+"/+", 30)), b.S("nextcloud_secret", rs(b.r, alAlnum+"/+", 48)))
	case 8:
		b.Emitf(`[%s] main.CRITICAL: SQLSTATE[HY000] [1045] Access denied for user 'magento'@'10.0.2.15' (using password: YES) {"exception":"[object] (Zend_Db_Adapter_Exception(code: 1045))"} []`, dT(b).Format("2006-01-02T15:04:05.000000+00:00"))
	default:
		b.Emitf(`[%s] main.DEBUG: env.php crypt key: %s, db password: %s [] []`, dT(b).Format("2006-01-02T15:04:05.000000+00:00"), b.S("magento_crypt_key", rs(b.r, alHex, 32)), b.Sec("password_generated"))
	}
}

func dWPSalt(b *B) string {
	const al = alAlnum + "!#$%&()*+,-./:;<=>?@[]^_`{|}~"
	return rs(b.r, al, 64)
}

func dVendorCLIs(b *B) {
	switch b.r.IntN(9) {
	case 0:
		b.Emit(`$ stripe listen --forward-to localhost:4242/webhook`)
		b.Emitf(`> Ready! You are using Stripe API Version [2023-10-16]. Your webhook signing secret is %s (^C to quit)`, b.Sec("stripe_webhook_secret"))
	case 1:
		b.Emitf(`%s   --> charge.succeeded [%s]`, dT(b).Format("2006-01-02 15:04:05"), b.H("request_id", "evt_1"+rs(b.r, alAlnum, 23)))
		b.Emitf(`%s  <--  [200] POST http://localhost:4242/webhook [%s]`, dT(b).Format("2006-01-02 15:04:05"), b.H("request_id", "evt_1"+rs(b.r, alAlnum, 23)))
	case 2:
		b.Emitf(`$ stripe config --list`)
		b.Emitf(`[default]`)
		b.Emitf(`  device_name = 'dev-laptop'`)
		b.Emitf(`  live_mode_api_key = '%s'`, b.Sec("stripe_restricted"))
		b.Emitf(`  live_mode_pub_key = '%s'`, b.Harm("stripe_pk"))
		b.Emitf(`  test_mode_key_expires_at = '%s'`, dT(b).Format("2006-01-02"))
	case 3:
		b.Emitf(`$ twilio profiles:list`)
		b.Emitf(`ID       Account SID                         Active`)
		b.Emitf(`default  %s  true`, b.Harm("twilio_sid"))
	case 4:
		b.Emitf(`$ twilio api:core:messages:create --from +15005550006 --to +1555%s --body hi -l debug`, rs(b.r, alDigit, 7))
		b.Emitf(`[DEBUG] Request Options: {"method":"POST","uri":"https://api.twilio.com/2010-04-01/Accounts/%s/Messages.json","auth":{"username":"%s","password":"%s"}}`, b.Harm("twilio_sid"), b.Sec("twilio_api_key"), b.Sec("twilio_auth_token"))
	case 5:
		b.Emitf(`╭─ info ──────────────────────────────────────────────`)
		b.Emitf(`│  Using URL: https://%s.trycloudflare.com`, strings.Join([]string{b.Pick("brave", "silent", "green"), b.Pick("river", "moon", "fox"), rs(b.r, alLower, 5)}, "-"))
		b.Emitf(`╰─────────────────────────────────────────────────────`)
	case 6:
		b.Emitf(`[shopify-app] %s | webhook X-Shopify-Access-Token: %s shop=%s.myshopify.com topic=orders/create`, dT(b).Format("15:04:05"), b.Sec("shopify_access"), rs(b.r, alLower, 8))
	case 7:
		b.Emitf(`[shopify-app] %s | verifying HMAC with SHOPIFY_API_SECRET=%s`, dT(b).Format("15:04:05"), b.Sec("shopify_shared_secret"))
	default:
		b.Emitf(`[shopify-app] %s | GET /api/products 200 in %s`, dT(b).Format("15:04:05"), b.Harm("duration"))
	}
}

func dMobileCrash(b *B) {
	switch b.r.IntN(8) {
	case 0:
		b.Emitf(`%s %5d %5d D OkHttp  : --> POST https://api.example.com/v2/auth/refresh`, dT(b).Format("01-02 15:04:05.000"), b.N(1000, 30000), b.N(1000, 30000))
		b.Emitf(`%s %5d %5d D OkHttp  : Authorization: Bearer %s`, dT(b).Format("01-02 15:04:05.000"), b.N(1000, 30000), b.N(1000, 30000), b.Sec("jwt"))
		b.Emitf(`%s %5d %5d D OkHttp  : {"refresh_token":"%s"}`, dT(b).Format("01-02 15:04:05.000"), b.N(1000, 30000), b.N(1000, 30000), b.SecJ("csrf_token"))
	case 1:
		b.Emitf(`%s %5d %5d I ActivityManager: Start proc %d:com.acme.shop/u0a%d for activity {com.acme.shop/com.acme.shop.MainActivity}`, dT(b).Format("01-02 15:04:05.000"), b.N(1000, 3000), b.N(1000, 3000), b.N(1000, 30000), b.N(100, 300))
	case 2:
		b.Emit(`FATAL EXCEPTION: main`)
		b.Emitf(`Process: com.acme.shop, PID: %d`, b.N(1000, 30000))
		b.Emitf(`java.lang.IllegalStateException: Unexpected response for https://api.example.com/v1/me?api_key=%s`, b.Sec("google_api_key"))
		b.Emit(`	at com.acme.shop.net.ApiClient.fetchMe(ApiClient.kt:88)`)
		b.Emit(`	at com.acme.shop.ui.ProfileViewModel$load$1.invokeSuspend(ProfileViewModel.kt:41)`)
	case 3:
		b.Emitf(`Incident Identifier: %s`, strings.ToUpper(b.HG("uuid")))
		b.Emitf(`Hardware Model:      iPhone15,2`)
		b.Emitf(`Exception Type:  EXC_CRASH (SIGABRT)`)
		b.Emitf(`Last Exception Backtrace: 0 CoreFoundation 0x1a2b3c4d5 __exceptionPreprocess + 164`)
	case 4:
		b.Emitf(`Breadcrumb: [http] GET https://cdn.example.com/img/%s.jpg -> 200`, b.Harm("md5_hex"))
		b.Emitf(`Breadcrumb: [user] tapped "Sign in"`)
	case 5:
		b.Emitf(`Breadcrumb: [defaults] NSUserDefaults dump: {"auth.refreshToken" = "%s"; "onboarding.done" = 1;}`, b.Sec("bearer_opaque"))
	case 6:
		b.Emitf(`%s %5d %5d W FirebaseMessaging: Token retrieval failed: SERVICE_NOT_AVAILABLE`, dT(b).Format("01-02 15:04:05.000"), b.N(1000, 30000), b.N(1000, 30000))
	default:
		b.Emitf(`%s %5d %5d D ApolloClient: headers=[x-api-key: %s, x-client-version: %s]`, dT(b).Format("01-02 15:04:05.000"), b.N(1000, 30000), b.N(1000, 30000), b.Sec("api_key_generic"), b.Harm("version"))
	}
}

func dBrowserConsole(b *B) {
	var args string
	switch b.r.IntN(8) {
	case 0:
		args = fmt.Sprintf(`["fetch failed","https://api.example.com/graphql?access_token=%s"]`, b.SecJ("jwt"))
	case 1:
		args = fmt.Sprintf(`["localStorage snapshot","{\"auth\":{\"idToken\":\"%s\",\"expiresAt\":1710003600}}"]`, dSecJJ(b, "jwt"))
	case 2:
		args = fmt.Sprintf(`["Mapbox init",{"accessToken":"%s"}]`, b.SecJ("mapbox_secret"))
	case 3:
		args = `["[HMR] connected"]`
	case 4:
		args = fmt.Sprintf(`["Warning: Each child in a list should have a unique \"key\" prop.","%s"]`, b.Pick("OrderList", "CartItems"))
	case 5:
		args = fmt.Sprintf(`["analytics ready","%s"]`, b.Harm("uuid"))
	case 6:
		args = fmt.Sprintf(`["Stripe.js loaded with",{"key":"%s"}]`, b.Harm("stripe_pk"))
	default:
		args = `["Download the React DevTools for a better development experience"]`
	}
	b.EmitJSON(fmt.Sprintf(`{"ts":"%s","source":"browser","level":"%s","url":"https://app.example.com/%s","ua":"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3)","args":%s,"session":"%s"}`,
		dT(b).Format(time.RFC3339Nano), b.Pick("log", "warn", "error"), b.Pick("checkout", "account", ""), args, b.S("session_ulid", b.HG("ulid"))))
}

// Prose and operator chatter, mostly clean; some carry secrets pasted by
// people.
func dOpsChatter(b *B) {
	switch b.r.IntN(12) {
	case 0:
		b.Emit(`NOTICE: rotating the API token for the billing integration tonight; expect 401s for a minute`)
	case 1:
		b.Emit(`[deploy-bot] Reminder: never paste secret keys into #ops. Use the vault link instead.`)
	case 2:
		b.Emitf(`[deploy-bot] %s rolled out api@%s to prod (%d pods)`, b.Harm("email"), b.Harm("short_sha"), b.N(2, 30))
	case 3:
		b.Emitf(`[ops] alice: temporary admin password for the staging DB is %s, please change it after login`, b.Sec("password_human"))
	case 4:
		b.Emitf(`[ops] bob (%s): try with this token: %s`, b.Harm("slack_id"), b.Sec(b.Pick("github_ghp", "gitlab_pat", "npm", "huggingface")))
	case 5:
		b.Emit(`password reset emails are delayed because the SMTP relay rejects our credentials (auth failed)`)
	case 6:
		b.Emit(`token bucket refill rate set to 50/s; secret rotation job finished OK`)
	case 7:
		enc := base64.StdEncoding.EncodeToString([]byte(`{"token":"` + b.Gen("slack_bot") + `"}`))
		b.Emitf(`[ops] carol: here is the base64 of the config blob: %s`, b.S("b64_json_token", enc))
	case 8:
		b.Emitf("\x1b[32m✔\x1b[0m health check passed in %s", b.Harm("duration"))
	case 9:
		b.Emitf("\x1b[33mWARN\x1b[0m using \x1b[1mAPI_KEY\x1b[0m=\x1b[31m%s\x1b[0m from .env.local", b.Sec("api_key_generic"))
	case 10:
		b.Emitf(`cron: (root) CMD (/usr/local/bin/backup.sh --s3-bucket acme-backups --kms-key %s)`, b.Harm("arn_other"))
	default:
		b.Emit(`the key rotation runbook lives at docs/runbooks/keys.md; ask #security before revoking anything`)
	}
}
