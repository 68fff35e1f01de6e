import tseslint from "typescript-eslint";

// Links go through src/components/link.tsx, which turns prefetching off.
const nextLink = { name: "next/link", message: "use { Link } from @/components/link (no prefetching, see why there)" };

export default tseslint.config(
  { ignores: ["node_modules/", ".next/", "src/generated/", ".quorum/", ".quorum-test/", "test-results/", "playwright-report/", "next-env.d.ts", "bench/data/"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": "off",
      eqeqeq: ["error", "always"],
    },
  },
  {
    files: ["src/**"],
    ignores: ["src/components/link.tsx"],
    rules: { "no-restricted-imports": ["error", { paths: [nextLink] }] },
  },
  {
    // Import direction (also checked by tests/unit/architecture.test.ts): shared code never
    // reaches up into features or routes.
    files: ["src/lib/**", "src/components/**"],
    ignores: ["src/components/link.tsx"],
    rules: {
      "no-restricted-imports": ["error", { paths: [nextLink], patterns: [{ group: ["@/features/*", "@/app/*", "@/i18n/*"], message: "lib and components must not depend on features or routes" }] }],
    },
  },
  {
    files: ["src/features/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: [nextLink], patterns: [{ group: ["@/app/*", "@/i18n/*"], message: "features must not depend on routes" }] }],
    },
  },
  {
    files: ["src/features/*/rules.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/generated/*", "@prisma/*", "next", "next/*", "react", "@/lib/db", "@/lib/audit", "server-only", "./queries", "./commands", "./actions"], message: "rules are pure functions" },
          ],
        },
      ],
    },
  },
);
