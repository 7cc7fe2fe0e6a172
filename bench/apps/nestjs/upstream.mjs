// A stand-in for the billing API the service calls: plain HTTP on 127.0.0.1.
// It refuses relayed JWTs (401), fails for customers whose id ends in an even
// digit (503) and answers the others. It exits by itself after
// MAX_LIFETIME_MS, or on SIGTERM.
import http from 'node:http';

const port = Number(process.env.UPSTREAM_PORT);
const lifetime = Number(process.env.MAX_LIFETIME_MS ?? '300000');

const server = http.createServer((req, res) => {
  const auth = req.headers.authorization ?? '';
  const m = /^\/v1\/customers\/([^/]+)\/invoices$/.exec(req.url ?? '');
  res.setHeader('content-type', 'application/json');
  if (!m) {
    res.writeHead(404).end(JSON.stringify({ error: 'not_found' }));
  } else if (auth.startsWith('Bearer eyJ')) {
    res.writeHead(401).end(JSON.stringify({ error: 'invalid_api_key', message: 'JWTs are not accepted here' }));
  } else if (/[02468]$/.test(m[1])) {
    res.writeHead(503).end(JSON.stringify({ error: 'unavailable', retryAfter: 30 }));
  } else {
    res.writeHead(200).end(JSON.stringify({ customer: m[1], invoices: [] }));
  }
});
server.listen(port, '127.0.0.1');
setTimeout(() => server.close(), lifetime).unref();
process.on('SIGTERM', () => server.close());
