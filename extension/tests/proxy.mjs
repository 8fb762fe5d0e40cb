// The browsers' only way out in the e2e tests: a small HTTP proxy on
// 127.0.0.1. A CONNECT to a fixture host is tunnelled to the fixture server
// (TLS end to end); any other host, and any plain-http request, is recorded
// and refused. The log is every host the browser tried to reach.
import http from 'node:http';
import net from 'node:net';
import { HOSTS } from './server.mjs';

/** Start the proxy in front of the fixture server on `fixturePort`. `seen`: every URL or CONNECT target asked for. */
export async function startProxy(fixturePort) {
  const seen = [];
  const server = http.createServer((req, res) => {
    // A plain-http request (absolute URL): the fixtures are https only.
    seen.push(req.url ?? '');
    res.writeHead(403, { 'content-type': 'text/plain' });
    res.end('refused by the HireLens test proxy');
  });
  server.on('connect', (req, client, head) => {
    const [host, port] = (req.url ?? '').split(':');
    seen.push(`https://${host}${port && port !== '443' ? `:${port}` : ''}/`);
    if (!HOSTS.includes(host ?? '') || (port && port !== '443')) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const up = net.connect(fixturePort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head?.length) up.write(head);
      up.pipe(client);
      client.pipe(up);
    });
    const drop = () => {
      up.destroy();
      client.destroy();
    };
    up.on('error', drop);
    client.on('error', drop);
  });
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: server.address().port,
    seen,
    close: () => new Promise((r) => {
      for (const s of sockets) s.destroy();
      server.close(() => r());
    }),
  };
}
