import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

// The verdicts these tests add are their own; the default scale's verdicts other specs rate
// with are only ever looked at, never changed.

const verdictList = (page: Page) => page.getByRole("list", { name: "Verdicts", exact: true });
const retiredList = (page: Page) => page.getByRole("list", { name: "Retired verdicts" });
const addForm = (page: Page) => page.getByRole("region", { name: "Add a verdict" });
/** The scale's status line, which says what the last change to a verdict did. */
const scaleStatus = (page: Page) =>
  page.getByRole("region", { name: "Verdict scale" }).getByRole("status").first();

async function labelsInOrder(page: Page): Promise<string[]> {
  const items = await verdictList(page).getByRole("listitem").allInnerTexts();
  return items.map((text) => text.split("\n")[0]!.trim());
}

/** The verdicts just before and just after `label` in the scale. */
async function around(page: Page, label: string): Promise<(string | undefined)[]> {
  const labels = await labelsInOrder(page);
  const index = labels.indexOf(label);
  return [labels[index - 1], labels[index + 1]];
}

async function openSettings(page: Page) {
  await page.goto("/studio");
  await page
    .getByRole("navigation", { name: "Studio" })
    .getByRole("link", { name: "Settings" })
    .click();
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
}

test("an admin adds a verdict, edits its definition, moves it and retires it", async ({ page }) => {
  await signIn(page, "admin");
  await openSettings(page);
  await expect(verdictList(page).getByRole("listitem").filter({ hasText: /^True/ })).toContainText(
    "Best end",
  );

  const add = addForm(page);
  await add.getByLabel("Label").fill("Satire");
  await add.getByLabel("Definition").fill("Not meant as a factual claim.");
  await add.getByRole("button", { name: "Add verdict" }).click();
  await expect(add.getByRole("status")).toHaveText("Verdict added at the end of the scale.");
  await expect(add.getByLabel("Label")).toHaveValue("");
  expect((await labelsInOrder(page)).at(-1)).toBe("Satire");
  const satire = verdictList(page).getByRole("listitem").filter({ hasText: "Satire" });
  await expect(satire).toContainText("No rating · Not used");

  // Edit in place: the form opens on the label, saves, and gives focus back to its button.
  const edit = page.getByRole("button", { name: "Edit “Satire”" });
  await edit.click();
  await expect(edit).toHaveAttribute("aria-expanded", "true");
  const form = page.getByRole("form", { name: "Edit “Satire”" });
  await expect(form.getByLabel("Label")).toBeFocused();
  await form.getByLabel("Definition").fill("Written as a joke, not as a statement of fact.");
  await form.getByRole("button", { name: "Save verdict" }).click();
  await expect(scaleStatus(page)).toHaveText("“Satire” saved.");
  await expect(form).toHaveCount(0);
  await expect(edit).toBeFocused();
  await expect(satire).toContainText("Written as a joke, not as a statement of fact.");

  // Moving by keyboard: focus stays on the button, so it can be pressed again. Other specs may
  // have added verdicts too, so the places are checked against Satire's neighbours.
  const [before, last] = (await labelsInOrder(page)).slice(-3, -1);
  const up = page.getByRole("button", { name: "Move “Satire” up" });
  await up.focus();
  await page.keyboard.press("Enter");
  await expect(scaleStatus(page)).toHaveText("“Satire” moved up.");
  await expect.poll(() => around(page, "Satire")).toEqual([before, last]);
  await expect(up).toBeFocused();
  await page.keyboard.press("Enter");
  await expect.poll(async () => (await around(page, "Satire"))[1]).toBe(before);
  await page.getByRole("button", { name: "Move “Satire” down" }).click();
  await expect.poll(() => around(page, "Satire")).toEqual([before, last]);

  await page.getByRole("button", { name: "Retire “Satire”" }).click();
  await expect(scaleStatus(page)).toHaveText(
    "“Satire” retired: it is listed under Retired verdicts.",
  );
  await expect(retiredList(page)).toContainText("Satire");
  expect(await labelsInOrder(page)).not.toContain("Satire");
  await expect(page.getByRole("button", { name: "Restore “Satire”" })).toBeFocused();

  // Nothing uses it, so it can be deleted, after saying so once.
  await page.getByRole("button", { name: "Delete “Satire”", exact: true }).click();
  await page.getByRole("button", { name: "Yes, delete “Satire”" }).click();
  await expect(scaleStatus(page)).toHaveText("“Satire” deleted.");
  await expect(page.getByRole("listitem").filter({ hasText: "Satire" })).toHaveCount(0);
});

