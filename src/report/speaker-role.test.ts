import { roleForReport } from './speaker-role.js';

describe('roleForReport', () => {
  test('an affiliation the role already names is not repeated', () => {
    expect(roleForReport({ role: 'engineer at the Port Authority', affiliation: 'Port Authority' })).toBe('engineer at the Port Authority');
  });

  test('an affiliation the role does not name follows it after a comma', () => {
    expect(roleForReport({ role: 'chief engineer', affiliation: 'Port Authority' })).toBe('chief engineer, Port Authority');
  });

  test('either one alone, or neither', () => {
    expect(roleForReport({ role: 'mayor', affiliation: null })).toBe('mayor');
    expect(roleForReport({ role: null, affiliation: 'Port Authority' })).toBe('Port Authority');
    expect(roleForReport({ role: null, affiliation: null })).toBe('');
  });
});
