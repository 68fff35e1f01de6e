import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { verifyCredentials } from "./commands";
import { signInSchema } from "./schema";

/** Carries the reason to the sign-in form: "bad" or "locked:<minutes>". */
class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

function clientAddress(request: Request | undefined): string | null {
  const forwarded = request?.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request?.headers.get("x-real-ip") || null;
}

declare module "next-auth" {
  interface Session {
    sessionVersion?: number;
  }
  interface User {
    sessionVersion?: number;
  }
}

// JWT sessions carry only the person's id and session version: every right is read from the
// database on each request (see session.ts).
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 3600 },
  pages: { signIn: "/sign-in" },
  logger: { error: (error) => (error instanceof CredentialsSignin ? undefined : console.error("[auth]", error.message)) },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      authorize: async (credentials, request) => {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) throw new SignInRefused("bad");
        const outcome = await verifyCredentials(parsed.data.email, parsed.data.password, clientAddress(request), new Date());
        if (!outcome.ok) throw new SignInRefused(outcome.reason === "LOCKED" ? `locked:${outcome.minutes}` : "bad");
        return outcome.user;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sessionVersion = typeof token.sv === "number" ? token.sv : undefined;
      return session;
    },
  },
});
