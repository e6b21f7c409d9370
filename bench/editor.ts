// Editor figures in Chromium: time to interactive, typing latency and time to tag a span.
import type { Browser, Page } from "@playwright/test";
import type { BenchFixtures } from "./fixtures";
import { summarize, type Summary } from "./stats";

export interface OpenTimes {
  /** From navigation start until "Article text" is editable and takes focus. */
  editable: number;
  /** From navigation start until the "Annotations" list shows (its items, when there are any). */
  listed: number;
}

export interface TypingFigures {
  /** keydown → next animation frame + setTimeout(0) after the input was applied. */
  frame: Summary;
  /** Keystrokes the browser's own Event Timing API reported at 16 ms or more (to next paint). */
  slowEvents: number;
  keystrokes: number;
}

export interface EditorRun {
  open: OpenTimes;
  typing: TypingFigures;
}

const TYPED = "and the council said it would publish the full list ";
const POSITIONS = [0.1, 0.35, 0.6, 0.85];

export async function signIn(
  page: Page,
  baseURL: string,
  who: { email: string; password: string },
) {
  await page.goto(`${baseURL}/sign-in`);
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

async function openEditor(page: Page, url: string, withAnnotations: boolean): Promise<OpenTimes> {
  await page.goto(url, { waitUntil: "commit" });
  // Polled every animation frame, in the page, on the page's own clock (0 = navigation start).
  const handle = await page.waitForFunction(
    (expectItems) => {
      const w = window as unknown as { __open?: { editable?: number; listed?: number } };
      const times = (w.__open ??= {});
      const now = performance.now();
      const box = document.querySelector<HTMLElement>(
        '[role="textbox"][aria-label="Article text"]',
      );
      if (times.editable === undefined && box?.isContentEditable) {
        box.focus();
        if (document.activeElement === box) times.editable = now;
      }
      const list = expectItems
        ? document.querySelector('[aria-label="Annotations in document order"] li')
        : [...document.querySelectorAll("h2")].find((h) => h.textContent === "Annotations");
      if (times.listed === undefined && list) times.listed = now;
      return times.editable !== undefined && times.listed !== undefined ? times : null;
    },
    withAnnotations,
    { polling: "raf", timeout: 60_000 },
  );
  return (await handle.jsonValue()) as OpenTimes;
}

async function installProbe(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as {
      __typing: { frame: number[]; slow: number };
    };
    w.__typing = { frame: [], slow: 0 };
    // Every handler of a keystroke (keydown, keypress, input) runs in the task of its keydown,
    // whether the browser or the editor inserts the text: the next frame after it, once
    // painted, is when the person sees the character.
    document.addEventListener(
      "keydown",
      (event) => {
        const t0 = event.timeStamp;
        requestAnimationFrame(() =>
          setTimeout(() => w.__typing.frame.push(performance.now() - t0), 0),
        );
      },
      true,
    );
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === "keydown") w.__typing.slow++;
    }).observe({ type: "event", durationThreshold: 16 } as PerformanceObserverInit);
  });
}

async function resetProbe(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as {
      __typing: { frame: number[]; slow: number };
    };
    w.__typing.frame = [];
    w.__typing.slow = 0;
  });
}

/** Puts the caret after the word nearest the middle of top-level block `index`, in view. */
async function placeCaret(page: Page, index: number) {
  await page.getByRole("textbox", { name: "Article text" }).evaluate((root, blockIndex) => {
    const block = root.children[blockIndex] as HTMLElement;
    block.scrollIntoView({ block: "center" });
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    const text = nodes.map((n) => n.data).join("");
    let at = text.indexOf(" ", Math.floor(text.length / 2)) + 1;
    for (const node of nodes) {
      if (at <= node.data.length) {
        (root as HTMLElement).focus();
        const range = document.createRange();
        range.setStart(node, at);
        range.collapse(true);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
        return;
      }
      at -= node.data.length;
    }
  }, index);
  await page.waitForTimeout(300);
}

async function waitSaved(page: Page) {
  await page
    .getByRole("status")
    .filter({ hasText: /^Saved/ })
    .waitFor({ timeout: 30_000 });
}

