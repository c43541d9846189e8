/** Characters that open or close a quotation. */
export const OPENING_MARKS = '“"«„‹‘\'‚';
export const CLOSING_MARKS = '”"»“›’\'';
export const ANY_QUOTE_MARK = /["“”«»„‹›‘’‚']/u;
export const isQuoteMark = (ch: string | undefined): boolean => ch !== undefined && ANY_QUOTE_MARK.test(ch);
