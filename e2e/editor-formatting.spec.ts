import AxeBuilder from "@axe-core/playwright";
import { expect, signIn, test } from "./fixtures";
import { articleText, clickOnText, createArticle, expectSaved, selectText } from "./editor-helpers";

const STORY = [
  "Bridge works begin",
  "Fire chief Dana Okafor said the blaze started in a storage unit on the east side.",
  "Crews will close two lanes until June, according to council records.",
].join("\n\n");

test("the formatting toolbar makes a heading, bold, italic, a list and links, refuses javascript:, and it all survives a reload", async ({
  page,
}) => {
  await signIn(page, "reviewer");
  await createArticle(page, "Formatting", STORY);
  const toolbar = page.getByRole("toolbar", { name: "Formatting" });
  const tool = (name: string, pressed?: boolean) =>
    toolbar.getByRole("button", { name, exact: true, pressed });
  const text = articleText(page);

  // A heading from the caret in the first paragraph, and the button says it is on.
  await clickOnText(page, "Bridge works");
  await expect(tool("Heading", false)).toBeVisible();
  await tool("Heading").click();
  await expect(text.getByRole("heading", { level: 2, name: "Bridge works begin" })).toBeVisible();
  await expect(tool("Heading", true)).toBeVisible();
  await expect(tool("Subheading", false)).toBeVisible();

  await selectText(page, "the blaze started");
  await tool("Bold").click();
  await expect(text.getByRole("strong")).toHaveText("the blaze started");
  await expect(tool("Bold", true)).toBeVisible();

  // By keyboard: back from the text into the toolbar (one Tab stop), arrows to "Italic".
  await selectText(page, "Fire chief");
  await page.keyboard.press("Shift+Tab");
  await expect(tool("Heading")).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(tool("Italic")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(text.getByRole("emphasis")).toHaveText("Fire chief");
  await expect(tool("Italic", true)).toBeVisible();
  // Collapse the selection, so the "Annotate" menu above it goes away.
  await page.keyboard.press("ArrowRight");

  await clickOnText(page, "Crews will close");
  await tool("Bulleted list").click();
  await expect(text.getByRole("listitem")).toHaveText(
    "Crews will close two lanes until June, according to council records.",
  );
  await expect(tool("Bulleted list", true)).toBeVisible();
  await expect(tool("Numbered list", false)).toBeVisible();
  // Inside a list Shift+Tab outdents, so Alt+F10 is the way to the toolbar; Escape goes back.
  await page.keyboard.press("Alt+F10");
  await expect(tool("Italic")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(text).toBeFocused();
  await expect(text.getByRole("listitem")).toHaveCount(1);

  // Links: only http(s), with a message at the field that says so; what was typed stays.
  await selectText(page, "council records");
  await tool("Link").click();
  const address = page.getByLabel("Link address");
  await address.fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Apply link" }).click();
  await expect(address).toHaveAccessibleDescription("Links must start with http:// or https://");
  await expect(address).toHaveValue("javascript:alert(1)");
  await expect(text.getByRole("link")).toHaveCount(0);
  // The toolbar, its pressed states and the refused address pass an accessibility check.
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await address.fill("https://council.example/records");
  await address.press("Enter");
  await expect(address).toHaveCount(0);
  await expect(text.getByRole("link", { name: "council records" })).toHaveAttribute(
    "href",
    "https://council.example/records",
  );
  await expect(tool("Link", true)).toBeVisible();

  // A second link, then taken off again from the caret inside it.
  await selectText(page, "storage unit");
  await tool("Link").click();
  await address.fill("https://example.org/unit");
  await address.press("Enter");
  await expect(text.getByRole("link", { name: "storage unit" })).toBeVisible();
  await clickOnText(page, "storage");
  await tool("Link").click();
  await expect(address).toHaveValue("https://example.org/unit");
  await page.getByRole("button", { name: "Remove link" }).click();
  await expect(text.getByRole("link", { name: "storage unit" })).toHaveCount(0);

  await expectSaved(page);
  await page.reload();
  await expect(text.getByRole("heading", { level: 2, name: "Bridge works begin" })).toBeVisible();
  await expect(text.getByRole("strong")).toHaveText("the blaze started");
  await expect(text.getByRole("emphasis")).toHaveText("Fire chief");
  await expect(text.getByRole("list").getByRole("listitem")).toContainText("Crews will close");
  await expect(text.getByRole("link")).toHaveCount(1);
  await expect(text.getByRole("link", { name: "council records" })).toHaveAttribute(
    "href",
    "https://council.example/records",
  );
});
