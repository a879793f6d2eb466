import { WORD_TABLES, type WordTable } from "../../../shared/content/retrieval/word-tables.ts";
import { ENGLISH_ANALYZER, type TextAnalyzer } from "./analyzer.ts";

/**
 * Retrieval's reading of Spanish, Portuguese, French and German: accents folded, stop words dropped, and a light
 * suffix stemmer (one ending off, the longest that leaves a stem of at least MIN_STEM letters) so "terapeuta" and
 * "terapeutas", "séance" and "séances", "Therapeutin" and "Therapeuten" meet. English keeps its own tokeniser.
 */
interface LanguageProfile {
  /** Function words and chat filler: never terms. */
  stopWords: string;
  /** Endings a stemmer may take off, any order (the longest that fits is tried first). */
  suffixes: string;
  /** Stem prefixes that place a message in therapy ("terapeut", "psicolog", "sesion"). */
  anchors: string;
  /** Third-person pronouns ("ella", "ele", "elle", "sie"): someone, maybe the therapist. */
  pronoun: RegExp;
  /** Compounds are one word ("Verhaltenstherapie"): read their known parts too (German). */
  compounds?: boolean;
  /** Pronouns joined to a verb ("contarle" → "contar"), taken off before stemming. */
  clitics?: RegExp;
  /** Umlauts typed as "ae", "oe", "ue" ("fuer", "muede", "Gespraech") read as the folded umlaut (German). */
  umlautSpellings?: boolean;
  /**
   * Separable verbs' particles ("wie spreche ich das an" = "ansprechen") and the words that end a clause besides
   * punctuation (German): a particle closing its clause is read with a verb of that clause, when the index knows them
   * joined.
   */
  separable?: { particles: string; clauseWords: string };
}

const MIN_STEM = 3;

const PROFILES: Record<string, LanguageProfile> = {
  es: {
    stopWords: `a al algo algun alguna algunas alguno algunos ante antes aqui asi aun bien cada como con contra cual cuando
      de del desde donde dos el ella ellas ellos en entre era eres es esa esas ese eso esos esta estaba estas este esto
      estos estoy fue ha hay he la las le les lo los mas me mi mis mucho muy nada ni no nos o os otra otro para pero poco
      por porque que q k quien se sea ser si sin sobre solo son soy su sus tambien te tengo tiene tu tus un una uno unos
      usted y ya yo xq pq jaja jajaja oye pues vale`,
    suffixes: `amientos imientos amiento imiento aciones uciones adoras adores ancias logias ciones mente acion ucion adora ador
      ancia logia idades idad ables ibles able ible istas ista osos osas oso osa ando iendo aron ieron aban ados idas idos
      adas ado ido ada ida aba abas ia ias amos emos imos ar er ir as es os a e o s`,
    anchors: "terap psicolog psiquiatr psicoterap sesion consult",
    pronoun: /\b(?:el|ella|ellos|ellas|le|les|lo|la)\b/,
    clitics: /(?<=[aei]r)(?:me|te|le|lo|la|les|los|las|se|nos)$/,
  },
  pt: {
    stopWords: `a ao aos aquela aquele aqui as ate com como da das de dela dele do dos e ela elas ele eles em entre era essa
      esse esta estou eu foi ha isso isto ja la lhe mais mas me meu minha muito na nao nas nem no nos o os ou para pela
      pelo por porque pra pro q qual quando que quem se sem ser seu sua sao so sou tambem te tem tenho tu um uma uns voce
      vc vcs kkk kkkk kkkkk ne ta to`,
    suffixes: `amentos imentos amento imento acoes ucoes adoras adores ancias logias mente acao ucao adora ador ancia logia
      idades idade aveis iveis avel ivel istas ista osos osas oso osa ando endo indo aram eram iram ados adas idos idas
      ado ada ido ida oes ao ava avam ou ei ia ar er ir as es os a e o s`,
    anchors: "terap psicolog psiquiatr psicoterap sess consult",
    pronoun: /\b(?:ele|ela|eles|elas|dele|dela|lhe)\b/,
  },
  fr: {
    stopWords: `a ai au aux avec c ca ce cela ces cest d dans de des du elle en est et etre il ils j je la le les leur lui
      m ma mais me mes moi mon n ne ou par pas pour qu que qui s sa se ses si son sur t ta te tes toi ton tu un une
      vos votre vous y chui jsp mdr ptdr tkt genre trop tres plus`,
    suffixes: `issements issement ations ation atrices ateurs atrice ateur ements ement ments ment euses euse eux ites ite
      ives ive ifs if ances ance ences ence aient ions ons ait ais ez er ir ees ee es e s x`,
    anchors: "therap psy psychiatr psycholog psychotherap seanc consult",
    pronoun: /\b(?:il|elle|ils|elles|lui|leur)\b/,
  },
  de: {
    stopWords: `aber alle alles als also am an ans auch auf aufs aus bei beim bin bis bist da dann das dass dem den der des die dir doch du
      ein eine einem einen einer er es etwas fur hab habe hat hatte ich ihm ihn ihr im in ins ist ja jetzt kann kein keine man
      mal mein meine mich mir mit nach nicht noch nur ob oder schon sehr sich sie sind so uber um und vom von vor war was
      weil wenn wie wird zu zum zur echt digga voll
      meiner meinem meinen meines dein deine deiner deinem deinen sein seine seiner seinem seinen ihre ihrer ihrem ihren
      euer eure muss musst mussen soll sollte sollen konnte konnen
      kannst mochte mochten wurde wurden ware haben hast habt werden wurde gibt gab dies diese dieser dieses diesem
      jemand einfach eigentlich irgendwie gerade wirklich ganz immer
      mini dini sini isch nod ned nid nit is mei dei wos hob het gsi chan wott`,
    suffixes: `ungen ung heiten heit keiten keit lichen liche lich ischen ische isch innen in ern em en er es e n s`,
    anchors: "therap psycholog psychiat psychotherap sitz term erstgesprach analys berat",
    pronoun: /\b(?:er|sie|ihm|ihn|ihr|ihre)\b/,
    compounds: true,
    umlautSpellings: true,
    separable: {
      particles: "ab an auf aus bei ein fest her hin los mit nach raus rein ruber runter vor weg zu zuruck zusammen",
      clauseWords: "aber als damit dass denn obwohl ob oder ohne sonst und weil wenn",
    },
  },
};
/** "ae", "oe", "ue" written for an umlaut: not after a vowel ("neue", "Feuer", "Bauer") nor in "qu" ("Quelle"). */
const UMLAUT_SPELLING = /(?<![aeiouq])([aou])e/g;

