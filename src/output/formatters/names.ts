/** The output formats, apart from their code so the command line can list them without loading any formatter. */
export const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'gitlab', 'markdown'] as const;
export type FormatName = (typeof FORMATS)[number];
