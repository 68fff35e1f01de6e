import { redirect } from "next/navigation";
import { currentUser } from "@/features/auth/session";
import { associationsOf } from "@/features/members/queries";

/** Sends each person where they work: their association, the switcher, or the operator page. */
export default async function Home() {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  const associations = await associationsOf(user.id, new Date());
  if (associations.length === 1) redirect(`/a/${associations[0].slug}`);
  if (associations.length === 0 && user.isOperator) redirect("/operator");
  redirect("/associations");
}
