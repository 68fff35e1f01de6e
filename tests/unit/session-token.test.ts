import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { claimsFromToken } from "@/features/auth/session-token";

const secret = "a-test-secret-of-enough-length-0123456789";
const name = "authjs.session-token";
const token = (claims: Record<string, unknown>, maxAge = 3600, salt = name, key = secret) => encode({ token: claims, secret: key, salt, maxAge });

describe("session claims from the cookie", () => {
  it("reads the person and the session version of a valid token", async () => {
    expect(await claimsFromToken(await token({ sub: "user-1", sv: 3 }), name, secret)).toEqual({ userId: "user-1", sessionVersion: 3 });
  });

  it("refuses a token sealed with another secret or for another cookie name", async () => {
    expect(await claimsFromToken(await token({ sub: "user-1", sv: 1 }, 3600, name, `${secret}-other`), name, secret)).toBeNull();
    expect(await claimsFromToken(await token({ sub: "user-1", sv: 1 }, 3600, "__Secure-authjs.session-token"), name, secret)).toBeNull();
  });

  it("refuses a tampered token", async () => {
    const valid = await token({ sub: "user-1", sv: 1 });
    const parts = valid.split(".");
    parts[3] = parts[3].startsWith("A") ? `B${parts[3].slice(1)}` : `A${parts[3].slice(1)}`;
    expect(await claimsFromToken(parts.join("."), name, secret)).toBeNull();
  });

  it("refuses a token without a person", async () => {
    expect(await claimsFromToken(await token({ sv: 1 }), name, secret)).toBeNull();
  });

  it("stops accepting a remembered token once it has expired", async () => {
    const valid = await token({ sub: "user-2", sv: 1 }, 60);
    const now = Date.now();
    expect(await claimsFromToken(valid, name, secret, now)).toEqual({ userId: "user-2", sessionVersion: 1 });
    // The second read comes from the cache; past exp (and the 15 s tolerance) it is refused.
    expect(await claimsFromToken(valid, name, secret, now + 30_000)).toEqual({ userId: "user-2", sessionVersion: 1 });
    expect(await claimsFromToken(valid, name, secret, now + 76_000)).toBeNull();
  });
});
