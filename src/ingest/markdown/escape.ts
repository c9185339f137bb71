// CommonMark constructs that plain news prose could trigger by accident.
const inlineSpecial = /[\\`*_[\]<]|&(?=#?[a-z0-9]+;)/gi;
const blockStart = /^(?:[#>+-]|=+$|\d+[.)](?=\s|$)|~~~)/;

/**
 * Escapes text so that remark-parse reads it back as exactly the same text in
 * one paragraph.
 *
 * @example
 * escapeMarkdown('1. *Not* a list') // => '1\\. \\*Not\\* a list'
 */
export function escapeMarkdown(text: string): string {
  let escaped = text.replace(inlineSpecial, (m) => `\\${m}`);
  const start = blockStart.exec(escaped);
  if (start) {
    const digits = /^\d+/.exec(escaped);
    escaped = digits ? `${digits[0]}\\${escaped.slice(digits[0].length)}` : `\\${escaped}`;
  }
  return escaped;
}
