/**
 * The 249 officially assigned ISO 3166-1 alpha-2 codes: the codes a community's region may take.
 * The list is the regions the Unicode CLDR data (via Intl.DisplayNames) names, less the codes ISO keeps
 * reserved, withdrawn or user-assigned (NOT_ASSIGNED below); test/shared/schemas/country-codes.test.ts re-derives it.
 */
export const ASSIGNED_COUNTRY_CODES: ReadonlySet<string> = new Set(
  (
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE " +
    "BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD " +
    "CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM " +
    "DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF " +
    "GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU " +
    "ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN " +
    "KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME " +
    "MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA " +
    "NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM " +
    "PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI " +
    "SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK " +
    "TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI " +
    "VN VU WF WS YE YT ZA ZM ZW"
  ).split(" "),
);

/**
 * Codes CLDR names that ISO 3166-1 does not assign to a country: exceptionally or transitionally reserved
 * (AC, CP, DG, EA, EU, EZ, FX, IC, SU, TA, UK, UN; AN, BU, CS, TP, YU, ZR), withdrawn (DD, DY, HV, NH,
 * RH, VD, YD), CLDR's own (CQ, QO) and user-assigned (XA, XB, XK, ZZ).
 */
export const NOT_ASSIGNED_CODES: ReadonlySet<string> = new Set(
  "AC AN BU CP CQ CS DD DG DY EA EU EZ FX HV IC NH QO RH SU TA TP UK UN VD XA XB XK YD YU ZR ZZ".split(" "),
);

/** Codes people use for a country that ISO spells otherwise: "UK" is reserved, the UK's code is GB. */
export const COUNTRY_CODE_ALIASES: Readonly<Record<string, string>> = { UK: "GB" };

/** The assigned code an upper-case input means ("GB"; "UK" → "GB"), or undefined for anything else ("XX", "gb"). */
export function assignedCountryCode(input: string): string | undefined {
  const code = COUNTRY_CODE_ALIASES[input] ?? input;
  return ASSIGNED_COUNTRY_CODES.has(code) ? code : undefined;
}
