import { createServer } from 'node:http';
import pg from 'pg';

// The floor the API is compared with: an HTTP server answering each request with one `select 1` through a pool of
// the API's size. Env: DATABASE_URL, PORT, POOL_SIZE.

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 10) });
const server = createServer((_req, res) => {
  pool.query('select 1 as one').then(
    (r) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(r.rows[0])),
    () => res.writeHead(500).end(),
  );
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
