import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { SiteHeader } from "@/app/_ui/site-header";
import { PATH_HEADER } from "@/features/auth/locale";
import { associationAccess } from "@/features/members/context";
import { associationNav } from "./nav";

export default async function AssociationLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { user, access } = await associationAccess(slug);
  if (!access) {
    // The page itself answers "not found" (status 404); nothing of the association shows here.
    return (
      <>
        <SiteHeader user={user} />
        <main id="main" className="page">
          {children}
        </main>
      </>
    );
  }
  const t = await getTranslations("nav");
  const path = (await headers()).get(PATH_HEADER) ?? "";
  const items = associationNav(access.association.slug, access.actor);
  // The longest matching entry is the current one ("/a/x/members" over "/a/x").
  const current = items.filter((i) => path === i.href || path.startsWith(`${i.href}/`)).sort((a, b) => b.href.length - a.href.length)[0];
  const nav = items.map((item) => ({ href: item.href, label: t(item.key as "dashboard"), current: item === current }));
  return (
    <>
      <SiteHeader user={user} association={access.association} nav={nav} />
      <main id="main" className="page">
        {children}
      </main>
    </>
  );
}
