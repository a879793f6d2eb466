/**
 * The y-coordinates (little-endian hex, x's sign bit cleared) of Ed25519's points of order 1, 2, 4 and 8,
 * with the non-canonical spellings p and p + 1 of 0 and 1: libsodium's list in `ge25519_has_small_order`
 * (jedisct1/libsodium, src/libsodium/crypto_core/ed25519/ref10/ed25519_ref10.c). Under a public key of
 * small order a signature with S = 0 and a small-order R verifies for about one message in eight, so
 * anyone can forge one by trying a few timestamps; all zeros (y = 0) is one of them.
 */
const SMALL_ORDER_Y = new Set([
  "0000000000000000000000000000000000000000000000000000000000000000", // y = 0, order 4
  "0100000000000000000000000000000000000000000000000000000000000000", // y = 1, the identity
  "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05", // order 8
  "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a", // order 8
  "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", // y = p - 1, order 2
  "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", // y = p, order 4
  "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", // y = p + 1, order 1
]);

/** True for an encoded Ed25519 public key (64 hex characters) of small order, whatever its sign bit. */
export function isSmallOrderKey(hex: string): boolean {
  const lower = hex.toLowerCase();
  const lastByte = Number.parseInt(lower.slice(62), 16) & 0x7f;
  return SMALL_ORDER_Y.has(lower.slice(0, 62) + lastByte.toString(16).padStart(2, "0"));
}
