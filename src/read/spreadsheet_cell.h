#pragma once
// A spreadsheet cell as one line of a table row, as the CSV and Excel readers both give it: its
// line breaks become "<br>" (so a cell of several entries keeps them apart), tabs spaces (a tab
// separates cells), ends trimmed. Inline: the two readers live in the program and in the
// document module, which share no library but core/text.
#include <string>
#include <string_view>

#include "core/text.h"

namespace tracker {

inline std::string spreadsheet_cell_line(std::string_view raw) {
  std::string out;
  for (size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
      out += " <br> ";
    } else {
      out.push_back(c == '\t' ? ' ' : c);
    }
  }
  return std::string(trim(out));
}

}  // namespace tracker
