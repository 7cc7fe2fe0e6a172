package fresh

import (
	"fmt"
	"time"
)

// Half a (development): further families (CircleCI, AWS CLI debug,
// PHP/Monolog, ASP.NET Core / EF Core).
var aMore = []Template{
	{"a/circleci", 3, aCircleCI},
	{"a/aws-cli-debug", 3, aAWSCLIDebug},
	{"a/monolog", 4, aMonolog},
	{"a/aspnet-efcore", 4, aASPNetEFCore},
	{"a/clean-mentions", 6, aCleanMentions},
}

func aCircleCI(b *B) {
	b.Emitf("#!/bin/bash -eo pipefail")
	switch b.r.IntN(5) {
	case 0:
		b.Emitf("echo \"//npm.internal.example.com/:_authToken=%s\" > ~/.npmrc", b.Sec("npm"))
	case 1:
		b.Emitf("curl -X POST -H \"Circle-Token: %s\" https://circleci.com/api/v2/project/gh/acme/api/pipeline", b.Sec("bearer_opaque"))
	case 2:
		b.Emitf("heroku container:login && HEROKU_API_KEY=%s heroku container:release web -a acme-api", b.Sec("heroku_api_key"))
	case 3:
		b.Emitf("Restoring cache: v1-deps-%s", b.Harm("sha256_hex"))
	default:
		b.Emitf("Checking out %s at %s", "acme/api", b.Harm("git_sha"))
	}
	b.Emitf("CircleCI received exit code %d", b.PickI(0, 0, 1))
}

func aAWSCLIDebug(b *B) {
	t := aTime(b).Format("2006-01-02 15:04:05,000")
	switch b.r.IntN(5) {
	case 0:
		b.Emitf("%s - MainThread - botocore.credentials - INFO - Found credentials in environment variables.", t)
	case 1:
		b.Emitf("%s - MainThread - botocore.auth - DEBUG - CanonicalRequest:\\nGET\\n/\\nAction=ListUsers&Version=2010-05-08\\nhost:iam.amazonaws.com\\nx-amz-date:20240314T120000Z\\nx-amz-security-token:%s\\n", t, b.Sec("aws_session_token"))
	case 2:
		b.Emitf("%s - MainThread - botocore.endpoint - DEBUG - Making request for OperationModel(name=GetObject) with params: {'url_path': '/%s', 'headers': {'Authorization': b'AWS4-HMAC-SHA256 Credential=%s/20240314/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=%s'}}",
			t, b.Harm("s3_key"), b.Sec("aws_access_key_id"), b.Sec("aws_presign_signature"))
	case 3:
		b.Emitf("%s - MainThread - botocore.hooks - DEBUG - Event needs-retry.s3.GetObject: calling handler <botocore.retryhandler.RetryHandler object at 0x7f%s>", t, rs(b.r, alHex, 10))
	default:
		b.Emitf("%s - MainThread - botocore.parsers - DEBUG - Response body: b'{\"Credentials\":{\"AccessKeyId\":\"%s\",\"SecretAccessKey\":\"%s\",\"Expiration\":%d}}'", t, b.Sec("aws_temp_access_key_id"), b.Sec("aws_secret_access_key"), aTime(b).Unix())
	}
}

func aMonolog(b *B) {
	t := aTime(b).Format("2006-01-02T15:04:05.000000-07:00")
	switch b.r.IntN(6) {
	case 0:
		b.Emitf("[%s] app.INFO: Matched route \"api_login\". {\"route\":\"api_login\",\"request_uri\":\"https://shop.example.com/api/login?_token=%s\",\"method\":\"POST\"} []", t, b.SecJ("csrf_token"))
	case 1:
		b.Emitf("[%s] request.CRITICAL: Uncaught PHP Exception Doctrine\\DBAL\\Exception\\ConnectionException: \"An exception occurred in the driver: SQLSTATE[HY000] [1045] Access denied for user 'shop'@'%s' %s\" at /var/www/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 103 {\"exception\":\"[object] (Doctrine\\\\DBAL\\\\Exception\\\\ConnectionException(code: 1045))\"} []", t, b.Harm("ipv4"), b.H("prose_phrase", "(using password: YES)"))
	case 2:
		b.Emitf("[%s] php.DEBUG: DATABASE_URL=mysql://shop:%s@127.0.0.1:3306/shop?serverVersion=8.0", t, b.Sec("password_urlsafe"))
	case 3:
		b.Emitf("[%s] security.DEBUG: Stored the security token in the session. {\"key\":\"_security_main\"} []", t)
	case 4:
		b.Emitf("[%s] app.INFO: Cookie PHPSESSID=%s issued for %s [] []", t, b.Sec("php_session"), b.Harm("email"))
	default:
		b.Emitf("[%s] app.INFO: Mailchimp sync with key %s [] []", t, b.Sec("mailchimp"))
	}
}

