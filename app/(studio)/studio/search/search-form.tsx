import { Field } from "@/app/_components/field";
import { ANNOTATION_KINDS } from "@/db/enums";
import { STATUS_LABELS } from "@/lib/articles/status";
import { KIND_LABELS } from "@/lib/editor/kinds";
import { SEARCH_MAX_LENGTH, type StudioSearchOutcome } from "@/lib/search/studio-search";

const selectClass =
  "mt-1 w-full rounded-md border border-rule bg-transparent px-3 py-2 text-sm aria-[invalid=true]:border-red-700";

/**
 * The studio search as a plain GET form: the address holds the search, so it can be shared,
 * bookmarked and reloaded, and going back returns to the same results.
 */
export function StudioSearchForm({ outcome }: { outcome: StudioSearchOutcome }) {
  const { form, fieldErrors, choices } = outcome;
  const select = (
    name: "kind" | "speaker" | "status" | "article",
    label: string,
    options: { value: string; label: string }[],
  ) => (
    <Field label={label} name={name} errors={fieldErrors[name]} id={`search-${name}`}>
      {(control) => (
        <select name={name} defaultValue={form[name]} className={selectClass} {...control}>
          <option value="">All</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <form
      method="get"
      action="/studio/search"
      role="search"
      aria-label="Search claims"
      className="mt-6 space-y-4"
    >
      <div className="flex flex-wrap items-start gap-3">
        <div className="min-w-0 flex-1 basis-72">
          <Field
            label="Search claims"
            name="q"
            id="search-q"
            type="search"
            defaultValue={form.q}
            errors={fieldErrors.q}
            hint="Words in quotes, notes, cues, conclusions, speakers or source titles. Use “quotes” for a phrase and -word to leave a word out."
            // One more than allowed, so an overlong search is refused with a message, not cut.
            maxLength={SEARCH_MAX_LENGTH * 2}
            autoComplete="off"
          />
        </div>
        <button
          type="submit"
          className="mt-6 min-h-[2.625rem] rounded-md bg-accent px-4 py-2 text-sm font-medium text-paper hover:opacity-90"
        >
          Search
        </button>
      </div>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {select(
          "kind",
          "Kind",
          ANNOTATION_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind].one })),
        )}
        {select(
          "speaker",
          "Speaker",
          choices.speakers.map((s) => ({ value: s.id, label: s.name })),
        )}
        {select(
          "status",
          "Status",
          Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label })),
        )}
        {select(
          "article",
          "Article",
          choices.articles.map((a) => ({ value: a.id, label: a.title || "Untitled draft" })),
        )}
      </div>
    </form>
  );
}
