import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..");
/** Everything `npm start` keeps: the database cluster and generated secrets (git ignores it). */
export const dataDir = path.resolve(root, process.env.QUORUM_DATA_DIR ?? ".quorum");
