import type { DirectoryWords } from "../copy.ts";

/**
 * The directory's English words as a Spanish reply says them. Names stay the lines' own; only what the directory
 * adds in brackets is translated. Sources for names said here: the 024's "Línea de atención a la conducta suicida"
 * (rtve.es/noticias/20220509/sanidad-presenta-telefono-prevencion-suicidio/2347183.shtml, read 2026-12-07).
 */
export const ES_DIRECTORY: DirectoryWords = {
  // The two Portuguese lines by their Portuguese names, as pt.ts gives them (sources there).
  names: {
    "SNS 24 psychological counselling (option 4)": "Linha de Aconselhamento Psicológico do SNS 24 (opción 4)",
    "Domestic violence support line (CIG)": "Linha de apoio a vítimas de violência doméstica (CIG)",
  },
  descriptions: {
    Ahpra: "Ahpra",
    CIG: "CIG",
    "Centro de Valorização da Vida, Portuguese": "Centro de Valorização da Vida, en portugués",
    Finnish: "en finés",
    French: "en francés",
    Japanese: "en japonés",
    "Japanese, free": "en japonés, gratuita",
    "Red Cross, for anyone up to 18": "Cruz Roja, para menores de hasta 18 años",
    "Rethink Mental Illness": "Rethink Mental Illness",
    "ages 5 to 25": "de 5 a 25 años",
    "all forms of violence against women": "todas las formas de violencia contra las mujeres",
    "also 0800 111 0 222 or 116 123": "también 0800 111 0 222 o 116 123",
    "also 989 8727": "también 989 8727",
    "anti-violence and stalking line": "línea contra la violencia y el acoso",
    "children and young people": "niños, niñas y jóvenes",
    "crisis line, Norwegian": "línea de crisis, en noruego",
    "domestic abuse": "violencia doméstica",
    "domestic violence and child abuse": "violencia doméstica y maltrato infantil",
    "domestic violence, Japanese": "violencia doméstica, en japonés",
    "domestic, family and sexual violence": "violencia doméstica, familiar y sexual",
    "gender-based violence, run by the government": "violencia de género, del gobierno",
    "helpline for adults in emotional crisis": "línea para adultos en crisis emocional",
    "helpline for children and young people": "línea para niños, niñas y jóvenes",
    "line for people at risk of suicide, run by the Ministry of Health": "línea de atención a la conducta suicida, del Ministerio de Sanidad",
    "national suicide prevention line": "línea nacional de prevención del suicidio",
    "option 4": "opción 4",
    "out-of-hours doctor": "médico de guardia",
    "partner violence, French": "violencia en la pareja, en francés",
    "practitioner psychologists": "psicólogos en ejercicio",
    "suicide and self-harm": "suicidio y autolesiones",
    "suicide line, Swedish": "línea de suicidio, en sueco",
    "violence against women": "violencia contra las mujeres",
    "violence and abuse": "violencia y abusos",
    "violence in close relationships": "violencia en las relaciones cercanas",
  },
  hours: {
    "24/7": "24 h, todos los días",
    "24/7, free": "24 h, gratuita",
    "24/7, free, anonymous": "24 h, gratuita, anónima",
    "24/7, free, anonymous, many languages": "24 h, gratuita, anónima, en muchos idiomas",
    "24/7, free, confidential": "24 h, gratuita, confidencial",
    "24/7, free, leaves no trace on the bill": "24 h, gratuita, no deja rastro en la factura",
    "24/7, free, not shown on the bill": "24 h, gratuita, no aparece en la factura",
    "24/7, free; nights via Télé-Accueil": "24 h, gratuita; por la noche a través de Télé-Accueil",
    "24/7, English and French": "24 h, en inglés y francés",
    "Mon-Fri 16:00-22:00": "lun-vie 16:00-22:00",
    "Mon-Sat 14:00-20:00, Mon/Wed/Thu 10:00-12:00": "lun-sáb 14:00-20:00, lun/mié/jue 10:00-12:00",
    "16:00-21:00 daily; 24 hours on the 10th": "16:00-21:00 a diario; 24 h el día 10",
    "free lines in many countries": "líneas gratuitas en muchos países",
  },
  signposts: {
    "In Spain, your family doctor (médico de cabecera) is a good first step: they can refer you or point you to local psychotherapists and mental health services.":
      "En España, tu médico de cabecera es un buen primer paso: puede derivarte u orientarte hacia psicoterapeutas y servicios de salud mental de tu zona.",
    "In Spain, psychologists must belong to the official college of psychologists (Colegio Oficial de la Psicología) of their region, which handles complaints about professional ethics. Ask the therapist which body they are registered with; that body takes complaints.":
      "En España, los psicólogos deben estar colegiados en el Colegio Oficial de la Psicología de su comunidad, que atiende las quejas sobre ética profesional. Pregunta a tu terapeuta en qué colegio está inscrito: ese colegio recibe las quejas.",
    "In the US, your primary care doctor or your insurer's list of in-network therapists is a good start; SAMHSA's free, confidential helpline (24/7, English and Spanish) can refer you to local services.":
      "En Estados Unidos, tu médico de atención primaria o la lista de terapeutas de tu seguro son un buen comienzo; la línea gratuita y confidencial de SAMHSA (24 horas, los 7 días, en inglés y español) puede derivarte a servicios de tu zona.",
    "In the US, therapists are licensed by the state they practise in: the licensing board for their profession in that state (psychology, counseling, social work, or marriage and family therapy) takes complaints. Searching the state's name with the license type finds it.":
      "En Estados Unidos, los terapeutas tienen licencia del estado donde ejercen: la junta de licencias de su profesión en ese estado (psicología, consejería, trabajo social o terapia familiar y de pareja) recibe las quejas. Buscando el nombre del estado y el tipo de licencia la encuentras.",
    "A family doctor or GP is usually the simplest first step: they know the local therapists and services and can refer you. Many countries also keep a public register of psychologists or counsellors you can search.":
      "Tu médico de cabecera suele ser el primer paso más sencillo: conoce a los terapeutas y servicios de la zona y puede derivarte. Muchos países tienen además un registro público de psicólogos en el que puedes buscar.",
    "A therapist answers to the body that licenses or registers them where they practise: a licensing board, a regulator or their professional association. Their registration details (often on their website or invoices) name it, and that body takes complaints.":
      "Un terapeuta responde ante el organismo que le da la licencia o el registro donde ejerce: un colegio profesional, un regulador o su asociación profesional. Sus datos de colegiación (a menudo en su web o en sus facturas) lo indican, y ese organismo recibe las quejas.",
  },
};
