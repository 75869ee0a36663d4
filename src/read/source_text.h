#pragma once
// read: a minutes file -> normalised lines. Whatever the file's kind (plain text or Markdown,
// PDF, Word, a saved web page), its reader turns it into the same blocks (read/blocks.h), and
// what every later stage sees is the lines those blocks give: LF line ends, no BOM, ordinary
// spaces for the Unicode spaces copy-and-paste brings, and valid UTF-8. Only `where` says what
// kind the file was, so that a clause can be pointed back to its page or paragraph.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tracker {

enum class DocumentKind { text, pdf, docx, html, csv, xlsx };
const char* document_kind_name(DocumentKind kind);

// Where a line of the normalised text came from, beyond its own line number.
struct SourceLocation {
  int page = 0;          // PDF: the page (from 1), and the line on that page (from 1)
  int line_on_page = 0;
  int paragraph = 0;     // Word: the paragraph of the document's body (from 1), tables' included; CSV, Excel: the row
  int element = -1;      // HTML: the element's path ("body/div[2]/p[5]"), an index into SourceText::names
  int html_line = 0;     // HTML: the line of the saved page the element starts on
  int link = -1;         // the address of a link on the line, an index into SourceText::names
  int sheet = -1;        // Excel: the sheet's name when the workbook has several, an index into SourceText::names
};

struct SourceText {
  std::string path;                      // as the user named it, for messages
  DocumentKind kind = DocumentKind::text;
  std::string buffer;                    // the normalised text
  // The file's lines, except that a run of blank lines keeps only its first five: a long run says
  // nothing more, and memory then follows what the file says. lines[i] is the file's line
  // numbers[i] (as an editor numbers it); numbers is empty when no line was left out, and then
  // lines[i] is line i + 1.
  std::vector<std::string_view> lines;
  std::vector<int> numbers;
  std::vector<SourceLocation> where;     // where[i]: where lines[i] came from (empty for plain text)
  std::vector<std::string> names;        // element paths and link addresses that `where` refers to

  int file_line(size_t index) const { return numbers.empty() ? static_cast<int>(index + 1) : numbers[index]; }
  int line_count() const { return static_cast<int>(lines.size()); }
  // The kept line at 1-based position `k` (the file's line k when nothing was left out, which is
  // always so for PDF, Word and web pages: their blocks are one blank line apart).
  std::string_view line(int k) const { return lines[static_cast<size_t>(k - 1)]; }
  // Where line `number` came from; a default location for plain text and out-of-range numbers.
  SourceLocation location(int number) const;
  // The address of a link on line `number`, or "".
  std::string_view link(int number) const;
};

// "page 3, line 14", "paragraph 41", "row 7", "sheet Completed, row 7", "element body/div[2]/p[5] (line 120 of the page)"; for
// plain text "line 12". The words `show` and `extract` print.
std::string describe_location(const SourceText& source, int line);

inline constexpr size_t kMaxSourceBytes = 256u * 1024u * 1024u;

// Reads a minutes file of any kind the tracker knows, from its content (and checks that its
// name does not say otherwise). Throws InputError ("<path>: <reason>") when it is missing, a
// directory, empty, damaged, of a kind that cannot be read, or larger than the limits.
SourceText read_source_text(const std::string& path);
// The same on bytes already in memory: the kind is found from the content and the name.
SourceText read_document(std::string path, std::string_view bytes);
// The text reader alone: checks and normalises plain text (or Markdown) already in memory.
SourceText source_text_from_bytes(std::string path, std::string_view bytes);

}  // namespace tracker
