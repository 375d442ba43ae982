import autocannon from 'autocannon';

export interface Measured {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Responses that were not 2xx (a wrong URL or token shows here, not as a fast row). */
  errors: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** `connections` clients hammering one URL for `seconds` as a browser would ask; latencies recorded per response for exact percentiles. */
export async function measure(url: string, opts: { token?: string; seconds: number; connections: number }): Promise<Measured> {
  const latencies: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: opts.connections,
        duration: opts.seconds,
        // What a browser sends: the server may answer compressed (kept analysis answers are).
        headers: { 'accept-encoding': 'gzip, deflate, br, zstd', ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}) },
      },
      (err, r) => (err ? reject(err) : resolve(r)),
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      latencies.push(ms);
      if (status < 200 || status >= 300) errors++;
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    rps: result.requests.total / opts.seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: errors + result.errors + result.timeouts,
  };
}
