import type { Page } from "@playwright/test";
import { chosenOption, createArticle } from "./editor-helpers";
import { expect, signIn, test } from "./fixtures";
import { E2E_USERS } from "./users";

const assignment = (page: Page) => page.getByRole("form", { name: "Assignment" });

/** The dashboard filtered by assignee, as its form submits it. */
async function filterByAssignee(page: Page, option: string) {
  await page.goto("/studio");
  await page.getByLabel("Assignee").selectOption({ label: option });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/[?&]assignee=/);
}

test("an editor assigns a reviewer, who finds it under “Assigned to me” and gives it back", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const title = `Assigned piece ${Date.now()}`;
  const other = `Unassigned piece ${Date.now()}`;
  await signIn(page, "editor");
  await createArticle(page, other, "Nobody has taken this one yet.");
  await createArticle(page, title, "The council said the road would reopen in May.");
  const articleUrl = page.url();

  const reviewerName = E2E_USERS.reviewer.name;
  await assignment(page)
    .getByLabel("Assigned to")
    .selectOption({ label: `${reviewerName} (Reviewer)` });
  await assignment(page).getByRole("button", { name: "Assign" }).click();
  await expect(assignment(page).getByRole("status")).toHaveText(`Assigned to ${reviewerName}.`);
  await page.reload();
  expect(await chosenOption(page.getByLabel("Assigned to"))).toBe(`${reviewerName} (Reviewer)`);

  // The change is in the article's history, by name.
  await page.goto(`${articleUrl}/history`);
  await expect(page.getByText("Article assignment changed").first()).toBeVisible();
  await expect(page.getByText(reviewerName).first()).toBeVisible();

  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  await signIn(reviewer, "reviewer");
  await filterByAssignee(reviewer, "Assigned to me");
  const table = reviewer.getByRole("table");
  await expect(table.getByRole("link", { name: title, exact: true })).toBeVisible();
  await expect(table.getByRole("link", { name: other, exact: true })).toHaveCount(0);
  await expect(table.getByRole("row").filter({ hasText: title })).toContainText(reviewerName);

  // A reviewer gives back their own article; they cannot hand it to anyone else.
  await reviewer.goto(articleUrl);
  const own = reviewer.getByRole("region", { name: "Assignment" });
  await expect(own).toContainText(`Assigned to: ${reviewerName}`);
  await own.getByRole("button", { name: "Give back" }).click();
  await expect(own.getByRole("status")).toHaveText("Unassigned.");
  await expect(own.getByRole("button", { name: "Assign to me" })).toBeVisible();

  await filterByAssignee(reviewer, "Assigned to me");
  await expect(reviewer.getByRole("link", { name: title, exact: true })).toHaveCount(0);
  await filterByAssignee(reviewer, "Unassigned");
  await expect(reviewer.getByRole("link", { name: title, exact: true })).toBeVisible();
  await reviewerContext.close();
});
