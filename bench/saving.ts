// Autosave figures: the save server action called over HTTP as a signed-in editor, exactly as
// the editor calls it, with the 1,000-annotation document one character different each time.
import type { APIRequestContext } from "@playwright/test";
import { callServerAction, formData, listServerActions } from "../e2e/server-actions";
import { changedAnnotations, type DocJson, insertLetter, substituteLetter } from "./doc";
import type { SeededArticle, TransactionWrites } from "./seed";
import { summarize, type Summary } from "./stats";

const SAVE = "app/(studio)/studio/articles/[id]/actions.ts#saveDocumentAction";
const SIGN_IN = "app/(auth)/sign-in/actions.ts#signInWithPassword";

interface PostOptions {
  headers: Record<string, string>;
  data?: string;
  multipart?: FormData;
}

/**
 * Enough of Playwright's APIRequestContext for e2e/server-actions.ts, over Node's fetch, so
 * the helper encodes the arguments as React does while only the HTTP exchange is timed.
 */
class TimedRequest {
  cookie = "";
  lastMs = 0;
  constructor(private readonly baseURL: string) {}

  async post(path: string, options: PostOptions) {
    const headers = { ...options.headers, ...(this.cookie ? { cookie: this.cookie } : {}) };
    const started = performance.now();
    const response = await fetch(this.baseURL + path, {
      method: "POST",
      headers,
      body: options.multipart ?? options.data,
      redirect: "manual",
    });
    const text = await response.text();
    this.lastMs = performance.now() - started;
    const cookies = response.headers.getSetCookie().map((c) => c.split(";")[0]!);
    if (cookies.length) this.cookie = [this.cookie, ...cookies].filter(Boolean).join("; ");
    return {
      status: () => response.status,
      text: async () => text,
      headers: () => Object.fromEntries(response.headers),
    };
  }

  asContext(): APIRequestContext {
    return this as unknown as APIRequestContext;
  }
}

export interface SaveRun {
  label: string;
  timing: Summary;
  /** Annotation rows each save had to write (anchor new, changed or gone), in order. */
  expectedRows: number[];
  /** Rows each save did write, as the database saw them (filled in afterwards). */
  writtenRows?: number[];
  onlyChangedRowsWritten?: boolean;
}

export interface SaveFigures {
  runs: SaveRun[];
  /** When the saves ran, to pick their transactions out of the write log. */
  since: Date;
  until: Date;
}

type SaveResult = { ok: boolean; error?: string; data?: { version: number } };

async function signIn(
  request: TimedRequest,
  baseURL: string,
  credentials: { email: string; password: string },
) {
  const action = listServerActions().find((a) => a.key === SIGN_IN)!;
  await callServerAction(request.asContext(), baseURL, action, [
    null,
    formData({ email: credentials.email, password: credentials.password, callbackUrl: "/studio" }),
  ]);
  if (!/authjs\.session-token=/.test(request.cookie)) {
    throw new Error("Signing in the benchmark editor did not set a session cookie");
  }
}

/**
 * `substitutions` saves each changing one letter somewhere else in the article (the offsets
 * of other annotations stay put), then `insertions` saves each typing one more letter in the
 * middle (every annotation after it moves by one character, so about half the rows change).
 */
export async function saveFigures(
  baseURL: string,
  article: SeededArticle,
  credentials: { email: string; password: string },
  counts = { substitutions: 20, insertions: 10 },
): Promise<SaveFigures> {
  const request = new TimedRequest(baseURL);
  await signIn(request, baseURL, credentials);
  const action = listServerActions().find((a) => a.key === SAVE)!;

  const plans = [
    {
      label: "one letter replaced",
      edit: (doc: DocJson, i: number) => substituteLetter(doc, i, counts.substitutions),
      count: counts.substitutions,
    },
    { label: "one letter typed", edit: insertLetter, count: counts.insertions },
  ];
  let doc = article.doc;
  let version = article.version;
  const since = new Date();
  const runs: SaveRun[] = [];
  for (const plan of plans) {
    const samples: number[] = [];
    const expectedRows: number[] = [];
    for (let i = 0; i < plan.count; i++) {
      const next = plan.edit(doc, i);
      expectedRows.push(changedAnnotations(doc, next));
      const { result } = await callServerAction(request.asContext(), baseURL, action, [
        { articleId: article.id, baseVersion: version, title: article.title, doc: next },
      ]);
      const saved = result as SaveResult | undefined;
      if (!saved?.ok || !saved.data) {
        throw new Error(`Save ${i + 1} (${plan.label}) failed: ${saved?.error ?? "no result"}`);
      }
      samples.push(request.lastMs);
      version = saved.data.version;
      doc = next;
    }
    runs.push({ label: plan.label, timing: summarize(samples), expectedRows });
  }
  return { runs, since, until: new Date() };
}

/** Matches the logged write transactions to the saves: the saves are the last ones logged. */
export function attachWrites(figures: SaveFigures, writes: TransactionWrites[]): void {
  const total = figures.runs.reduce((sum, run) => sum + run.expectedRows.length, 0);
  let next = Math.max(0, writes.length - total);
  for (const run of figures.runs) {
    const mine = writes.slice(next, next + run.expectedRows.length);
    next += run.expectedRows.length;
    run.writtenRows = mine.map((w) => w.annotationRows);
    run.onlyChangedRowsWritten =
      mine.length === run.expectedRows.length &&
      mine.every((w, i) => w.annotationRows === run.expectedRows[i]);
  }
}
