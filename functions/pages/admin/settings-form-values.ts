import { type CommunityConfig, DEFAULT_CONFIG } from "../../../shared/schemas/community-config.ts";
import type { ConfigIssue } from "../../service/validate-config.ts";

/** The settings form as the browser sends it: strings, kept as typed so a rejected form comes back intact. */
export interface SettingsFormValues {
  region: string;
  extraResources: { name: string; description: string; phone: string; url: string }[];
  topicOverrides: { topic: string; mode: string; text: string }[];
  disabledTopics: string[];
  customAnswers: { id: string; title: string; answer: string; sampleQuestions: string }[];
  channelsMode: string;
  channelsIds: string;
  crisisReplyPrivately: boolean;
  alertChannelId: string;
  cooldownSeconds: string;
  defaultLanguage: string;
}

/** Form field name → the first problem with it. */
export type FieldErrors = Map<string, string>;

export const MAX_EXTRA_RESOURCES = 5;
export const BLANK_RESOURCE_ROWS = 2;
export const BLANK_OVERRIDE_ROWS = 2;
export const BLANK_CUSTOM_ANSWER_ROWS = 1;
const MAX_CUSTOM_ANSWERS = 30;

export function configToFormValues(config: CommunityConfig): SettingsFormValues {
  return {
    region: config.region ?? "",
    extraResources: (config.extraResources ?? []).map((r) => ({ name: r.name, description: r.description ?? "", phone: r.phone ?? "", url: r.url ?? "" })),
    topicOverrides: Object.entries(config.topicOverrides ?? {}).map(([topic, o]) => ({ topic, mode: o.mode, text: o.text })),
    disabledTopics: config.disabledTopics ?? [],
    customAnswers: (config.customAnswers ?? []).map((a) => ({ id: a.id, title: a.title, answer: a.answer, sampleQuestions: a.sampleQuestions.join("\n") })),
    channelsMode: config.channels?.mode ?? DEFAULT_CONFIG.channels.mode,
    channelsIds: (config.channels?.ids ?? []).join(", "),
    crisisReplyPrivately: config.crisisReplyPrivately ?? false,
    alertChannelId: config.alertChannelId ?? "",
    cooldownSeconds: config.cooldownSeconds === undefined ? "" : String(config.cooldownSeconds),
    defaultLanguage: config.defaultLanguage ?? "",
  };
}

export function formDataToValues(form: URLSearchParams): SettingsFormValues {
  const get = (name: string) => (form.get(name) ?? "").replace(/\r\n/g, "\n");
  return {
    region: get("region"),
    extraResources: rows(form, "extraResources", MAX_EXTRA_RESOURCES, (p) => ({
      name: get(`${p}.name`),
      description: get(`${p}.description`),
      phone: get(`${p}.phone`),
      url: get(`${p}.url`),
    })),
    topicOverrides: rows(form, "topicOverrides", 200, (p) => ({ topic: get(`${p}.topic`), mode: get(`${p}.mode`), text: get(`${p}.text`) })),
    disabledTopics: form.getAll("disabledTopics"),
    customAnswers: rows(form, "customAnswers", MAX_CUSTOM_ANSWERS + BLANK_CUSTOM_ANSWER_ROWS, (p) => ({
      id: get(`${p}.id`),
      title: get(`${p}.title`),
      answer: get(`${p}.answer`),
      sampleQuestions: get(`${p}.sampleQuestions`),
    })),
    channelsMode: get("channels.mode"),
    channelsIds: get("channels.ids"),
    crisisReplyPrivately: form.get("crisisReplyPrivately") === "on",
    alertChannelId: get("alertChannelId"),
    cooldownSeconds: get("cooldownSeconds"),
    defaultLanguage: get("defaultLanguage"),
  };
}

/**
 * The config the form describes (blank rows and fields left out), ready for validation, with a map
 * from each validation issue's path back to the form field that shows it.
 */
