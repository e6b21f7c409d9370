// What the load generator itself can take on this machine: autocannon shares the two cores
// with the server and parses every byte it receives in JavaScript, so past some tens of
// kilobytes per response it, not the server, sets the requests per second. This serves the
// annotated page's own gzipped bytes from a bare Node.js server in a child process and runs
// the same autocannon against it: the server's throughput is judged against that ceiling.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { type Throughput, throughput } from "./reader";

const BARE_SERVER = `
const http = require("node:http");
const body = require("node:fs").readFileSync(process.argv[1]);
const server = http.createServer((request, response) => {
  response.writeHead(200, {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Encoding": "gzip",
    "Content-Length": body.length,
  });
  response.end(body);
});
server.listen(0, "127.0.0.1", () => console.log(server.address().port));
`;

/** autocannon against a bare server sending `html` gzipped (level 6), as the reader page does. */
export async function generatorCeiling(html: string, seconds: number): Promise<Throughput> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimmark-ceiling-"));
  const file = path.join(dir, "page.html.gz");
  fs.writeFileSync(file, zlib.gzipSync(html));
  const child = spawn(process.execPath, ["-e", BARE_SERVER, file], { stdio: "pipe" });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.once("data", (data: Buffer) => resolve(Number(String(data).trim())));
      child.once("error", reject);
      child.once("exit", (code) => reject(new Error(`bare server exited (${code})`)));
    });
    return await throughput(`http://127.0.0.1:${port}/`, { seconds });
  } finally {
    child.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
