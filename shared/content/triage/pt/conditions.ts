/** Whole-message conditions the Portuguese cues share. */

/** Projection (VERA-MH): "perguntando pra um amigo", "é pra uma história" — read as the writer's own risk. */
export const PROJECTION =
  /\b(?:pergunt(?:ando|o|a) (?:pra|para|por) (?:um|uma) (?:amig[oa]|conhecid[oa]|colega)|(?:e|eh|isto e|isso e) (?:pra|para) (?:um|uma) (?:historia|livro|romance|conto|personagem|roteiro|jogo|trabalho)|(?:pra|para) (?:um|uma|a minha|minha) (?:historia|livro|conto|personagem|roteiro) que (?:to|tou|estou) (?:escrevendo|a escrever)|hipoteticamente|so por curiosidade|por pura curiosidade|nao e (?:pra|para) mim)\b/;
