import { getTranslations } from "next-intl/server";
import { notFoundPage } from "@/lib/not-found";
import { SettingsForm } from "@/features/associations/components/settings-form";
import { associationContext } from "@/features/members/context";
import { can } from "@/features/members/rules";

export async function generateMetadata() {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { association, actor } = await associationContext((await params).slug);
  if (!can.editSettings(actor)) notFoundPage();
  const t = await getTranslations("settings");
  return (
    <>
      <h1>{t("title")}</h1>
      <div className="card">
        <SettingsForm association={association} />
      </div>
    </>
  );
}
