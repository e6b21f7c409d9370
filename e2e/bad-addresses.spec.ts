import { expect, signIn, test } from "./fixtures";

// Addresses whose percent-encoding is not UTF-8, or that carry NUL, must never reach a page as
// a server error: a missing page is "not found", a search box ignores what it cannot search for.
const NOT_FOUND = ["/a/%FF", "/a/%ED%A0%80", "/a/%00", "/speakers/%FF", "/api/exports/%FF"];

test("addresses that do not decode, or carry NUL, answer 404 instead of a server error", async ({
  request,
}) => {
  for (const address of NOT_FOUND) {
    const response = await request.get(address, { maxRedirects: 0 });
    expect([400, 404], `${address} answered ${response.status()}`).toContain(response.status());
  }
});

test("a NUL in a search box or an odd return address is ignored, not a server error", async ({
  page,
  request,
}) => {
  const speakers = await request.get("/speakers?q=%00");
  expect(speakers.status()).toBe(200);

  const signInPage = await request.get("/sign-in?callbackUrl=/%E3%80%82evil", { maxRedirects: 0 });
  expect(signInPage.status()).toBe(200);

  await signIn(page, "editor");
  // Signed in, the sign-in page sends the visitor on to the return address: a redirect on
  // this site, never a server error for its non-ASCII characters.
  const onward = await page.request.get("/sign-in?callbackUrl=/%E3%80%82evil", {
    maxRedirects: 0,
  });
  expect([303, 307, 308]).toContain(onward.status());
  expect(new URL(onward.headers().location!, "http://site.invalid").host).toBe("site.invalid");
  const studio = await page.request.get("/studio?q=%00", { maxRedirects: 0 });
  expect(studio.status()).toBe(200);
  await page.goto("/studio?q=%00");
  await expect(page.getByRole("searchbox", { name: "Search titles" })).toHaveValue("");
});
