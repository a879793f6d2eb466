import type { SituationWords } from "../situation-cue.ts";

/** French (France, Belgium, Switzerland, Québec), folded: "ça" reads "ca", "élèves" reads "eleves". */
export const FRENCH_SITUATIONS: SituationWords = {
  overdose: [
    {
      id: "overdose-took-a-quantity-fr",
      rationale: "French: swallowing a counted or excessive amount of medicine is an overdose, whatever the person feels now.",
      pattern:
        /\b(?:pris|avale)\s+(?:genre |environ |plus de )?(?:\d{1,3}|toute? (?:la|les|mes)|toutes (?:les|mes)|tous (?:les|mes)|une boite (?:entiere )?de|une plaquette (?:entiere )?de|plein de)\b[^.!?]{0,30}?\b(?:cachets|comprimes|pilules|medocs|medicaments|doliprane|paracetamol|somniferes)\b/,
      examples: ["j'ai pris toute la boîte de doliprane", "j'ai avalé 15 cachets"],
    },
  ],
  wound: [
    {
      id: "wound-bleeding-will-not-stop-fr",
      rationale: "French: bleeding that does not stop needs an ambulance or the emergency department.",
      pattern:
        /\b(?:ne )?(?:s'arrete|arrete) (?:pas|plus) de saigner\b|\b(?:n'arrive|arrive|j'arrive) (?:pas|plus) a arreter (?:le sang|le saignement|l'hemorragie)\b|\bsaigne (?:toujours|encore) (?:beaucoup|enormement|autant)\b/,
      examples: ["je me suis coupée et ça s'arrête pas de saigner", "j'arrive pas à arrêter le sang"],
    },
    {
      id: "wound-cut-too-deep-fr",
      rationale: "French: a cut described as deep is a wound that may need closing.",
      pattern:
        /\b(?:coupe|coupee|entaille|entaillee|ouvert|ouverte)\b[^.!?]{0,20}?\b(?:trop |tres |super |vraiment )?(?:profond|profondement|profonde)\b|\bcoupure (?:trop |tres |super )?profonde\b/,
      examples: ["je me suis coupé trop profond", "je me suis entaillé le bras très profondément", "j'ai une coupure très profonde"],
    },
    {
      id: "wound-much-blood-fr",
      rationale: "French: a lot of blood is a medical emergency before it is anything else.",
      pattern:
        /\b(?:beaucoup|tellement|trop|plein) de sang\b|\bdu sang partout\b|\bje saigne (?:beaucoup|enormement|grave|de partout|trop)\b|\bpoints de suture\b|\b(?:besoin de|faut) (?:me )?recoudre\b/,
      examples: ["il y a du sang partout", "je saigne énormément", "je crois qu'il faut des points de suture"],
    },
  ],
  goodbye: [
    {
      id: "goodbye-message-fr",
      rationale: "French: a goodbye or a note sent to someone who is then silent is a warning sign that needs the emergency services.",
      pattern: /\b(?:message|lettre|mot|vocal|video) d'adieu\b|\b(?:m'a|nous a|a) dit adieu\b|\ba fait ses adieux\b|\blettre de suicide\b/,
      examples: ["mon meilleur ami m'a envoyé un message d'adieu", "elle a fait ses adieux sur son story"],
    },
  ],
  unreachable: [
    {
      id: "unreachable-no-answer-fr",
      rationale: "French: the person cannot be reached now, so someone has to go to them.",
      pattern:
        /\b(?:ne )?(?:repond|repondent|decroche|decrochent|lit|voit) (?:pas|plus)\b|\b(?:tel|telephone|portable|cell|cellulaire) (?:est )?(?:eteint|coupe)\b|\b(?:tombe|je tombe) (?:direct |directement )?sur (?:sa|la) messagerie\b|\b(?:arrive|j'arrive) (?:pas|plus) a (?:le|la|les) (?:joindre|contacter|trouver)\b|\bimpossible de (?:le|la|les) joindre\b/,
      examples: ["depuis elle répond plus", "son portable est éteint", "impossible de le joindre"],
    },
  ],
  youngPerson: [
    {
      id: "young-age-stated-fr",
      rationale: "French: an age under 18, said about oneself.",
      pattern: /\bj'ai (?:que |seulement |juste )?(?:1[0-7]|[89]) ans\b(?! (?:d'experience|de (?:mariage|carriere|therapie)))/,
      examples: ["j'ai 15 ans et mes parents doivent pas savoir", "j'ai que 14 ans"],
    },
    {
      id: "young-school-fr",
      rationale: "French: school life in the present (collège, lycée, Québec's secondaire, Belgium's rhéto).",
      pattern:
        /\b(?:au (?:college|lycee|bahut|secondaire)|en (?:3e|4e|5e|6e|troisieme|quatrieme|cinquieme|sixieme|terminale|rheto|secondaire [1-5])|mes profs?|ma prof|mon prof|ma classe|a l'ecole)\b/,
      examples: ["au lycée tout le monde se moque de moi", "je suis en 3e", "ma prof m'a humiliée devant ma classe"],
    },
    {
      id: "young-parents-in-charge-fr",
      rationale: "French: parents who decide for the writer: grounding, phones taken away, finding out.",
      pattern:
        /\bmes (?:parents|darons|vieux) (?:doivent pas|ne doivent pas|peuvent pas|vont (?:le )?savoir|m'ont (?:pris|confisque))\b|\b(?:je suis |suis )?(?:prive|privee|puni|punie) de (?:tel|telephone|portable|sortie)\b|\bma mere m'a (?:pris|confisque) mon (?:tel|telephone|portable)\b/,
      examples: ["mes parents doivent pas savoir", "je suis privée de portable"],
    },
  ],
  thirdPerson: /\b(?:ami|amie|pote|copain|copine|soeur|frere|cousin|cousine|mec|meuf|mari|femme|fils|fille|mere|pere|collegue|coloc|il|elle|ils|elles|lui)\b/,
  notYoung:
    /\b(?:mon fils|ma fille|mes enfants|mes eleves|je suis (?:prof|professeur|professeure|enseignant|enseignante|instit)|quand j'etais (?:au college|au lycee|a l'ecole|ado|petit|petite|jeune|enfant))\b/,
  longAgo: /\b(?:il y a (?:des annees|longtemps|\d+ ans)|l'annee derniere|quand j'etais (?:plus )?(?:jeune|ado|petit|petite)|vieilles cicatrices)\b/,
};
