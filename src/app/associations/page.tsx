import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { SiteHeader } from "@/app/_ui/site-header";
import { requireUser } from "@/features/auth/session";
import { RoleLabel } from "@/features/members/components/role-label";
import { associationsOf } from "@/features/members/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("associations"))("title") };
}

export default async function AssociationsPage() {
  const user = await requireUser("/associations");
  const t = await getTranslations("associations");
  const associations = await associationsOf(user.id, new Date());
  return (
    <>
      <SiteHeader user={user} />
      <main id="main" className="page">
        <h1>{t("title")}</h1>
        {associations.length === 0 ? (
          <p className="card">{t("none")}</p>
        ) : (
          <ul className="grid-2">
            {associations.map((a) => (
              <li key={a.id} className="card">
                <h2 style={{ marginTop: 0 }}>
                  <Link href={`/a/${a.slug}`}>{a.name}</Link>
                </h2>
                <RoleLabel kind={a.kind} offices={a.offices} />
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}
