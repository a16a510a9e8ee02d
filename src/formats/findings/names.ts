/** The findings formats' names, on their own so the CLI can list them without loading the formatters. */
export const FINDING_FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
export type FindingFormat = (typeof FINDING_FORMATS)[number];
