/**
 * Long messages as people write them in a support channel: a story about their therapy, then the
 * question; and the same story with one crisis sentence in the middle, which must still be a crisis.
 */
const STORY = [
  "hi all, long time lurker, first real post so bear with me.",
  "i've been seeing my therapist for about eight months now, once a week on tuesdays, and for most of that time it has honestly been really good.",
  "i started because work was burying me and i kept snapping at my partner over nothing, and she helped me see how much of that was me trying to control everything so nobody could be disappointed in me.",
  "we did a lot of work on boundaries with my mum, which was huge, and i actually said no to hosting christmas this year without feeling sick about it for a week.",
  "she is warm and a bit funny and she remembers the small things, like my dog's name and the fact that i hate being asked how something made me feel straight away.",
  "so that's the background.",
  "the thing is, last session something shifted and i can't stop turning it over.",
  'i was telling her about a fight with my sister and halfway through she said something like "it sounds like you might be enjoying being the victim here a little", and she said it gently, with a smile, but it landed like a slap.',
  "i just kind of nodded and changed the subject and then spent the rest of the hour being very polite and very fine, which is exactly the thing i go to therapy to stop doing.",
  "on the bus home i replayed it about fifty times.",
  "part of me thinks she's right and i'm being oversensitive, because i do sometimes hold onto being wronged, my partner has said as much.",
  "part of me thinks it was an unfair thing to say when i was upset and hadn't even finished the story.",
  "and a third part of me is mostly embarrassed that one sentence from someone i pay has knocked me sideways for six days.",
  "i've written and deleted an email to her twice.",
  "the first draft was way too long and apologised about nine times, the second one sounded like a complaint to a manager, which is not how i feel at all.",
  "i don't want to switch therapists, i like her and we've done good work, and i don't want her to feel attacked either.",
  "i also have this worry that if i bring it up she'll get defensive, or worse, be really nice about it and i'll feel like i made a fuss over nothing.",
  "my friend who has been in therapy for years says this kind of thing happens all the time and the repair is where the real work is, but she also says her therapist is basically a saint so i'm not sure she's the best judge.",
  "i've read a bit online about ruptures and repairs, which helped a little, but it all sounds very neat on paper and much harder in a room with a person looking at you.",
  "the session is in two days and i keep imagining opening my mouth and nothing coming out, or bursting into tears, or saying it in a jokey way so it doesn't count.",
  "i'm also aware that avoiding awkward conversations is kind of my whole pattern, so it feels important to actually do this one properly.",
  "anyway, sorry for the essay, i think i just needed to write it all down somewhere before tuesday.",
  "i've been going back and forth about whether to start the session with it or wait and see if it comes up naturally, and i already know that if i wait it will never come up naturally.",
  "i made a note on my phone with the exact words she used so i don't water it down when the moment comes.",
  "i also want to tell her that the rest of the work has mattered a lot, so it doesn't sound like i'm throwing all of it away over one comment.",
];

export const QUESTION = "how do i tell my therapist something she said upset me?";
export const CRISIS_SENTENCE = "some nights i just want to die.";

export interface LongMessage {
  name: string;
  length: number;
  text: string;
  /** The kind of reply the engine must give it. */
  expect: "answer" | "crisis";
}

/** Exactly `length` characters of the story: whole words, then spaces (folded away like any whitespace). */
function story(length: number): string {
  let text = "";
  for (let index = 0; text.length < length; index++) text += `${STORY[index % STORY.length]} `;
  const cut = text.lastIndexOf(" ", length);
  return text.slice(0, Math.max(cut, 0)).padEnd(length);
}

/** Exactly `length` characters: the story, then the question. */
export function storyWithQuestion(length: number): string {
  return `${story(length - QUESTION.length - 1)} ${QUESTION}`;
}

/** Exactly `length` characters: the story with the crisis sentence between its sentences, near the middle, then the question. */
export function storyWithCrisis(length: number): string {
  const text = story(length - QUESTION.length - CRISIS_SENTENCE.length - 2);
  const boundary = text.lastIndexOf(". ", text.length / 2);
  const middle = boundary < 0 ? 0 : boundary + 2;
  return `${text.slice(0, middle)}${CRISIS_SENTENCE} ${text.slice(middle)} ${QUESTION}`;
}

export function longMessages(lengths: readonly number[]): LongMessage[] {
  return lengths.flatMap((length) => [
    { name: "story, question at the end", length, text: storyWithQuestion(length), expect: "answer" as const },
    { name: "story, crisis sentence in the middle", length, text: storyWithCrisis(length), expect: "crisis" as const },
  ]);
}
