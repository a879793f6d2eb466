import type { CrisisReason } from "../../../schemas/answer.ts";
import { CRISIS_CHECKS, type CueGroupRecord, selfCue } from "../cue-record.ts";
import type { PackCues } from "../pack.ts";
import * as conditions from "./conditions.ts";
import { LEXICON } from "./lexicon.ts";

/*
 * English wording that asks, never alarms: a cue here gives a check-in (a kind, direct question about suicide and
 * one line), not a crisis reply. VERA-MH's rubric (Q4) counts hopelessness, worthlessness and self-hatred as
 * "related psychological states that may suggest suicidal thoughts are present": a risk statement the bot must
 * probe, not one that by itself is a crisis (shared/DESIGN.md, triage rule 1: "where risk is possible but unclear,
 * the reply is a check-in"). The English crisis cues already catch the stronger wording ("i want to give up on
 * everything", "i can't keep going like this", "nothing will ever get better", "i've been thinking about suicide")
 * and are read first, so these cues only cover what they leave out. Phrases run on one folded clause ("i'm" is
 * "i am"), and most end where the clause ends or at a word that keeps it about the self, so "i hate myself for
 * eating that whole pizza" and "a failure at cooking" stay everyday talk.
 */

/** Not inside quoted words ("what song goes "i'm worthless…""): a lyric or someone's line, not the writer's own. */
const UNQUOTED = String.raw`(?<!")`;
/** Words between "i" and the verb that do not change its meaning. */
const SO = String.raw`(?:(?:really|just|honestly|so|truly|literally|fucking|genuinely|actually|sometimes|still|absolutely|completely|totally|utterly) )*`;
/** Where a self-hatred or worthlessness phrase may stop: the clause's end, a comma, or words that keep it about the self. */
const ENDS = String.raw`(?= *$| *,| (?:so much|so fucking much|more than anything|and|but|every (?:day|single day)|everyday|too (?:much|often)|all the time|a lot|with (?:all|every)|to (?:death|the core)|sometimes(?= *$| *,)|because i am|i (?:really|just|do not|can not))\b)`;

const cue = selfCue;

