/**
 * Figures of speech that borrow the words of risk ("dying of embarrassment", "killed myself laughing",
 * "shot myself in the foot"). They are blanked out of a clause before cues run, so a real disclosure
 * elsewhere in the same clause still counts.
 */
/**
 * Idioms in families, each run only when the clause holds one of its family's word pieces (a cheap test before the
 * full list: a string search per piece, no regular expression over the clause).
 */
const IDIOMS: readonly { words: readonly string[]; pattern: RegExp }[] = [
  {
    words: ["die", "dyi", "dea", "kill", "crawl", "suicid", "jump", "throw"],
    pattern: [
      String.raw`\b(?:die|dies|dying|died|dead|kill (?:myself|me)|killing (?:myself|me)|killed (?:myself|me)) (?:of|from|with) (?:embarrassment|laughter|laughing|cringe|boredom|shame|cuteness|curiosity|suspense|hunger|thirst|heat|jealousy|envy|happiness)\b`,
      String.raw`\b(?:die|died|dying|dead|kill (?:myself|me)|killing (?:myself|me)|killed (?:myself|me)) (?:laughing|of laughter)\b`,
      String.raw`\b(?:kill|killing|killed) myself (?:at|with|over|for) (?:work|the gym|my job|studying|revision|training|school|uni|college|exams?|this (?:project|essay|assignment|job))\b`,
      String.raw`\b(?:kill|killing|killed) myself (?:to|trying to) (?:finish|get|make|meet|pass|impress|keep up|please)\b`,
      String.raw`\b(?:going to|gonna|will|would|could|might) die if (?:i|he|she|they) (?:have to|has to|must|need to|see|hear|get)\b`,
      String.raw`\bcrawl (?:into|in) a hole and die\b`,
      String.raw`\b(?:would |i would |i'd )?rather die than (?!(?:go back to|live|be with|stay with|face|wake up)\b)(?:go|sit|do|eat|wear|watch|listen|attend|work|be seen|talk|call|spend|sing|dance|present|admit|ask|take|read|visit)\b`,
      String.raw`\bif (?:i|we) (?:hear|see|have to|get|read|watch|sit through|eat) (?:one more|another|that|this) [^.,]{0,40}?,? (?:i am |i will |i would )?(?:going to |gonna |literally )*(?:jump|kill myself|die|throw myself|walk into the sea|lose it)\b[^.,]{0,30}`,
      String.raw`\b(?:phone|battery|laptop|computer|car|plant|plants|tablet|headphones|charger|wifi|internet|pc|console|controller|tv|fridge|engine|code|app|server|build|game|character|printer|router|mouse|keyboard) (?:is |was |keeps |has |just |finally )?(?:about to |going to |gonna |almost |nearly |kind of )?(?:die|dies|dying|died|dead|committing suicide|killing itself|killed itself)\b`,
    ],
  },
  {
    words: ["sho", "hurt", "cut", "burn", "injur", "fell", "trip", "slip", "crash"],
    pattern: [
      String.raw`\b(?:shot|shoot|shooting) myself in the foot\b`,
      String.raw`\b(?:hurt|cut|burned|burnt|injured) myself (?:cooking|shaving|chopping|playing|at the gym|lifting|running|skiing|climbing|gardening|on (?:a|the|some) (?:knife|paper|glass|oven|stove|pan|can|stairs|ice))\b`,
      String.raw`\b(?:fell|tripped|slipped|crashed) and (?:hurt|cut|burned|injured)\b`,
    ],
  },
  {
    words: ["beat", "hit", "strang", "murd", "punch", "slap", "stab", "kill", "throttl", "smack"],
    pattern: [
      String.raw`\bbeat(?:s|ing)? (?:me|us|him|her|them) (?:at|in) (?!home\b|night\b|school\b|the (?:house|car|street|park|head|face)\b|my\b|front\b)`,
      String.raw`\bhit(?:s|ting)? (?:me|us|him|her|them) up\b`,
      String.raw`\b(?:strangle|kill|murder|punch|slap|throttle|hit|smack|stab) the next (?:person|one|guy|idiot|customer|man|woman|driver|kid|student|coworker) (?:who|that|to)\b`,
    ],
  },
].map(({ words, pattern }) => ({ words, pattern: new RegExp(pattern.join("|"), "g") }));

/** Hyperbole that is figurative only when the writer is plainly joking ("mondays make me want to die lol"). */
const JOKING_IDIOMS =
  /\b(?:makes?|made|making) me (?:want to )?(?:die|kill myself)\b|\bi (?:could|might) (?:just )?die\b|\bkill me(?: now)?\b|\brather die than\b/g;

const JOKE = /\b(?:lol|joking|kidding|haha)\b|\/j\b|:p\b/;
const NOT_JOKING = /\b(?:not|no|never) (?:joking|kidding|lol)\b|\bno joke\b|\bi am serious\b|\bseriously\b|\bfor real\b|\bnot a joke\b/;

export function isJoking(folded: string): boolean {
  return JOKE.test(folded) && !NOT_JOKING.test(folded);
}

/** Every joking idiom holds one of these. */
const JOKING_IDIOM_WORDS = ["die", "kill"];

/**
 * Every word piece above, each a bit of a word's `figurativePieces`. A piece is letters alone, so it lies within one of
 * a clause's words (runs of a–z, 0–9, "_"): the bits of a clause's words say which pieces the clause holds.
 */
const PIECES = [...new Set([...IDIOMS.flatMap(({ words }) => words), ...JOKING_IDIOM_WORDS])];
if (PIECES.length > 31 || PIECES.some((piece) => !/^[a-z]+$/.test(piece))) throw new Error("Idiom word pieces: at most 31, letters only.");
const bitsOf = (words: readonly string[]) => words.reduce((bits, word) => bits | (1 << PIECES.indexOf(word)), 0);
const FAMILY_BITS = IDIOMS.map(({ words }) => bitsOf(words));
const JOKING_BITS = bitsOf(JOKING_IDIOM_WORDS);
/** Every piece: what a clause whose words were not read may hold. */
export const ANY_PIECES = bitsOf(PIECES);

/** The idiom word pieces the word holds, as bits (worked out once a word: triage's token table keeps them). */
export function figurativePieces(word: string): number {
  let bits = 0;
  for (let i = 0; i < PIECES.length; i++) if (word.includes(PIECES[i]!)) bits |= 1 << i;
  return bits;
}

/**
 * `joking` is asked only when the clause holds a hyperbole that a joke would make figurative. `pieces`, the bits
 * of the clause's words (`figurativePieces`), when known: a family none of whose pieces the clause holds is not
 * searched for them (blanking only puts spaces, so the masked clause holds none either); the same masking.
 */
export function maskFigurative(clause: string, joking: () => boolean, pieces = ANY_PIECES): string {
  let masked = clause;
  for (let i = 0; i < IDIOMS.length; i++) {
    const { words, pattern } = IDIOMS[i]!;
    if ((pieces & FAMILY_BITS[i]!) !== 0 && holdsAny(masked, words)) masked = masked.replace(pattern, blank);
  }
  if ((pieces & JOKING_BITS) === 0 || !holdsAny(masked, JOKING_IDIOM_WORDS)) return masked;
  JOKING_IDIOMS.lastIndex = 0;
  return JOKING_IDIOMS.test(masked) && joking() ? masked.replace(JOKING_IDIOMS, blank) : masked;
}

function holdsAny(text: string, pieces: readonly string[]): boolean {
  return pieces.some((piece) => text.includes(piece));
}

/** Same length, so indices into the clause stay valid. */
function blank(match: string): string {
  return " ".repeat(match.length);
}
