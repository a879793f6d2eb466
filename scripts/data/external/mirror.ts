// Reads one file of a snapshot that the `fetch` tool brought to <mirror-root>/<owner>+<name>/repo,
// at the pinned commit, so a later snapshot cannot silently change the prepared data.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Snapshot } from "./source.ts";

export function gitDirFor(mirrorRoot: string, repo: string): string {
  const base = join(mirrorRoot, repo.replace("/", "+"), "repo");
  const nested = join(base, ".git");
  const gitDir = existsSync(nested) ? nested : base;
  if (!existsSync(gitDir)) {
    throw new Error(`No snapshot of ${repo} under ${mirrorRoot}: fetch github:${repo} first`);
  }
  return gitDir;
}

export function snapshotReader(mirrorRoot: string, snapshot: Snapshot): (path: string) => string {
  const gitDir = gitDirFor(mirrorRoot, snapshot.repo);
  return (path) => {
    if (!snapshot.paths.includes(path)) throw new Error(`${path} is not pinned for ${snapshot.repo}`);
    return execFileSync("git", ["--git-dir", gitDir, "show", `${snapshot.commit}:${path}`], {
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    });
  };
}
