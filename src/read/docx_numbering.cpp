#include "read/docx_numbering.h"

#include <limits>

#include <pugixml.hpp>

#include "core/errors.h"
#include "read/docx_xml.h"

namespace tracker {
namespace {

constexpr int kUnused = std::numeric_limits<int>::min();  // a level not yet used since it last restarted

NumberFormat parse_format(std::string_view s) {
  if (s == "lowerLetter") return NumberFormat::lower_letter;
  if (s == "upperLetter") return NumberFormat::upper_letter;
  if (s == "lowerRoman") return NumberFormat::lower_roman;
  if (s == "upperRoman") return NumberFormat::upper_roman;
  if (s == "bullet") return NumberFormat::bullet;
  if (s == "none") return NumberFormat::none;
  return NumberFormat::decimal;  // decimal, decimalZero and the rest read best as digits
}

std::string roman(int value) {
  static const std::pair<int, const char*> parts[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"},
                                                      {50, "l"},   {40, "xl"},  {10, "x"},  {9, "ix"},   {5, "v"},   {4, "iv"}, {1, "i"}};
  std::string out;
  for (const auto& [n, s] : parts)
    while (value >= n) {
      out += s;
      value -= n;
    }
  return out;
}

int int_or(const pugi::xml_node& node, const char* child, int fallback) {
  const pugi::xml_node c = docx::child(node, child);
  if (!c) return fallback;
  return docx::attr(c, "val").as_int(fallback);
}

}  // namespace

std::string format_number(int value, NumberFormat format) {
  switch (format) {
    case NumberFormat::decimal: return std::to_string(value);
    case NumberFormat::lower_letter:
    case NumberFormat::upper_letter: {
      if (value < 1) return std::to_string(value);
      // Word repeats the letter past z: aa, bb, …
      const char base = format == NumberFormat::lower_letter ? 'a' : 'A';
      return std::string(static_cast<size_t>((value - 1) / 26 + 1), static_cast<char>(base + (value - 1) % 26));
    }
    case NumberFormat::lower_roman:
    case NumberFormat::upper_roman: {
      if (value < 1 || value > 3999) return std::to_string(value);
      std::string r = roman(value);
      if (format == NumberFormat::upper_roman)
        for (char& c : r) c = static_cast<char>(c - 'a' + 'A');
      return r;
    }
    case NumberFormat::bullet: return "-";
    case NumberFormat::none: return "";
  }
  return std::to_string(value);
}

DocxNumbering::DocxNumbering(const std::string& path, std::string_view xml) {
  pugi::xml_document doc;
  const pugi::xml_parse_result parsed = doc.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!parsed) throw InputError(path + ": its numbering (word/numbering.xml) is damaged (" + parsed.description() + ")");
  const pugi::xml_node root = docx::child(doc, "numbering");
  for (const pugi::xml_node& n : root.children()) {
    const std::string_view name = docx::local_name(n);
    if (name == "abstractNum") {
      AbstractNumbering a;
      for (const pugi::xml_node& lvl : n.children()) {
        if (docx::local_name(lvl) != "lvl") continue;
        const int i = docx::attr(lvl, "ilvl").as_int(-1);
        if (i < 0 || i > 8) continue;
        NumberingLevel& level = a.levels[static_cast<size_t>(i)];
        level.start = int_or(lvl, "start", 1);
        if (const pugi::xml_node f = docx::child(lvl, "numFmt")) level.format = parse_format(docx::attr(f, "val").as_string());
        if (const pugi::xml_node t = docx::child(lvl, "lvlText")) level.text = docx::attr(t, "val").as_string();
        if (const pugi::xml_node r = docx::child(lvl, "lvlRestart")) level.restart_after = docx::attr(r, "val").as_int(0) - 1;
      }
      abstracts_[docx::attr(n, "abstractNumId").as_int(-1)] = std::move(a);
    } else if (name == "num") {
      NumberingInstance instance;
      instance.abstract_id = int_or(n, "abstractNumId", -1);
      for (const pugi::xml_node& o : n.children()) {
        if (docx::local_name(o) != "lvlOverride") continue;
        if (const pugi::xml_node s = docx::child(o, "startOverride"))
          instance.start_overrides[docx::attr(o, "ilvl").as_int(0)] = docx::attr(s, "val").as_int(1);
      }
      instances_[docx::attr(n, "numId").as_int(-1)] = std::move(instance);
    }
  }
}

std::string DocxNumbering::next_label(int num_id, int level) {
  if (num_id <= 0 || level < 0 || level > 8) return "";
  const auto inst = instances_.find(num_id);
  if (inst == instances_.end()) return "";
  const auto abs = abstracts_.find(inst->second.abstract_id);
  if (abs == abstracts_.end()) return "";
  const std::vector<NumberingLevel>& levels = abs->second.levels;
  std::vector<int>& count = counters_[inst->second.abstract_id];
  if (count.empty()) count.assign(9, kUnused);
  // A list instance that restarts a level does so at its first paragraph: Word's "restart numbering".
  if (!instance_started_[num_id]) {
    instance_started_[num_id] = true;
    for (const auto& [l, start] : inst->second.start_overrides)
      if (l >= 0 && l <= 8) count[static_cast<size_t>(l)] = start - 1;
  }
  const size_t at = static_cast<size_t>(level);
  count[at] = count[at] == kUnused ? levels[at].start : count[at] + 1;
  // Deeper levels start again after this one moves on (unless lvlRestart says otherwise).
  for (size_t deeper = at + 1; deeper < 9; ++deeper) {
    const int restart = levels[deeper].restart_after;
    if (restart < 0 || restart >= level) count[deeper] = kUnused;
  }
  const NumberingLevel& format = levels[at];
  if (format.format == NumberFormat::bullet) return "-";
  std::string out;
  const std::string& t = format.text;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '%' && i + 1 < t.size() && t[i + 1] >= '1' && t[i + 1] <= '9') {
      const size_t l = static_cast<size_t>(t[i + 1] - '1');
      const int value = count[l] == kUnused ? levels[l].start : count[l];
      out += format_number(value, levels[l].format);
      ++i;
    } else {
      out.push_back(t[i]);
    }
  }
  return out;
}

}  // namespace tracker
