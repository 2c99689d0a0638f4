// The text every suppression comment starts with. The loader notes whether a file holds it when the file's text is
// not kept on the main thread (parse workers), so looking for directives never re-reads files that have none.
export const DIRECTIVE_MARKER = 'vvp-kv-lint-disable';
