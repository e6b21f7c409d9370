import { inputClass } from "@/app/_components/field";
import { buttonClass } from "@/app/_components/button-styles";

/** A desk's search: a plain GET form, so it works before (and without) JavaScript. */
export function DeskSearch({
  label,
  query,
  hint,
  name = "q",
  children,
}: {
  label: string;
  query: string;
  hint?: string;
  name?: string;
  /** Fields the search keeps, e.g. the page's other parameters. */
  children?: React.ReactNode;
}) {
  const id = `search-${name}`;
  return (
    <form role="search" method="get" className="mt-5 max-w-xl">
      {children}
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id={id}
          type="search"
          name={name}
          defaultValue={query}
          maxLength={200}
          aria-describedby={hint ? `${id}-hint` : undefined}
          className={`${inputClass} mt-0`}
        />
        <button type="submit" className={buttonClass}>
          Search
        </button>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
          {hint}
        </p>
      ) : null}
    </form>
  );
}
