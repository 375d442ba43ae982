/**
 * What a database error means for the caller, whatever layer raised it (Prisma's own codes, or the PostgreSQL SQLSTATE
 * the driver adapter carries as `originalCode`): `data` — a value the database will not store (class 22, data
 * exception: the caller's input, 400); `unavailable` — the database cannot be reached or is restarting (503, try
 * again); null — anything else (a bug: 500).
 */
export type DbErrorKind = 'data' | 'unavailable';

/** Prisma's codes for a value that does not fit its column (too long, out of range, bad format, bad uuid …). */
const PRISMA_DATA = new Set(['P2000', 'P2006', 'P2007', 'P2009', 'P2012', 'P2019', 'P2020', 'P2023', 'P2033']);
/** Prisma's codes for a server that cannot be reached, timed out, or closed the connection; and the pool timing out. */
const PRISMA_UNAVAILABLE = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2037']);
/** Driver-level kinds and Node socket errors that mean the same. */
const UNAVAILABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH']);

type Node = { code?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown; meta?: unknown };

/** The error and what it wraps (cause, Prisma's meta.driverAdapterError), a few levels deep. */
function* chain(err: unknown): Generator<Node> {
  let current: unknown = err;
  for (let depth = 0; depth < 6 && current && typeof current === 'object'; depth++) {
    const node = current as Node;
    yield node;
    const meta = node.meta as { driverAdapterError?: unknown } | undefined;
    if (meta?.driverAdapterError) yield* chain(meta.driverAdapterError);
    current = node.cause;
  }
}

export function classifyDbError(err: unknown): DbErrorKind | null {
  for (const node of chain(err)) {
    const code = typeof node.code === 'string' ? node.code : undefined;
    const sqlState = typeof node.originalCode === 'string' ? node.originalCode : undefined;
    if (code && PRISMA_DATA.has(code)) return 'data';
    if (sqlState?.startsWith('22') || (code && /^22[0-9A-Z]{3}$/.test(code))) return 'data';
    if (code && PRISMA_UNAVAILABLE.has(code)) return 'unavailable';
    if (typeof node.kind === 'string' && UNAVAILABLE_KINDS.has(node.kind)) return 'unavailable';
    // 57P01–57P03: the server is shutting down or starting up; class 08: connection exception.
    const state = sqlState ?? code;
    if (state && (/^57P0[1-3]$/.test(state) || /^08[0-9A-Z]{3}$/.test(state))) return 'unavailable';
    if (code && SOCKET_CODES.has(code)) return 'unavailable';
    if (typeof node.message === 'string' && /Connection terminated|Client has encountered a connection error|connect ECONNREFUSED/.test(node.message))
      return 'unavailable';
  }
  return null;
}
