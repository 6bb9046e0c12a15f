// The types of styles.mjs, for the tests that make large strategies with it.
export declare const STYLE_NAMES: string[];
/** A strategy of about `mb` megabytes whose initiatives are written in `style`. */
export declare function generatedStrategy(root: string, mb: number, style: string): string;
