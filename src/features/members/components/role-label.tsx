import { getTranslations } from "next-intl/server";
import type { MemberKind, Office } from "../rules";

/** "Voting board member · President, Treasurer" in the reader's language. */
export async function RoleLabel({ kind, offices }: { kind: MemberKind; offices: readonly Office[] }) {
  const t = await getTranslations("roles");
  return (
    <span>
      {t(`kind.${kind}`)}
      {offices.length ? ` · ${offices.map((office) => t(`office.${office}`)).join(", ")}` : ""}
    </span>
  );
}
