/** How to get the exports Followscope reads, in three short steps (welcome screen and Import page). */
export function ExportSteps() {
  return (
    <ol className="steps" data-testid="export-steps">
      <li>
        <h3>Request your data</h3>
        <p>
          In TikTok: Profile → ☰ → Settings and privacy → Account → <strong>Download your data</strong>.
          Choose <strong>JSON</strong> (recommended) and “All data”. Instagram: Accounts Center → Your
          information and permissions → <strong>Download your information</strong> → Followers and following,
          All time, JSON. X: Settings and privacy → Your account →{' '}
          <strong>Download an archive of your data</strong>.
        </p>
      </li>
      <li>
        <h3>Download the file</h3>
        <p>
          When the platform says it is ready (usually within a day), download the ZIP from the same screen.
          Add TikTok Studio’s analytics downloads for post-level detail.
        </p>
      </li>
      <li>
        <h3>Drop it here</h3>
        <p>
          Import the ZIP as it is: no need to unpack. Each import becomes a dated snapshot; import again next
          month to see what changed.
        </p>
      </li>
    </ol>
  );
}
