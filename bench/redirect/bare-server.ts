// The ceiling: a bare node:http server answering the same 302 from an in-memory map, nothing else.
import http from 'node:http';

const table = new Map<string, string>(JSON.parse(process.env.BARE_LINKS ?? '[]') as [string, string][]);
const server = http.createServer((req, res) => {
  const target = table.get(req.url ?? '');
  if (!target) return res.writeHead(404, { 'content-length': 0 }).end();
  res.writeHead(302, { location: target, 'cache-control': 'no-store', 'content-length': 0 }).end();
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('bare server ready'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
