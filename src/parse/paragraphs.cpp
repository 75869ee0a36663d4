// Narrative paragraphs. Minutes converted from PDF are hard-wrapped, so a sentence (the
// presenter's name, a promise) often spans lines, and sometimes a page break.
#include "core/text.h"
#include "parse/minutes.h"

namespace tracker {

int Paragraph::line_at(size_t offset) const {
  int line = this->line;
  for (const auto& [start, source_line] : line_starts) {
    if (start > offset) break;
    line = source_line;
  }
  return line;
}

std::vector<Paragraph> paragraphs_in(const CleanLines& lines, int from, int to, const std::vector<char>& skip) {
  std::vector<Paragraph> out;
  Paragraph current;
  int blanks = 0;
  auto flush = [&] {
    if (!current.text.empty()) out.push_back(std::move(current));
    current = Paragraph{};
  };
  for (int i = from; i <= to; ++i) {
    if (skip[static_cast<size_t>(i)]) continue;
    const CleanLine& line = lines[static_cast<size_t>(i - 1)];
    if (line.text.empty()) {
      ++blanks;
      continue;
    }
    const bool runs_on = !current.text.empty() && !line.bullet && !line.has_tabs && line.heading_level == 0 &&
                         (blanks == 0 || (is_lower(line.text[0]) && current.text.back() != '.'));
    if (!runs_on) flush();
    blanks = 0;
    if (current.text.empty()) current.line = i;
    else current.text.push_back(' ');
    current.line_starts.emplace_back(current.text.size(), i);
    current.text += line.text;
    current.end_line = i;
    if (line.bullet || line.has_tabs || line.heading_level > 0) flush();
  }
  flush();
  return out;
}

}  // namespace tracker
