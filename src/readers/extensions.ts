/**
 * The file extensions plan-parse reads, one list for every command (`check`
 * and `convert` pick files from folders by it; the reader itself chooses by
 * the bytes). .wps/.wpt are WPS Writer's Word-format OLE files, .dot/.dotx/
 * .docm Word templates and macro documents, .xlsx/.xls/.et task sheets, .ofd the
 * national fixed-layout format.
 */
export const DOCUMENT_EXTENSIONS = [
  'docx', 'docm', 'dotx', 'doc', 'dot', 'wps', 'wpt',
  'txt', 'text', 'md', 'markdown',
  'html', 'htm', 'xhtml',
  'pdf', 'ofd', 'xlsx', 'xls', 'et',
] as const;