test("the scale's rules are explained next to the fields, and nothing typed is lost", async ({
  page,
}) => {
  await signIn(page, "admin");
  await page.goto("/studio/settings");
  const add = addForm(page);
  await add.getByLabel("Label").fill("mostly TRUE");
  await add.getByLabel("Rating").fill("ten");
  await add.getByLabel("End of the scale").selectOption("Worst end");
  await add.getByRole("button", { name: "Add verdict" }).click();
  await expect(add.getByRole("alert")).toHaveText("Some fields need attention: see below.");
  await expect(add.getByLabel("Rating")).toHaveAccessibleDescription(
    /Enter a whole number from 0 to 100/,
  );
  await expect(add.getByLabel("Label")).toHaveValue("mostly TRUE");

  await add.getByLabel("Rating").fill("0");
  await add.getByRole("button", { name: "Add verdict" }).click();
  await expect(add.getByLabel("Label")).toHaveAccessibleDescription(
    "There is already a verdict labelled “Mostly true”. Choose another label.",
  );
  await expect(add.getByLabel("Rating")).toHaveValue("0");
  await expect(add.getByLabel("End of the scale")).toHaveValue("worst");

  // The demo rates a claim "Unproven": deleting it is refused with the count, and Retire offered.
  const unproven = verdictList(page)
    .getByRole("listitem")
    .filter({ hasText: /^Unproven/ });
  await unproven.getByRole("button", { name: "Delete “Unproven”", exact: true }).click();
  await expect(unproven.getByRole("alert")).toHaveText(
    /^“Unproven” cannot be deleted: \d+ annotations? uses? it\. Retire it instead/,
  );
  await expect(unproven.getByRole("button", { name: "Retire “Unproven” instead" })).toBeVisible();
  expect(await labelsInOrder(page)).toContain("Unproven");

  // An end of the scale stays until another verdict takes it.
  await page.getByRole("button", { name: "Retire “True”" }).click();
  await expect(
    verdictList(page).getByRole("listitem").filter({ hasText: "Best end" }).getByRole("alert"),
  ).toHaveText(
    "“True” marks the best end of the scale. Mark another verdict as the best end first, then retire this one.",
  );
  expect(await labelsInOrder(page)).toContain("True");
});

test("a verdict changed by another admin meanwhile is not overwritten unseen", async ({
  page,
  browser,
}) => {
  // Two admins signing in and saving: slow on a busy machine.
  test.setTimeout(90_000);
  await signIn(page, "admin");
  await page.goto("/studio/settings");
  const add = addForm(page);
  await add.getByLabel("Label").fill("Outdated");
  await add.getByRole("button", { name: "Add verdict" }).click();
  await expect(add.getByRole("status")).toHaveText("Verdict added at the end of the scale.");
  await page.getByRole("button", { name: "Edit “Outdated”" }).click();

  const other = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "10.77.0.1" } });
  const otherPage = await other.newPage();
  await signIn(otherPage, "admin");
  await otherPage.goto("/studio/settings");
  await otherPage.getByRole("button", { name: "Edit “Outdated”" }).click();
  const theirs = otherPage.getByRole("form", { name: "Edit “Outdated”" });
  await theirs.getByLabel("Definition").fill("Their definition.");
  await theirs.getByRole("button", { name: "Save verdict" }).click();
  await expect(otherPage.getByText("Their definition.")).toBeVisible();
  await other.close();

  const mine = page.getByRole("form", { name: "Edit “Outdated”" });
  await mine.getByLabel("Definition").fill("My definition.");
  await mine.getByRole("button", { name: "Save verdict" }).click();
  await expect(mine.getByRole("alert")).toContainText(
    "Another admin changed “Outdated” since you opened this page.",
  );
  // Theirs is shown on the row, mine is still in the form: saving again is a choice.
  const row = verdictList(page).getByRole("listitem").filter({ hasText: "Outdated" });
  await expect(row).toContainText("Their definition.");
  await expect(mine.getByLabel("Definition")).toHaveValue("My definition.");
  await mine.getByRole("button", { name: "Save verdict" }).click();
  await expect(scaleStatus(page)).toHaveText("“Outdated” saved.");
  await expect(row).toContainText("My definition.");
  await page.getByRole("button", { name: "Retire “Outdated”" }).click();
  await expect(retiredList(page)).toContainText("Outdated");
});

