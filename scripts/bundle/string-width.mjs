// Stands in for `string-width` in the CLI bundle. yargs measures its help text even when no help is
// printed (it caches it for every subcommand run), and string-width's Unicode tables cost ~70 ms of
// start-up. Printable ASCII is as wide as it is long (string-width's own fast path); anything else
// goes to the real module, evaluated on first need.
let stringWidth;

export default function asciiFirstStringWidth(text, options) {
  if (typeof text === 'string' && /^[\u0020-\u007e]*$/.test(text)) return text.length;
  stringWidth ??= require('string-width').default;
  return stringWidth(text, options);
}
