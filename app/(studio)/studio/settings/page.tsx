import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { getNewsroomWithVersion, listVerdictsWithUsage } from "@/db/queries/verdicts";
import { PERMISSIONS } from "@/lib/auth/roles";
import { requirePageRole } from "@/lib/auth/session";
import { scaleEnds, verdictTone } from "@/lib/verdicts/scale";
import { versionToken } from "@/lib/version-token";
import { NewsroomForm } from "./newsroom-form";
import { AddVerdictForm } from "./verdict-form";
import { VerdictScale } from "./verdict-scale";
import type { VerdictView } from "./verdict-view";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requirePageRole("/studio/settings", PERMISSIONS.manageSettings);
  const db = getDb();
  const [rows, newsroom] = await Promise.all([
    listVerdictsWithUsage(db),
    getNewsroomWithVersion(db),
  ]);
  const ends = scaleEnds(rows.filter((row) => !row.retiredAt));
  const verdicts: VerdictView[] = rows.map((row) => ({
    id: row.id,
    label: row.label,
    definition: row.definition,
    rating: row.rating,
    scaleEnd: row.scaleEnd,
    version: versionToken(row.updatedAt),
    annotationCount: row.annotationCount,
    tone: verdictTone(row, ends),
    retired: row.retiredAt !== null,
  }));

  return (
    <>
      <h1 className="text-2xl font-semibold">Settings</h1>

      <section aria-labelledby="verdict-scale-heading" className="mt-8">
        <h2 id="verdict-scale-heading" tabIndex={-1} className="text-xl font-semibold">
          Verdict scale
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-muted">
          Reviewers rate claims and allegations with these verdicts, listed from best to worst.
          Published ClaimReview data carries each verdict&apos;s rating and the ratings of the two
          ends; a verdict with no rating (like “Unproven”) sits off the scale.
        </p>
        <div className="mt-4 grid gap-10 lg:grid-cols-[1fr_20rem]">
          <VerdictScale verdicts={verdicts} />
          <section aria-labelledby="new-verdict-heading">
            <h3 id="new-verdict-heading" className="text-base font-semibold">
              Add a verdict
            </h3>
            <AddVerdictForm />
          </section>
        </div>
      </section>

      <section aria-labelledby="newsroom-heading" className="mt-12 border-t border-rule pt-8">
        <h2 id="newsroom-heading" className="text-xl font-semibold">
          Newsroom
        </h2>
        <p className="mt-1 text-sm text-muted">
          These name your newsroom as the author of the ClaimReview data published with every rated
          claim.
        </p>
        <NewsroomForm
          newsroom={{ name: newsroom.name, url: newsroom.url, logoUrl: newsroom.logoUrl }}
          version={newsroom.updatedAt ? versionToken(newsroom.updatedAt) : ""}
        />
      </section>
    </>
  );
}
