import { describe, expect, it } from "vitest";
import { answerMessage } from "../../../../functions/engine/answer-message.ts";
import { normalise } from "../../../../functions/engine/normalise/normalise.ts";
import { detectSituation, type Situation } from "../../../../functions/engine/situation/detect-situation.ts";
import { DEFAULT_CONFIG } from "../../../../shared/schemas/community-config.ts";

const situation = (text: string): Situation => detectSituation(normalise(text));

// Real-sounding messages, as members in each country would write them: regional words, missing accents, chat spelling.
const WOUNDS: readonly [string, string][] = [
  ["es", "me corte demasiado profundo y no para de sangrar, q hago"],
  ["es", "wey me raje el brazo bien hondo, hay sangre por todas partes"],
  ["es", "creo que necesito puntos, me he cortado y sigue sangrando sin parar"],
  ["pt", "me cortei fundo demais e não para de sangrar"],
  ["pt", "tô sangrando muito, acho que preciso levar pontos"],
  ["pt", "cortei o pulso muito fundo e tem sangue por todo lado"],
  ["fr", "je me suis coupée trop profond et ça s'arrête pas de saigner"],
  ["fr", "jarrive pas a arreter le sang, il y en a partout, du sang partout"],
  ["fr", "je me suis entaillé le bras très profondément, je saigne énormément"],
  ["de", "ich hab mich zu tief geschnitten und es hört nicht auf zu bluten"],
  ["de", "überall blut, ich krieg die blutung nicht gestoppt"],
  ["de", "der Schnitt ist echt tief, das muss bestimmt genäht werden"],
];

const UNREACHABLE: readonly [string, string][] = [
  ["es", "mi mejor amiga me mandó un mensaje de despedida y ahora no contesta el teléfono"],
  ["es", "mi hermano se despidió de todos en el grupo y su celular está apagado"],
  ["pt", "minha amiga me mandou uma mensagem de despedida e agora não atende"],
  ["pt", "o meu namorado escreveu uma carta de despedida e o telemóvel está desligado"],
  ["fr", "mon meilleur ami m'a envoyé un message d'adieu et depuis il répond plus"],
  ["fr", "ma soeur a fait ses adieux sur insta et son portable est éteint"],
  ["de", "meine beste Freundin hat mir eine Abschiedsnachricht geschickt und geht nicht mehr ans Handy"],
  ["de", "mein Kumpel hat sich von allen verabschiedet, ich erreiche ihn nicht"],
];

const YOUNG: readonly [string, string][] = [
  ["es", "tengo 15 años y mis padres no pueden saber que me corto"],
  ["es", "en el insti todos se burlan de mí y ya no quiero vivir"],
  ["es", "voy en segundo de secundaria y me quiero morir"],
  ["pt", "tenho 14 anos e meus pais não podem saber"],
  ["pt", "todo mundo na escola me odeia, quero sumir"],
  ["fr", "j'ai 15 ans et mes parents doivent pas savoir"],
  ["fr", "je suis en 3e et au collège tout le monde me harcèle"],
  ["de", "ich bin 15 und meine Eltern dürfen das nicht wissen"],
  ["de", "i bin erst 14 und in der Schule hassen mich alle"],
  ["de", "ich bin in der 9. Klasse und will nicht mehr leben"],
];

// Figures of speech and near misses: no emergency, no young writer, no unreachable friend.
const NOT_A_WOUND = [
  "me muero de risa, casi me corto con el papel jaja",
  "me dejó una herida muy profunda en el alma",
  "hace años me cortaba muy hondo, ahora tengo cicatrices",
  "morri de vergonha, cortei o cabelo curto demais",
  "je suis mort de rire, ça me saigne le cœur de partir",
  "ich lach mich tot, Blut, Schweiß und Tränen für die Prüfung",
  "vor Jahren hab ich mich tief geschnitten, heute sind es alte Narben",
];
const NOT_YOUNG = [
  "tengo 15 años de experiencia como enfermera",
  "mi hija está en el insti y tengo miedo por ella",
  "tenho 15 anos de casada e estou exausta",
  "minha filha tem 15 anos e na escola sofre bullying",
  "j'ai 15 ans d'expérience et je suis prof au lycée",
  "mon fils est en 3e et je m'inquiète",
  "ich bin 16 Stunden wach und kann nicht mehr",
  "meine Tochter ist in der 9. Klasse und ich mache mir Sorgen",
];
const NOT_UNREACHABLE = [
  "mi amigo no contesta mis mensajes desde ayer, estará enfadado",
  "ela não atende porque está no trabalho",
  "il répond pas à mes textos, il boude",
  "er antwortet nicht, er ist wohl sauer",
];

describe("situations in Spanish, Portuguese, French and German", () => {
  it.each(WOUNDS)("%s: %j is a wound first", (_language, text) => {
    expect(situation(text).medical).toBe("wound");
  });

  it.each(UNREACHABLE)("%s: %j is a friend who said goodbye and cannot be reached", (_language, text) => {
    expect(situation(text).friendUnreachable).toBe(true);
  });

  it.each(YOUNG)("%s: %j is likely a young writer", (_language, text) => {
    expect(situation(text).youngPerson).toBe(true);
  });

  it.each(NOT_A_WOUND)("%j is not a wound to treat today", (text) => {
    expect(situation(text).medical).toBeNull();
  });

  it.each(NOT_YOUNG)("%j is not a young writer", (text) => {
    expect(situation(text).youngPerson).toBe(false);
  });

  it.each(NOT_UNREACHABLE)("%j, with no goodbye, is not an unreachable friend", (text) => {
    expect(situation(text).friendUnreachable).toBe(false);
  });
});

describe("the reply follows the situation in the member's language", () => {
  it.each([
    ["es-ES", "me corte demasiado profundo y no para de sangrar, ya no quiero vivir", "Un corte profundo"],
    ["de-DE", "ich hab mich zu tief geschnitten und es hört nicht auf zu bluten, ich will nicht mehr leben", "tiefer Schnitt"],
  ])("%s: a wound in a crisis gets the wound opening first", (locale, text, opening) => {
    const answer = answerMessage({ text, locale }, { config: DEFAULT_CONFIG });
    expect(answer.kind).toBe("crisis");
    expect(answer.text.slice(0, 200)).toContain(opening);
  });

  it("a German young writer in a crisis gets the youth line first", () => {
    const answer = answerMessage({ text: "ich bin 15 und will nicht mehr leben", locale: "de-DE" }, { config: DEFAULT_CONFIG });
    expect(answer.kind).toBe("crisis");
    expect(answer.resources[0]?.phone).toBe("116 111");
  });
});
