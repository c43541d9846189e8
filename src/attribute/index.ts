export const attributeRules = [] as const;
