import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteHeader } from "@/app/_ui/site-header";
import { requireUser } from "@/features/auth/session";

// Pages check the operator right themselves (requireOperator): a "not found" thrown from a
// layout would need JavaScript to show.
export default async function OperatorLayout({ children }: { children: ReactNode }) {
  const user = await requireUser("/operator");
  const t = await getTranslations("operator");
  const nav = user.isOperator
    ? [
        { href: "/operator", label: t("associations") },
        { href: "/operator/outbox", label: t("outbox") },
      ]
    : [];
  return (
    <>
      <SiteHeader user={user} nav={nav} />
      <main id="main" className="page">
        {children}
      </main>
    </>
  );
}
