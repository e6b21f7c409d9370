import type { VerdictScaleEnd } from "@/db/enums";
import type { VerdictTone } from "@/lib/verdicts/scale";

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
  /** Where it sits on the scale, for its icon as readers see it. */
  tone: VerdictTone;
  retired: boolean;
}
