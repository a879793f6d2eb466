/** FNV-1a (32-bit), one character code at a time: the hashed features of the risk scorer and the topic models. */
export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}