const WORD = /[a-z]+/g;
/** Words and the punctuation that ends a clause, for separable verbs. */
const WORD_OR_STOP = /[a-z]+|[.,;:!?()"]/g;
/** A verb's endings taken off before it is read as an infinitive with its particle ("weist … ein" → "einweisen"). */
const VERB_ENDINGS = ["", "e", "t", "st", "et", "n", "en"];
const isLetter = (code: number) => code >= 97 && code <= 122;
const MARKS = /\p{M}/gu;
/** A compound's parts: the modifier ("verhaltens") at least this long, the head ("therapie") at least this long. */
const MIN_MODIFIER = 4;
const MIN_HEAD = 5;
const NO_PARTS: readonly string[] = [];
/** A compound read by its modifier alone leaves at least this many letters of head it does not know ("zeit", "plan"). */
const MIN_COMPOUND_REST = 4;
/** …and a modifier read alone has at least this many letters: not a verb's particle ("rein|versetzen", "auf|machen"). */
const MIN_LONE_MODIFIER = 5;

function analyzerFrom(language: string, profile: LanguageProfile, table: WordTable | undefined): TextAnalyzer {
  const stopWords = new Set(profile.stopWords.split(/\s+/).filter(Boolean));
  const suffixes = profile.suffixes
    .split(/\s+/)
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  const anchors = profile.anchors.split(" ");
  const strip = (raw: string): string => {
    const word = profile.clitics && raw.length > 6 ? raw.replace(profile.clitics, "") : raw;
    for (const suffix of suffixes) {
      if (word.length - suffix.length >= MIN_STEM && word.endsWith(suffix)) return word.slice(0, -suffix.length);
    }
    return word;
  };
  // "terapeuta=psicologo psicologa": every word's stem read as the first word's stem.
  const synonyms = new Map<string, string>();
  for (const line of (table?.sameAs ?? "").split("\n")) {
    const [target, words] = line.trim().split("=");
    if (!target || !words) continue;
    for (const word of words.split(/\s+/).filter(Boolean)) synonyms.set(strip(word), strip(target));
  }
  const stem = (raw: string): string => {
    const stemmed = strip(raw);
    return synonyms.get(stemmed) ?? stemmed;
  };
  const stems = new Map<string, string>();
  const stemOf = (word: string): string => {
    let stemmed = stems.get(word);
    if (stemmed === undefined) {
      stemmed = stem(word);
      if (stems.size < 20_000) stems.set(word, stemmed);
    }
    return stemmed;
  };
  // A compound's modifier as the index may know it: its stem, and its stem with a linking "s" off ("Verhaltens").
  const modifierStems = (modifier: string): readonly [string, string] => {
    const own = stem(modifier);
    return [own, modifier.endsWith("s") && modifier.length > MIN_MODIFIER ? stem(modifier.slice(0, -1)) : own];
  };
  // A compound's known parts, for each reading of what is known (the index's terms): found once per word.
  const partsByKnown = new WeakMap<(term: string) => boolean, Map<string, readonly string[]>>();
  const partsOf = (word: string, known: (term: string) => boolean): readonly string[] => {
    let parts = partsByKnown.get(known);
    if (!parts) partsByKnown.set(known, (parts = new Map()));
    let found = parts.get(word);
    if (found === undefined) {
      found = NO_PARTS;
      // The longest known head ("therapie" in "verhaltenstherapie"), then the modifier, its linking "s" off if need be.
      for (let at = MIN_MODIFIER; at <= word.length - MIN_HEAD; at++) {
        const head = stem(word.slice(at));
        if (head.length < MIN_STEM + 1 || !known(head)) continue;
        const [modifierStem, linked] = modifierStems(word.slice(0, at));
        found = known(modifierStem) ? [modifierStem, head] : known(linked) ? [linked, head] : [head];
        break;
      }
      // A word the index does not know, with no known head ("Vertrauens|verhältnis", "Warte|zeit"): the longest known
      // modifier, its linking "s" off if need be.
      if (found === NO_PARTS && !known(stem(word))) {
        for (let at = word.length - MIN_COMPOUND_REST; at >= MIN_MODIFIER; at--) {
          const [modifierStem, linked] = modifierStems(word.slice(0, at));
          const part =
            modifierStem.length >= MIN_LONE_MODIFIER && known(modifierStem)
              ? modifierStem
              : linked.length >= MIN_LONE_MODIFIER && known(linked)
                ? linked
                : undefined;
          if (part) {
            found = [part];
            break;
          }
        }
      }
      if (parts.size < 20_000) parts.set(word, found);
    }
    return found;
  };
  const particles = new Set(profile.separable?.particles.split(" "));
  const clauseWords = new Set(profile.separable?.clauseWords.split(" "));
  // The particle joined to a verb of its clause, the first the index knows: as written ("zu" + "hört"), or as the
  // infinitive ("an" + "sprech" + "en").
  const joinedVerb = (particle: string, clause: readonly string[], known: (term: string) => boolean): string | undefined => {
    for (const verb of clause) {
      const written = stemOf(particle + verb);
      if (known(written)) return written;
      for (const ending of VERB_ENDINGS) {
        if (!verb.endsWith(ending) || verb.length - ending.length < MIN_STEM) continue;
        const infinitive = stemOf(`${particle}${verb.slice(0, verb.length - ending.length)}en`);
        if (known(infinitive)) return infinitive;
      }
    }
    return undefined;
  };
  const rewrite = table?.rewrite;
  const rewritten = rewrite ? new RegExp(`(?<![\\p{L}])(?:${Object.keys(rewrite).join("|")})(?![\\p{L}])`, "gu") : undefined;
  return {
    language,
    prepare: (text) => {
      const lower = text.toLowerCase();
      const folded = (rewritten ? lower.normalize("NFC").replace(rewritten, (word) => rewrite![word]!) : lower)
        .normalize("NFKD")
        .replace(MARKS, "")
        .replace(/ß/g, "ss")
        .replace(/([a-z])\1{2,}/g, "$1");
      return profile.umlautSpellings ? folded.replace(UMLAUT_SPELLING, "$1") : folded;
    },
    stems: (prepared, known) => {
      const found: string[] = [];
      const separable = profile.separable !== undefined && known !== undefined;
      const tokens = prepared.match(separable ? WORD_OR_STOP : WORD) ?? [];
      // The words of the clause so far (separable verbs): a clause ends at punctuation or a word such as "dass".
      let clause: string[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const word = tokens[i]!;
        if (separable) {
          if (!isLetter(word.charCodeAt(0)) || clauseWords.has(word)) clause = [];
          if (!isLetter(word.charCodeAt(0))) continue;
          const next = tokens[i + 1];
          if (particles.has(word) && (next === undefined || !isLetter(next.charCodeAt(0)) || clauseWords.has(next))) {
            const verb = joinedVerb(word, clause, known);
            if (verb) found.push(verb);
          }
          if (word.length >= 2 && !stopWords.has(word)) clause.push(word);
        }
        if (word.length < 2 || stopWords.has(word)) continue;
        const stemmed = stemOf(word);
        if (profile.compounds && known && word.length >= MIN_MODIFIER + MIN_HEAD) {
          const parts = partsOf(word, known);
          // A compound the index does not hold is read by its parts (never "corrected" to some other word).
          if (known(stemmed) || parts.length === 0) found.push(stemmed);
          for (const part of parts) if (part !== stemmed) found.push(part);
        } else found.push(stemmed);
      }
      return found;
    },
    terms: (stemmed) => {
      const pairs = new Set<string>();
      for (let i = 1; i < stemmed.length; i++) pairs.add(`${stemmed[i - 1]} ${stemmed[i]}`);
      return { words: [...stemmed], pairs: [...pairs] };
    },
    anchors: (term) => anchors.some((anchor) => term.startsWith(anchor)),
    pronoun: profile.pronoun,
  };
}

const analyzers = new Map<string, TextAnalyzer>([["en", ENGLISH_ANALYZER]]);

/**
 * A language's analyzer, built the first time a message in that language is read (most isolates never read most
 * of the languages, and start-up is then spared their tables); English's for a language without one.
 */
export function analyzerFor(language: string): TextAnalyzer {
  let analyzer = analyzers.get(language);
  if (analyzer) return analyzer;
  if (!Object.hasOwn(PROFILES, language)) return ENGLISH_ANALYZER;
  analyzer = analyzerFrom(language, PROFILES[language]!, WORD_TABLES[language]);
  analyzers.set(language, analyzer);
  return analyzer;
}
