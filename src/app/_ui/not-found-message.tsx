import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";

export async function NotFoundMessage() {
  const t = await getTranslations("common");
  return (
    <div className="narrow card">
      <h1>{t("notFoundTitle")}</h1>
      <p>{t("notFoundText")}</p>
      <p>
        <Link href="/">{t("home")}</Link>
      </p>
    </div>
  );
}
