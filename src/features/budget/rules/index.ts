// The budget's pure rules: rights, fiscal years, totals, a plan's life, CSV reading and import.
export * from "./csv";
export * from "./fiscal-year";
export * from "./import";
export * from "./plan";
export * from "./rights";
export * from "./totals";
export * from "./export";
