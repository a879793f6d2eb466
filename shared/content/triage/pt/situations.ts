import type { SituationWords } from "../situation-cue.ts";

/** Portuguese (Brazil and Portugal), folded: "não" reads "nao", "mãe" reads "mae". */
export const PORTUGUESE_SITUATIONS: SituationWords = {
  overdose: [
    {
      id: "overdose-took-a-quantity-pt",
      rationale: "Portuguese: swallowing a counted or excessive amount of medicine is an overdose, whatever the person feels now.",
      pattern:
        /\b(?:tomei|engoli)\s+(?:uns |umas |mais de )?(?:\d{1,3}|todos os|todas as|um monte de|uma caixa (?:inteira )?de|uma cartela (?:inteira )?de|varios|varias)\b[^.!?]{0,30}?\b(?:comprimidos|remedios|pilulas|paracetamol|dipirona|rivotril|calmantes)\b/,
      examples: ["tomei todos os remédios da minha mãe", "engoli uma cartela inteira de rivotril"],
    },
  ],
  wound: [
    {
      id: "wound-bleeding-will-not-stop-pt",
      rationale: "Portuguese: bleeding that does not stop needs an ambulance or the emergency department.",
      pattern:
        /\bnao (?:para|parou|esta parando|ta parando|quer parar) de sangrar\b|\bnao (?:consigo|to conseguindo|estou a conseguir|estou conseguindo) (?:parar|estancar) o (?:sangue|sangramento)\b/,
      examples: ["me cortei e não para de sangrar", "não consigo estancar o sangue"],
    },
    {
      id: "wound-cut-too-deep-pt",
      rationale: "Portuguese: a cut described as deep is a wound that may need closing.",
      pattern: /\b(?:me )?cortei\b[^.!?]{0,20}?\b(?:muito |bem |demasiado )?(?:fundo|profundo)\b|\bcorte (?:muito |bem |super )?(?:fundo|profundo)\b/,
      examples: ["me cortei fundo demais", "cortei o braço muito fundo", "tenho um corte bem profundo"],
    },
    {
      id: "wound-much-blood-pt",
      rationale: "Portuguese: a lot of blood is a medical emergency before it is anything else.",
      pattern:
        /\b(?:muito|tanto) sangue\b|\bsangue por (?:todo lado|toda parte)\b|\b(?:to|estou|esta|ta) sangrando (?:muito|demais|pra caramba)\b|\b(?:preciso|precisa|vou precisar|tenho de|tenho que) (?:de )?(?:levar )?pontos\b(?! (?:na|no|para|pra|extra))/,
      examples: ["tem sangue por todo lado", "tô sangrando muito", "acho que preciso levar pontos"],
    },
  ],
  goodbye: [
    {
      id: "goodbye-message-pt",
      rationale: "Portuguese: a goodbye or a note sent to someone who is then silent is a warning sign that needs the emergency services.",
      pattern:
        /\b(?:mensagem|carta|bilhete|audio|video) de despedida\b|\bcarta de suicidio\b|\bse despediu de (?:mim|nos|todo mundo|todos)\b|\b(?:mandou|enviou|escreveu|postou) (?:um )?adeus\b/,
      examples: ["minha amiga me mandou uma mensagem de despedida", "ele se despediu de todo mundo no grupo"],
    },
  ],
  unreachable: [
    {
      id: "unreachable-no-answer-pt",
      rationale: "Portuguese: the person cannot be reached now, so someone has to go to them.",
      pattern:
        /\bnao (?:me )?(?:atende|responde|visualiza|le)\b|\bnao (?:esta|ta) (?:atendendo|respondendo|a atender|a responder)\b|\b(?:celular|telemovel|telefone) (?:esta |ta )?(?:desligado|fora de area)\b|\b(?:cai|vai direto|so da) (?:na |pra )?caixa postal\b|\bnao (?:consigo|to conseguindo) (?:falar com|contatar|contactar|achar|localizar) (?:ele|ela)\b/,
      examples: ["agora ela não atende o celular", "o telemóvel está desligado", "não consigo falar com ele"],
    },
  ],
  youngPerson: [
    {
      id: "young-age-stated-pt",
      rationale: "Portuguese: an age under 18, said about oneself.",
      pattern: /\btenho (?:so |apenas )?(?:1[0-7]|[89]) anos\b(?! (?:de (?:experiencia|casad|trabalho|carreira)|que|a trabalhar|trabalhando))/,
      examples: ["tenho 15 anos e meus pais não podem saber", "só tenho 13 anos"],
    },
    {
      id: "young-school-pt",
      rationale: "Portuguese: school life in the present (Brazil's fundamental and ensino médio, Portugal's secundário).",
      pattern:
        /\b(?:na escola|no colegio|no ensino medio|no fundamental|no secundario|no (?:[5-9]|1[0-2])o ano|(?:[5-9]|1[0-2])o ano do|meus professores|minha professora|meu professor|meus colegas de (?:sala|turma)|minha turma)\b/,
      examples: ["todo mundo na escola me odeia", "to no 9o ano", "meus colegas de turma riem de mim"],
    },
    {
      id: "young-parents-in-charge-pt",
      rationale: "Portuguese: parents who decide for the writer: grounding, phones taken away, finding out.",
      pattern:
        /\bmeus pais (?:nao podem (?:saber|descobrir)|vao descobrir|descobriram|tiraram meu (?:celular|telemovel))\b|\b(?:to|estou|fiquei) de castigo\b|\bminha mae (?:tirou|pegou) meu (?:celular|telemovel)\b/,
      examples: ["meus pais não podem saber", "tô de castigo sem celular"],
    },
  ],
  thirdPerson: /\b(?:amig[oa]s?|melhor amig[oa]|irma|irmao|prim[oa]|namorad[oa]|marido|esposa|mulher|filh[oa]|mae|pai|colega|ele|ela|eles|elas)\b/,
  notYoung:
    /\b(?:meu filho|minha filha|meus filhos|minhas filhas|meus alunos|minhas alunas|sou professora?|quando eu (?:era|estava na) (?:crianca|adolescente|escola|nova|novo))\b/,
  longAgo: /\b(?:anos atras|ha (?:muitos |\d+ )?anos|no ano passado|quando eu era (?:mais )?(?:nova|novo|crianca|adolescente)|cicatrizes antigas|costumava)\b/,
};
