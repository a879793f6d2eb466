/**
 * How retrieval reads the words of Spanish, Portuguese, French and German: content, kept beside the topics, that the
 * analyzers in functions/engine/retrieve/language-analyzers.ts apply to the index and to every message alike.
 *
 * `sameAs`: words read as one ("a=b c": "a" and "c" are read as "b"), written as people write them (the analyzer
 * stems both sides): every word for one's therapist is the same person, every word for the hour of therapy is a
 * session. `rewrite`: whole words replaced before accents are folded (Portuguese "nós", "we", would otherwise fold
 * into "nos", "in the").
 */
export interface WordTable {
  sameAs: string;
  rewrite?: Readonly<Record<string, string>>;
}

export const WORD_TABLES: Readonly<Record<string, WordTable>> = {
  es: {
    sameAs: `terapeuta=psicologo psicologa psiquiatra psicoterapeuta psicoterapeutas psi psico psicos terapeutas
      terapeuta=psicoanalista psicoanalistas analista analistas
      sesion=cita citas consulta consultas turno turnos sesiones
      terapia=tratamiento tratamientos`,
    rewrite: { "vale la pena": " " },
  },
  pt: {
    sameAs: `terapeuta=psicologo psicologa psiquiatra psicoterapeuta psi terapeutas
      terapeuta=psicanalista psicanalistas analista analistas
      sessao=consulta consultas atendimento atendimentos sessoes
      terapia=tratamento tratamentos`,
    rewrite: { nós: "gente", "vale a pena": " " },
  },
  fr: {
    sameAs: `therapeute=psy psys psychologue psychiatre psychotherapeute therapeutes
      therapeute=psychanalyste psychanalystes analyste analystes
      seance=session sessions consultation consultations rdv seances
      seance=rencontre rencontres
      telephone=cellulaire cell portable gsm natel smartphone tel
      parler=jaser placoter causer`,
    rewrite: { "rendez-vous": "rdv" },
  },
  de: {
    sameAs: `therapeut=psychologe psychologin psychiater psychiaterin psychotherapeut psychotherapeutin therapeutin thera
      therapeut=analytiker analytikerin psychoanalytiker psychoanalytikerin seelenklempner
      sitzung=stunde stunden termin termine sitzungen
      sitzung=stund sitzig einheit einheiten session sessions
      handy=natel smartphone
      schlechter=schlachter schlächter
      zusammen=zame zäme zamme zämme zamm
      erzahlen=verzelle verzellt verzell
      aufhoren=ufhore ufhöre ufhoren ufhören
      erste=erschti erschte erschts
      weiter=wiiter
      vertrauen=vertroue vertrou`,
  },
};