func aASPNetEFCore(b *B) {
	switch b.r.IntN(8) {
	case 0:
		b.Emit("info: Microsoft.AspNetCore.Hosting.Diagnostics[1]")
		b.Emitf("      Request starting HTTP/1.1 GET http://api.internal/v1/reports?code=%s&format=json - - -", b.Sec("api_key_generic"))
	case 1:
		b.Emit("info: Microsoft.EntityFrameworkCore.Database.Command[20101]")
		b.Emitf("      Executed DbCommand (%dms) [Parameters=[@p0='%s' (Nullable = false) (Size = 64), @p1='%s'], CommandType='Text', CommandTimeout='30']", b.N(1, 90), b.Sec(b.Pick("hex_secret", "bearer_opaque")), b.Harm("uuid"))
		b.Emit("      UPDATE [RefreshTokens] SET [Token] = @p0 WHERE [Id] = @p1;")
	case 2:
		b.Emit("warn: Microsoft.EntityFrameworkCore.Model.Validation[10400]")
		b.Emit("      Sensitive data logging is enabled. Log entries and exception messages may include sensitive application data; this mode should only be enabled during development.")
	case 3:
		b.Emit("fail: Acme.Api.Startup[0]")
		b.Emitf("      Could not open connection: Data Source=sql01;Initial Catalog=Shop;User Id=shop_app;Password=%s;TrustServerCertificate=True", b.Sec(b.Pick("password_urlsafe", "password_human")))
	case 4:
		b.EmitJSON(fmt.Sprintf(`{"EventId":1,"LogLevel":"Information","Category":"System.Net.Http.HttpClient.partner.LogicalHandler","Message":"Request headers:\r\nAuthorization: Bearer %s\r\nAccept: application/json\r\n","Timestamp":"%s"}`, b.Sec(b.Pick("jwt", "bearer_opaque")), aTime(b).Format(time.RFC3339Nano)))
	case 5:
		b.Emitf("      Loaded %s (%s)", "System.Text.Json, Version=8.0.0.0, Culture=neutral", b.Harm("public_token"))
	case 6:
		b.Emit("info: Acme.Api.Auth.WindowsAuth[3]")
		b.Emitf("      Authenticated CORP\\svc-build (%s) via Negotiate", b.Harm("windows_sid"))
	default:
		b.Emit("info: Acme.Api.Blob[0]")
		b.Emitf("      Blob client: DefaultEndpointsProtocol=https;AccountName=acmeblob;AccountKey=%s;EndpointSuffix=core.windows.net", b.Sec("azure_storage_key"))
	}
}

// aCleanMentions: clean lines that talk about secrets, or carry
// identifier-shaped values, without holding any secret. Nothing in them is
// tracked; any change to them counts as a changed clean line.
func aCleanMentions(b *B) {
	t := aTime(b).Format(time.RFC3339)
	switch b.r.IntN(18) {
	case 0:
		b.Emitf("%s INFO password reset email queued for user %d", t, b.N(1, 99999))
	case 1:
		b.Emitf("%s WARN Authorization header missing, returning 401", t)
	case 2:
		b.EmitJSON(fmt.Sprintf(`{"level":"info","msg":"login","user_id":%d,"password":null,"token":"","mfa":false}`, b.N(1, 9999)))
	case 3:
		b.Emitf("+ echo \"$GHCR_TOKEN\" | docker login cr.acme.example -u deploy --password-stdin")
	case 4:
		b.Emitf("%s INFO rotating secret 'stripe-api-key' (version %d -> %d)", t, 7, 8)
	case 5:
		b.Emitf("%s  dist/app-%s.tar.gz", rs(b.r, alHex, 64), fmt.Sprint(b.N(1, 9)))
	case 6:
		b.Emitf("%s DEBUG token bucket refilled: %d tokens available", t, b.N(1, 100))
	case 7:
		b.Emitf("Set-Cookie: session=; Max-Age=0; Path=/; HttpOnly")
	case 8:
		b.Emitf("deploy@%s: Permission denied (publickey,password).", ip4(b.r))
	case 9:
		b.Emitf("%s INFO using credentials from /home/app/.aws/credentials (profile: default)", t)
	case 10:
		b.Emitf("%s WARN [auth] passwords do not match for signup form", t)
	case 11:
		b.Emitf("%s ERROR jwt: token is malformed: could not JSON decode header", t)
	case 12:
		b.Emitf("%s WARN client_secret_post is not supported; use client_secret_basic", t)
	case 13:
		b.Emitf(`%s - - [%s] "GET /api/v1/tokens?limit=20 HTTP/1.1" 200 %d "-" "curl/8.5.0"`, ip4(b.r), aNginxTime(b), b.N(100, 9000))
	case 14:
		b.Emitf("mysql: [Warning] Using a password on the command line interface can be insecure.")
	case 15:
		b.Emitf("%s INFO object %s uploaded, ETag %s", t, b.HG("s3_key"), rs(b.r, alHex, 32))
	case 16:
		b.Emitf("%s INFO request %s completed in %dms", t, uuid4(b.r), b.N(1, 900))
	default:
		b.Emitf("%s INFO api_key: (none configured), running in read-only mode", t)
	}
}
