/**
 * What every language's learned topic model shares: a softmax over classes (topics, then "no topic") whose scores are
 * a weight matrix times the message's features. Each language supplies its own features: German hashes the analyzer's
 * stems, pairs and letter 4-grams (topic-model-hashed.ts). Trained by scripts/kb/softmax-training.ts.
 */

/** Each class's probability from its score (softmax), in place. */
export function softmax(logits: Float64Array): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const logit of logits) max = Math.max(max, logit);
  let sum = 0;
  for (let k = 0; k < logits.length; k++) sum += logits[k] = Math.exp(logits[k]! - max);
  for (let k = 0; k < logits.length; k++) logits[k]! /= sum;
  return logits;
}

/**
 * Each class's score from sparse features (parallel lists of columns and values): bias[k] + scale × Σ weights[k][column]
 * × value, with the weights row by row (`columns` each).
 */
export function sparseScores(
  weights: ArrayLike<number>,
  columns: number,
  bias: ArrayLike<number>,
  features: { buckets: readonly number[]; values: readonly number[] },
  scale = 1,
): Float64Array {
  const logits = new Float64Array(bias.length);
  for (let k = 0; k < logits.length; k++) {
    let sum = 0;
    const row = k * columns;
    for (let f = 0; f < features.buckets.length; f++) sum += weights[row + features.buckets[f]!]! * features.values[f]!;
    logits[k] = bias[k]! + sum * scale;
  }
  return logits;
}

/** Σ row[base + d] × q[d] over d < dimensions, four running sums (a shorter chain of additions than one sum). */
export function dot(row: Float64Array, base: number, q: Float64Array, dimensions: number): number {
  let a = 0;
  let b = 0;
  let c = 0;
  let e = 0;
  let d = 0;
  for (; d + 4 <= dimensions; d += 4) {
    a += row[base + d]! * q[d]!;
    b += row[base + d + 1]! * q[d + 1]!;
    c += row[base + d + 2]! * q[d + 2]!;
    e += row[base + d + 3]! * q[d + 3]!;
  }
  for (; d < dimensions; d++) a += row[base + d]! * q[d]!;
  return a + b + (c + e);
}
