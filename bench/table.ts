// Cells of the table `npm run bench` prints.
import { ms } from "./stats";

export type Row = [figure: string, value: string, budget: string, result: string];

export const verdict = (ok: boolean) => (ok ? "pass" : "MISS");
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const ratio = (value: number) => `${value.toFixed(2)}×`;
export const pair = (a: number, b: number) => `${ms(a)} / ${ms(b)}`;
export const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

export function range(values: number[]): string {
  if (values.length === 0) return "n/a";
  const [low, high] = [Math.min(...values), Math.max(...values)];
  return low === high ? String(low) : `${low}–${high}`;
}
