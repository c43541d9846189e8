export const resolveRules = [] as const;
