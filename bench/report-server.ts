// The rows measured over HTTP against one server (PGlite or PostgreSQL): reader page,
// delivery (issue 13) and saving.
import { loadPassed, type NotModified, type WireSize } from "./delivery";
import type { PageTiming, Throughput } from "./reader";
import type { SaveFigures } from "./saving";
import { ms, type Summary } from "./stats";
import { kb, pair, percent, range, ratio, type Row, verdict } from "./table";

export interface TargetFigures {
  reader?: {
    big: PageTiming;
    plain: PageTiming;
    medianRatio: number;
    /** `ceiling`: the same autocannon against a bare server sending the same bytes. */
    throughput?: { big: Throughput; plain: Throughput; ceiling?: Throughput };
  };
  /** First GET of each never-served copy of the annotated article. */
  cold?: Summary;
  /** One GET of each article with Accept-Encoding: gzip, body counted as received. */
  wire?: { big: WireSize; plain: WireSize };
  notModified?: NotModified;
  /** Many readers of the annotated article at once. */
  load?: Throughput;
  saving?: SaveFigures;
}

function readerRows(reader: NonNullable<TargetFigures["reader"]>, db: string): Row[] {
  const { big, plain } = reader;
  const htmlRatio = big.htmlBytes / plain.htmlBytes;
  const rows: Row[] = [
    [
      `Reader page (warm), 1,000 annotations, median / p95 (${db})`,
      pair(big.median, big.p95),
      "≤ 100 ms median",
      verdict(big.median <= 100),
    ],
    [
      `Reader page (warm), no annotations, median / p95 (${db})`,
      pair(plain.median, plain.p95),
      "—",
      "info",
    ],
    [`Reader page, annotated ÷ plain median (${db})`, ratio(reader.medianRatio), "—", "info"],
    [
      `Reader HTML decoded, annotated / plain (${db})`,
      `${kb(big.htmlBytes)} / ${kb(plain.htmlBytes)} = ${ratio(htmlRatio)}`,
      "≤ 2.50×",
      verdict(htmlRatio <= 2.5),
    ],
  ];
  if (reader.throughput) {
    const t = reader.throughput;
    const throughputRatio = t.big.requestsPerSecond / t.plain.requestsPerSecond;
    rows.push(
      [
        `Reader throughput, ${t.big.connections} connections, annotated / plain (${db})`,
        `${t.big.requestsPerSecond} / ${t.plain.requestsPerSecond} req/s`,
        "annotated ≥ 1,000 req/s",
        verdict(t.big.requestsPerSecond >= 1000),
      ],
      [
        `Reader throughput, annotated ÷ plain (${db})`,
        ratio(throughputRatio),
        "≥ 0.80×",
        verdict(throughputRatio >= 0.8),
      ],
    );
    if (t.ceiling)
      rows.push([
        `Load generator ceiling: bare Node.js server, same gzipped bytes; annotated ÷ it (${db})`,
        `${t.ceiling.requestsPerSecond} req/s; ${ratio(t.big.requestsPerSecond / t.ceiling.requestsPerSecond)}`,
        "—",
        "info",
      ]);
  }
  return rows;
}

/** A latency of an autocannon run; with no answer at all it reports 0 ms, which reads as fast. */
const latency = (run: Throughput, value: number) => (run.requests > 0 ? ms(value) : "n/a");

function deliveryRows(target: TargetFigures, db: string): Row[] {
  const rows: Row[] = [];
  const { cold, wire, notModified, load } = target;
  if (wire) {
    const { big, plain } = wire;
    // Information only: the budget is on decoded bytes.
    const by = big.gzipBy === "server" ? "sent gzipped" : "sent uncompressed; zlib -6 here";
    rows.push([
      `Reader HTML gzipped, annotated / plain, ${by} (${db})`,
      `${kb(big.gzipBytes)} / ${kb(plain.gzipBytes)} = ${ratio(big.gzipBytes / plain.gzipBytes)}`,
      "—",
      "info",
    ]);
  }
  if (cold) {
    rows.push([
      `Cold render of a new revision, median / p95 / max of ${cold.n} (${db})`,
      `${pair(cold.median, cold.p95)} / ${ms(cold.max)}`,
      "≤ 150 ms median",
      verdict(cold.median <= 150),
    ]);
  }
  if (notModified) {
    const run = notModified.run;
    const share = notModified.notModifiedShare ?? 0;
    rows.push([
      `304 path: If-None-Match, share answered 304 (${db})`,
      run ? `${percent(share)} of ${run.requests}` : "no ETag",
      "all 304",
      verdict(run !== undefined && share === 1 && run.errors === 0),
    ]);
    if (run) {
      rows.push([
        `304 path, ${run.connections} connections, req/s, p50 / p99 (${db})`,
        `${run.requestsPerSecond} req/s, ${latency(run, run.latencyP50)} / ${latency(run, run.latencyP99)}`,
        "—",
        "info",
      ]);
    }
  }
  if (load) {
    rows.push(
      [
        `${load.connections} readers for ${load.seconds} s: answered; errors / timeouts / non-2xx; p99 (${db})`,
        // autocannon's errors include the timeouts: shown apart here, each counted once.
        `${load.requests}; ${load.errors - load.timeouts} / ${load.timeouts} / ${load.non2xx}; ${latency(load, load.latencyP99)}`,
        "all answered 2xx, p99 < 1 s",
        verdict(loadPassed(load)),
      ],
      [
        `${load.connections} readers: req/s, p50, max (${db})`,
        `${load.requestsPerSecond} req/s, ${latency(load, load.latencyP50)} / ${latency(load, load.latencyMax)}`,
        "—",
        "info",
      ],
    );
  }
  return rows;
}

function savingRows(saving: SaveFigures | undefined, db: string): Row[] {
  return (saving?.runs ?? []).flatMap((run): Row[] => {
    const written = run.writtenRows;
    return [
      [
        `Save after ${run.label}, median / p95 (${db})`,
        pair(run.timing.median, run.timing.p95),
        "≤ 150 ms median",
        verdict(run.timing.median <= 150),
      ],
      [
        `Annotation rows written per save, ${run.label} (${db})`,
        written ? `${range(written)} (changed: ${range(run.expectedRows)})` : "n/a",
        "only changed rows",
        written ? verdict(run.onlyChangedRowsWritten === true) : "n/a",
      ],
    ];
  });
}

export function targetRows(target: TargetFigures, db: string): Row[] {
  return [
    ...(target.reader ? readerRows(target.reader, db) : []),
    ...deliveryRows(target, db),
    ...savingRows(target.saving, db),
  ];
}
