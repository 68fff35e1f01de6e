import { createHash, randomBytes } from "node:crypto";

/** A secret for a link (invitation, password reset, calendar feed): 32 random bytes. */
export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** What we store: a link's secret is never kept in the database. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
