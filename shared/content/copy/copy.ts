import type { CrisisReason, RedirectReason } from "../../schemas/answer.ts";
import type { Language } from "../languages.ts";

/**
 * Every sentence Alliance says, in one language. A clinician reviewing what Alliance says reads
 * `shared/content/copy/<lang>.ts`; the composers and renderers only assemble these pieces.
 *
 * Conventions for every language:
 * - Markdown: `**bold**` is kept as given; renderers turn it into each platform's markup.
 * - Parameters arrive already formatted (a phone number may arrive as `**988**`, a list already joined);
 *   a function only places them in its sentence, so word order is the language's own.
 * - Numbers, names of lines and URLs come from the resource directory and are never written here.
 * - Safe-messaging practice (docs/design.md): warm, direct, no method details, always a way to a person.
 */
export interface Copy {
  language: Language;

  /** Small words the composers join parts with. */
  words: {
    /** "A", "A and B", "A, B and C". */
    list(items: readonly string[]): string;
    /** Alternative ways to reach a line: "call **X** or text **Y**". */
    or(items: readonly string[]): string;
    /** A region's name in a sentence: en uses the directory's "the UK"; other languages name the code (ISO 3166). */
    region(code: string | null, englishName: string): string;
  };

  /** How to reach a line, in words; `number` arrives formatted (bold in replies, plain in resource lists). */
  contact: {
    /** "call 988" */
    call(number: string): string;
    /** "text 988", "text START to 88788" (the keyword is part of the directory's value). */
    text(number: string): string;
    /** Terse, in resource lists: "WhatsApp +65 …". */
    whatsapp(number: string): string;
    /** In sentences: "message **+65 …** on WhatsApp". */
    messageOnWhatsApp(number: string): string;
    /** "go to example.org" */
    goTo(url: string): string;
    /** One number that takes both: "call or text 988". */
    callOrText(number: string): string;
    /** A line's route in this language, with a menu key: "call **988** and press **2**". */
    callAndPress(number: string, key: string): string;
    /** A line's text route in this language, with a keyword: "text **AYUDA** to **988**". */
    textKeyword(keyword: string, number: string): string;
  };

  /** The emergency number, in the words a sentence needs. */
  emergency: {
    /** When the region's number is unknown: "your local emergency number". */
    localNumber: string;
    /** "112 for an ambulance or 110 for the police" (body in danger: the ambulance first). */
    ambulanceFirst(ambulance: string, police: string): string;
    /** "110 for the police or 112 for an ambulance" (danger from a person: the police first). */
    policeFirst(police: string, ambulance: string): string;
    /** "an ambulance on 119". */
    ambulanceOn(ambulance: string): string;
    /** "your local emergency number for an ambulance". */
    localAmbulance: string;
  };

  /** The lines paragraph of a crisis reply (functions/engine/compose/crisis-lines-text.ts). */
  lines: {
    /** The first line: "**Name**: call **988** (24/7)." */
    primary(name: string, howToReach: string, hours: string): string;
    /** "If calling feels hard, you can text **988** instead." */
    textInstead(textRoute: string): string;
    /** "If calling feels hard, you can text instead: **Name**, text **85258** (24/7)." */
    textLineInstead(name: string, textRoute: string, hours: string): string;
    /** A further line in a list: "**Name** (call **X**, 24/7)". */
    other(name: string, howToReach: string, hours: string): string;
    /** A text line's call route, said apart: "**Name** by phone (call **X**)". */
    byPhone(name: string, phone: string): string;
    /** "You can also reach A and B." (`lines` already joined with `words.list`). */
    alsoReach(lines: string): string;
    /** "Not in the UK? **Find A Helpline** (url) lists lines in other countries." `region` null: "this country". */
    notInRegion(region: string | null, directory: string, url: string): string;
    /** A line that may be closed: "Outside those hours, you can reach **Name** (24/7): call **X**." */
    outsideHoursLine(name: string, hours: string, howToReach: string): string;
    /** A line that may be closed and no 24/7 line: the emergency number (`null`: the local one). */
    outsideHoursEmergency(emergencyNumber: string | null): string;
    /** No line for the region: the directory (`region` null when no region is known at all). */
    directoryOnly(region: string | null, directory: string, url: string): string;
    /** Neither a line nor a directory. */
    noLine: string;
  };

  /** A crisis reply (functions/engine/compose/crisis.ts), by reason. */
  crisis: {
    voice: Record<
      CrisisReason,
      {
        opening: string;
        /** The emergency sentence, bold in the reply: "If you are in immediate danger, call 911". No final full stop. */
        danger(numbers: string): string;
        company: string;
        closing: string;
      }
    >;
    /** Said after the opening when the message names a time for a plan. */
    datedPlan: string;
    /** That this is a bot, before the closing. */
    bot: string;
    stillHere: string;
    abuseLineHelps: string;
    /** Before the lines when the region has no abuse line and the reason is abuse. */
    noAbuseLine: string;
    /** Said first for an overdose: `ambulance` is `emergency.ambulanceOn(...)` or `emergency.localAmbulance`. */
    overdose(ambulance: string, forSomeoneElse: boolean): string;
    /** Said first for a wound that will not stop bleeding. */
    wound(ambulance: string, forSomeoneElse: boolean): string;
    /** A friend who said goodbye and cannot be reached: call the general emergency number to check on them. */
    friendUnreachable(general: string): string;
    /** "Your community also recommends **A** and **B**." */
    communityRecommends(names: string): string;
  };

