import http from "node:http";
import type { AddressInfo } from "node:net";

/** A news page as an outlet might publish it: chrome around one article, with its metadata. */
export function newsPage(story: {
  title: string;
  outlet: string;
  author: string;
  date: string;
  paragraphs: string[];
}): string {
  const escape = (text: string) =>
    text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>${escape(story.title)} | ${escape(story.outlet)}</title>
<meta property="og:site_name" content="${escape(story.outlet)}">
<meta property="og:title" content="${escape(story.title)}">
<meta name="author" content="${escape(story.author)}">
<meta property="article:published_time" content="${story.date}T08:30:00Z">
</head><body>
<header><nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>${escape(story.title)}</h1>
<p class="byline">By ${escape(story.author)}</p>
${story.paragraphs.map((paragraph) => `<p>${escape(paragraph)}</p>`).join("\n")}
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Another story</a></li></ul></aside></main>
<footer>© ${escape(story.outlet)}</footer>
</body></html>`;
}

/**
 * Serves pages from this test process on 127.0.0.1 (the address the e2e server's test-only
 * import allow-list lets through). `pages` maps a path to its HTML, read on every request so
 * a test can publish a revised version at the same address.
 */
export async function startPageServer(
  pages: (path: string) => string | null,
): Promise<{ url: (path: string) => string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    const html = pages(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    if (html === null) {
      response.writeHead(404, { "content-type": "text/html; charset=utf-8" });
      response.end("<!doctype html><title>Not found</title><p>Not found</p>");
      return;
    }
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  // A row of the authorization matrix starts one and never closes it: it must not keep the
  // test process alive.
  server.unref();
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
