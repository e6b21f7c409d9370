/** The unsaved document kept in this browser until the server has it. */
export interface LocalBackup {
  baseVersion: number;
  title: string;
  doc: unknown;
  at: string;
}

const key = (articleId: string) => `claimmark:unsaved:${articleId}`;

/** The stored text as a string: stable between calls, as useSyncExternalStore needs. */
export function readBackupRaw(articleId: string): string | null {
  try {
    return window.localStorage.getItem(key(articleId));
  } catch {
    return null;
  }
}

export function parseBackup(raw: string | null): LocalBackup | null {
  try {
    return raw ? (JSON.parse(raw) as LocalBackup) : null;
  } catch {
    return null;
  }
}

export function writeBackup(articleId: string, backup: LocalBackup): void {
  try {
    window.localStorage.setItem(key(articleId), JSON.stringify(backup));
  } catch {
    // Storage full or blocked: the save status already says the text is not saved.
  }
}

export function clearBackup(articleId: string): void {
  try {
    window.localStorage.removeItem(key(articleId));
  } catch {
    // nothing to clear
  }
}

/** One annotation's details as typed here but not yet on the server. */
export interface DetailsBackup<Value> {
  baseVersion: number;
  value: Value;
  at: string;
}

const detailsKey = (articleId: string) => `claimmark:unsaved-details:${articleId}`;

/** Every annotation of the article with details kept here, by annotation id. */
export function readDetailsBackups<Value>(articleId: string): Record<string, DetailsBackup<Value>> {
  try {
    const raw = window.localStorage.getItem(detailsKey(articleId));
    return raw ? (JSON.parse(raw) as Record<string, DetailsBackup<Value>>) : {};
  } catch {
    return {};
  }
}

/** Keeps (or, given null, forgets) one annotation's unsaved details. */
export function writeDetailsBackup<Value>(
  articleId: string,
  annotationId: string,
  backup: DetailsBackup<Value> | null,
): void {
  const all = readDetailsBackups<Value>(articleId);
  if (backup) all[annotationId] = backup;
  else delete all[annotationId];
  try {
    if (Object.keys(all).length === 0) window.localStorage.removeItem(detailsKey(articleId));
    else window.localStorage.setItem(detailsKey(articleId), JSON.stringify(all));
  } catch {
    // Storage full or blocked: the panel already says the details are not saved.
  }
}