  /** A check-in when risk is possible but unclear (functions/engine/compose/check-in.ts). */
  checkIn: {
    /** Asked kindly and directly: asking about suicide does not plant the idea. */
    question: Record<CrisisReason, string>;
    /** How the line is offered as an answer to the question, e.g. "If you are, you can talk to someone now". */
    offer: Record<CrisisReason, string>;
    /** "<offer>: **Name**, call **X** (24/7)." `hours` may be absent. */
    offerLine(offer: string, name: string, howToReach: string, hours: string | undefined): string;
    /** "<offer>: **Find A Helpline** (url) shows free, confidential lines where you are." */
    offerDirectory(offer: string, directory: string, url: string): string;
    /** "<offer>: please reach out to a local crisis line." */
    offerNoLine(offer: string): string;
    /** "If you're in immediate danger, call 911." with the full stop. */
    danger: Record<CrisisReason, (numbers: string) => string>;
    bot: string;
  };

  /** A redirect to a professional. The directory's signpost sentence (in English) follows `why`. */
  redirect: Record<RedirectReason, { why: string; offer: string; followUps: string[] }>;

  /** No topic fits: what Alliance can help with. Greetings and thanks get the same intro. */
  outOfScope: {
    intro: string;
    openings: { greeting: string; thanks: string; about: string; unknown: string };
    followUps: string[];
  };

  /**
   * Chat met as chat, in a line or two with no article: greetings, thanks, praise for Alliance or for a therapist
   * or session, news of a session ahead or behind. Optional: a language without it greets with its intro and
   * opening (its small talk beyond greetings and thanks is not yet recognised).
   */
  smallTalk?: Record<"greeting" | "thanks" | "praise_bot" | "praise_therapy" | "session_ahead" | "session_behind", string> &
    /** "How are you?", "ok", "bye" on their own: met in es, pt, fr and de (English's patterns do not read them yet). */
    Partial<Record<"how_are_you" | "acknowledgement" | "goodbye", string>>;

  /**
   * A message in a language Alliance does not answer in gets the English reply, the note, and the region's
   * lines (it cannot be read, so it might be a crisis). Only English's is used; other languages may copy it.
   */
  unsupported: {
    /** "I can only answer in English, Spanish, Portuguese, French and German for now." */
    note: string;
    /** A sentence before the region's lines: "If you are struggling or not safe right now, these lines can help. " Ends with a space. */
    linesIntro: string;
  };

  /**
   * The directory's own words, which it keeps in English, as this language says them: what a line's name adds in
   * brackets, its hours, the signposts to a professional. Absent for English (the directory's text is English's).
   * Numbers, URLs and the lines' own names stay as the directory has them (shared/resources/in-language.ts).
   */
  directory?: DirectoryWords;

  /** The adapters' reply when the Worker cannot answer (shared/fallback.ts). */
  fallback: {
    /** With the region's first line (`line` described with its contacts) and emergency number. */
    withLine(line: string, emergencyNumber: string, notInRegion: string | null): string;
    /** No region known. */
    withoutLine: string;
  };

  /** Past a rate limit. */
  rateLimited(retryAfterSeconds: number): string;
  /** The Slack bot's per-member cooldown note. */
  cooldown(seconds: number): string;

  /** `/about`, and the reply to a mention with no question in it. */
  about: { text: string; followUps: string[] };

  /** `/resources`. */
  resources: {
    /** `region` null when unknown; `fromLocale`: the region is a guess from the locale; `professional`: the directory's sentence. */
    text(region: string | null, fromLocale: boolean, emergencyNumber: string | null, professional: string): string;
  };

  /** Replies to Discord interactions and Slack commands. */
  interactions: {
    alreadyAnswered: string;
    /** Discord: said in the channel when a private reply went by direct message. */
    sentPrivately: string;
    unknownAction: string;
    /** Slack `/ask` with nothing after it. */
    slashCommandUsage(command: string): string;
  };

  /** Discord's slash-command descriptions (at most 100 characters each), shown in the member's Discord language. */
  commands: { ask: string; askQuestion: string; resources: string; about: string };

  /** Labels the renderers put around an answer. */
  labels: {
    /** The button (Discord, Slack, the chat page) that shows the rest of a short answer. */
    tellMeMore: string;
    /** The resources' heading, by the answer's kind. */
    resourcesTitle: { crisis: string; checkIn: string; other: string };
    /** Slack, above follow-up buttons. */
    youCouldAlsoAsk: string;
    /** Slack, before an echoed follow-up question. */
    asked: string;
  };
}

/** Keys are the directory's English text, exactly; `test/shared/resources/directory-words.test.ts` checks every key is there. */
export interface DirectoryWords {
  /** Whole names, only where a line of the language's own countries has its name in the language (with its source). */
  names: Record<string, string>;
  /** What a name adds in brackets: "016 (all forms of violence against women)" → the words inside the brackets. */
  descriptions: Record<string, string>;
  /** A line's hours: "24/7, free". */
  hours: Record<string, string>;
  /** Signpost sentences; a region's that is missing is said with the international one of its kind. */
  signposts: Record<string, string>;
}
