import type { ReactNode } from "react";
import { SiteHeader } from "@/app/_ui/site-header";
import { currentUser } from "@/features/auth/session";

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  return (
    <>
      <SiteHeader user={user} />
      <main id="main" className="page">
        {children}
      </main>
    </>
  );
}