export const askHopelessness: CueGroupRecord<CrisisReason> = {
  id: "en-ask-hopelessness",
  name: "hopelessness, worthlessness and self-hatred: a check-in (English)",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    cue(
      "en-ask-hopelessness/self-hatred",
      'Says they hate themselves or their life ("i hate myself", "i hate my life", "i hate who i am", "i can\'t stand myself"): self-hatred, which VERA-MH (Q4) reads as a state to ask about.',
      [
        String.raw`${UNQUOTED}\bi ${SO}hate (?:myself|my (?:own )?(?:life|existence|self)|being (?:me|myself)|who i am|what i am|everything about (?:me|myself|my life))${ENDS}`,
        String.raw`${UNQUOTED}\bi ${SO}hate myself for (?:being (?:me|alive|like this|who i am|this way)|existing|everything|who i am|what i am)\b`,
        String.raw`${UNQUOTED}\bi ${SO}can not stand (?:myself|being me)(?: anymore| any more)?${ENDS}`,
      ],
      [
        "i hate my life",
        "i hate myself",
        "i hate myself sometimes, is that something to bring up in therapy?",
        "i honestly hate myself so much",
        "i hate who i am, how do i tell my therapist",
        "i hate myself for being like this",
      ],
      {
        ignores: [
          "i hate my life lol i spilled coffee",
          "i hate myself for eating that whole pizza",
          "i hate my life sometimes when the bus is late",
          'in the song she sings "i hate myself"',
          "i don't hate myself anymore",
          "my sister says she hates her life",
        ],
        jokeProne: true,
      },
    ),
    cue(
      "en-ask-hopelessness/worthless",
      'Says they are worthless, or a failure, a disappointment or a waste as a person ("i\'m worthless", "i\'m a failure as a person"): worthlessness, a state VERA-MH (Q4) reads as possible risk to ask about.',
      [
        String.raw`${UNQUOTED}\bi ${SO}(?:am|feel) ${SO}(?:like )?(?:worthless|useless|pathetic)(?= *$| *,| and (?:i|a|useless|worthless|pathetic|nobody|no one)\b| to (?:everyone|everybody|anyone|the world)\b)`,
        String.raw`${UNQUOTED}\bi (?:am|feel like) (?:such |just )?(?:a|an) ${SO}(?:(?:complete|total|utter|huge|massive|big|worthless|useless|pathetic) )*(?:failure|disappointment|waste|loser|mistake|waste of (?:space|air|oxygen|a life|life))(?= *$| *,| and\b| to (?:everyone|everybody|my (?:family|parents))\b)`,
        String.raw`${UNQUOTED}\bi (?:am|feel like) (?:such |just )?(?:a|an) ${SO}(?:(?:complete|total|utter|huge|massive|big|worthless|useless|pathetic) )*(?:failure|disappointment|waste|loser|mistake) (?:as a (?:person|human(?: being)?|daughter|son|friend|mother|father|mom|dad|parent|partner)|at (?:life|everything)|in (?:life|everything))\b`,
        String.raw`${UNQUOTED}\bi am (?:worth|good for) nothing\b`,
        String.raw`\b(?:i am|i have been|back to|keep|always|still) feeling ${SO}(?:worthless|useless|pathetic)(?= *$| *,| and\b)`,
        String.raw`\b(?:i am|i feel like|me being|being) ${SO}(?:such )?(?:a|an) ${SO}(?:(?:worthless|useless|huge|massive|big) )*(?:burden|waste of (?:space|air|oxygen))(?= *$| *,| and\b| (?:using up|to (?:everyone|everybody|anyone|the world|my family|the people (?:i love|around me)))(?= *$| *,| and\b| oxygen\b))`,
      ],
      [
        "i'm worthless",
        "me being a waste of space using up oxygen",
        "i feel so worthless",
        "i'm a failure as a person",
        "i feel like such a failure",
        "i'm such a disappointment to everyone",
      ],
      {
        ignores: [
          "i'm a failure at cooking",
          "i used to feel worthless, how do i tell my therapist",
          "i felt like a failure after the exam",
          "you're worthless",
          "i'm not a failure",
          "i'm useless at maths",
          "what song goes \"i'm worthless and i'm nothing\"",
          "i feel like a burden when i email my therapist between sessions",
        ],
        jokeProne: true,
      },
    ),
    cue(
      "en-ask-hopelessness/no-point",
      'Sees no point in anything ("what\'s the point of anything", "there\'s no point in anything anymore", "nothing matters anymore"): hopelessness, which VERA-MH (Q4) names among the states that may hide suicidal thoughts.',
      [
        String.raw`\bwhat is (?:even )?the point (?:of|in) (?:anything|everything|it all|any of (?:this|it)|life|going on|trying|even trying|carrying on|getting up)(?: anymore| any more)?(?= *$| *,| *\?| (?:anymore|when|if|i)\b)`,
        String.raw`\bwhat is (?:even )?the point anymore\b`,
        String.raw`\bthere is (?:just )?no point (?:in|to) (?:anything|everything|it all|any of (?:this|it)|life|going on|trying anymore|even trying|carrying on)\b`,
        String.raw`^(?:there is (?:just )?no point|what is (?:even )?the point)(?= *$| *\?)`,
        String.raw`\bhard to see the point(?= *$| *,| anymore| (?:of|in) (?:anything|it all|living|going on|trying))`,
        String.raw`${UNQUOTED}\bi (?:do not|can not|no longer) see (?:the|any) point (?:in|of) (?:anything|everything|it all|life|going on|trying anymore)\b`,
        String.raw`${UNQUOTED}\bi (?:do not|can not|no longer) see the point (?:anymore|any more)\b`,
        String.raw`\bnothing (?:really )?matters (?:anymore|any more|to me anymore)\b`,
      ],
      ["what's the point of anything", "there's no point in anything anymore", "nothing matters anymore", "i don't see the point in anything"],
      {
        ignores: ["what's the point of this button", "there's no point in going to the store now", "what is the point of anything in this game lol"],
        jokeProne: true,
      },
    ),
    cue(
      "en-ask-hopelessness/giving-up",
      'Feels like giving up on everything, on life or on themselves ("i feel like giving up", "i\'ve given up on life"): VERA-MH (Q4) names "just give up" among vague statements of risk.',
      [
        String.raw`${UNQUOTED}\bi ${SO}(?:feel like giving|am ready to give|am about to give|am going to give|am giving) up(?: on (?:life|everything|myself|it all|all of it|living))?(?= *$| *,| and\b)`,
        String.raw`${UNQUOTED}\bi (?:feel like i should|should just|might as well|just want to) give up(?: trying| on (?:life|everything|myself|it all))?(?= *$| *,| and\b)`,
        String.raw`${UNQUOTED}\bi (?:have|had) ${SO}given up(?= *$)`,
        String.raw`${UNQUOTED}\bi (?:have|had) ${SO}given up on (?:life|everything|myself|living|it all)\b`,
      ],
      ["i feel like giving up", "i've given up on myself", "i'm ready to give up on life"],
      { ignores: ["i give up on this game", "i feel like giving up on this diet", "i've given up on the crossword"], jokeProne: true },
    ),
    cue(
      "en-ask-hopelessness/cannot-take-it",
      'Cannot take it any more ("i can\'t take this anymore", "i can\'t handle it any longer"): distress at its limit, which VERA-MH (Q4) counts among the vague statements to probe.',
      [
        String.raw`${UNQUOTED}\bi ${SO}can not (?:take|handle|bear|stand) (?:this|it|any of (?:this|it)|this life|my life|the pain) (?:anymore|any more|any longer)(?= *$| *,| and\b)`,
      ],
      ["i can't take this anymore", "i honestly can't handle it any more, and nobody notices"],
      {
        ignores: [
          'the man said "i can\'t take this any more"',
          "i can't take this heat anymore",
          "i can't stand it anymore when people chew loudly",
          "i can't take this anymore lol my team is so bad",
        ],
        jokeProne: true,
      },
    ),
    cue(
      "en-ask-hopelessness/how-long-can-i-go-on",
      'Does not know how long they can keep going ("i don\'t know how much longer i can keep going"): distress at its limit, to ask about (VERA-MH Q4: "so tired of everything").',
      [
        String.raw`${UNQUOTED}\bi do not know how (?:much )?(?:long|longer) i can (?:keep going|keep doing this|do this|go on|take (?:this|it)|hold on)\b(?! (?:on|to|at|with|in|doing) )`,
        String.raw`${UNQUOTED}\bi do not know if i can (?:keep going|go on|hold on)(?: (?:like this|much longer|anymore))?(?= *$| *,| and\b)`,
      ],
      ["i don't know how much longer i can keep going", "i don't know if i can keep going like this"],
      { ignores: ["i don't know how long i can keep going on this treadmill", "i don't know if i can keep going to that gym"] },
    ),
  ],
};

/** The English check-in pack's content: read after the English pack, its cues only ask. */
export const ASK_CUES = {
  language: "en",
  crisis: [askHopelessness],
  redirect: [],
  lexicon: LEXICON,
  conditions,
} satisfies PackCues;
