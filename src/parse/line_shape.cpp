#include "parse/line_shape.h"

#include "core/text.h"

namespace tracker {
namespace {

// Removes <tags> and decodes the few entities flattened web tables carry.
std::string strip_html(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '<') {
      size_t close = s.find('>', i);
      // Only treat it as a tag when it looks like one: "<p>", "</li>", "<ul style=…>", "<https://…>".
      if (close != std::string_view::npos && close - i < 200 && i + 1 < s.size() &&
          (is_alpha(s[i + 1]) || s[i + 1] == '/')) {
        std::string_view tag = s.substr(i + 1, close - i - 1);
        const bool link = istarts_with(tag, "http");
        if (link) out.append(tag);
        else out.push_back(' ');
        i = close;
        continue;
      }
    }
    if (s[i] == '&') {
      for (auto [entity, ch] : {std::pair{std::string_view("&amp;"), '&'}, {"&nbsp;", ' '}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}}) {
        if (s.substr(i, entity.size()) == entity) {
          out.push_back(ch);
          i += entity.size() - 1;
          goto next;
        }
      }
    }
    out.push_back(s[i]);
  next:;
  }
  return out;
}

bool starts_with_bytes(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Like collapse_spaces, but a run that holds a tab becomes one tab: tabs separate table cells.
std::string collapse_keeping_tabs(std::string_view s) {
  // Usually there is nothing to collapse: single spaces between words, none at the ends.
  // Whitespace is all at or below 0x20, so one comparison clears nearly every byte.
  auto low = [](char c) { return static_cast<unsigned char>(c) <= 0x20; };
  auto space = [&](char c) { return low(c) && is_space(c); };
  if (s.empty()) return std::string();
  // Without a branch per byte, so that the compiler can test many bytes at once: a line is
  // plain when every byte at or below 0x20 is a single space or tab between two words.
  const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
  unsigned rough = low(s.front()) | low(s.back());
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    const unsigned here = bytes[i], next = bytes[i + 1];
    rough |= static_cast<unsigned>(here <= 0x20) &
             ((static_cast<unsigned>(here != ' ') & static_cast<unsigned>(here != '\t')) | static_cast<unsigned>(next <= 0x20));
  }
  if (!rough) return std::string(s);
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    if (!space(s[i])) {
      // A word at a time, not a byte at a time: a line with wide gaps is still mostly words.
      size_t j = i + 1;
      while (j < s.size() && !space(s[j])) ++j;
      out.append(s.data() + i, j - i);
      i = j;
      continue;
    }
    bool tab = false;
    while (i < s.size() && space(s[i])) tab |= s[i++] == '\t';
    if (!out.empty() && i < s.size()) out.push_back(tab ? '\t' : ' ');
  }
  return out;
}

}  // namespace

namespace {

// Which of the bytes that need work a line holds, found in one pass with no branch per byte
// (five searches each stopped at every line).
struct BytesOfNote {
  bool tab = false, markup = false, emphasis = false;  // markup: '<' or '&'; emphasis: '*' or '_'
};

BytesOfNote bytes_of_note(std::string_view s) {
  unsigned tab = 0, markup = 0, emphasis = 0;
  for (const char c : s) {
    tab |= static_cast<unsigned>(c == '\t');
    markup |= static_cast<unsigned>(c == '<') | static_cast<unsigned>(c == '&');
    emphasis |= static_cast<unsigned>(c == '*') | static_cast<unsigned>(c == '_');
  }
  return {tab != 0, markup != 0, emphasis != 0};
}

}  // namespace

