#pragma once
// The reading model every reader shares: a document is a sequence of blocks, each one line of
// text with its kind and where it came from. The lines the parser reads are rendered from the
// blocks in the shapes it already understands (Markdown '#' headings, a list item's number or
// bullet, a table row's cells separated by tabs), so nothing after the read stage knows which
// kind of file it was.
#include <string>
#include <vector>

#include "read/source_text.h"

namespace tracker {

enum class BlockKind { paragraph, heading, list_item, table_row };

struct Block {
  BlockKind kind = BlockKind::paragraph;
  int level = 0;                 // a heading's level (1-6)
  std::string label;             // a list item's rendered number ("(1)", "4.2", "a)") or bullet ("-")
  std::string text;              // one line: no line breaks; a table row's cells joined by tabs
  SourceLocation where;
  std::string element;           // HTML: the element's path
  std::string link;              // the address of a link the block holds, if one matters
  std::string sheet;             // Excel: the sheet's name, when the workbook has several
  bool same_paragraph = false;   // a line of the paragraph before (a <br>): no blank line between
};

// The blocks as normalised lines, with `where` for each. Throws InputError ("<path>: is empty")
// when no block has any text.
SourceText source_text_from_blocks(std::string path, DocumentKind kind, const std::vector<Block>& blocks);

}  // namespace tracker
