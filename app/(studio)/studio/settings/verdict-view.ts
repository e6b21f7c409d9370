import type { VerdictScaleEnd } from "@/db/enums";

/** A verdict as the settings page's client components receive it. */
export interface VerdictView {
  id: string;
  label: string;
  definition: string;
  rating: number | null;
  scaleEnd: VerdictScaleEnd | null;
  /** The verdict's last change, sent back with an edit or a deletion. */
  version: string;
  annotationCount: number;
  retired: boolean;
}
