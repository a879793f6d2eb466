import { FNV_OFFSET, fnvStep } from "../fnv.ts";
import { doubledLetterTypos } from "./squeeze-repeats.ts";

/**
 * Contractions and chat shorthand spelled out in plain words: the one table triage and retrieval both read
 * ("ngl" is "honestly" to both). Keys are whole tokens (letters, digits, apostrophes).
 */
export const CHAT_SHORTHAND: Readonly<Record<string, string>> = {
  // contractions (with or without the apostrophe where the bare form is not itself a word)
  "i'm": "i am",
  im: "i am",
  "i've": "i have",
  ive: "i have",
  "i'll": "i will",
  "i'd": "i would",
  "don't": "do not",
  dont: "do not",
  "doesn't": "does not",
  doesnt: "does not",
  "didn't": "did not",
  didnt: "did not",
  "can't": "can not",
  cant: "can not",
  cannot: "can not",
  "won't": "will not",
  "wouldn't": "would not",
  wouldnt: "would not",
  wont: "will not",
  "shouldn't": "should not",
  shouldnt: "should not",
  "couldn't": "could not",
  couldnt: "could not",
  "isn't": "is not",
  isnt: "is not",
  "aren't": "are not",
  arent: "are not",
  "wasn't": "was not",
  wasnt: "was not",
  "weren't": "were not",
  "haven't": "have not",
  havent: "have not",
  "hasn't": "has not",
  hasnt: "has not",
  "hadn't": "had not",
  "ain't": "is not",
  aint: "is not",
  "it's": "it is",
  "that's": "that is",
  thats: "that is",
  "what's": "what is",
  whats: "what is",
  "there's": "there is",
  theres: "there is",
  "here's": "here is",
  "he's": "he is",
  hes: "he is",
  "she's": "she is",
  shes: "she is",
  "they're": "they are",
  theyre: "they are",
  "you're": "you are",
  youre: "you are",
  "we're": "we are",
  "they'd": "they would",
  "she'd": "she would",
  "he'd": "he would",
  "you'd": "you would",
  "they'll": "they will",
  "she'll": "she will",
  "he'll": "he will",
  "you'll": "you will",
  "let's": "let us",
  "they've": "they have",
  "you've": "you have",
  "we've": "we have",
  "who's": "who is",
  "how's": "how is",
  "where's": "where is",
  "nobody's": "nobody is",
  "someone's": "someone is",
  "everyone's": "everyone is",
  "life's": "life is",
  // chat abbreviations
  wanna: "want to",
  wana: "want to",
  wnna: "want to",
  gonna: "going to",
  gona: "going to",
  gotta: "got to",
  tryna: "trying to",
  finna: "going to",
  imma: "i am going to",
  ima: "i am going to",
  "i'ma": "i am going to",
  lemme: "let me",
  gimme: "give me",
  dunno: "do not know",
  kinda: "kind of",
  sorta: "sort of",
  outta: "out of",
  u: "you",
  ur: "your",
  r: "are",
  ya: "you",
  cuz: "because",
  coz: "because",
  bc: "because",
  cos: "because",
  rn: "right now",
  tn: "tonight",
  tonite: "tonight",
  "2nite": "tonight",
  tmr: "tomorrow",
  tmrw: "tomorrow",
  tmw: "tomorrow",
  tmrow: "tomorrow",
  "2moro": "tomorrow",
  "2morrow": "tomorrow",
  "2day": "today",
  b4: "before",
  idk: "i do not know",
  idc: "i do not care",
  idgaf: "i do not care",
  ik: "i know",
  ngl: "honestly",
  tbh: "honestly",
  tbf: "honestly",
  fr: "for real",
  frfr: "for real",
  istg: "i swear",
  ofc: "of course",
  bf: "boyfriend",
  gf: "girlfriend",
  bff: "best friend",
  bestie: "best friend",
  ppl: "people",
  pls: "please",
  plz: "please",
  abt: "about",
  smth: "something",
  sth: "something",
  rly: "really",
  prolly: "probably",
  atm: "at the moment",
  irl: "in real life",
  w: "with",
  nvm: "never mind",
  jk: "joking",
  jkjk: "joking",
  lmao: "lol",
  lmfao: "lol",
  rofl: "lol",
  lolol: "lol",
  lool: "lol",
  haha: "lol",
  hahaha: "lol",
  hehe: "lol",
  xd: "lol",
  kek: "lol",
  pdoc: "psychiatrist",
  tdoc: "therapist",
  dx: "diagnosis",
  "dx'd": "diagnosed",
  dxd: "diagnosed",
  rx: "prescription",
  // more chat spellings (retrieval reads these too; none is a word in Spanish, Portuguese, French or German)
  yu: "you",
  wat: "what",
  wut: "what",
  wht: "what",
  wats: "what is",
  hows: "how is",
  whos: "who is",
  its: "it is",
  lets: "let us",
  bcs: "because",
  tho: "though",
  thru: "through",
  smthn: "something",
  imo: "in my opinion",
  thx: "thanks",
  ty: "thank you",
  tysm: "thank you",
  realy: "really",
  prob: "probably",
  def: "definitely",
  obvs: "obviously",
  sayin: "saying",
  goin: "going",
  doin: "doing",
  talkin: "talking",
  gettin: "getting",
  makin: "making",
  lookin: "looking",
  askin: "asking",
  tellin: "telling",
  somethin: "something",
  writin: "writing",
  cryin: "crying",
  missin: "missing",
  tryin: "trying",
  thinkin: "thinking",
  feelin: "feeling",
  nothin: "nothing",
};

