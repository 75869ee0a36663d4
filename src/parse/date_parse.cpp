#include "parse/date_parse.h"

#include <array>
#include <cstdlib>

#include "core/text.h"

namespace tracker {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",   "may",      "june",
                                                      "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 7> kWeekdays = {"monday", "tuesday", "wednesday", "thursday",
                                                       "friday", "saturday", "sunday"};

struct Scanner {
  std::string_view s;
  size_t pos;

  bool at_end() const { return pos >= s.size(); }
  void skip_spaces() {
    while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t')) ++pos;
  }
  void skip_separators() {  // spaces and at most one comma
    skip_spaces();
    if (pos < s.size() && s[pos] == ',') ++pos;
    skip_spaces();
  }
  std::string_view word() {  // letters only
    size_t b = pos;
    while (pos < s.size() && is_alpha(s[pos])) ++pos;
    return s.substr(b, pos - b);
  }
  int number(size_t max_digits) {  // -1 when no digits
    size_t b = pos;
    int n = 0;
    while (pos < s.size() && is_digit(s[pos]) && pos - b < max_digits) n = n * 10 + (s[pos++] - '0');
    if (pos == b || (pos < s.size() && is_digit(s[pos]))) {
      pos = b;
      return -1;
    }
    return n;
  }
  // "st", "nd", "rd", "th" after a day number, with or without a space ("30 th"), also glued to
  // the month ("18thJune").
  void skip_ordinal() {
    size_t save = pos;
    skip_spaces();
    if (pos + 2 <= s.size()) {
      std::string_view two = s.substr(pos, 2);
      if (iequals(two, "st") || iequals(two, "nd") || iequals(two, "rd") || iequals(two, "th")) {
        const size_t after = pos + 2;
        if (after >= s.size() || !is_alpha(s[after]) || (is_upper(s[after]) && is_lower(s[pos + 1]))) {
          pos = after;
          return;
        }
      }
    }
    pos = save;
  }
};

// "section 2.1.19", "paragraph 12.3.20": numbers after these words are references.
bool follows_reference_word(std::string_view s, size_t start) {
  std::string_view before = s.substr(0, start);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  for (std::string_view w : {"paragraph", "para", "section", "appendix", "item", "minute", "clause", "page", "version",
                             "table", "figure", "rule", "regulation", "standing order"}) {
    if (iends_with(before, w) && (before.size() == w.size() || !is_alpha(before[before.size() - w.size() - 1]))) return true;
  }
  return false;
}

bool word_boundary_before(std::string_view s, size_t pos) { return pos == 0 || !(is_alpha(s[pos - 1]) || is_digit(s[pos - 1])); }

std::optional<Day> make_day(int y, unsigned m, unsigned d) {
  Day day{date::year{y}, date::month{m}, date::day{d}};
  if (!day.ok()) return std::nullopt;
  return day;
}

int weekday_index(std::string_view word) {
  if (word.size() < 3 || word.size() > 9) return -1;
  // Asked of every word of a line: most words start with a letter no weekday starts with.
  switch (lower(word[0])) {
    case 'm': case 't': case 'w': case 'f': case 's': break;
    default: return -1;
  }
  for (size_t i = 0; i < kWeekdays.size(); ++i) {
    if (iequals(word, kWeekdays[i]) || (word.size() <= 4 && istarts_with(kWeekdays[i], word))) return static_cast<int>(i);
  }
  return -1;
}

// Year for a day and month written without one: nearest the context, on the weekday if given.
std::optional<Day> infer_year(unsigned m, unsigned d, int weekday, std::optional<Day> context) {
  if (!context) return std::nullopt;
  const int base = static_cast<int>(context->year());
  std::optional<Day> best;
  long best_distance = 0;
  for (int y = base - 1; y <= base + 1; ++y) {
    auto day = make_day(y, m, d);
    if (!day) continue;
    if (weekday >= 0) {
      // date::weekday counts Sunday as 0; kWeekdays starts on Monday.
      const unsigned iso = date::weekday{date::sys_days{*day}}.iso_encoding();  // Monday = 1
      if (static_cast<int>(iso) - 1 != weekday) continue;
    }
    const long distance = std::labs((date::sys_days{*day} - date::sys_days{*context}).count());
    if (!best || distance < best_distance) {
      best = day;
      best_distance = distance;
    }
  }
  return best;
}

// A four-digit year 1900-2099 at the scanner, after optional separators.
int read_year(Scanner& sc) {
  size_t save = sc.pos;
  sc.skip_separators();
  if (!sc.at_end() && is_digit(sc.s[sc.pos])) {
    int y = sc.number(4);
    if (y >= 1900 && y <= 2099 && (sc.at_end() || !is_digit(sc.s[sc.pos]))) return y;
  }
  sc.pos = save;
  return -1;
}

