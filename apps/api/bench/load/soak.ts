import autocannon from 'autocannon';

/**
 * A mixed load for `seconds`: every connection cycles through the given requests. `sample` is called every
 * `everySeconds` meanwhile (the memory readings of a soak).
 */
export async function soak(
  base: string,
  requests: { path: string; token?: string }[],
  opts: { seconds: number; connections: number; everySeconds: number; sample: (elapsedSeconds: number) => void },
) {
  const started = Date.now();
  const timer = setInterval(() => opts.sample(Math.round((Date.now() - started) / 1000)), opts.everySeconds * 1000);
  try {
    const result = await new Promise<autocannon.Result>((resolve, reject) =>
      autocannon(
        {
          url: base,
          connections: opts.connections,
          duration: opts.seconds,
          requests: requests.map((r) => ({ method: 'GET', path: r.path, headers: r.token ? { authorization: `Bearer ${r.token}` } : {} })),
        },
        (err, r) => (err ? reject(err) : resolve(r)),
      ),
    );
    return { requests: result.requests.total, non2xx: result.non2xx, p99: result.latency.p99 };
  } finally {
    clearInterval(timer);
  }
}
