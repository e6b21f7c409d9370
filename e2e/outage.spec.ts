import { articleText, expectSaved } from "./editor-helpers";
import { expect, signIn, test } from "./fixtures";
import { freePort, newDataDir, startNextServer } from "./next-server";

test("the server goes away during an edit: the text is kept, leaving warns, and it is saved after a restart", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  // A server of its own, on its own embedded database, so stopping it leaves the suite's alone.
  const data = await newDataDir();
  const port = await freePort();
  let server = await startNextServer(data.dir, port);
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  try {
    await signIn(page, "reviewer");
    await page.goto("/studio");
    await page.getByRole("button", { name: "New article" }).click();
    await expect(page).toHaveURL(/\/studio\/articles\/[0-9a-f-]{36}$/);
    const articleUrl = page.url();
    await page.getByRole("textbox", { name: "Title" }).fill("Outage");
    await articleText(page).click();
    await page.keyboard.type("Saved before the outage.");
    await expectSaved(page);

    await server.stop();
    await page.keyboard.type(" Typed during the outage.");
    await expect(page.getByRole("status")).toContainText(
      "Not saved: the server can't be reached. Retrying in",
    );

    // Leaving now warns; the person leaves anyway, onto a server that is still down.
    const leaving = page.waitForEvent("dialog");
    const reload = page.reload().then(
      () => "reloaded",
      (error: Error) => error.message,
    );
    const dialog = await leaving;
    expect(dialog.type()).toBe("beforeunload");
    await dialog.accept();
    expect(await reload).toContain("ERR_CONNECTION_REFUSED");

    server = await startNextServer(data.dir, port);
    await page.goto(articleUrl);
    await expect(articleText(page)).toHaveText("Saved before the outage.");
    await page.getByRole("button", { name: "Restore unsaved changes" }).click();
    await expect(articleText(page)).toHaveText("Saved before the outage. Typed during the outage.");
    await expectSaved(page);
    await page.reload();
    await expect(articleText(page)).toHaveText("Saved before the outage. Typed during the outage.");
  } finally {
    await context.close();
    await server.stop();
    data.remove();
  }
});
