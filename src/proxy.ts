import { NextResponse, type NextRequest } from "next/server";

// Passes the path on to server components (the locale may follow the association in it).
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-quorum-path", request.nextUrl.pathname);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!_next/|api/|favicon.ico|robots.txt).*)"],
};
