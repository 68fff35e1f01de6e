import { defineConfig } from "prisma/config";

// Prisma 7 reads the URL here; `env()` would throw during `generate` when it is unset.
export default defineConfig({
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unset" },
});
