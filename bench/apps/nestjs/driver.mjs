// The traffic: a bounded, seeded sequence of HTTPS requests to the service on
// 127.0.0.1, authenticated with the client certificate (mutual TLS), carrying
// fake secrets in headers, query strings, cookies and bodies, and harmless
// values beside them. It records the truth: every secret value it sent (and
// the session ids the service issued to it), and every harmless value it sent.
//
// Environment: TLS_DIR (ca.pem, client.pem, client-key.pem), PORT, SEED,
// REQUESTS, TRUTH (the TSV file to write), DEMO_PASSWORD and BILLING_API_KEY
// (the same values the service was started with). It stops by itself: after
// REQUESTS requests, or after DRIVER_TIMEOUT_MS (default 120 s) whatever
// happens.
//
// Truth lines: class<TAB>kind<TAB>carrier<TAB>value, class being "secret" or
// "harmless"; the same value is written once.
import { X509Certificate } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import { join } from 'node:path';

const env = (name, dflt) => {
  const v = process.env[name] ?? dflt;
  if (v === undefined) throw new Error(`${name} is not set`);
  return v;
};
const tlsDir = env('TLS_DIR');
const port = Number(env('PORT'));
const total = Number(env('REQUESTS', '300'));
const truthFile = env('TRUTH');
const demoPassword = env('DEMO_PASSWORD');
const billingKey = env('BILLING_API_KEY');
const timeoutMs = Number(env('DRIVER_TIMEOUT_MS', '120000'));

setTimeout(() => {
  console.error(`driver: gave up after ${timeoutMs} ms`);
  process.exit(2);
}, timeoutMs).unref();

