/** How to get the exports Followscope reads, in three short steps (welcome screen and Import page). */
export function ExportSteps() {
  return (
    <ol className="steps" data-testid="export-steps">
      <li>
        <h3>Request your data</h3>
        <ul className="export-platforms" data-testid="export-how-to">
          <li>
            <strong>TikTok</strong>: Profile → ☰ → Settings and privacy → Account →{' '}
            <strong>Download your data</strong>. Choose JSON (recommended) and “All data”.
          </li>
          <li>
            <strong>Instagram</strong>: Accounts Center → Your information and permissions →{' '}
            <strong>Download your information</strong>. Pick “Followers and following” and “Personal
            information” (it names your account), JSON (recommended) and <strong>All time</strong>: a shorter
            range lists only the follows made inside it.
          </li>
          <li>
            <strong>X</strong>: More → Settings and privacy → Your account →{' '}
            <strong>Download an archive of your data</strong>. X e-mails a link when the archive is ready.
          </li>
        </ul>
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
