import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Landing = { url: string; visits: URL[]; close(): Promise<void> };

/**
 * The company's own web page that a post links to: a real HTTP server on this machine, which remembers every visit
 * with its query string so a test can see the UTM parameters the redirect added.
 */
export async function startLanding(): Promise<Landing> {
  const visits: URL[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://landing.local');
    if (url.pathname === '/favicon.ico') return void res.writeHead(404).end();
    visits.push(url);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      '<!doctype html><html lang="it"><head><title>Porte aperte al pastificio</title></head>' +
        '<body><main><h1>Porte aperte al pastificio</h1><p>Sabato 12 dicembre, stabilimento di Parma.</p></main></body></html>',
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    visits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
