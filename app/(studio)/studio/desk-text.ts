import type { SpeakerType } from "@/db/enums";

export const SPEAKER_TYPE_LABELS: Record<SpeakerType, string> = {
  person: "Person",
  organization: "Organization",
};

/** "1 annotation", "12 annotations". */
export function plural(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : `${noun}s`}`;
}
