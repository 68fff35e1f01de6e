import path from "node:path";

/** Where the e2e server writes the address of its throwaway database for the tests. */
export const e2eStatePath = path.resolve(import.meta.dirname, "../../.quorum-test/e2e.json");