export function formValuesToInput(values: SettingsFormValues): {
  input: Record<string, unknown>;
  issues: ConfigIssue[];
  fieldOf: (issue: ConfigIssue) => string;
} {
  const input: Record<string, unknown> = {};
  const issues: ConfigIssue[] = [];
  const region = values.region.trim().toUpperCase();
  if (region) input.region = region;

  const resourceRows = indicesOf(values.extraResources, (r) => Boolean(r.name.trim() || r.description.trim() || r.phone.trim() || r.url.trim()));
  if (resourceRows.length > 0) {
    input.extraResources = resourceRows.map((i) => {
      const r = values.extraResources[i]!;
      return omitBlank({ name: r.name, description: r.description, phone: r.phone, url: r.url }, ["name"]);
    });
  }

  const overrideRows = indicesOf(values.topicOverrides, (o) => Boolean(o.topic.trim() || o.text.trim()));
  const overrideRowOf = new Map<string, number>();
  if (overrideRows.length > 0) {
    const overrides: Record<string, unknown> = {};
    for (const i of overrideRows) {
      const o = values.topicOverrides[i]!;
      const topic = o.topic.trim();
      if (overrideRowOf.has(topic)) {
        issues.push({ path: ["topicOverrides", topic], message: topic ? `repeats the topic "${topic}"` : "choose a topic" });
        continue;
      }
      overrideRowOf.set(topic, i);
      if (topic) overrides[topic] = { mode: o.mode, text: o.text };
      else issues.push({ path: ["topicOverrides", topic], message: "choose a topic" });
    }
    input.topicOverrides = overrides;
  }

  if (values.disabledTopics.length > 0) input.disabledTopics = values.disabledTopics;

  const customRows = indicesOf(values.customAnswers, (a) => Boolean(a.id.trim() || a.title.trim() || a.answer.trim() || a.sampleQuestions.trim()));
  if (customRows.length > 0) {
    input.customAnswers = customRows.map((i) => {
      const a = values.customAnswers[i]!;
      return { id: a.id.trim(), title: a.title, answer: a.answer, sampleQuestions: a.sampleQuestions.split("\n").filter((q) => q.trim() !== "") };
    });
  }

  const ids = splitList(values.channelsIds);
  // The default mode with no ids is left unset, so saving an untouched form changes nothing.
  if (values.channelsMode && (values.channelsMode !== DEFAULT_CONFIG.channels.mode || ids.length > 0)) {
    input.channels = ids.length > 0 ? { mode: values.channelsMode, ids } : { mode: values.channelsMode };
  }
  if (values.crisisReplyPrivately) input.crisisReplyPrivately = true;
  const alert = values.alertChannelId.trim();
  if (alert) input.alertChannelId = alert;
  const cooldown = values.cooldownSeconds.trim();
  if (cooldown) {
    if (/^\d+$/.test(cooldown)) input.cooldownSeconds = Number(cooldown);
    else issues.push({ path: ["cooldownSeconds"], message: "must be a whole number of seconds" });
  }

  // Empty: no default (the message's language, else English); anything else is checked by the schema.
  const language = values.defaultLanguage.trim();
  if (language) input.defaultLanguage = language;

  const fieldOf = (issue: ConfigIssue): string => {
    const [section, index, field] = issue.path;
    switch (section) {
      case "extraResources":
        return typeof index === "number" ? `extraResources.${resourceRows[index]}.${field ?? "name"}` : "extraResources.0.name";
      case "customAnswers":
        return typeof index === "number" ? `customAnswers.${customRows[index]}.${field ?? "id"}` : "customAnswers.0.id";
      case "topicOverrides": {
        const row = overrideRowOf.get(String(index)) ?? overrideRows[0] ?? 0;
        return `topicOverrides.${row}.${field === "mode" || field === "text" ? field : "topic"}`;
      }
      case "channels":
        return index === "ids" ? "channels.ids" : "channels.mode";
      default:
        return String(section ?? "region");
    }
  };
  return { input, issues, fieldOf };
}

/** Blank rows to type into, after the filled ones, without JavaScript. */
export function withBlankRows<T>(filled: T[], blank: () => T, extra: number, max: number): T[] {
  const rows = filled.slice();
  while (rows.length < Math.min(max, filled.length + extra)) rows.push(blank());
  return rows;
}

function rows<T>(form: URLSearchParams, section: string, max: number, read: (prefix: string) => T): T[] {
  const result: T[] = [];
  for (let i = 0; i < max && form.has(`${section}.${i}.${firstField(section)}`); i++) result.push(read(`${section}.${i}`));
  return result;
}

function firstField(section: string): string {
  return section === "extraResources" ? "name" : section === "topicOverrides" ? "topic" : "id";
}

function indicesOf<T>(items: T[], keep: (item: T) => boolean): number[] {
  return items.flatMap((item, i) => (keep(item) ? [i] : []));
}

function splitList(text: string): string[] {
  return text.split(/[\s,]+/).filter((part) => part !== "");
}

function omitBlank(record: Record<string, string>, keep: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter(([key, value]) => keep.includes(key) || value.trim() !== ""));
}
