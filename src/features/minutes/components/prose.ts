// Spacing and list markers for rendered Markdown (Tailwind's reset removes them).
export const PROSE =
  "minutes-text [&_p]:my-2 [&_ul]:my-2 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:my-2 [&_ol]:list-decimal [&_ol]:pl-6 [&_blockquote]:my-2 [&_blockquote]:border-l-4 [&_blockquote]:pl-3 [&_code]:font-mono [&_pre]:my-2 [&_pre]:whitespace-pre-wrap [&_pre]:p-2 [&_table]:my-2 [&_h3]:mt-3 [&_h4]:mt-3 [&_h4]:font-semibold";
