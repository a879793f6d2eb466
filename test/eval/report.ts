/** What an evaluation prints, and the thresholds it broke (the suite fails on any). */
export interface EvaluationReport {
  title: string;
  lines: string[];
  failures: string[];
}

export function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

/** A fixed-width text table, for `npm run eval`. */
export function table(header: string[], rows: (string | number)[][]): string[] {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...cells.slice(1).map(line)];
}
