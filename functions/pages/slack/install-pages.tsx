import { Layout } from "../admin/layout.tsx";

/** "Add to Slack": one link to Slack's consent screen, carrying this browser's state. */
export function InstallPage({ authorizeUrl }: { authorizeUrl: string }) {
  return (
    <Layout title="Add Alliance to Slack">
      <main id="main" class="narrow">
        <h1>Add Alliance to your Slack workspace</h1>
        <p>
          Alliance answers questions about therapy and the relationship with a therapist, and gives a local crisis line at once to anyone who needs one. It is a
          bot, never a therapist.
        </p>
        <p>Slack will ask you to allow it to read mentions of @Alliance and its direct messages, and to reply.</p>
        <p>
          <a class="add-to-slack" href={authorizeUrl}>
            Add to Slack
          </a>
        </p>
        <p class="hint">This link works once, in this browser, for ten minutes.</p>
      </main>
    </Layout>
  );
}

export interface InstalledPageProps {
  teamName: string;
  teamId: string;
  /** Only for a new community: shown this once, stored only as a hash. */
  moderatorToken?: string;
}

export function InstalledPage({ teamName, teamId, moderatorToken }: InstalledPageProps) {
  return (
    <Layout title="Alliance is installed">
      <main id="main" class="narrow">
        <h1>Alliance is in {teamName}</h1>
        <p>
          Invite it where it may speak: <code>/invite @Alliance</code>. Members can mention @Alliance, send it a direct message, or use <code>/ask</code>.
        </p>
        {moderatorToken ? (
          <>
            <h2>Your moderator token</h2>
            <p>
              Copy it now: it is shown only this once. With it and the workspace id <code>{teamId}</code>, sign in at <a href="/admin">the moderator page</a> to
              set your community's region, crisis replies and alerts.
            </p>
            <p>
              <code class="token">{moderatorToken}</code>
            </p>
          </>
        ) : (
          <p>
            This workspace already had an Alliance community (id <code>{teamId}</code>): its settings and moderator token are unchanged. Moderators sign in at{" "}
            <a href="/admin">the moderator page</a>.
          </p>
        )}
      </main>
    </Layout>
  );
}

export function InstallErrorPage({ message }: { message: string }) {
  return (
    <Layout title="Alliance was not installed">
      <main id="main" class="narrow">
        <h1>Alliance was not installed</h1>
        <p class="error-summary" role="alert">
          {message}
        </p>
        <p>
          <a href="/slack/install">Start again</a>
        </p>
      </main>
    </Layout>
  );
}
