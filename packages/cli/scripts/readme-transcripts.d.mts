/** What a terminal shows after `text` was written to it, line by line. */
export function screen(text: string): string[];
