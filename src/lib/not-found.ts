import "server-only";
import { redirect } from "next/navigation";

/**
 * Answers "not found" in a way that shows without JavaScript. Next's notFound() thrown while a
 * page renders sends an empty HTML shell that only JavaScript fills (vercel/next.js#98954); an
 * address that matches no route is served the not-found page as plain HTML, with status 404.
 */
export function notFoundPage(): never {
  redirect("/not-found");
}