CleanLine clean_line(std::string_view raw) {
  CleanLine out;
  std::string_view s = trim(raw);
  BytesOfNote note = bytes_of_note(s);
  out.has_tabs = note.tab;
  {
    size_t d = 0;
    while (d < s.size() && is_digit(s[d])) ++d;
    if (d > 0 && d <= 4 && d + 1 < s.size() && (s[d] == '\t' || (s[d] == ' ' && s[d + 1] == ' '))) out.number_then_gap = true;
  }
  std::string buffer;
  if (note.markup) {
    buffer = strip_html(s);
    s = trim(buffer);
    note = bytes_of_note(s);  // an entity may have written an emphasis mark
  }
  while (!s.empty() && s[0] == '#') {
    ++out.heading_level;
    s.remove_prefix(1);
  }
  s = trim(s);
  // List bullets: "- ", "* ", "• ", "· ", and the "v " and "o " of Word's symbol bullets.
  for (;;) {
    if (s.size() >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == 'v' || s[0] == 'o') && (s[1] == ' ' || s[1] == '\t') &&
        !(s[0] == '*' && s.size() > 2 && s[2] == '*')) {
      out.bullet = true;
      s = trim(s.substr(2));
      continue;
    }
    if (starts_with_bytes(s, "\xE2\x80\xA2") || starts_with_bytes(s, "\xE2\x97\x8F") || starts_with_bytes(s, "\xEF\x82\xB7")) {
      out.bullet = true;
      s = trim(s.substr(3));
      continue;
    }
    if (starts_with_bytes(s, "\xC2\xB7")) {
      out.bullet = true;
      s = trim(s.substr(2));
      continue;
    }
    break;
  }
  std::string text;
  if (note.emphasis && (s.find('*') != std::string_view::npos || s.find("__") != std::string_view::npos)) {
    // Markdown bold/italic markers: drop runs of * and __ but keep a lone * inside words.
    text.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
      if (s[i] == '*' && ((i + 1 < s.size() && s[i + 1] == '*') || (i > 0 && s[i - 1] == '*') || i == 0 || i + 1 == s.size() ||
                          is_space(s[i - 1]) || is_space(s[i + 1]) || !is_alpha(s[i + 1]) || !is_alpha(s[i - 1])))
        continue;
      if (s[i] == '_' && i + 1 < s.size() && s[i + 1] == '_') {
        ++i;
        continue;
      }
      text.push_back(s[i]);
    }
    out.text = collapse_keeping_tabs(text);
  } else {
    out.text = collapse_keeping_tabs(s);
  }
  return out;
}

bool is_roman_style(LabelStyle s) { return s == LabelStyle::paren_roman || s == LabelStyle::roman_paren; }
bool is_letter_style(LabelStyle s) {
  return s == LabelStyle::paren_letter || s == LabelStyle::letter_paren || s == LabelStyle::letter_dot;
}

int roman_value(std::string_view s) {
  if (s.empty() || s.size() > 5) return 0;
  int total = 0, prev = 0;
  for (size_t i = s.size(); i-- > 0;) {
    int v = 0;
    switch (lower(s[i])) {
      case 'i': v = 1; break;
      case 'v': v = 5; break;
      case 'x': v = 10; break;
      default: return 0;
    }
    total += v < prev ? -v : v;
    prev = std::max(prev, v);
  }
  return total;
}

std::optional<ClauseLabel> clause_label_at_start(std::string_view text) {
  if (text.size() < 3) return std::nullopt;
  size_t i = 0;
  const bool open = text[0] == '(';
  if (open) ++i;
  const size_t value_begin = i;
  bool digits = false, letters = false;
  while (i < text.size() && is_digit(text[i]) && i - value_begin < 3) { digits = true; ++i; }
  if (!digits)
    while (i < text.size() && is_alpha(text[i]) && i - value_begin < 5) { letters = true; ++i; }
  if (!digits && !letters) return std::nullopt;
  if (i >= text.size()) return std::nullopt;
  std::string value(text.substr(value_begin, i - value_begin));
  const char close = text[i];
  if (open && close != ')') return std::nullopt;
  if (!open && close != ')' && close != '.') return std::nullopt;
  ++i;
  // "1.1" is a section number, "e.g." is not a label: a label is followed by a space.
  if (i >= text.size() || !is_space(text[i])) return std::nullopt;
  size_t after = i;
  while (after < text.size() && is_space(text[after])) ++after;
  if (after >= text.size()) return std::nullopt;
  ClauseLabel label;
  label.length = after;
  if (digits) {
    label.value = value;
    label.style = open ? LabelStyle::paren_number : (close == ')' ? LabelStyle::number_paren : LabelStyle::number_dot);
    return label;
  }
  const std::string lower_value = to_lower(value);
  if (value.size() == 1 && !(close == '.' && is_upper(value[0]))) {
    label.value = lower_value;
    if (roman_value(lower_value) > 0 && lower_value != "v" && lower_value != "x" && lower_value != "i") {
      label.style = open ? LabelStyle::paren_roman : LabelStyle::roman_paren;
    } else {
      label.style = open ? LabelStyle::paren_letter : (close == ')' ? LabelStyle::letter_paren : LabelStyle::letter_dot);
      if (close == '.' && !is_lower(value[0])) return std::nullopt;
    }
    // "i" on its own: the caller decides between letter and roman from the siblings.
    return label;
  }
  if (roman_value(lower_value) > 0 && close != '.') {
    label.value = lower_value;
    label.style = open ? LabelStyle::paren_roman : LabelStyle::roman_paren;
    return label;
  }
  return std::nullopt;
}

