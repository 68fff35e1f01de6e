// The budget's use cases: explicit ids, the acting person and `now`; one transaction each.
export * from "./entries";
export * from "./imports";
export * from "./lines";
export * from "./plans";
