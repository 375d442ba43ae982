import type { PoolOptions } from '@jx/db';
import type { AppConfig } from '../app-deps.ts';
import { startingClock, systemClock, type Clock } from '../lib/clock.ts';

/** What an HTTP worker needs to serve, decided once by the primary's boot and sent to every worker. */
export interface ServeConfig {
  /** The API's own role (decision 0003). */
  databaseUrl: string;
  pool: PoolOptions;
  app: AppConfig;
  host: string;
  port: number;
  /** CLOCK_START: the instant the clock started at, and when (monotonicEpochMs), so every process shares one clock. */
  clockStart: { at: string; epochMs: number } | null;
}

export function clockOf(config: Pick<ServeConfig, 'clockStart'>): Clock {
  return config.clockStart ? startingClock(new Date(config.clockStart.at), config.clockStart.epochMs) : systemClock;
}
