// SQL statements per HTTP request, for the benchmark only (QUORUM_QUERY_COUNT=1 at server start).
// Off, nothing is installed: the driver adapter and the HTTP server are left untouched.
// On, each request runs in an AsyncLocalStorage context; the Prisma driver adapter counts every
// statement it sends (queries, BEGIN) in the context of the code that asked for it, and the
// count is logged when the response has finished (a header would be sent too early: pages stream).
import { AsyncLocalStorage } from "node:async_hooks";
import http from "node:http";
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export const queryCountEnabled = () => process.env.QUORUM_QUERY_COUNT === "1" || process.env.QUORUM_QUERY_COUNT === "sql";

type Counter = { queries: number; id: string };
// On globalThis: the instrumentation hook and the pages are bundled separately.
const holder = globalThis as unknown as { quorumQueryCount?: AsyncLocalStorage<Counter> };
const storage = () => (holder.quorumQueryCount ??= new AsyncLocalStorage<Counter>());

/** Wraps the adapter factory so that every statement counts towards the current request. */
export function countingAdapter(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  const logSql = process.env.QUORUM_QUERY_COUNT === "sql";
  const count = (query?: unknown) => {
    const counter = storage().getStore();
    if (!counter) return;
    counter.queries++;
    if (logSql) console.log(`[query-sql] ${counter.id} ${(query as { sql?: string } | undefined)?.sql ?? "BEGIN"}`);
  };
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, property) {
        const value = Reflect.get(object, property, object);
        if (typeof value !== "function") return value;
        if (property === "queryRaw" || property === "executeRaw") {
          return (...args: unknown[]) => {
            count(args[0]);
            return value.apply(object, args);
          };
        }
        if (property === "startTransaction" || property === "connect") {
          return async (...args: unknown[]) => {
            if (property === "startTransaction") count(); // BEGIN
            return wrap(await value.apply(object, args));
          };
        }
        return value.bind(object);
      },
    });
  return wrap(factory) as SqlDriverAdapterFactory & { connect(): Promise<SqlDriverAdapter> };
}

/**
 * Runs each HTTP request in its own counting context and logs `[query-count] <id> <method> <path>
 * <status> <n>`; with QUORUM_QUERY_COUNT=sql, also each statement (`[query-sql] <id> <sql>`).
 */
export function countQueriesPerRequest(): void {
  const proto = http.Server.prototype as unknown as { emit: (event: string, ...args: unknown[]) => boolean; quorumCounting?: boolean };
  if (proto.quorumCounting) return;
  proto.quorumCounting = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string, ...args: unknown[]) {
    if (event !== "request") return emit.call(this, event, ...args);
    const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
    const id = String(request.headers["x-quorum-bench-id"] ?? "-");
    const counter: Counter = { queries: 0, id };
    response.once("finish", () => {
      console.log(`[query-count] ${id} ${request.method} ${request.url} ${response.statusCode} ${counter.queries}`);
    });
    return storage().run(counter, () => emit.call(this, event, ...args));
  };
}
