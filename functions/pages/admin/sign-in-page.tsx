import { Layout } from "./layout.tsx";

export interface SignInValues {
  platform: string;
  communityId: string;
}

/** Platform, community id and moderator token. The token field never comes back filled in. */
export function SignInPage({ values, error, signedOut }: { values?: SignInValues; error?: string; signedOut?: boolean }) {
  return (
    <Layout title="Sign in · Alliance for moderators">
      <main id="main" class="narrow">
        <h1>Alliance for moderators</h1>
        <p>Sign in with the moderator token you were given when your community was added.</p>
        {signedOut ? (
          <p class="notice" role="status">
            You are signed out.
          </p>
        ) : null}
        {error ? (
          <p class="error-summary" role="alert" id="sign-in-error">
            {error}
          </p>
        ) : null}
        <form method="post" action="/admin/sign-in" class="panel">
          <div class="field">
            <label for="platform">Platform</label>
            <select id="platform" name="platform">
              <option value="discord" selected={values?.platform !== "slack"}>
                Discord
              </option>
              <option value="slack" selected={values?.platform === "slack"}>
                Slack
              </option>
            </select>
          </div>
          <div class="field">
            <label for="communityId">Community id</label>
            <input id="communityId" name="communityId" value={values?.communityId ?? ""} required autocomplete="username" aria-describedby="communityId-hint" />
            <p class="hint" id="communityId-hint">
              The Discord server id or the Slack workspace (team) id.
            </p>
          </div>
          <div class="field">
            <label for="token">Moderator token</label>
            <input id="token" name="token" type="password" required autocomplete="current-password" />
          </div>
          <button type="submit" class="primary">
            Sign in
          </button>
        </form>
      </main>
    </Layout>
  );
}
