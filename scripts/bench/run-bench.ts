import { rmSync } from "node:fs";
import { loadavg } from "node:os";
import { DEFAULT_CONFIG } from "../../shared/schemas/community-config.ts";
import { buildBundle } from "./bundle.ts";
import { CORPUS_TEXTS, contextsFor, MANY_CUSTOM_ANSWERS, measureCorpus, measureFullContext, measureLengths } from "./engine.ts";
import { describeMachine } from "./machine.ts";
import { runtimeVersions } from "./miniflare.ts";
import type { BenchResults } from "./report.ts";
import { readWorkerSettings } from "./serve-bundle.ts";
import { profileStartup, type StartupSample } from "./startup.ts";
import { type HttpOptions, measureHttp } from "./worker-http.ts";

export interface BenchBudget {
  texts: readonly string[];
  /** Timed passes over the corpus (a third of them with 30 custom answers). */
  rounds: number;
  /** Runs of each long message. */
  repetitions: number;
  /** Fresh isolates profiled. */
  startups: number;
  http: HttpOptions;
  /** Where to write the first isolate's start-up profile (open it in Chrome DevTools), if anywhere. */
  startupProfile?: string;
}

/** About a minute on a laptop-class machine. */
export const FULL_BUDGET: BenchBudget = {
  texts: CORPUS_TEXTS,
  rounds: 15,
  repetitions: 200,
  startups: 7,
  http: { phaseMs: 3_000, concurrency: 8 },
};

/** Every part, in a few seconds: the figures then mean nothing. */
export const QUICK_BUDGET: BenchBudget = {
  texts: CORPUS_TEXTS.slice(0, 40),
  rounds: 2,
  repetitions: 5,
  startups: 1,
  http: { phaseMs: 300, concurrency: 2 },
};

export async function runBench(budget: BenchBudget, progress: (step: string) => void = () => {}): Promise<BenchResults> {
  const machine = `${describeMachine()}, load average ${loadavg()[0]!.toFixed(2)} at the start`;
  const versions = runtimeVersions();
  progress(`Engine over ${budget.texts.length} corpus messages`);
  const corpus = measureCorpus(budget.texts, budget.rounds);
  progress("Engine with 30 custom answers");
  const corpusCustom = measureCorpus(budget.texts, Math.ceil(budget.rounds / 3), MANY_CUSTOM_ANSWERS);
  progress("Engine with five earlier messages as context");
  const corpusContext = measureCorpus(budget.texts, Math.ceil(budget.rounds / 3), DEFAULT_CONFIG, contextsFor(budget.texts));
  const fullContext = measureFullContext(budget.repetitions);
  progress("Engine by message length");
  const lengths = measureLengths([100, 1_000, 4_000], budget.repetitions);
  progress("Building the bundle (wrangler deploy --dry-run)");
  const bundle = buildBundle();
  try {
    const settings = readWorkerSettings();
    const startups: StartupSample[] = [];
    for (let run = 1; run <= budget.startups; run++) {
      progress(`Fresh isolate ${run} of ${budget.startups}`);
      startups.push(await profileStartup(bundle.script, settings, run === 1 ? budget.startupProfile : undefined));
    }
    progress("The Worker over HTTP");
    const http = await measureHttp(bundle.script, budget.http);
    return {
      machine,
      runtime: `workerd ${versions.workerd} (Miniflare ${versions.miniflare}, wrangler ${versions.wrangler}), compatibility date ${settings.compatibilityDate}`,
      corpus,
      corpusCustom,
      corpusContext,
      fullContext,
      lengths,
      http,
      httpOptions: budget.http,
      bundle,
      startups,
    };
  } finally {
    rmSync(bundle.directory, { recursive: true, force: true });
  }
}
