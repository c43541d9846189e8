export const reportedRules = [] as const;