/** Chat shorthand, coded slang and common misspellings, each spelled out in the plain words triage reads. */
const SHORTHAND: Readonly<Record<string, string>> = {
  ...CHAT_SHORTHAND,
  // coded and euphemistic risk language
  kms: "kill myself",
  kys: "kill yourself",
  kmn: "kill me now",
  ctb: "kill myself",
  sewerslide: "suicide",
  kermit: "commit",
  sewerslidal: "suicidal",
  sewerslidey: "suicidal",
  sucidial: "suicidal",
  sui: "suicidal",
  unalive: "kill myself",
  unaliving: "killing myself",
  unalived: "killed myself",
  selfdelete: "kill myself",
  ded: "dead",
  idwtli: "i do not want to live",
  idwtl: "i do not want to live",
  iwtd: "i want to die",
  iwanttodie: "i want to die",
  iwtkms: "i want to kill myself",
  sh: "self harm",
  selfharm: "self harm",
  selfharming: "self harming",
  selfharmed: "self harmed",
  selfharms: "self harms",
  "sh'd": "self harmed",
  "sh'ed": "self harmed",
  shd: "self harmed",
  "sh'ing": "self harming",
  shing: "self harming",
  nssi: "self harm",
  od: "overdose",
  "od'd": "overdosed",
  "od'ed": "overdosed",
  oded: "overdosed",
  "od'ing": "overdosing",
  oding: "overdosing",
  "sa'd": "sexually assaulted",
  "sa'ed": "sexually assaulted",
  // misspellings of the words that matter most
  kil: "kill",
  kiling: "killing",
  kll: "kill",
  myslef: "myself",
  mysefl: "myself",
  mself: "myself",
  myselfe: "myself",
  suicde: "suicide",
  sucide: "suicide",
  suicid: "suicide",
  suiside: "suicide",
  suacide: "suicide",
  suicdie: "suicide",
  suiscide: "suicide",
  suicidel: "suicidal",
  suicdal: "suicidal",
  sucidal: "suicidal",
  suisidal: "suicidal",
  suicial: "suicidal",
  dieing: "dying",
  wnt: "want",
  slef: "self",
  hurtin: "hurting",
  cuttin: "cutting",
  killin: "killing",
  livin: "living",
  anymor: "anymore",
  enymore: "anymore",
  anymoree: "anymore",
  dissapear: "disappear",
  disapear: "disappear",
  dissappear: "disappear",
  dissapearing: "disappearing",
  disapearing: "disappearing",
  bak: "back",
};

/** What is dyed: "die my hair blue" is dyeing, and "want to dye" with nothing dyed is dying. */
const DYED = String.raw`(?:hair|roots|beard|brows|eyebrows|bangs|fringe|tips|ends|clothes|shirt|jeans|hoodie|dress|shoes|fabric|wool|yarn|eggs)`;
const COLOUR = String.raw`(?:blue|pink|red|green|purple|black|blonde|blond|silver|grey|gray|white|orange|yellow|brown|ginger|lilac|teal)`;

/**
 * Multi-word and context-dependent forms, applied before the token table. Each runs only when one of
 * its literal markers (`has`) occurs in the text.
 */
