import path from "node:path";
import { defineConfig } from "vitest/config";

// Rules must take the association's time zone, never the machine's: tests run far from UTC.
process.env.TZ = "Asia/Kathmandu";

const alias = {
  "@": path.resolve(import.meta.dirname, "src"),
  // `server-only` throws outside React's server build; tests run use cases directly.
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.integration.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup.ts"],
          // One database: files run one after another, and each test starts from empty tables.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