// Tries "D Month [Year]" and "Month D, Year" starting exactly at `start` (after any weekday).
std::optional<DateFound> date_at(std::string_view s, size_t start, int weekday, std::optional<Day> context) {
  Scanner sc{s, start};
  if (is_digit(s[start])) {
    // Numeric: 03/03/20, 29.3.19, 2020-01-14
    Scanner num = sc;
    int a = num.number(4);
    if (a >= 0 && !num.at_end() && (s[num.pos] == '/' || s[num.pos] == '.' || s[num.pos] == '-')) {
      const char sep = s[num.pos++];
      int b = num.number(2);
      if (b > 0 && !num.at_end() && s[num.pos] == sep) {
        ++num.pos;
        const size_t year_begin = num.pos;
        int c = num.number(4);
        const size_t year_digits = num.pos - year_begin;
        // "paragraph 3.4.1" is a reference, not 3 April 2001: a year has two or four digits.
        const bool section_number = (start > 0 && s[start - 1] == '.') || (year_digits != 2 && year_digits != 4) ||
                                    (num.pos + 1 < s.size() && s[num.pos] == sep && is_digit(s[num.pos + 1])) ||
                                    follows_reference_word(s, start);
        if (c >= 0 && !section_number && (num.at_end() || !(is_digit(s[num.pos]) || is_alpha(s[num.pos])))) {
          std::optional<Day> day;
          if (a >= 1900 && sep == '-') day = make_day(a, static_cast<unsigned>(b), static_cast<unsigned>(c));
          else if (a <= 31 && (sep != '-' || c >= 1900)) {
            int year = c < 100 ? 2000 + c : c;
            if (year >= 1900 && year <= 2099) day = make_day(year, static_cast<unsigned>(b), static_cast<unsigned>(a));
          }
          if (day) return DateFound{*day, start, num.pos, true};
        }
      }
    }
    // D[ordinal] [of] Month [,] [Year]
    int d = sc.number(2);
    if (d < 1 || d > 31) return std::nullopt;
    sc.skip_ordinal();
    sc.skip_spaces();
    size_t word_start = sc.pos;
    std::string_view w = sc.word();
    if (iequals(w, "of")) {
      sc.skip_spaces();
      word_start = sc.pos;
      w = sc.word();
    }
    (void)word_start;
    unsigned m = month_from_name(w);
    if (m == 0) return std::nullopt;
    if (!sc.at_end() && s[sc.pos] == '.' && w.size() <= 4) ++sc.pos;  // "Dec."
    int y = read_year(sc);
    std::optional<Day> day = y > 0 ? make_day(y, m, static_cast<unsigned>(d))
                                   : infer_year(m, static_cast<unsigned>(d), weekday, context);
    if (!day) return std::nullopt;
    return DateFound{*day, start, sc.pos, y > 0};
  }
  // Month D[ordinal], Year
  std::string_view w = sc.word();
  unsigned m = month_from_name(w);
  if (m == 0) return std::nullopt;
  if (!sc.at_end() && s[sc.pos] == '.' && w.size() <= 4) ++sc.pos;
  sc.skip_spaces();
  int d = sc.number(2);
  if (d < 1 || d > 31) return std::nullopt;
  sc.skip_ordinal();
  int y = read_year(sc);
  if (y < 0) return std::nullopt;  // "March 3" alone is too easily something else
  auto day = make_day(y, m, static_cast<unsigned>(d));
  if (!day) return std::nullopt;
  return DateFound{*day, start, sc.pos, true};
}

}  // namespace

unsigned month_from_name(std::string_view word) {
  if (word.size() < 3 || word.size() > 9) return 0;
  // Asked of every word of a line: most words start with a letter no month starts with.
  switch (lower(word[0])) {
    case 'j': case 'f': case 'm': case 'a': case 's': case 'o': case 'n': case 'd': break;
    default: return 0;
  }
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (iequals(word, kMonths[i])) return static_cast<unsigned>(i + 1);
  }
  // Abbreviations: Jan, Feb, Mar, Apr, Jun, Jul, Aug, Sep, Sept, Oct, Nov, Dec.
  if (word.size() <= 4) {
    if (iequals(word, "sept")) return 9;
    if (word.size() == 3) {
      for (size_t i = 0; i < kMonths.size(); ++i)
        if (i != 4 && istarts_with(kMonths[i], word)) return static_cast<unsigned>(i + 1);
    }
  }
  return 0;
}

bool is_weekday_name(std::string_view word) { return weekday_index(word) >= 0 && word.size() >= 3; }

std::optional<DateFound> find_date(std::string_view s, std::optional<Day> context, size_t from) {
  for (size_t i = from; i < s.size(); ++i) {
    const char c = s[i];
    if (!(is_digit(c) || is_alpha(c)) || !word_boundary_before(s, i)) continue;
    if (is_alpha(c)) {
      size_t j = i;
      while (j < s.size() && is_alpha(s[j])) ++j;
      std::string_view w = s.substr(i, j - i);
      const int weekday = weekday_index(w);
      if (weekday >= 0 && w.size() >= 6) {
        Scanner sc{s, j};
        sc.skip_separators();
        if (!sc.at_end()) {
          if (auto found = date_at(s, sc.pos, weekday, context)) {
            found->begin = i;
            return found;
          }
        }
        i = j;
        continue;
      }
      if (month_from_name(w) != 0) {
        if (auto found = date_at(s, i, -1, context)) return found;
      }
      i = j;
      continue;
    }
    if (auto found = date_at(s, i, -1, context)) return found;
    while (i + 1 < s.size() && is_digit(s[i + 1])) ++i;
  }
  return std::nullopt;
}