// --- seeded randomness (xmur3 to seed sfc32); Math.random is never used ---
function xmur3(str) {
  let h = 1779033703 ^ str.length;
  for (let i = 0; i < str.length; i++) {
    h = Math.imul(h ^ str.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  return () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return (h ^= h >>> 16) >>> 0;
  };
}
function sfc32(a, b, c, d) {
  return () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}
const seed = xmur3(env('SEED', 'logscrub-nestjs-1'));
const rand = sfc32(seed(), seed(), seed(), seed());

const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const from = (alphabet, n) => {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
  return s;
};
const DIGITS = '0123456789';
const HEX = '0123456789abcdef';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = UPPER + UPPER.toLowerCase() + DIGITS;
const B64URL = ALNUM + '-_';
const alnum = (n) => from(ALNUM, n);
const hex = (n) => from(HEX, n);
const b64url = (n) => from(B64URL, n);
const uuid = () => {
  const h = hex(32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[int(0, 3)]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
};
// A password people pick, or a generated one: letters, digits and the
// punctuation that survives JSON and util.inspect unescaped (no quotes or
// backslashes).
const password = () => {
  const n = int(9, 24);
  if (rand() < 0.3) return `${pick(['Summer', 'Winter', 'Autumn', 'Spring', 'Dragon', 'Monkey'])}${int(1990, 2025)}${pick(['!', '#', '$', '?'])}${alnum(int(2, 5))}`;
  return from(ALNUM + '!@#$%^&*-_=+.,?~', n);
};
const b64 = (s) => Buffer.from(s, 'utf8').toString('base64');
const b64urlJSON = (o) => Buffer.from(JSON.stringify(o), 'utf8').toString('base64url');

// --- the truth ---
const truth = new Map();
const secret = (kind, carrier, value) => {
  if (!truth.has(value)) truth.set(value, ['secret', kind, carrier, value]);
  return value;
};
const harmless = (kind, carrier, value) => {
  if (!truth.has(value)) truth.set(value, ['harmless', kind, carrier, value]);
  return value;
};

// --- secret shapes ---
const vendorKeys = [
  ['stripe-secret', () => `sk_live_${alnum(pick([24, 32, 99]))}`],
  ['stripe-restricted', () => `rk_live_${alnum(pick([24, 32]))}`],
  ['github-classic', () => `ghp_${alnum(36)}`],
  ['github-fine-grained', () => `github_pat_${alnum(22)}_${alnum(59)}`],
  ['slack-bot', () => `xoxb-${from(DIGITS, 12)}-${from(DIGITS, 13)}-${alnum(24)}`],
  ['slack-user', () => `xoxp-${from(DIGITS, 12)}-${from(DIGITS, 12)}-${from(DIGITS, 13)}-${hex(32)}`],
  ['gitlab-pat', () => `glpat-${b64url(20)}`],
  ['npm', () => `npm_${alnum(36)}`],
  ['openai-project', () => `sk-proj-${b64url(48)}T3BlbkFJ${b64url(48)}`],
  ['sendgrid', () => `SG.${b64url(22)}.${b64url(43)}`],
];
const genericKey = () => alnum(pick([12, 12, 16, 20, 24, 32, 40, 48, 64]));
const apiKey = () => {
  if (rand() < 0.45) {
    const [kind, gen] = pick(vendorKeys);
    return [kind, gen()];
  }
  const k = genericKey();
  return [`generic-${k.length}`, k];
};
const jwt = (expired) => {
  const now = Date.UTC(2025, 5, 1) / 1000;
  const sub = uuid();
  const header = { alg: pick(['RS256', 'HS256', 'ES256']), typ: 'JWT', kid: hex(8) };
  const claims = {
    iss: 'https://auth.internal.test/',
    sub,
    aud: 'orders-api',
    scope: pick(['orders:read', 'orders:read orders:write', 'billing:read']),
    iat: expired ? now - 90 * 86400 : now,
    exp: expired ? now - 89 * 86400 : now + 3600 * int(1, 24),
  };
  const sig = b64url(header.alg === 'HS256' ? 43 : header.alg === 'ES256' ? 86 : 342);
  return { sub, token: `${b64urlJSON(header)}.${b64urlJSON(claims)}.${sig}` };
};

// --- harmless shapes ---
const requestId = () => harmless('uuid', 'header x-request-id', uuid());
const traceparent = () => harmless('traceparent', 'header traceparent', `00-${hex(32)}-${hex(16)}-01`);
const tenant = () => harmless('tenant', 'header x-tenant-id', `tenant-${pick(['eu-west-1', 'us-east-2', 'ap-south-1'])}-${from(DIGITS, 4)}`);
const searchTerm = () => harmless('search-term', 'query q', `${pick(['quarterly', 'overdue', 'refunded', 'archived'])}-${pick(['invoices', 'shipments', 'orders'])}-${int(2019, 2025)}`);
const isoTime = () => harmless('timestamp', 'body/query', new Date(Date.UTC(2024, int(0, 11), int(1, 28), int(0, 23), int(0, 59), int(0, 59))).toISOString());
const customerId = () => harmless('stripe-customer-id', 'path/body', `cus_${alnum(13)}${from(DIGITS, 1)}`);
const userAgent = harmless('user-agent', 'header user-agent', 'orders-cli/3.2.1 (linux; node v20)');

const ca = readFileSync(join(tlsDir, 'ca.pem'));
const clientCert = readFileSync(join(tlsDir, 'client.pem'));
harmless('cert-fingerprint', 'mTLS client certificate', new X509Certificate(clientCert).fingerprint256);
harmless('cert-cn', 'mTLS client certificate', 'bench-driver-client');
const agent = new https.Agent({
  ca,
  cert: clientCert,
  key: readFileSync(join(tlsDir, 'client-key.pem')),
  keepAlive: true,
  maxSockets: 1,
});

function send(method, path, headers = {}, body) {
  return new Promise((resolve, reject) => {
    let payload;
    const h = { 'user-agent': userAgent, 'x-request-id': requestId(), traceparent: traceparent(), accept: 'application/json', ...headers };
    if (body !== undefined) {
      if (typeof body === 'string') {
        payload = body;
        h['content-type'] = 'application/x-www-form-urlencoded';
      } else {
        payload = JSON.stringify(body);
        h['content-type'] = 'application/json';
      }
      h['content-length'] = Buffer.byteLength(payload);
    }
    const req = https.request({ host: '127.0.0.1', port, method, path, headers: h, agent, servername: 'localhost' }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
      });
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`timeout on ${method} ${path}`)));
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

const statuses = new Map();
let sessionId = ''; // the last session id the service issued to us
const cookieHeader = () => {
  const parts = [];
  if (sessionId) parts.push(`sid=${sessionId}`);
  if (rand() < 0.5) parts.push(`session=${secret('session-cookie', 'header cookie', hex(40))}`);
  parts.push(harmless('cookie-preference', 'header cookie', 'theme=dark'));
  return parts.join('; ');
};

// Each scenario sends one request.
const scenarios = [
  // API keys in headers, on an order lookup.
  [14, async () => {
    const [kind, key] = apiKey();
    const name = pick(['x-api-key', 'x-api-key', 'api-key', 'x-auth-token', 'x-access-token', 'private-token']);
    const id = harmless('order-id', 'path', `ORD-${int(2019, 2025)}-${from(DIGITS, 6)}`);
    await send('GET', `/orders/${id}`, { [name]: secret(kind, `header ${name}`, key), 'x-tenant-id': tenant() });
  }],
  // Authorization: Bearer/Token <api key>.
  [6, async () => {
    const [kind, key] = apiKey();
    const scheme = pick(['Bearer', 'Token']);
    const id = harmless('order-id', 'path', `ORD-${int(2019, 2025)}-${from(DIGITS, 6)}`);
    await send('GET', `/orders/${id}`, { authorization: `${scheme} ${secret(kind, `header authorization ${scheme}`, key)}`, 'x-tenant-id': tenant() });
  }],
  // Tokens in query strings.
  [12, async () => {
    const [kind, key] = apiKey();
    const name = pick(['access_token', 'api_key', 'token', 'apikey', 'key', 'auth']);
    const q = new URLSearchParams({ q: searchTerm(), page: String(int(1, 40)) });
    q.set(name, secret(kind, `query ${name}`, key));
    await send('GET', `/search?${q}`);
  }],
  [4, async () => {
    const q = new URLSearchParams({ format: pick(['csv', 'ndjson', 'parquet']), since: isoTime() });
    q.set('api_key', secret('generic-32', 'query api_key', alnum(32)));
    await send('GET', `/exports?${q}`);
  }],
  [3, async () => {
    const code = rand() < 0.7 ? b64url(int(24, 40)) : alnum(12);
    await send('GET', `/oauth/callback?code=${secret('oauth-code', 'query code', code)}`);
  }],
  // Login: JSON or urlencoded bodies; most fail (the body is logged), some
  // are the demo account and get a session cookie.
  [12, async () => {
    const demo = rand() < 0.2;
    const username = demo ? 'demo' : harmless('username', 'body username', `${pick(['alice', 'bob', 'carol', 'dmitri', 'erin'])}.${pick(['smith', 'okafor', 'tanaka', 'novak'])}${int(1, 99)}@example.com`);
    const pw = demo ? secret('password-demo', 'body password', demoPassword) : secret('password', 'body password', password());
    const body = rand() < 0.7 ? { username, password: pw, remember: rand() < 0.5 } : new URLSearchParams({ username, password: pw }).toString();
    // A urlencoded body is logged as parsed (decoded), so the truth keeps the
    // password as it was before encoding.
    const res = await send('POST', '/auth/login', {}, body);
    const set = [].concat(res.headers['set-cookie'] ?? []);
    for (const c of set) {
      const m = /^sid=([^;]+)/.exec(c);
      if (m) sessionId = secret('session-id-issued', 'set-cookie sid (issued by the service)', m[1]);
    }
  }],
  [3, async () => {
    await send('POST', '/auth/logout', { cookie: cookieHeader() });
  }],
  // Bearer JWTs; some expired (the filter echoes the request).
  [10, async () => {
    const { sub, token } = jwt(rand() < 0.3);
    harmless('uuid', 'jwt sub', sub);
    await send('GET', '/me', { authorization: `Bearer ${secret('jwt', 'header authorization Bearer', token)}`, cookie: cookieHeader() });
  }],
  // Basic credentials, refused (the filter echoes the request).
  [5, async () => {
    const user = pick(['svc-reports', 'analyst', 'ops-bot']);
    const cred = secret('basic', 'header authorization Basic', b64(`${user}:${password()}`));
    await send('GET', `/reports/${harmless('uuid', 'path', uuid())}`, { authorization: `Basic ${cred}` });
  }],
  // Outgoing HTTP client errors: a relayed Authorization header or the
  // service's own key end up in the logged axios error.
  [6, async () => {
    const cus = customerId();
    const h = {};
    if (rand() < 0.5) {
      const [kind, key] = rand() < 0.5 ? ['jwt', jwt(false).token] : apiKey();
      h.authorization = `Bearer ${secret(kind, 'header authorization Bearer (relayed upstream)', key)}`;
    } else {
      secret('billing-api-key', 'service config, sent upstream', billingKey);
    }
    await send('GET', `/billing/${cus}/invoices`, h);
  }],
  [2, async () => {
    secret('billing-api-key', 'service config, sent upstream', billingKey);
    await send('GET', `/billing/${customerId()}/ledger`);
  }],
  // Webhooks and integrations: vendor keys nested in JSON bodies.
  [5, async () => {
    const [kind, key] = apiKey();
    const body = {
      id: harmless('stripe-event-id', 'body id', `evt_${alnum(24)}`),
      type: pick(['customer.updated', 'invoice.paid', 'charge.refunded']),
      created: int(1700000000, 1730000000),
      data: { object: { id: customerId(), metadata: { api_key: secret(kind, 'body data.object.metadata.api_key', key), region: 'eu-west-1' } } },
    };
    await send('POST', `/webhooks/${pick(['stripe', 'billing', 'crm'])}`, { 'stripe-signature': `t=${int(1700000000, 1730000000)},v1=${secret('webhook-signature', 'header stripe-signature v1', hex(64))}` }, body);
  }],
  [6, async () => {
    const which = pick(['github', 'slack', 'npm', 'aws', 'openai', 'gitlab', 'smtp']);
    let settings;
    switch (which) {
      case 'github': settings = { org: 'acme-corp', token: secret('github-classic', 'body settings.token', `ghp_${alnum(36)}`), webhookSecret: secret('generic-24', 'body settings.webhookSecret', alnum(24)) }; break;
      case 'slack': settings = { channel: '#deploys', botToken: secret('slack-bot', 'body settings.botToken', `xoxb-${from(DIGITS, 12)}-${from(DIGITS, 13)}-${alnum(24)}`), signingSecret: secret('hex-32', 'body settings.signingSecret', hex(32)) }; break;
      case 'npm': settings = { registry: 'internal-mirror', authToken: secret('npm', 'body settings.authToken', `npm_${alnum(36)}`) }; break;
      case 'aws': settings = { region: 'eu-west-1', accessKeyId: secret('aws-access-key-id', 'body settings.accessKeyId', `AKIA${from(UPPER + '234567', 16)}`), secretAccessKey: secret('aws-secret-key', 'body settings.secretAccessKey', from(ALNUM + '+/', 40)), roleArn: harmless('arn', 'body settings.roleArn', `arn:aws:iam::${from(DIGITS, 12)}:role/${pick(['deploy', 'reader', 'ci-runner'])}`) }; break;
      case 'openai': settings = { model: 'gpt-4o-mini', apiKey: secret('openai-project', 'body settings.apiKey', `sk-proj-${b64url(48)}T3BlbkFJ${b64url(48)}`) }; break;
      case 'gitlab': settings = { group: 'platform', privateToken: secret('gitlab-pat', 'body settings.privateToken', `glpat-${b64url(20)}`) }; break;
      default: settings = { host: 'smtp.mail.internal', port: 587, user: 'mailer', password: secret('password', 'body settings.password', password()) };
    }
    await send('POST', '/integrations', {}, { provider: which, settings });
  }],
  // Only harmless data.
  [7, async () => {
    const body = {
      service: pick(['orders-api', 'billing-worker', 'ledger']),
      roleArn: harmless('arn', 'body roleArn', `arn:aws:iam::${from(DIGITS, 12)}:role/${pick(['deploy', 'release-bot'])}`),
      artifact: harmless('s3-uri', 'body artifact', `s3://acme-artifacts-${from(DIGITS, 4)}/builds/${int(1000, 9999)}/app-${int(1, 9)}.${int(0, 20)}.${int(0, 99)}.tar.gz`),
      commit: harmless('commit-sha', 'body commit', hex(40)),
      startedAt: isoTime(),
      jobId: harmless('uuid', 'body jobId', uuid()),
      idempotencyKey: harmless('uuid', 'body idempotencyKey', uuid()),
    };
    await send('POST', '/deployments', {}, body);
  }],
  [4, async () => {
    const bucket = harmless('bucket', 'path', `acme-assets-${from(DIGITS, 4)}`);
    const file = harmless('file-name', 'path', `${pick(['logo', 'banner', 'avatar'])}-${hex(8)}.png`);
    const key = harmless('path', 'path', `img/${int(2019, 2025)}/${file}`);
    await send('GET', `/assets/${bucket}/${key}`);
  }],
  [2, async () => {
    await send('GET', '/health');
  }],
];
const weightSum = scenarios.reduce((s, [w]) => s + w, 0);
function pickScenario() {
  let r = rand() * weightSum;
  for (const [w, f] of scenarios) {
    if ((r -= w) < 0) return f;
  }
  return scenarios[scenarios.length - 1][1];
}

for (let i = 0; i < total; i++) {
  await pickScenario()();
}
agent.destroy();
const lines = [...truth.values()].map((r) => r.join('\t')).join('\n') + '\n';
writeFileSync(truthFile, lines);
const n = [...truth.values()].reduce((m, [c]) => (m[c] = (m[c] ?? 0) + 1, m), {});
const byStatus = [...statuses].sort(([a], [b]) => a - b).map(([s, c]) => `${s}:${c}`).join(' ');
console.error(`driver: ${total} requests sent (${byStatus}); truth: ${n.secret ?? 0} secrets, ${n.harmless ?? 0} harmless values -> ${truthFile}`);