async function measureTyping(page: Page, fx: BenchFixtures, keysPerPlace: number) {
  const paragraphs = fx.blocks.flatMap((b, i) => (b.type === "paragraph" ? [i] : []));
  await installProbe(page);
  // Warm-up keystrokes, not counted.
  await placeCaret(page, paragraphs[1]!);
  await page.keyboard.type("warm up ", { delay: 60 });
  await waitSaved(page);
  await resetProbe(page);
  for (const fraction of POSITIONS) {
    await placeCaret(page, paragraphs[Math.floor(paragraphs.length * fraction)]!);
    await page.keyboard.type(TYPED.repeat(2).slice(0, keysPerPlace), { delay: 60 });
    await waitSaved(page);
  }
  const probe = await page.evaluate(
    () => (window as unknown as { __typing: { frame: number[]; slow: number } }).__typing,
  );
  return {
    frame: summarize(probe.frame),
    slowEvents: probe.slow,
    keystrokes: probe.frame.length,
  };
}

/** Select words in the paragraph without annotations, press Ctrl+Alt+1, wait for the panel. */
async function measureTagging(page: Page, fx: BenchFixtures, samples: number): Promise<Summary> {
  const region = page.getByRole("region", { name: "Annotation", exact: true });
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    await page.getByRole("textbox", { name: "Article text" }).evaluate(
      (root, [blockIndex, word]) => {
        const block = root.children[blockIndex] as HTMLElement;
        block.scrollIntoView({ block: "center" });
        const node = document.createTreeWalker(block, NodeFilter.SHOW_TEXT).nextNode() as Text;
        const words = node.data.split(" ");
        const start = words.slice(0, word).join(" ").length + (word > 0 ? 1 : 0);
        const end = start + words.slice(word, word + 4).join(" ").length;
        (root as HTMLElement).focus();
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, end);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
      },
      [fx.quietBlock, i * 6] as const,
    );
    await page.waitForTimeout(300);
    if (await region.isVisible()) throw new Error("The Annotation panel was open before tagging");
    const started = performance.now();
    await page.keyboard.press("Control+Alt+1");
    await region.waitFor({ state: "visible", timeout: 30_000 });
    times.push(performance.now() - started);
    await region.getByRole("button", { name: "Remove annotation" }).click();
    await region.waitFor({ state: "hidden" });
  }
  return summarize(times);
}

/** Opens the article, asks for suggestions, and types while they are shown as highlights. */
async function typeWithSuggestions(
  page: Page,
  url: string,
  fx: BenchFixtures,
  keysPerPlace: number,
): Promise<EditorFigures["suggested"]> {
  await openEditor(page, url, false);
  await page.getByRole("button", { name: "Suggest annotations" }).first().click();
  const shown = page.getByText(/^\d+ suggestions? to review\.$/);
  await shown.waitFor({ timeout: 60_000 });
  const suggestions = Number.parseInt((await shown.textContent()) ?? "0", 10);
  return { suggestions, typing: await measureTyping(page, fx, keysPerPlace) };
}

export interface EditorFigures {
  big: EditorRun;
  plain: EditorRun;
  /** Typing in the article without annotations while its attribution suggestions are shown. */
  suggested: { suggestions: number; typing: TypingFigures };
  /** Selecting text and pressing Ctrl+Alt+1 until the "Annotation" panel shows (big article). */
  tag: Summary;
}

export async function editorFigures(
  browser: Browser,
  baseURL: string,
  articles: { big: string; plain: string },
  fx: BenchFixtures,
  who: { email: string; password: string },
  keysPerPlace = 50,
): Promise<EditorFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // tsx compiles with esbuild's keepNames, which wraps functions in a `__name` helper that
  // the functions sent to the page would otherwise miss.
  await context.addInitScript({ content: "globalThis.__name = (fn) => fn;" });
  try {
    const page = await context.newPage();
    await signIn(page, baseURL, who);
    const run = async (id: string, withAnnotations: boolean): Promise<EditorRun> => {
      const open = await openEditor(page, `${baseURL}/studio/articles/${id}`, withAnnotations);
      const typing = await measureTyping(page, fx, keysPerPlace);
      return { open, typing };
    };
    // The article without annotations goes first, so it does not profit from a warmer browser.
    const plain = await run(articles.plain, false);
    const suggested = await typeWithSuggestions(
      page,
      `${baseURL}/studio/articles/${articles.plain}`,
      fx,
      keysPerPlace,
    );
    const big = await run(articles.big, true);
    const tag = await measureTagging(page, fx, 5);
    await waitSaved(page);
    return { big, plain, suggested, tag };
  } finally {
    await context.close();
  }
}
