import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startCluster, type Cluster } from "../../scripts/db/cluster.ts";
import { applyMigrations } from "../../scripts/db/engine.ts";

let cluster: Cluster | undefined;
let dropDatabase: (() => Promise<void>) | undefined;

/**
 * A real PostgreSQL for the integration tests: a throwaway embedded cluster, or a fresh database
 * on the server named by TEST_DATABASE_URL / DATABASE_URL (never the database itself).
 */
export async function setup(project: TestProject) {
  const server = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  let url: string;
  if (server) {
    const name = `quorum_test_${process.pid}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const target = new URL(server);
    target.pathname = `/${name}`;
    url = target.toString();
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  } else {
    cluster = await startCluster({ dataDir: path.join(os.tmpdir(), `quorum-it-${process.pid}-${Date.now()}`), persistent: false });
    url = cluster.url;
  }
  await applyMigrations(url);
  project.provide("databaseUrl", url);
}

export async function teardown() {
  await dropDatabase?.();
  await cluster?.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
