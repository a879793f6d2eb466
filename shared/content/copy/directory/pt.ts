import type { DirectoryWords } from "../copy.ts";

/**
 * The directory's English words as a Portuguese reply says them. Names stay the lines' own, except where the line
 * is Portuguese and has its name in Portuguese: "Linha de Aconselhamento Psicológico do SNS 24"
 * (https://www.spms.min-saude.pt/2022/09/sns-24-linha-de-aconselhamento-psicologico-ja-atendeu-mais-de-173-mil-chamadas,
 * read 2026-12-07) and the CIG's "linha ... de apoio a Vítimas de Violência Doméstica" (https://cig.gov.pt/?p=27436,
 * read 2026-12-07). Only what the directory adds in brackets is translated otherwise.
 */
export const PT_DIRECTORY: DirectoryWords = {
  names: {
    "SNS 24 psychological counselling (option 4)": "Linha de Aconselhamento Psicológico do SNS 24 (opção 4)",
    "Domestic violence support line (CIG)": "Linha de apoio a vítimas de violência doméstica (CIG)",
  },
  descriptions: {
    Ahpra: "Ahpra",
    CIG: "CIG",
    "Centro de Valorização da Vida, Portuguese": "Centro de Valorização da Vida",
    Finnish: "em finlandês",
    French: "em francês",
    Japanese: "em japonês",
    "Japanese, free": "em japonês, gratuita",
    "Red Cross, for anyone up to 18": "Cruz Vermelha, para quem tem até 18 anos",
    "Rethink Mental Illness": "Rethink Mental Illness",
    "ages 5 to 25": "dos 5 aos 25 anos",
    "all forms of violence against women": "todas as formas de violência contra as mulheres",
    "also 0800 111 0 222 or 116 123": "também 0800 111 0 222 ou 116 123",
    "also 989 8727": "também 989 8727",
    "anti-violence and stalking line": "linha contra a violência e a perseguição",
    "children and young people": "crianças e jovens",
    "crisis line, Norwegian": "linha de crise, em norueguês",
    "domestic abuse": "violência doméstica",
    "domestic violence and child abuse": "violência doméstica e maus-tratos a crianças",
    "domestic violence, Japanese": "violência doméstica, em japonês",
    "domestic, family and sexual violence": "violência doméstica, familiar e sexual",
    "gender-based violence, run by the government": "violência de gênero, do governo",
    "helpline for adults in emotional crisis": "linha para adultos em crise emocional",
    "helpline for children and young people": "linha para crianças e jovens",
    "line for people at risk of suicide, run by the Ministry of Health": "linha para pessoas em risco de suicídio, do Ministério da Saúde",
    "national suicide prevention line": "linha nacional de prevenção do suicídio",
    "option 4": "opção 4",
    "out-of-hours doctor": "médico de plantão",
    "partner violence, French": "violência no casal, em francês",
    "practitioner psychologists": "psicólogos em exercício",
    "suicide and self-harm": "suicídio e autolesão",
    "suicide line, Swedish": "linha de prevenção do suicídio, em sueco",
    "violence against women": "violência contra as mulheres",
    "violence and abuse": "violência e abusos",
    "violence in close relationships": "violência nas relações próximas",
  },
  hours: {
    "24/7": "24 horas, todos os dias",
    "24/7, free": "24 horas, gratuita",
    "24/7, free, anonymous": "24 horas, gratuita, anônima",
    "24/7, free, anonymous, many languages": "24 horas, gratuita, anônima, em várias línguas",
    "24/7, free, confidential": "24 horas, gratuita, confidencial",
    "24/7, free, leaves no trace on the bill": "24 horas, gratuita, não deixa rasto na fatura",
    "24/7, free, not shown on the bill": "24 horas, gratuita, não aparece na fatura",
    "24/7, free; nights via Télé-Accueil": "24 horas, gratuita; à noite pela Télé-Accueil",
    "24/7, English and French": "24 horas, em inglês e francês",
    "Mon-Fri 16:00-22:00": "seg-sex 16:00-22:00",
    "Mon-Sat 14:00-20:00, Mon/Wed/Thu 10:00-12:00": "seg-sáb 14:00-20:00, seg/qua/qui 10:00-12:00",
    "16:00-21:00 daily; 24 hours on the 10th": "16:00-21:00 todos os dias; 24 horas no dia 10",
    "free lines in many countries": "linhas gratuitas em muitos países",
  },
  signposts: {
    "In Brazil, the public health system (SUS) is reached through your local basic health unit (UBS), which can refer you to a CAPS mental health centre or a psychologist.":
      "No Brasil, o SUS começa pela Unidade Básica de Saúde (UBS) do seu bairro, que pode encaminhar você a um CAPS (Centro de Atenção Psicossocial) ou a um psicólogo.",
    "In Brazil, psychologists must be registered with their regional council of psychology (Conselho Regional de Psicologia, CRP), which takes ethics complaints; psychiatrists answer to the regional council of medicine (CRM).":
      "No Brasil, psicólogos precisam estar inscritos no Conselho Regional de Psicologia (CRP), que recebe denúncias éticas; psiquiatras respondem ao Conselho Regional de Medicina (CRM).",
    "In Portugal, your family doctor at the health centre (centro de saúde) can refer you, and SNS 24's psychological counselling (808 24 24 24, option 4) can guide you to other support.":
      "Em Portugal, o seu médico de família no centro de saúde pode encaminhá-lo, e o aconselhamento psicológico do SNS 24 (808 24 24 24, opção 4) pode orientá-lo para outros apoios.",
    "In Portugal, psychologists must be members of the Ordem dos Psicólogos Portugueses, and psychiatrists of the Ordem dos Médicos; the order takes complaints about a member's conduct.":
      "Em Portugal, os psicólogos têm de ser membros da Ordem dos Psicólogos Portugueses, e os psiquiatras da Ordem dos Médicos; é a Ordem que recebe queixas sobre a conduta de um membro.",
    "A family doctor or GP is usually the simplest first step: they know the local therapists and services and can refer you. Many countries also keep a public register of psychologists or counsellors you can search.":
      "Um médico de família costuma ser o primeiro passo mais simples: conhece os terapeutas e serviços da região e pode encaminhar você. Muitos países também têm um registro público de psicólogos que você pode consultar.",
    "A therapist answers to the body that licenses or registers them where they practise: a licensing board, a regulator or their professional association. Their registration details (often on their website or invoices) name it, and that body takes complaints.":
      "Um terapeuta responde ao órgão que o licencia ou registra onde atua: um conselho, uma ordem ou uma associação profissional. Os dados do registro (muitas vezes no site ou nos recibos) dizem qual é, e é esse órgão que recebe as queixas.",
  },
};
