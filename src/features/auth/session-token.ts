import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";

export type SessionClaims = { userId: string; sessionVersion?: number };

// Auth.js's cookie names (the __Secure- one over https); the name is also the key's salt.
const COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;
const CLOCK_TOLERANCE_MS = 15_000; // as Auth.js's decode
const MAX_ENTRIES = 5_000;

/**
 * Tokens already decrypted and authenticated, by their exact text. Decrypting a session token
 * (key derivation, AES, HMAC through WebCrypto) cost more than a page's queries, and Auth.js's
 * `auth()` also re-encrypted a fresh token on every call and then dropped it. A cached token
 * still expires at its `exp`; revocation stays with the session version read from the database.
 */
const verified = new Map<string, SessionClaims & { expiresAt: number }>();

function tokenIn(jar: Awaited<ReturnType<typeof cookies>>, name: string): string | undefined {
  const whole = jar.get(name)?.value;
  if (whole) return whole;
  // Auth.js splits tokens over 4 kB into name.0, name.1, …
  const chunks = jar
    .getAll()
    .filter((c) => c.name.startsWith(`${name}.`))
    .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
  return chunks.length ? chunks.map((c) => c.value).join("") : undefined;
}

/** The claims of a session token sent in the cookie `name` (also the key's salt), or null. */
export async function claimsFromToken(token: string, name: string, secret: string, now = Date.now()): Promise<SessionClaims | null> {
  const cached = verified.get(token);
  if (cached) {
    if (cached.expiresAt + CLOCK_TOLERANCE_MS > now) return { userId: cached.userId, sessionVersion: cached.sessionVersion };
    verified.delete(token);
    return null;
  }
  const payload = await decode({ token, secret, salt: name }).catch(() => null);
  if (!payload?.sub || typeof payload.exp !== "number" || payload.exp * 1000 + CLOCK_TOLERANCE_MS <= now) return null;
  const claims = { userId: payload.sub, sessionVersion: typeof payload.sv === "number" ? payload.sv : undefined };
  if (verified.size >= MAX_ENTRIES) verified.delete(verified.keys().next().value!);
  verified.set(token, { ...claims, expiresAt: payload.exp * 1000 });
  return claims;
}

/** The signed-in person's id and session version from the session cookie, or null. */
export async function sessionClaims(): Promise<SessionClaims | null> {
  const jar = await cookies();
  const secret = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (!secret) return null;
  for (const name of COOKIE_NAMES) {
    const token = tokenIn(jar, name);
    if (token) return claimsFromToken(token, name, secret);
  }
  return null;
}
