import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  output: "standalone",
  // `npm test` type-checks the whole project first; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  // Native and WebAssembly packages stay in node_modules instead of the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg-boss", "nodemailer", "pg", "@prisma/adapter-pg", "pdfkit"],
  experimental: {
    serverActions: { bodySizeLimit: "2mb" },
  },
};

export default withNextIntl(nextConfig);
