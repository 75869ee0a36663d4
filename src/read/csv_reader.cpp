#include "read/csv_reader.h"

#include <algorithm>
#include <vector>

#include "core/errors.h"
#include "core/text.h"
#include "read/blocks.h"
#include "read/spreadsheet_cell.h"

namespace tracker {
namespace {

// Excel writes ';' between cells where ',' is the decimal mark: the header line says which.
char separator_of(std::string_view bytes) {
  const std::string_view first = bytes.substr(0, bytes.find('\n'));
  size_t commas = 0, semicolons = 0;
  bool quoted = false;
  for (char c : first) {
    if (c == '"') quoted = !quoted;
    else if (!quoted && c == ',') ++commas;
    else if (!quoted && c == ';') ++semicolons;
  }
  return semicolons > commas ? ';' : ',';
}

}  // namespace

SourceText read_csv(std::string path, std::string_view bytes) {
  if (bytes.size() > kMaxSourceBytes) throw InputError(path + ": is too large for a spreadsheet export");
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (!valid_utf8(bytes)) throw InputError(path + ": is not valid UTF-8 text; save the spreadsheet as CSV UTF-8");
  const char separator = separator_of(bytes);
  std::vector<Block> blocks;
  std::vector<std::string> cells;
  std::string cell;
  bool quoted = false, was_quoted = false;
  int record = 1, line = 1, record_line = 1;
  auto end_cell = [&] {
    cells.push_back(spreadsheet_cell_line(cell));
    cell.clear();
    was_quoted = false;
  };
  auto end_record = [&] {
    end_cell();
    const bool empty = std::all_of(cells.begin(), cells.end(), [](const std::string& c) { return c.empty(); });
    if (!empty) {
      Block b;
      b.kind = BlockKind::table_row;
      for (size_t k = 0; k < cells.size(); ++k) b.text += (k == 0 ? "" : "\t") + cells[k];
      b.where.paragraph = record;  // the spreadsheet's row, as "row N" in messages
      blocks.push_back(std::move(b));
    }
    cells.clear();
    ++record;
    record_line = line;
  };
  for (size_t i = 0; i < bytes.size(); ++i) {
    const char c = bytes[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < bytes.size() && bytes[i + 1] == '"') {
          cell.push_back('"');
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        cell.push_back(c);
      }
      continue;
    }
    if (c == '"' && trim(cell).empty() && !was_quoted) {
      cell.clear();
      quoted = was_quoted = true;
    } else if (c == separator) {
      end_cell();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
      ++line;
      end_record();
    } else {
      cell.push_back(c);
    }
  }
  if (quoted) throw InputError(path + ": a quoted cell that starts on line " + std::to_string(record_line) + " is never closed");
  if (!cell.empty() || !cells.empty()) end_record();
  if (blocks.empty()) throw InputError(path + ": is empty");
  return source_text_from_blocks(std::move(path), DocumentKind::csv, blocks);
}

}  // namespace tracker
