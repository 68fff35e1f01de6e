import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { SiteHeader } from "@/app/_ui/site-header";
import { requireUser } from "@/features/auth/session";

export default async function OperatorLayout({ children }: { children: ReactNode }) {
  const user = await requireUser("/operator");
  if (!user.isOperator) notFound();
  const t = await getTranslations("operator");
  return (
    <>
      <SiteHeader
        user={user}
        nav={[
          { href: "/operator", label: t("associations") },
          { href: "/operator/outbox", label: t("outbox") },
        ]}
      />
      <main id="main" className="page">
        {children}
      </main>
    </>
  );
}
