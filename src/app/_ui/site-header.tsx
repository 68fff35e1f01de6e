import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { signOutAction } from "@/features/auth/actions";
import type { SessionUser } from "@/features/auth/session";
import { associationsOf } from "@/features/members/queries";
import { LanguageSwitch } from "./language-switch";

type NavItem = { href: string; label: string; current?: boolean };

export async function SiteHeader({ user, association, nav = [] }: { user: SessionUser | null; association?: { slug: string; name: string }; nav?: NavItem[] }) {
  const t = await getTranslations("common");
  const associations = user ? await associationsOf(user.id, new Date()) : [];
  return (
    <header className="site-header">
      <div className="page flex flex-wrap items-center gap-4" style={{ paddingBottom: "0.75rem", paddingTop: "0.75rem" }}>
        <Link href="/" className="text-lg font-bold no-underline">
          Quorum
        </Link>
        {association ? (
          associations.length > 1 ? (
            <details className="relative">
              <summary aria-label={t("switchAssociation")}>{association.name}</summary>
              <ul className="absolute z-10 mt-1 min-w-56 rounded border bg-white p-2 text-black shadow" style={{ color: "var(--color-ink)" }}>
                {associations.map((a) => (
                  <li key={a.id}>
                    <Link href={`/a/${a.slug}`} style={{ color: "var(--color-brand)" }} aria-current={a.slug === association.slug ? "page" : undefined}>
                      {a.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </details>
          ) : (
            <span className="font-semibold">{association.name}</span>
          )
        ) : null}
        <div className="ml-auto flex flex-wrap items-center gap-4">
          <LanguageSwitch />
          {user ? (
            <>
              {user.isOperator ? <Link href="/operator">{t("operator")}</Link> : null}
              <span aria-label={t("signedInAs")}>{user.name}</span>
              <form action={signOutAction}>
                <button type="submit" className="link-button">
                  {t("signOut")}
                </button>
              </form>
            </>
          ) : null}
        </div>
      </div>
      {nav.length ? (
        <nav aria-label={t("mainNav")} className="site-nav page flex flex-wrap gap-1" style={{ paddingTop: 0, paddingBottom: "0.5rem" }}>
          {nav.map((item) => (
            <Link key={item.href} href={item.href} aria-current={item.current ? "page" : undefined}>
              {item.label}
            </Link>
          ))}
        </nav>
      ) : null}
    </header>
  );
}
