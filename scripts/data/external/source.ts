// What every external source module provides: where its pinned snapshot lives, its licence, and a reader
// that turns the snapshot's files into labelled rows before the shared clean-up, de-duplication and split.

export type Expect = "crisis" | "benign";

export interface RawRow {
  text: string;
  expect: Expect;
  /** Only for crisis rows: why it is a crisis. */
  reason?: "suicide_self_harm";
  category: string;
}

export interface Snapshot {
  /** "owner/name" on GitHub. */
  repo: string;
  commit: string;
  paths: string[];
}

/** The languages other than English that external sources are gathered for (English sources name none). */
export type SourceLanguage = "es" | "pt" | "fr" | "de";

export interface SourceMeta {
  id: string;
  title: string;
  /** The text's language when it is not English: such a source is measured with the whole engine in that language, never with the English scorer. */
  language?: SourceLanguage;
  snapshot: Snapshot;
  /** Where the text came from originally, if the snapshot is a mirror. */
  upstream?: string;
  licence: {
    /** open: a licence allowing reuse; research-only: the publisher's terms allow research use; none-stated: no licence found. */
    status: "open" | "research-only" | "none-stated";
    name: string;
    readAt: string;
  };
  labels: string;
  noise: string;
  /** Most rows kept after clean-up; above it the script samples, keeping small categories whole. */
  cap: number;
  /**
   * Also leave out a text that starts like one an earlier source gave (its first words), not only the same text:
   * for a source that may hold another collection's posts, edited or cleaned differently.
   */
  nearDuplicatesOfEarlierSources?: boolean;
}

export interface Source extends SourceMeta {
  read(readFile: (path: string) => string): { rows: RawRow[]; excluded: Record<string, number> };
}
