import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
let wasmReady: Promise<void> | undefined;

/** Loads Prisma's WebAssembly schema engine once per process (see docs/decisions/0001-migration-runner.md). */
function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const wasmPath = join(dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')), 'schema_engine_bg.wasm');
    const bytes = await readFile(wasmPath);
    const { instance } = await WebAssembly.instantiate(bytes, {
      './schema_engine_bg.js': bg as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as Record<string, unknown>;
    (bg as unknown as { __wbg_set_wasm(e: unknown): void }).__wbg_set_wasm(exports);
    (exports.__wbindgen_start as (() => void) | undefined)?.();
  })();
  return wasmReady;
}

/**
 * adapter-pg runs a migration script by splitting it on every ';', which breaks function bodies
 * (the audit trigger). PostgreSQL's simple-query protocol runs the whole script at once, in one implicit transaction.
 */
class WholeScriptPg extends PrismaPg {
  /** The engine never disposes what it connects: its pools are closed by `close()` below. */
  readonly connected: { dispose(): Promise<void> }[] = [];
  override async connect() {
    const adapter = await super.connect();
    this.connected.push(adapter);
    const pool = (adapter as unknown as { client: { query(sql: string): Promise<unknown> } }).client;
    adapter.executeScript = async (script: string) => {
      await pool.query(script);
    };
    return adapter;
  }
}

export interface OpenedSchemaEngine {
  engine: SchemaEngine;
  /** Frees the engine and closes its connections (left open, the owner's idle connection lingers in the app). */
  close(): Promise<void>;
}

/** Opens a schema engine bound to the database at `connectionString`. Call `close()` when done. */
export async function openSchemaEngine(connectionString: string, datamodel = ''): Promise<OpenedSchemaEngine> {
  await loadWasm();
  const pg = new WholeScriptPg({ connectionString });
  const Engine = (bg as unknown as { SchemaEngine: typeof SchemaEngine }).SchemaEngine;
  const engine = await Engine.new({ datamodels: datamodel ? [['schema.prisma', datamodel]] : undefined }, () => {}, bindMigrationAwareSqlAdapterFactory(pg));
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.all(pg.connected.map((a) => a.dispose()));
    },
  };
}
