import { LANGUAGE_NAMES, LANGUAGES } from "../../../shared/content/languages.ts";
import { knownTopics } from "../../service/known-topics.ts";
import { Checkbox, CheckboxGroup, CsrfField, fieldId, RadioGroup, SelectField, TextArea, TextField } from "./form-fields.tsx";
import { RegionStatus } from "./region-status.tsx";
import {
  BLANK_CUSTOM_ANSWER_ROWS,
  BLANK_OVERRIDE_ROWS,
  BLANK_RESOURCE_ROWS,
  type FieldErrors,
  MAX_EXTRA_RESOURCES,
  type SettingsFormValues,
  withBlankRows,
} from "./settings-form-values.ts";

export interface SettingsFormProps {
  values: SettingsFormValues;
  errors: FieldErrors;
  csrfToken: string;
  platform: "discord" | "slack";
}

const LABELS: Record<string, string> = {
  region: "Region",
  disabledTopics: "Disabled topics",
  "channels.mode": "Where Alliance answers",
  "channels.ids": "Channel ids",
  crisisReplyPrivately: "Crisis replies in private",
  alertChannelId: "Alert channel id",
  cooldownSeconds: "Cooldown",
  defaultLanguage: "Default language",
};

const LANGUAGE_HINT =
  'Alliance answers in the language a member writes in. When a message is too short to tell ("ok", "hi"), it answers in this one. Crisis lines always follow the region.';

/** A readable name for a form field, for the error summary ("Resource 2: phone"). */
export function labelFor(name: string): string {
  const row = /^(extraResources|topicOverrides|customAnswers)\.(\d+)\.(\w+)$/.exec(name);
  if (!row) return LABELS[name] ?? name;
  const section = { extraResources: "Resource", topicOverrides: "Topic override", customAnswers: "Custom answer" }[row[1] as "extraResources"];
  return `${section} ${Number(row[2]) + 1}: ${row[3] === "sampleQuestions" ? "sample questions" : row[3]}`;
}

