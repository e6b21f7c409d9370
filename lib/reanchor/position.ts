/**
 * Where an old offset should be in the new text, from what the two versions share: a block
 * (paragraph or heading) that appears once in each, unchanged, or the untouched text before the
 * first edit and after the last. "certain" means the span sits in such shared text, so a quote
 * found there is the same quote; otherwise the position is only an estimate to search around.
 * Works on normalized texts, whose blocks are separated by a single "\n".
 */
export interface ExpectedPosition {
  at: number;
  certain: boolean;
}

interface Block {
  start: number;
  text: string;
}

function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  for (const part of text.split("\n")) {
    blocks.push({ start, text: part });
    start += part.length + 1;
  }
  return blocks;
}

export function positionMapper(
  oldText: string,
  newText: string,
): (start: number, end: number) => ExpectedPosition {
  const shortest = Math.min(oldText.length, newText.length);
  let samePrefix = 0;
  while (samePrefix < shortest && oldText[samePrefix] === newText[samePrefix]) samePrefix++;
  let sameSuffix = 0;
  while (
    sameSuffix < shortest - samePrefix &&
    oldText[oldText.length - 1 - sameSuffix] === newText[newText.length - 1 - sameSuffix]
  ) {
    sameSuffix++;
  }
  const shift = newText.length - oldText.length;

  const oldBlocks = blocksOf(oldText);
  const newStarts = new Map<string, number[]>();
  for (const block of blocksOf(newText)) {
    const list = newStarts.get(block.text);
    if (list) list.push(block.start);
    else newStarts.set(block.text, [block.start]);
  }
  const oldCounts = new Map<string, number>();
  for (const block of oldBlocks) oldCounts.set(block.text, (oldCounts.get(block.text) ?? 0) + 1);
  /** The new start of each old block that is unchanged and unique in both versions, else -1. */
  const movedTo = oldBlocks.map((block) => {
    const starts = newStarts.get(block.text);
    return starts?.length === 1 && oldCounts.get(block.text) === 1 ? starts[0]! : -1;
  });

  function blockIndex(offset: number): number {
    let low = 0;
    let high = oldBlocks.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (oldBlocks[middle]!.start <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  return (start, end) => {
    if (end <= samePrefix) return { at: start, certain: true };
    if (start >= oldText.length - sameSuffix) return { at: start + shift, certain: true };
    const index = blockIndex(start);
    const block = oldBlocks[index]!;
    const inOneBlock = end <= block.start + block.text.length;
    if (inOneBlock && movedTo[index]! >= 0) {
      return { at: movedTo[index]! + start - block.start, certain: true };
    }
    for (let i = index - 1; i >= 0; i--) {
      if (movedTo[i]! >= 0) {
        return {
          at: clamp(movedTo[i]! + start - oldBlocks[i]!.start, newText.length),
          certain: false,
        };
      }
    }
    for (let i = index + 1; i < oldBlocks.length; i++) {
      if (movedTo[i]! >= 0) {
        return {
          at: clamp(movedTo[i]! - (oldBlocks[i]!.start - start), newText.length),
          certain: false,
        };
      }
    }
    const scaled = oldText.length === 0 ? 0 : Math.round((start * newText.length) / oldText.length);
    return { at: clamp(scaled, newText.length), certain: false };
  };
}

function clamp(at: number, length: number): number {
  return Math.max(0, Math.min(at, length));
}
