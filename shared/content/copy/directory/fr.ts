import type { DirectoryWords } from "../copy.ts";

/** The directory's English words as a French reply says them. Names stay the lines' own; only what the directory adds in brackets is translated. */
export const FR_DIRECTORY: DirectoryWords = {
  // The two Portuguese lines by their Portuguese names, as pt.ts gives them (sources there).
  names: {
    "SNS 24 psychological counselling (option 4)": "Linha de Aconselhamento Psicológico do SNS 24 (option 4)",
    "Domestic violence support line (CIG)": "Linha de apoio a vítimas de violência doméstica (CIG)",
  },
  descriptions: {
    Ahpra: "Ahpra",
    CIG: "CIG",
    "Centro de Valorização da Vida, Portuguese": "Centro de Valorização da Vida, en portugais",
    Finnish: "en finnois",
    French: "en français",
    Japanese: "en japonais",
    "Japanese, free": "en japonais, gratuit",
    "Red Cross, for anyone up to 18": "Croix-Rouge, jusqu'à 18 ans",
    "Rethink Mental Illness": "Rethink Mental Illness",
    "ages 5 to 25": "de 5 à 25 ans",
    "all forms of violence against women": "toutes les violences faites aux femmes",
    "also 0800 111 0 222 or 116 123": "aussi 0800 111 0 222 ou 116 123",
    "also 989 8727": "aussi 989 8727",
    "anti-violence and stalking line": "ligne contre les violences et le harcèlement",
    "children and young people": "enfants et jeunes",
    "crisis line, Norwegian": "ligne de crise, en norvégien",
    "domestic abuse": "violences conjugales et familiales",
    "domestic violence and child abuse": "violences conjugales et maltraitance des enfants",
    "domestic violence, Japanese": "violences conjugales, en japonais",
    "domestic, family and sexual violence": "violences conjugales, familiales et sexuelles",
    "gender-based violence, run by the government": "violences fondées sur le genre, service public",
    "helpline for adults in emotional crisis": "écoute pour les adultes en crise émotionnelle",
    "helpline for children and young people": "écoute pour les enfants et les jeunes",
    "line for people at risk of suicide, run by the Ministry of Health": "ligne pour les personnes à risque suicidaire, du ministère de la Santé",
    "national suicide prevention line": "numéro national de prévention du suicide",
    "option 4": "option 4",
    "out-of-hours doctor": "médecin de garde",
    "partner violence, French": "violences conjugales, en français",
    "practitioner psychologists": "psychologues praticiens",
    "suicide and self-harm": "suicide et automutilation",
    "suicide line, Swedish": "ligne de prévention du suicide, en suédois",
    "violence against women": "violences faites aux femmes",
    "violence and abuse": "violences et abus",
    "violence in close relationships": "violences dans les relations proches",
  },
  hours: {
    "24/7": "24 h/24, 7 j/7",
    "24/7, free": "24 h/24, 7 j/7, gratuit",
    "24/7, free, anonymous": "24 h/24, 7 j/7, gratuit, anonyme",
    "24/7, free, anonymous, many languages": "24 h/24, 7 j/7, gratuit, anonyme, en plusieurs langues",
    "24/7, free, confidential": "24 h/24, 7 j/7, gratuit, confidentiel",
    "24/7, free, leaves no trace on the bill": "24 h/24, 7 j/7, gratuit, sans trace sur la facture",
    "24/7, free, not shown on the bill": "24 h/24, 7 j/7, gratuit, n'apparaît pas sur la facture",
    "24/7, free; nights via Télé-Accueil": "24 h/24, 7 j/7, gratuit ; la nuit via Télé-Accueil",
    "24/7, English and French": "24 h/24, 7 j/7, en anglais et en français",
    "Mon-Fri 16:00-22:00": "lun-ven 16 h-22 h",
    "Mon-Sat 14:00-20:00, Mon/Wed/Thu 10:00-12:00": "lun-sam 14 h-20 h, lun/mer/jeu 10 h-12 h",
    "16:00-21:00 daily; 24 hours on the 10th": "16 h-21 h tous les jours ; 24 h/24 le 10 du mois",
    "free lines in many countries": "lignes gratuites dans de nombreux pays",
  },
  signposts: {
    "In France, your family doctor (médecin traitant) is a good first step: they can refer you or point you to local psychotherapists and mental health services.":
      "En France, ton médecin traitant est une bonne première étape : il peut t'orienter vers des psychothérapeutes et des services de santé mentale près de chez toi.",
    "In France, psychiatrists answer to the Ordre des médecins; psychologists have no professional order, so ask which professional association they belong to (every psychologist is listed with an ADELI or RPPS number).":
      "En France, les psychiatres relèvent de l'Ordre des médecins ; les psychologues n'ont pas d'ordre, alors demande à quelle association professionnelle ton psy appartient (chaque psychologue est enregistré avec un numéro ADELI ou RPPS).",
    "In Belgium, your family doctor (huisarts / médecin généraliste) is a good first step: they can refer you or point you to local psychotherapists and mental health services.":
      "En Belgique, ton médecin généraliste est une bonne première étape : il peut t'orienter vers des psychothérapeutes et des services de santé mentale près de chez toi.",
    "In Belgium, clinical psychologists need a licence (visa) from the federal health service and are registered with the Psychologists' Commission, which handles complaints about ethics. Ask the therapist which body they are registered with; that body takes complaints.":
      "En Belgique, les psychologues cliniciens ont besoin d'un visa du SPF Santé publique et sont inscrits à la Commission des Psychologues, qui traite les plaintes déontologiques. Demande à ton thérapeute où il est enregistré : c'est cet organisme qui reçoit les plaintes.",
    "In Canada, your family doctor can refer you, and your provincial or territorial college of psychologists keeps a public register of who is licensed.":
      "Au Canada, ton médecin de famille peut t'orienter, et l'ordre des psychologues de ta province ou de ton territoire tient un registre public des personnes autorisées à exercer.",
    "In Canada, psychologists and other therapists are regulated by a college or board in their province or territory, and that body takes complaints. The therapist's registration shows which one.":
      "Au Canada, les psychologues et les autres thérapeutes relèvent d'un ordre de leur province ou de leur territoire, qui reçoit les plaintes. L'inscription de ton thérapeute indique lequel.",
    "A family doctor or GP is usually the simplest first step: they know the local therapists and services and can refer you. Many countries also keep a public register of psychologists or counsellors you can search.":
      "Un médecin généraliste est souvent la première étape la plus simple : il connaît les thérapeutes et les services du coin et peut t'orienter. Beaucoup de pays tiennent aussi un registre public des psychologues que tu peux consulter.",
    "A therapist answers to the body that licenses or registers them where they practise: a licensing board, a regulator or their professional association. Their registration details (often on their website or invoices) name it, and that body takes complaints.":
      "Un thérapeute relève de l'organisme qui l'autorise ou l'enregistre là où il exerce : un ordre, une autorité de régulation ou son association professionnelle. Ses données d'inscription (souvent sur son site ou ses factures) l'indiquent, et c'est cet organisme qui reçoit les plaintes.",
  },
};
