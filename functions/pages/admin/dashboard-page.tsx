import type { AuditEntry } from "../../../shared/schemas/communities.ts";
import type { Community } from "../../storage/communities.ts";
import type { Insights } from "../../storage/insights.ts";
import { AuditPanel } from "./audit-panel.tsx";
import { CsrfField, Section } from "./form-fields.tsx";
import { InsightsPanel } from "./insights-panel.tsx";
import { Layout } from "./layout.tsx";
import { type Preview, PreviewPanel } from "./preview-panel.tsx";
import { SettingsForm } from "./settings-form.tsx";
import type { FieldErrors, SettingsFormValues } from "./settings-form-values.ts";

export interface DashboardProps {
  community: Community;
  csrfToken: string;
  values: SettingsFormValues;
  errors: FieldErrors;
  saved: boolean;
  preview?: Preview | undefined;
  insights: Insights;
  audit: AuditEntry[];
}

export function DashboardPage(props: DashboardProps) {
  const { community, csrfToken } = props;
  const platformName = community.platform === "discord" ? "Discord" : "Slack";
  return (
    <Layout title={`${community.name} · Alliance for moderators`}>
      <header class="top">
        <div>
          <h1>{community.name}</h1>
          <p class="hint">
            {platformName} · <code>{community.communityId}</code>
          </p>
        </div>
        <form method="post" action="/admin/sign-out">
          <CsrfField token={csrfToken} />
          <button type="submit">Sign out</button>
        </form>
      </header>
      <nav aria-label="Sections" class="sections">
        <a href="#preview">Preview</a> <a href="#insights">Insights</a> <a href="#settings">Settings</a> <a href="#changes">Changes</a>
      </nav>
      <main id="main">
        {props.saved ? (
          <p class="notice" role="status" data-testid="saved">
            Settings saved. They apply to the next question.
          </p>
        ) : null}
        <Section id="preview" title="Preview a reply">
          <PreviewPanel preview={props.preview} csrfToken={csrfToken} />
        </Section>
        <Section id="insights" title="Insights (last 30 days)">
          <InsightsPanel insights={props.insights} />
        </Section>
        <Section id="settings" title="Settings">
          <SettingsForm values={props.values} errors={props.errors} csrfToken={csrfToken} platform={community.platform} />
        </Section>
        <Section id="changes" title="Recent changes">
          <AuditPanel entries={props.audit} />
        </Section>
      </main>
    </Layout>
  );
}
