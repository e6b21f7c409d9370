// The reader pages' only script (built by scripts/build-reader-assets.ts): details on demand
// and the legend's filter. Everything here is an enhancement: without it, each span links to
// its numbered note and the legend is a form the server answers. It writes no HTML, only
// copies of the page's own nodes (the page's CSP allows no HTML sinks).

const SPAN = ".reader-text a[data-kind]";
const POPOVER_WIDTH = 384;
const MARGIN = 8;

interface Open {
  dialog: HTMLElement;
  trigger: HTMLElement;
}

let current: Open | null = null;

function close(returnFocus: boolean) {
  if (!current) return;
  const { dialog, trigger } = current;
  current = null;
  dialog.remove();
  if (returnFocus) trigger.focus();
}

/** The note's content without its ids (they must stay unique) and its "Back to the text". */
function noteCopy(trigger: HTMLElement): Node[] {
  const note = document.getElementById(`n${trigger.id}`)?.closest("li");
  if (!note) return [];
  const copy = note.cloneNode(true) as HTMLElement;
  copy.lastElementChild?.remove(); // "Back to the text"
  for (const element of [copy, ...copy.querySelectorAll("[id]")]) element.removeAttribute("id");
  const body = document.createElement("div");
  body.className = "annotation-details";
  body.dataset.kind = note.dataset.kind;
  body.append(...copy.childNodes);
  // Who the speaker is, written once in "Who said what" rather than in every note.
  const speaker = body.querySelector("p:first-child a")?.getAttribute("href");
  const who = speaker && document.querySelector(`.who-said-what a[href="${CSS.escape(speaker)}"]`);
  const description =
    who && who.nextElementSibling?.matches(".who-description") ? who.nextElementSibling : null;
  if (description) {
    const line = document.createElement("p");
    line.className = "text-muted";
    line.textContent = description.textContent!.replace(/^, /, "");
    body.firstElementChild!.after(line);
  }
  return [body];
}

function show(trigger: HTMLElement) {
  close(false);
  const dialog = document.createElement("div");
  dialog.setAttribute("role", "dialog");
  dialog.setAttribute("aria-label", "Annotation details");
  dialog.tabIndex = -1;
  dialog.className =
    "details-popover absolute z-30 w-[min(24rem,calc(100vw-1rem))] rounded-lg border border-rule bg-paper p-4 shadow-xl";
  const button = document.createElement("button");
  button.type = "button";
  button.className = "mt-3 rounded-md border border-rule px-3 py-1 font-sans text-sm";
  button.textContent = "Close";
  button.addEventListener("click", () => close(true));
  dialog.append(...noteCopy(trigger), button);

  const rect = trigger.getBoundingClientRect();
  const widest = window.innerWidth - MARGIN - POPOVER_WIDTH;
  dialog.style.top = `${rect.bottom + window.scrollY + MARGIN}px`;
  dialog.style.left = `${Math.max(MARGIN, Math.min(rect.left + window.scrollX, widest))}px`;
  document.body.append(dialog);
  current = { dialog, trigger };
  dialog.focus();
}

function spanOf(event: Event): HTMLElement | null {
  return event.target instanceof Element ? event.target.closest<HTMLElement>(SPAN) : null;
}

document.addEventListener("click", (event) => {
  const span = spanOf(event);
  if (!span) return;
  // The span stays a link to its note for readers without this script.
  event.preventDefault();
  show(span);
});

document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && current) close(true);
  else if (event.key === " " && spanOf(event)) {
    event.preventDefault();
    show(spanOf(event)!);
  }
});

document.addEventListener("pointerdown", (event) => {
  if (!current || !(event.target instanceof Node)) return;
  if (!current.dialog.contains(event.target) && !current.trigger.contains(event.target))
    close(false);
});

// The legend: a change applies at once and goes into the address, in the same shape the form
// would submit (`?filter=1&show=…` for kinds, `verdict_filter=1&verdict=…` for verdicts), each
// part only when something in it is unticked, so a reload or a shared link shows the same
// choice. The tokens written to `data-hide` are the ones the server writes
// (lib/render/reader-filter.ts): a box's `data-hides`, or else its value.
const FILTER_GROUPS = [
  { name: "show", marker: "filter" },
  { name: "verdict", marker: "verdict_filter" },
];

document.addEventListener("change", (event) => {
  const box = event.target;
  if (!(box instanceof HTMLInputElement) || !box.form?.classList.contains("reader-filter")) return;
  const boxes = [...box.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const hidden = boxes.filter((b) => !b.checked).map((b) => b.dataset.hides ?? b.value);
  document.getElementById("article")?.setAttribute("data-hide", hidden.join(" "));
  const query = new URLSearchParams();
  for (const { name, marker } of FILTER_GROUPS) {
    const group = boxes.filter((b) => b.name === name);
    if (group.every((b) => b.checked)) continue;
    query.append(marker, "1");
    for (const b of group) if (b.checked) query.append(name, b.value);
  }
  const search = query.toString();
  history.replaceState(null, "", `${location.pathname}${search ? `?${search}` : ""}`);
});

// An annotation's permanent address (/a/<slug>#annotation-<id>, used by speaker pages and
// exports) is its note, which is where readers without this script land; with it, the reader
// sees the passage itself with its details open.
function openLinkedAnnotation() {
  if (!location.hash.startsWith("#annotation-")) return;
  const note = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  const span = note && document.getElementById(note.firstElementChild?.id.slice(1) ?? "");
  if (!span?.matches(SPAN)) return;
  span.scrollIntoView({ block: "center" });
  show(span);
}
openLinkedAnnotation();
