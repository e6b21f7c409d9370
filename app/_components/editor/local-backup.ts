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
