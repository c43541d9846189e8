/** Base class of every error whosaid throws on purpose. `code` is stable; the message says what to fix. */
export class WhosaidError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WhosaidError';
    this.code = code;
  }
}

/** `analyze` was given something that is not a string. */
export class InputError extends WhosaidError {
  constructor(received: unknown) {
    super('E_INPUT', `analyze(text) expects a string, but received ${describe(received)}`);
    this.name = 'InputError';
  }
}

/** `createAnalyzer` options failed validation; `issues` lists each bad key. */
export class OptionsError extends WhosaidError {
  readonly issues: readonly { path: string; message: string }[];
  constructor(issues: readonly { path: string; message: string }[]) {
    super('E_OPTIONS', `invalid analyzer options: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`);
    this.name = 'OptionsError';
    this.issues = issues;
  }
}

/** Names what a value is, for error messages: "a number (42)", "a Buffer", "undefined". */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `a ${typeof value} (${String(value)})`;
  if (typeof value === 'symbol' || typeof value === 'function') return `a ${typeof value}`;
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (typeof value === 'object') {
    const name = (value as object).constructor?.name;
    if (name === 'Buffer' || name === 'Uint8Array') return `a ${name} (decode it to a string first, e.g. buf.toString('utf8'))`;
    return name && name !== 'Object' ? `a ${name} object` : 'an object';
  }
  return typeof value;
}
