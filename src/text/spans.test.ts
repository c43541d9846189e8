import { hasQuotationMark } from './spans';

describe('hasQuotationMark', () => {
  test('curly, straight and angle double marks and the doubled archive mark count; an apostrophe does not', () => {
    expect(['the “pier”', 'the "pier"', 'the «pier»', "the ''pier''"].map(hasQuotationMark)).toEqual([true, true, true, true]);
    expect(['the pier’s keeper', "the pier's keeper", 'the pier'].map(hasQuotationMark)).toEqual([false, false, false]);
  });
});