namespace {

// Minute numbers that carry a body's prefix or the year: "PP.34", "CAB.45/23", "23/145",
// "FC24/089", "BOD/24/043". Returns the token's length, 0 when the line does not start with one.
size_t minute_reference_length(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && i < 5 && is_upper(s[i])) ++i;
  const size_t letters = i;
  // "ICB 23/071": a body's letters, a space, then the year and number.
  if (letters >= 2 && i + 1 < s.size() && s[i] == ' ' && is_digit(s[i + 1])) {
    size_t j = i + 1;
    while (j < s.size() && is_digit(s[j])) ++j;
    if (j < s.size() && s[j] == '/' && j + 1 < s.size() && is_digit(s[j + 1])) i = i + 1;
  }
  bool separator = false;
  size_t digits = 0;
  while (i < s.size() && i < 16) {
    if (is_digit(s[i])) {
      ++digits;
    } else if ((s[i] == '.' || s[i] == '/') && i + 1 < s.size() && is_digit(s[i + 1])) {
      separator = true;
    } else if (s[i] == '.' && letters > 0 && digits == 0 && i + 1 < s.size() && is_digit(s[i + 1])) {
      separator = true;
    } else {
      break;
    }
    ++i;
  }
  if (digits == 0 || !separator) return 0;
  // "4.5" is a paragraph of an item, "2024/25" a year: a plain number pair needs a slash and no year shape.
  if (letters == 0 && s.substr(0, i).find('/') == std::string_view::npos) return 0;
  // "2020/21." or "2023/2024" ending a sentence about a year: a year range, not a minute.
  if (letters == 0 && i >= 7 && is_digit(s[0]) && is_digit(s[3]) && s[4] == '/') return 0;
  if (i < s.size() && s[i] == '.') ++i;
  return i;
}

}  // namespace

std::optional<ItemNumber> item_number_at_start(const CleanLine& line) {
  std::string_view s = line.text;
  if (const size_t ref = minute_reference_length(s); ref > 0 && ref < s.size() && is_space(s[ref])) {
    std::string_view title = trim(s.substr(ref));
    if (title.size() >= 3 && (is_upper(title[0]) || title[0] == '\'' || title[0] == '"')) {
      ItemNumber out;
      out.number = std::string(s.substr(0, ref));
      if (out.number.back() == '.') out.number.pop_back();
      out.title = tidy_title(title);
      return out;
    }
  }
  size_t i = 0;
  if (istarts_with(s, "minute ")) {
    i = 7;
    if (istarts_with(s.substr(i), "no. ")) i += 4;
  }
  const size_t begin = i;
  while (i < s.size() && is_digit(s[i]) && i - begin < 4) ++i;
  if (i == begin) return std::nullopt;
  ItemNumber out;
  out.number = std::string(s.substr(begin, i - begin));
  if (i == s.size()) return std::nullopt;  // a bare number is a page number, not an item
  const bool dot = s[i] == '.' || s[i] == ':';
  if (dot) ++i;
  if (i == s.size()) {
    if (!dot) return std::nullopt;
    return out;  // "14." alone: the title is on a later line
  }
  if (!is_space(s[i])) return std::nullopt;
  std::string_view title = trim(s.substr(i));
  if (title.empty()) return std::nullopt;
  // Without a dot, only a heading in capitals ("12 CHILDREN'S SERVICES UPDATE") or one set apart
  // from its number by a wide gap ("44  Apologies for absence") counts.
  if (!dot && !is_all_caps(title, 4) && !line.number_then_gap) return std::nullopt;
  if (!(is_upper(title[0]) || is_digit(title[0]) || title[0] == '\'' || title[0] == '"')) return std::nullopt;
  out.title = tidy_title(title);
  return out;
}

bool is_page_furniture(std::string_view text) {
  text = trim(text);
  if (istarts_with(text, "page ")) {
    std::string_view rest = trim(text.substr(5));
    size_t i = 0;
    while (i < rest.size() && is_digit(rest[i])) ++i;
    if (i == 0) return false;
    rest = trim(rest.substr(i));
    return rest.empty() || (istarts_with(rest, "of ") && rest.size() <= 8);
  }
  if (text.size() >= 5 && text.front() == '-' && text.back() == '-') {
    std::string_view inner = trim(text.substr(1, text.size() - 2));
    if (inner.empty() || inner.size() > 4) return false;
    for (char c : inner)
      if (!is_digit(c)) return false;
    return true;
  }
  return false;
}

std::string tidy_title(std::string_view title) {
  std::string_view t = trim(title);
  size_t cut = ifind(t, " pdf icon");
  if (cut != std::string_view::npos) t = t.substr(0, cut);
  size_t pages = ifind(t, "(page");
  if (pages != std::string_view::npos && t.back() == ')') t = t.substr(0, pages);
  return std::string(trim(t));
}

}  // namespace tracker
