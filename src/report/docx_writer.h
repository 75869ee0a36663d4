#pragma once
// A Word document (.docx) from a small model: a title block of paragraphs, then tables, in one
// section that can be A4 landscape. Made for the monitoring schedule an officer drops into an
// agenda pack: a real table whose header row Word repeats on every page and whose rows never
// split across pages. It knows nothing of actions or the store: the caller gives plain text.
#include <string>
#include <variant>
#include <vector>

#include "core/calendar_date.h"

namespace tracker::docx {

struct Font {
  std::string family = "Arial";
  double size_pt = 11;
};

struct Run {
  std::string text;  // a line break inside a run becomes a break in the line, a tab a tab stop
  bool bold = false;
  double size_pt = 0;  // 0: the document's font size
};

struct Paragraph {
  std::vector<Run> runs;
  int heading_level = 0;  // 1 or 2: Word's Heading 1 or 2, which screen readers and the navigation pane list
  bool centred = false;
  double space_after_pt = 6;
  bool page_break_before = false;  // starts a new page: each committee's schedule on pages of its own
};

struct Column {
  std::string header;
  double width = 1;  // a share of the text width: the widths of a table's columns are scaled to fill it
};

// A table's cells hold plain text; each line of a cell ("\n", "\r\n" or "\r") is its own paragraph.
struct Table {
  std::vector<Column> columns;
  std::vector<std::vector<std::string>> rows;  // a row shorter than the columns is filled with empty cells
  bool repeat_header = true;   // w:tblHeader: Word and LibreOffice repeat the header row on every page
  bool rows_split = false;     // false: w:cantSplit, a row moves to the next page whole, unless it
                               // may be taller than a page (it would be cut off there, and its end lost)
  bool header_shaded = true;   // a light grey header row, as councils' own schedules have
};

using Block = std::variant<Paragraph, Table>;

// Lengths in millimetres; A4 is the only paper (a council's agenda packs are A4).
struct Section {
  bool landscape = true;
  double margin_top_mm = 15, margin_bottom_mm = 15, margin_left_mm = 15, margin_right_mm = 15;
};

struct Document {
  std::string title;    // the file's Title property (docProps/core.xml), not a paragraph
  std::string creator;  // the file's Author property
  Day created;          // the file's Created and Modified dates: the report's as-of day, so the bytes depend only on the input
  Font font;            // the whole document's; a Run can change the size only
  std::string language = "en-GB";  // for Word's spelling and a screen reader's voice
  Section section;
  std::vector<Block> blocks;
};

// The .docx file's bytes. The same Document gives the same bytes on every run and machine (zip
// entries dated 1 January 1980, no clock read). Every string is escaped for XML, and control
// characters that XML 1.0 forbids are dropped. A table without columns writes nothing. Throws
// std::invalid_argument when `created` is not a real day, std::runtime_error if libzip fails.
std::string docx_bytes(const Document& document);

}  // namespace tracker::docx
