import type { TestProject } from "vitest/node";
import { startFakeSlack } from "./fake-slack.ts";

declare module "vitest" {
  export interface ProvidedContext {
    fakeSlackUrl: string;
  }
}

/** One fake Slack Web API for the Worker tests: workerd's outbound fetch reaches it on loopback. */
export default async function setup(project: TestProject) {
  const slack = await startFakeSlack();
  project.provide("fakeSlackUrl", slack.url);
  return () => slack.close();
}