std::vector<DateFound> find_all_dates(std::string_view s, std::optional<Day> context) {
  std::vector<DateFound> out;
  size_t from = 0;
  while (auto found = find_date(s, context, from)) {
    out.push_back(*found);
    from = found->end;
  }
  return out;
}

std::optional<MonthFound> find_month_year(std::string_view s, size_t from) {
  for (size_t i = from; i < s.size(); ++i) {
    if (!is_alpha(s[i]) || !word_boundary_before(s, i)) continue;
    size_t j = i;
    while (j < s.size() && is_alpha(s[j])) ++j;
    const unsigned m = month_from_name(s.substr(i, j - i));
    // "30th November 2020" is a day, not a month: look back past spaces, "of" and an ordinal.
    bool day_before = false;
    {
      size_t b = i;
      while (b > 0 && s[b - 1] == ' ') --b;
      if (b >= 2 && iequals(s.substr(b - 2, 2), "of")) {
        b -= 2;
        while (b > 0 && s[b - 1] == ' ') --b;
      }
      if (b >= 2 && (iequals(s.substr(b - 2, 2), "st") || iequals(s.substr(b - 2, 2), "nd") || iequals(s.substr(b - 2, 2), "rd") ||
                     iequals(s.substr(b - 2, 2), "th"))) {
        b -= 2;
        while (b > 0 && s[b - 1] == ' ') --b;
      }
      day_before = b > 0 && is_digit(s[b - 1]);
    }
    if (m != 0 && !day_before) {
      Scanner sc{s, j};
      if (!sc.at_end() && s[sc.pos] == '.') ++sc.pos;
      sc.skip_spaces();
      if (!sc.at_end() && is_digit(s[sc.pos])) {
        const int y = sc.number(4);
        if (y >= 1900 && y <= 2099) return MonthFound{Month{date::year{y}, date::month{m}}, i, sc.pos, true};
      }
    }
    i = j;
  }
  return std::nullopt;
}

std::optional<TimeFound> find_time(std::string_view s, size_t from) {
  for (size_t i = from; i < s.size(); ++i) {
    if (!is_digit(s[i]) || !word_boundary_before(s, i)) continue;
    Scanner sc{s, i};
    const int h = sc.number(2);
    if (h < 0 || h > 23) continue;
    int minute = 0;
    bool has_minutes = false;
    bool colon = false;
    if (sc.pos + 2 < s.size() && (s[sc.pos] == '.' || s[sc.pos] == ':')) {
      Scanner m = sc;
      colon = s[m.pos] == ':';
      ++m.pos;
      if (m.pos + 2 <= s.size() && is_digit(s[m.pos]) && is_digit(s[m.pos + 1]) &&
          (m.pos + 2 == s.size() || !is_digit(s[m.pos + 2]))) {
        minute = (s[m.pos] - '0') * 10 + (s[m.pos + 1] - '0');
        m.pos += 2;
        if (minute < 60) {
          sc = m;
          has_minutes = true;
        }
      }
    }
    // A range "2.00-4.00pm" takes its suffix from the end of the range.
    size_t suffix_at = sc.pos;
    {
      Scanner r = sc;
      r.skip_spaces();
      if (r.pos < s.size() && (s[r.pos] == '-' || static_cast<unsigned char>(s[r.pos]) == 0xE2)) {
        r.pos += s[r.pos] == '-' ? 1 : 3;
        r.skip_spaces();
        Scanner t = r;
        if (t.number(2) >= 0) {
          if (t.pos < s.size() && (s[t.pos] == '.' || s[t.pos] == ':')) {
            ++t.pos;
            t.number(2);
          }
          suffix_at = t.pos;
        }
      }
    }
    Scanner suf{s, suffix_at};
    suf.skip_spaces();
    std::string_view rest = s.substr(suf.pos);
    int add = -1;  // -1: no suffix, 0: am, 12: pm
    size_t suffix_len = 0;
    for (auto [text, value] : {std::pair{std::string_view("p.m."), 12}, {"pm", 12}, {"a.m.", 0}, {"am", 0}, {"noon", 12}}) {
      if (istarts_with(rest, text) && (rest.size() == text.size() || !is_alpha(rest[text.size()]))) {
        add = value;
        suffix_len = text.size();
        break;
      }
    }
    if (add >= 0) {
      int hour = h;
      if (add == 12 && h < 12) hour += 12;
      if (add == 0 && h == 12) hour = 0;
      const size_t end = suffix_at == sc.pos ? suf.pos + suffix_len : sc.pos;
      return TimeFound{hour, minute, i, end};
    }
    if (has_minutes && colon) return TimeFound{h, minute, i, sc.pos};
  }
  return std::nullopt;
}

}  // namespace tracker
