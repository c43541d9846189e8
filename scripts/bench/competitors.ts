/**
 * The reference points: wink-nlp's `readDoc` with sentence boundaries and part-of-speech tags (a fast, full English
 * pipeline), compromise's `nlp(text)` parse, and compromise's own quotation finder on top of that parse.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import nlp from 'compromise';
import type { TextTask } from './timing';

export function winkReadDoc(): TextTask {
  const wink = winkNLP(model, ['sbd', 'pos']);
  const its = wink.its;
  return (text) => {
    const doc = wink.readDoc(text);
    // readDoc already ran the pipeline; reading the results keeps the work from being skipped
    return doc.sentences().length() + doc.tokens().out(its.pos).length;
  };
}

export const compromiseParse: TextTask = (text) => nlp(text);

export const compromiseQuotations: TextTask = (text) => nlp(text).quotations().out('array');
