// Items of a meeting. Numbered items ("43. TITLE", "# 43. TITLE", "14." then the title) are
// trusted; the web view of some councils drops the numbers, and there a title is a short line
// on its own, without a full stop, that is not a bullet and is followed by more text.
#include <algorithm>

#include "core/text.h"
#include "parse/minutes.h"

namespace tracker {
namespace {

bool ends_sentence(std::string_view s) {
  s = trim(s);
  if (s.empty()) return false;
  const char c = s.back();
  return c == '.' || c == ':' || c == ';' || c == '?' || c == '!' || c == ',' || (c == ')' && s.size() > 1 && s[s.size() - 2] == '.');
}

// A plain item number's value; -1 for a reference with a prefix or a year ("PP.34", "23/145"),
// whose order is not checked.
long number_value(const std::string& n) {
  long v = 0;
  for (char c : n) {
    if (!is_digit(c)) return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

int next_nonblank(const CleanLines& lines, int from, int last) {
  for (int i = from; i <= last; ++i)
    if (!lines[static_cast<size_t>(i - 1)].text.empty()) return i;
  return 0;
}

bool starts_like_clause(std::string_view s) { return istarts_with(s, "that ") || istarts_with(s, "to "); }

bool is_numbered_item(const CleanLines& lines, int i, const ItemNumber& n, long previous) {
  const CleanLine& line = lines[static_cast<size_t>(i - 1)];
  if (starts_like_clause(n.title)) return false;
  if (previous >= 0 && number_value(n.number) >= 0 && number_value(n.number) <= previous) return false;
  if (line.has_tabs) return false;
  if (number_value(n.number) < 0) return true;  // "PP.34 MINUTES": a reference is never a clause label
  if (line.heading_level > 0) return true;
  if (n.title.empty()) {  // "14." alone, with its title on a later line
    const long v = number_value(n.number);
    if (v >= 1900 && v <= 2100) return false;  // "2021." ending a sentence
    return i == 1 || lines[static_cast<size_t>(i - 2)].text.empty();
  }
  if (n.title.size() > 160) return false;
  if (is_all_caps(n.title, 4)) return true;
  const bool blank_before = i == 1 || lines[static_cast<size_t>(i - 2)].text.empty();
  return blank_before && !ends_sentence(n.title) && !line.bullet;
}

bool looks_like_unnumbered_title(const CleanLines& lines, int i, int last) {
  const CleanLine& line = lines[static_cast<size_t>(i - 1)];
  const std::string& t = line.text;
  if (t.empty() || t.size() > 160 || line.bullet || line.has_tabs || clause_label_at_start(t)) return false;
  if (!(is_upper(t[0]) || is_digit(t[0]))) return false;
  if (i > 1 && !lines[static_cast<size_t>(i - 2)].text.empty()) return false;
  const bool pdf_icon = icontains(t, " pdf icon");
  if (!pdf_icon && ends_sentence(t)) return false;
  if (iequals(t, "additional documents") || iequals(t, "minutes") || starts_like_clause(t)) return false;
  if (istarts_with(t, "resolved") || istarts_with(t, "agreed")) return false;
  const int next = next_nonblank(lines, i + 1, last);
  if (next == 0) return false;
  const CleanLine& after = lines[static_cast<size_t>(next - 1)];
  if (after.bullet) return false;  // "What's Working Well" above a bullet list is a sub-heading
  return true;
}

}  // namespace

std::vector<MinuteItem> find_items(const CleanLines& lines, const DocumentPart& part, int part_index,
                                   const std::vector<std::string>& truncation_markers) {
  std::vector<MinuteItem> items;
  long previous = -1;
  bool any_numbered = false;
  int header_end = part.begin_line;  // the meeting heading and attendance are not items
  for (int i = part.begin_line; i <= std::min(part.end_line, part.begin_line + 12); ++i) {
    const std::string& t = lines[static_cast<size_t>(i - 1)].text;
    if (auto n = item_number_at_start(lines[static_cast<size_t>(i - 1)]); n && i > part.begin_line) break;
    if (istarts_with(t, "present") || istarts_with(t, "apologies") || istarts_with(t, "venue") || istarts_with(t, "contact") ||
        istarts_with(t, "no. item") || iequals(t, "items") || istarts_with(t, "the webcast") || istarts_with(t, "<http"))
      header_end = i;
  }
  if (part.date) header_end = std::max(header_end, part.begin_line);

  for (int i = header_end + 1; i <= part.end_line; ++i) {
    const CleanLine& line = lines[static_cast<size_t>(i - 1)];
    if (line.text.empty()) continue;
    auto n = item_number_at_start(line);
    if (!n || !is_numbered_item(lines, i, *n, previous)) continue;
    MinuteItem item;
    item.number = n->number;
    item.title = n->title;
    item.line = i;
    item.part = part_index;
    if (item.title.empty()) {
      const int title_line = next_nonblank(lines, i + 1, std::min(part.end_line, i + 4));
      if (title_line) item.title = tidy_title(lines[static_cast<size_t>(title_line - 1)].text);
    }
    previous = number_value(n->number);
    any_numbered = true;
    items.push_back(item);
  }
  if (!any_numbered) {
    for (int i = header_end + 1; i <= part.end_line; ++i) {
      if (!looks_like_unnumbered_title(lines, i, part.end_line)) continue;
      MinuteItem item;
      item.title = tidy_title(lines[static_cast<size_t>(i - 1)].text);
      item.line = i;
      item.part = part_index;
      items.push_back(item);
    }
  }
  for (size_t k = 0; k < items.size(); ++k) {
    items[k].end_line = k + 1 < items.size() ? items[k + 1].line - 1 : part.end_line;
    for (int i = items[k].line + 1; i <= items[k].end_line; ++i) {
      const std::string& t = lines[static_cast<size_t>(i - 1)].text;
      if (items[k].minuted_from == 0 && (iequals(t, "minutes:") || iequals(t, "minutes") || iequals(t, "decision:")))
        items[k].minuted_from = i + 1;
      for (const auto& marker : truncation_markers) {
        size_t at = ifind(t, marker);
        if (at == std::string::npos) continue;
        items[k].truncated_line = i;
        // "... view the full minutes text for item 6." also tells an unnumbered item its number.
        std::string_view rest = trim(std::string_view(t).substr(at + marker.size()));
        if (istarts_with(rest, "for item")) rest = trim(rest.substr(8));
        size_t d = 0;
        while (d < rest.size() && is_digit(rest[d])) ++d;
        if (d > 0 && !items[k].number) items[k].number = std::string(rest.substr(0, d));
        break;
      }
    }
  }
  return items;
}

}  // namespace tracker