test("an admin sets the newsroom's identity for published data", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/studio/settings");
  const newsroom = page.getByRole("region", { name: "Newsroom" });
  await expect(newsroom).toContainText("ClaimReview");
  const fields = ["Newsroom name", "Newsroom URL", "Logo URL"].map((label) =>
    newsroom.getByLabel(label),
  );
  const demo = await Promise.all(fields.map((field) => field.inputValue()));
  const name = newsroom.getByLabel("Newsroom name");
  await name.fill("The Riverton Ledger");
  await newsroom.getByLabel("Newsroom URL").fill("javascript:alert(1)");
  await newsroom.getByRole("button", { name: "Save newsroom" }).click();
  await expect(newsroom.getByLabel("Newsroom URL")).toHaveAccessibleDescription(
    /Enter a web address starting with http:\/\/ or https:\/\//,
  );
  await expect(name).toHaveValue("The Riverton Ledger");

  await newsroom.getByLabel("Newsroom URL").fill("https://ledger.example/");
  await newsroom.getByLabel("Logo URL").fill("https://ledger.example/logo.png");
  await newsroom.getByRole("button", { name: "Save newsroom" }).click();
  await expect(newsroom.getByRole("status")).toHaveText("Newsroom saved.");
  await page.reload();
  await expect(newsroom.getByLabel("Newsroom name")).toHaveValue("The Riverton Ledger");
  await expect(newsroom.getByLabel("Newsroom URL")).toHaveValue("https://ledger.example/");
  await expect(newsroom.getByLabel("Logo URL")).toHaveValue("https://ledger.example/logo.png");

  // The demo's identity back, for the specs that follow.
  for (const [index, field] of fields.entries()) await field.fill(demo[index]!);
  await newsroom.getByRole("button", { name: "Save newsroom" }).click();
  await expect(newsroom.getByRole("status")).toHaveText("Newsroom saved.");
});

for (const role of ["editor", "reviewer"] as const) {
  test(`${role === "editor" ? "an" : "a"} ${role} has no settings link and is refused the page`, async ({
    page,
  }) => {
    await signIn(page, role);
    await expect(
      page.getByRole("navigation", { name: "Studio" }).getByRole("link", { name: "Settings" }),
    ).toHaveCount(0);
    const response = await page.goto("/studio/settings");
    expect(response?.status()).toBe(403);
    await expect(
      page.getByRole("heading", { name: "You do not have access to this page" }),
    ).toBeVisible();
    await expect(page.getByRole("list", { name: "Verdicts", exact: true })).toHaveCount(0);
  });
}

test("the settings page fits a phone's width, its editor included", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "admin");
  await page.goto("/studio/settings");
  await page.getByRole("button", { name: "Edit “Half true”" }).click();
  // A verdict nothing uses asks before it goes; "Keep it" leaves focus where it was.
  const unused = verdictList(page).getByRole("listitem").filter({ hasText: "Not used" }).first();
  const label = (await unused.innerText()).split("\n")[0]!.trim();
  await unused.getByRole("button", { name: `Delete “${label}”`, exact: true }).click();
  await expect(unused.getByRole("button", { name: `Yes, delete “${label}”` })).toBeFocused();
  await unused.getByRole("button", { name: "Keep it" }).click();
  await expect(
    unused.getByRole("button", { name: `Delete “${label}”`, exact: true }),
  ).toBeFocused();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
