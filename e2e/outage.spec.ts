import { articleText, createArticle, expectSaved, reloadPastLeaveWarning } from "./editor-helpers";
import { expect, signIn, test } from "./fixtures";
import { withOwnServer } from "./next-server";

test("the server goes away during an edit: the text is kept, leaving warns, and it is saved after a restart", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  // A server of its own, on its own embedded database, so stopping it leaves the suite's alone.
  await withOwnServer(browser, async ({ page, server, restart }) => {
    await signIn(page, "reviewer");
    await createArticle(page, "Outage", "Saved before the outage.");
    const articleUrl = page.url();

    await server().stop();
    await articleText(page).press("Control+End");
    await page.keyboard.type(" Typed during the outage.");
    await expect(page.getByRole("status")).toContainText(
      "Not saved: the server can't be reached. Retrying in",
    );

    // Leaving now warns; the person leaves anyway, onto a server that is still down.
    expect(await reloadPastLeaveWarning(page)).toContain("ERR_CONNECTION_REFUSED");

    await restart();
    await page.goto(articleUrl);
    await expect(articleText(page)).toHaveText("Saved before the outage.");
    await page.getByRole("button", { name: "Restore unsaved changes" }).click();
    await expect(articleText(page)).toHaveText("Saved before the outage. Typed during the outage.");
    await expectSaved(page);
    await page.reload();
    await expect(articleText(page)).toHaveText("Saved before the outage. Typed during the outage.");
  });
});