export function SettingsForm({ values, errors, csrfToken, platform }: SettingsFormProps) {
  const channel = platform === "discord" ? "Discord channel id, e.g. 1234567890123456789" : "Slack channel id, e.g. C0123ABCD";
  const resources = withBlankRows(values.extraResources, () => ({ name: "", description: "", phone: "", url: "" }), BLANK_RESOURCE_ROWS, MAX_EXTRA_RESOURCES);
  const overrides = withBlankRows(values.topicOverrides, () => ({ topic: "", mode: "append", text: "" }), BLANK_OVERRIDE_ROWS, 200);
  const customAnswers = withBlankRows(values.customAnswers, () => ({ id: "", title: "", answer: "", sampleQuestions: "" }), BLANK_CUSTOM_ANSWER_ROWS, 30);
  // Topics a stored config names but the knowledge base no longer has stay visible, so they can be removed.
  const topicOptions = (named: readonly string[]): [string, string][] => [
    ...knownTopics().map(({ id, title }): [string, string] => [id, title]),
    ...named.filter((id) => id && !knownTopics().some((topic) => topic.id === id)).map((id): [string, string] => [id, `${id} (not a topic)`]),
  ];
  return (
    <form method="post" action="/admin/settings" class="settings" novalidate>
      <CsrfField token={csrfToken} />
      {errors.size > 0 ? (
        <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
          <h3 id="error-summary-title">Nothing was saved: please fix {errors.size === 1 ? "this" : `these ${errors.size}`}</h3>
          <ul>
            {[...errors].map(([name, message]) => (
              <li>
                <a href={`#${fieldId(name)}`}>
                  {labelFor(name)}: {message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <fieldset class="group">
        <legend>Crisis and support resources</legend>
        <p class="hint">Built-in crisis lines are always shown first; nothing here can remove them.</p>
        <TextField
          name="region"
          label="Region"
          value={values.region}
          errors={errors}
          hint="Two-letter ISO 3166-1 country code, e.g. GB, US, IE, AU. Crisis replies show this country's lines and emergency number. Leave empty to follow each member's language setting."
          maxlength={2}
          size={3}
        />
        <RegionStatus region={values.region} />
        {resources.map((resource, i) => (
          <fieldset class="row">
            <legend>
              Resource {i + 1}
              {resource.name ? "" : " (optional)"}
            </legend>
            <TextField name={`extraResources.${i}.name`} label="Name" value={resource.name} errors={errors} maxlength={80} />
            <TextField name={`extraResources.${i}.description`} label="Description" value={resource.description} errors={errors} maxlength={200} />
            <TextField name={`extraResources.${i}.phone`} label="Phone" type="tel" value={resource.phone} errors={errors} placeholder="+44 20 7946 0000" />
            <TextField name={`extraResources.${i}.url`} label="Link" type="url" value={resource.url} errors={errors} placeholder="https://" />
          </fieldset>
        ))}
        <Checkbox
          name="crisisReplyPrivately"
          label="Send crisis replies privately (only the person sees them) where the platform allows"
          checked={values.crisisReplyPrivately}
          errors={errors}
        />
        <TextField
          name="alertChannelId"
          label="Alert channel id"
          value={values.alertChannelId}
          errors={errors}
          hint={`Moderators are told here when a member may need support, with a link to the message, never its text. ${channel}.`}
        />
      </fieldset>

      <fieldset class="group">
        <legend>Where Alliance speaks</legend>
        <RadioGroup
          name="channels.mode"
          label="Where Alliance answers"
          value={values.channelsMode}
          errors={errors}
          options={[
            ["mentions", "Only when mentioned or asked with /ask (default)"],
            ["all", "Every question in every channel it can read"],
            ["listed", "Only in the channels listed below"],
          ]}
        />
        <TextField name="channels.ids" label="Channel ids" value={values.channelsIds} errors={errors} hint={`Separated by commas or spaces. ${channel}.`} />
        <TextField
          name="cooldownSeconds"
          label="Cooldown per member (seconds)"
          type="number"
          inputmode="numeric"
          value={values.cooldownSeconds}
          errors={errors}
          hint="0 to 3600; empty means 5. Crisis replies are never held back."
          placeholder="5"
          size={6}
        />
        <SelectField
          name="defaultLanguage"
          label="Default language"
          value={values.defaultLanguage}
          errors={errors}
          hint={LANGUAGE_HINT}
          options={[
            ["", "None: English when unsure (default)"],
            ...LANGUAGES.map((language): [string, string] => [language, `${LANGUAGE_NAMES[language]} (${language})`]),
          ]}
        />
      </fieldset>

      <fieldset class="group">
        <legend>Your community's answers</legend>
        <p class="hint">Custom answers are found by their sample questions (one per line), alongside the built-in ones.</p>
        {customAnswers.map((custom, i) => (
          <fieldset class="row">
            <legend>
              Custom answer {i + 1}
              {custom.id ? "" : " (optional)"}
            </legend>
            <TextField
              name={`customAnswers.${i}.id`}
              label="Id"
              value={custom.id}
              errors={errors}
              hint="lower-case-with-dashes, e.g. weekly-call"
              maxlength={60}
            />
            <TextField name={`customAnswers.${i}.title`} label="Title" value={custom.title} errors={errors} maxlength={100} />
            <TextArea name={`customAnswers.${i}.answer`} label="Answer" value={custom.answer} errors={errors} rows={4} maxlength={1200} />
            <TextArea
              name={`customAnswers.${i}.sampleQuestions`}
              label="Sample questions (one per line)"
              value={custom.sampleQuestions}
              errors={errors}
              rows={3}
            />
          </fieldset>
        ))}
        {overrides.map((override, i) => (
          <fieldset class="row">
            <legend>
              Topic override {i + 1}
              {override.topic ? "" : " (optional)"}
            </legend>
            <SelectField
              name={`topicOverrides.${i}.topic`}
              label="Topic"
              value={override.topic}
              errors={errors}
              options={[["", "Choose a topic"], ...topicOptions([override.topic])]}
            />
            <SelectField
              name={`topicOverrides.${i}.mode`}
              label="How"
              value={override.mode}
              errors={errors}
              options={[
                ["append", "Add after the built-in answer"],
                ["replace", "Replace the built-in answer"],
              ]}
            />
            <TextArea name={`topicOverrides.${i}.text`} label="Text" value={override.text} errors={errors} rows={3} maxlength={1200} />
          </fieldset>
        ))}
        <CheckboxGroup
          name="disabledTopics"
          label="Topics Alliance should not answer here"
          values={values.disabledTopics}
          errors={errors}
          hint="Questions about a ticked topic get the short “here is what I can help with” reply instead."
          options={topicOptions(values.disabledTopics)}
        />
      </fieldset>

      <div class="actions">
        <button type="submit" class="primary">
          Save settings
        </button>
      </div>
    </form>
  );
}