export const PHRASES: readonly { has: readonly string[]; pattern: RegExp; replacement: string }[] = [
  { has: ["slide"], pattern: /\bsewer[ -]?slide\b/g, replacement: "suicide" },
  { has: ["un alive", "un-alive"], pattern: /\bun[ -]alive/g, replacement: "unalive" },
  { has: ["unalive"], pattern: /\b(be|being|feel|am|is|was|were) unalive\b/g, replacement: "$1 dead" },
  { has: ["unaliv"], pattern: /\bunalive (myself|me|himself|herself|themselves|themself|yourself)\b/g, replacement: "kill $1" },
  { has: ["unaliv"], pattern: /\bunaliving (myself|me|himself|herself|themselves|themself|yourself)\b/g, replacement: "killing $1" },
  { has: ["unaliv"], pattern: /\bunalived (myself|me|himself|herself|themselves|themself|yourself)\b/g, replacement: "killed $1" },
  { has: ["delet"], pattern: /\bself[ -]?delet(e|ing|ed)\b|\bdelet(e|ing|ed) myself\b/g, replacement: "kill myself" },
  { has: ["aint no", "ain't no"], pattern: /\bain'?t no\b/g, replacement: "there is no" },
  { has: ["uninstall"], pattern: /\buninstall(?:ing)? myself\b/g, replacement: "kill myself" },
  { has: ["yeet"], pattern: /\byeet(?:ing)? myself\b/g, replacement: "throw myself" },
  {
    has: ["off my", "off him", "off her", "off them", "offed", "offing"],
    pattern: /\b(off|offing|offed) (myself|himself|herself|themselves|themself)\b/g,
    replacement: "kill $2",
  },
  { has: ["s/h"], pattern: /\bs\/h\b/g, replacement: "self harm" },
  { has: ["self-", "self  "], pattern: /\bself[ -]+(harm|harming|harmed|harms|injury|injuring|injured)\b/g, replacement: "self $1" },
  { has: [" sa "], pattern: /\b(got|was|been|being|get|getting) sa\b/g, replacement: "$1 sexually assaulted" },
  { has: [" 2 "], pattern: /\b(want|wanna|need|going|gonna|have|got|try|trying|like|love|hate|ready|about) 2\b/g, replacement: "$1 to" },
  {
    has: ["die ", "died ", "dying "],
    pattern: new RegExp(
      String.raw`\b(?:die|died|dying)(?= (?:(?:my|her|his|their|your|our|the|it|them|this|that|some) )?(?:(?:own|new|old|whole|natural|${COLOUR}) )?(?:${DYED}|${COLOUR})\b)`,
      "g",
    ),
    replacement: "dye",
  },
  {
    has: ["dye"],
    pattern: new RegExp(
      String.raw`\b(to|i|and|just|should|could|would|will|gonna|wanna) dye\b(?! (?:(?:my|her|his|their|your|our|the|it|them|this|that|some|a|an) |(?:${DYED}|${COLOUR})\b))`,
      "g",
    ),
    replacement: "$1 die",
  },
  { has: ["game end"], pattern: /\bgame end\b/g, replacement: "kill" },
  { has: ["my t ", "my t,", "my t.", "my t?"], pattern: /\bmy t\b(?!')/g, replacement: "my therapist" },
];

let tokens: ReadonlyMap<string, string> | undefined;
/** A bit per hash of the table's tokens (see hashBit): a token whose bit is clear is not in the table. */
let tokenBits: Uint32Array | undefined;
const TOKEN_HASH_BITS = 15;

/** The table, built on the first message, not at start-up. */
function table(): ReadonlyMap<string, string> {
  if (!tokens) {
    tokens = new Map([...doubledLetterTypos(), ...Object.entries(SHORTHAND)]);
    tokenBits = new Uint32Array((1 << TOKEN_HASH_BITS) / 32);
    for (const token of tokens.keys()) {
      let fnvHash = FNV_OFFSET;
      for (let at = 0; at < token.length; at++) fnvHash = fnvStep(fnvHash, token.charCodeAt(at));
      const hash = hashBit(fnvHash);
      tokenBits[hash >>> 5]! |= 1 << (hash & 31);
    }
  }
  return tokens;
}

/** What one token spells out to, if anything. */
export function spelledOut(token: string): string | undefined {
  return table().get(token);
}

/**
 * Whether a token may be in the table, from its FNV-1a hash (`fnvStep` over its characters from FNV_OFFSET, worked out
 * as the caller reads it): false proves it is not (equal tokens hash alike), so most of a message's words are passed
 * over without being cut out of it and looked up.
 */
export function mayBeSpelledOutByHash(fnvHash: number): boolean {
  table();
  const hash = hashBit(fnvHash);
  return (tokenBits![hash >>> 5]! & (1 << (hash & 31))) !== 0;
}

/** A token's FNV-1a hash folded to TOKEN_HASH_BITS bits: its bit in `tokenBits`. */
function hashBit(fnvHash: number): number {
  return fnvHash >>> (32 - TOKEN_HASH_BITS);
}
