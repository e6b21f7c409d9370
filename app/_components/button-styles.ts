// The studio forms' buttons, importable from server and client components alike.

export const buttonClass =
  "rounded-md border border-rule px-3 py-1.5 text-sm font-medium hover:bg-rule/40 disabled:opacity-60";
export const primaryButtonClass =
  "rounded-md bg-accent px-4 py-2 font-medium text-white disabled:opacity-60 dark:text-black";
export const dangerButtonClass =
  "rounded-md border border-red-700 px-4 py-2 font-medium text-red-800 hover:bg-red-50 disabled:opacity-60 dark:border-red-400 dark:text-red-200 dark:hover:bg-red-950";
