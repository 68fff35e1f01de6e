import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * Next's Link without prefetching. By default every Link that scrolls into view asks the server
 * for the page behind it: one view of the dashboard with four menu entries cost the server nine
 * requests instead of one (bench/notes.md), and each added section or list of links multiplies
 * that. A click still navigates without reloading the page.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
