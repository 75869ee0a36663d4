#include "extract/due.h"

#include <algorithm>
#include <array>

#include "core/text.h"
#include "parse/date_parse.h"

namespace tracker {
namespace {

std::optional<Day> first_meeting_on_or_after(const std::vector<Day>& calendar, Day from) {
  auto it = std::lower_bound(calendar.begin(), calendar.end(), from);
  if (it == calendar.end()) return std::nullopt;
  return *it;
}

std::optional<Day> meeting_in_month(const std::vector<Day>& calendar, Month m) {
  for (const Day& d : calendar)
    if (d.year() == m.year() && d.month() == m.month()) return d;
  return std::nullopt;
}

Month month_of(Day d) { return Month{d.year(), d.month()}; }

std::string month_name(Month m) {
  const std::string long_form = format_month_long(m);
  return long_form.substr(0, long_form.find(' '));
}

Due month_due(std::string text, Month m, const DueContext& context, std::string basis) {
  Due due;
  due.text = std::move(text);
  due.kind = DueKind::month;
  due.anchor_month = m;
  if (auto day = meeting_in_month(context.calendar, m)) {
    due.day = day;
    due.basis = basis + "; the calendar's meeting that month";
  } else {
    due.month = m;
    due.basis = basis + "; the calendar has no meeting that month";
  }
  return due;
}

// A deadline month that is not a meeting: "within six months", "by the end of the year".
Due deadline_month(std::string text, Month m, std::string basis) {
  Due due;
  due.text = std::move(text);
  due.kind = DueKind::month;
  due.anchor_month = m;
  due.month = m;
  due.basis = std::move(basis);
  return due;
}

Due deadline_day(std::string text, Day d, std::string basis) {
  Due due;
  due.text = std::move(text);
  due.kind = DueKind::deadline;
  due.anchor = d;
  due.day = d;
  due.basis = std::move(basis);
  return due;
}

bool boundary_before(std::string_view text, size_t at) { return at == 0 || !is_alpha(text[at - 1]); }
bool boundary_after(std::string_view text, size_t end) { return end >= text.size() || !is_alpha(text[end]); }

// The position of `word` as a whole word at or after `from`, case-blind.
size_t find_word(std::string_view text, std::string_view word, size_t from = 0) {
  for (size_t at = ifind(text, word, from); at != std::string_view::npos; at = ifind(text, word, at + 1))
    if (boundary_before(text, at) && boundary_after(text, at + word.size())) return at;
  return std::string_view::npos;
}

// Moves `begin` back over one of `leads` that ends right before it.
size_t back_over(std::string_view text, size_t begin, std::initializer_list<std::string_view> leads) {
  for (std::string_view lead : leads) {
    if (begin >= lead.size() && iequals(text.substr(begin - lead.size(), lead.size()), lead) &&
        boundary_before(text, begin - lead.size()))
      return begin - lead.size();
  }
  return begin;
}

// Words that name the meeting a due points at: "the June Board", "the June 2024 Ordinary Council Meeting".
bool is_meeting_noun(std::string_view w) {
  static constexpr std::array<std::string_view, 12> nouns = {"meeting", "board", "cabinet", "committee", "council", "panel",
                                                             "commission", "authority", "forum", "executive", "assembly", "group"};
  for (auto n : nouns)
    if (iequals(w, n)) return true;
  return false;
}

// After a month or date: the words that name a meeting ("Ordinary Council Meeting", "Board"), up to where they end.
size_t meeting_words_end(std::string_view text, size_t end) {
  size_t pos = end, last_noun = std::string_view::npos;
  for (int words = 0; words < 4; ++words) {
    size_t b = pos;
    while (b < text.size() && text[b] == ' ') ++b;
    size_t e = b;
    while (e < text.size() && (is_alpha(text[e]) || text[e] == '-')) ++e;
    if (e == b || b == pos) break;
    const std::string_view w = text.substr(b, e - b);
    const bool capitalised = is_upper(w[0]);
    if (iequals(w, "meeting")) return e;
    if (is_meeting_noun(w) && (capitalised || words == 0)) last_noun = e;
    else if (!capitalised) break;
    pos = e;
  }
  return last_noun == std::string_view::npos ? end : last_noun;
}

// The phrase around [begin, end): back to a leading preposition, on to the meeting it names.
std::string phrase_around(std::string_view text, size_t begin, size_t end) {
  size_t b = back_over(text, begin,
                       {"to the ", "at the ", "for the ", "by the ", "in the ", "to its ", "at its ", "for its ", "to ", "at ", "by ",
                        "in ", "before ", "after ", "until ", "no later than ", "from ", "on ", "end of "});
  if (iequals(text.substr(b, std::min<size_t>(7, text.size() - b)), "end of ")) {
    b = back_over(text, b, {"the ", "by the ", "before the ", "at the ", "until the ", "by ", "before "});
    b = back_over(text, b, {"by ", "before ", "until ", "at ", "to ", "in "});
  }
  // "at 6.30pm on 6th March": the time belongs to the phrase.
  if (istarts_with(text.substr(b), "on ") && b >= 4) {
    const size_t at = text.substr(0, b).rfind(" at ");
    if (at != std::string_view::npos && b - at <= 16) {
      const std::string_view between = text.substr(at + 4, b - at - 4);
      if (!between.empty() && is_digit(between[0])) b = at + 1;
    }
  }
  const size_t e = meeting_words_end(text, end);
  std::string_view phrase = trim(text.substr(b, e - b));
  while (!phrase.empty() && (phrase.back() == '.' || phrase.back() == ',')) phrase.remove_suffix(1);
  return std::string(phrase);
}

std::string_view word_before(std::string_view text, size_t at) {
  size_t e = at;
  while (e > 0 && !is_alpha(text[e - 1]) && !is_digit(text[e - 1])) {
    if (text[e - 1] == ',' || text[e - 1] == ';' || text[e - 1] == '(' || text[e - 1] == ':') return {};
    --e;
  }
  size_t b = e;
  while (b > 0 && (is_alpha(text[b - 1]) || is_digit(text[b - 1]))) --b;
  return text.substr(b, e - b);
}

bool preceded_by(std::string_view text, size_t at, std::string_view word) {
  std::string_view before = trim(text.substr(0, at));
  return iends_with(before, word) && (before.size() == word.size() || !is_alpha(before[before.size() - word.size() - 1]));
}

// "until after the elections in May 2019", "following the review in March": an "after" earlier in
// the same phrase (no comma between) moves the due past the time named. Where the phrase starts, or npos.
size_t after_in_phrase(std::string_view text, size_t at) {
  size_t b = at;
  int words = 0;
  while (b > 0 && words < 8) {
    const char c = text[b - 1];
    if (c == ',' || c == ';' || c == ':' || c == '(' || c == '.') break;
    if (c == ' ') ++words;
    --b;
  }
  const std::string_view span = text.substr(b, at - b);
  for (std::string_view word : {"after", "following"}) {
    const size_t found = find_word(span, word);
    if (found != std::string_view::npos) return back_over(text, b + found, {"until ", "not until ", "to "});
  }
  return std::string_view::npos;
}

// --- counted times: "in 12 months' time", "within 28 days", "in 6- and 12-months' time" ---

struct Relative {
  std::vector<int> counts;  // "6- and 12-months'": {6, 12}
  char unit;                // 'd', 'w', 'm', 'y'
  bool within = false;      // "within six months": a deadline, not a meeting
  bool working = false;     // "within 10 working days"
  size_t begin, end;
};

// The count word that ends at `end` ("12", "six", "twelve"), and where it begins.
std::optional<std::pair<int, size_t>> count_before(std::string_view text, size_t end) {
  size_t b = end;
  while (b > 0 && (is_alpha(text[b - 1]) || is_digit(text[b - 1]))) --b;
  const int count = parse_count_word(text.substr(b, end - b));
  if (count <= 0) return std::nullopt;
  return std::pair{count, b};
}

std::optional<Relative> find_relative(std::string_view text) {
  for (std::string_view unit : {"day", "week", "month", "year"}) {
    for (size_t at = ifind(text, unit); at != std::string_view::npos; at = ifind(text, unit, at + 1)) {
      if (at == 0 || (text[at - 1] != ' ' && text[at - 1] != '-')) continue;
      size_t end = at + unit.size();
      if (end < text.size() && lower(text[end]) == 's') ++end;
      if (end < text.size() && is_alpha(text[end])) continue;
      Relative rel;
      rel.unit = unit[0];
      // The count: "12 months", "12-months", "10 working days".
      size_t count_end = at - 1;
      if (text[at - 1] == ' ') {
        std::string_view before = text.substr(0, at - 1);
        for (std::string_view qualifier : {" working", " calendar", " clear"}) {
          if (iends_with(before, qualifier)) {
            rel.working = qualifier == " working";
            count_end -= qualifier.size();
            break;
          }
        }
      }
      auto count = count_before(text, count_end);
      if (!count) continue;
      rel.counts.push_back(count->first);
      size_t wbegin = count->second;
      // "6- and 12-": earlier counts of the same unit.
      for (;;) {
        std::string_view before = text.substr(0, wbegin);
        size_t cut = 0;
        for (std::string_view joint : {"- and ", " and ", "-, ", ", ", "- or ", " or "}) {
          if (iends_with(before, joint)) {
            cut = joint.size();
            break;
          }
        }
        if (cut == 0) break;
        auto earlier = count_before(text, wbegin - cut);
        if (!earlier) break;
        rel.counts.insert(rel.counts.begin(), earlier->first);
        wbegin = earlier->second;
      }
      std::string_view before = trim(text.substr(0, wbegin));
      std::string_view after = text.substr(end);
      if (istarts_with(after, "'")) after.remove_prefix(1);
      else if (istarts_with(after, "\xE2\x80\x99")) after.remove_prefix(3);
      if (istarts_with(after, "s")) after.remove_prefix(1);
      const bool time = istarts_with(trim(after), "time");
      rel.within = iends_with(before, " within") || iequals(before, "within") || iends_with(before, "within the next") ||
                   iends_with(before, "over the next");
      const bool has_in = iends_with(before, " in") || iequals(before, "in") || rel.within || iends_with(before, " after") ||
                          iends_with(before, "further") || iends_with(before, "another") || iends_with(before, " the next");
      if (!(has_in || time)) continue;
      // "in future years", "12 month period": a count word is required above; "months of data" is not a time.
      size_t phrase_begin = back_over(text, wbegin, {"within the next ", "over the next ", "in the next ", "within ", "after ",
                                                     "in a further ", "in another ", "in "});
      size_t phrase_end = end;
      if (time) phrase_end = static_cast<size_t>(ifind(text, "time", end)) + 4;
      rel.begin = phrase_begin;
      rel.end = phrase_end;
      return rel;
    }
  }
  return std::nullopt;
}

Day add_working_days(Day from, int count) {
  date::sys_days d{from};
  while (count > 0) {
    d += date::days{1};
    const date::weekday wd{d};
    if (wd != date::Saturday && wd != date::Sunday) --count;
  }
  return Day{d};
}

// One counted time from the meeting, as a due (with the calendar) or as a later due.
Due counted_due(const std::string& phrase, const Relative& rel, int count, Day meeting, const DueContext& context) {
  if (rel.unit == 'd') {
    const Day d = rel.working ? add_working_days(meeting, count) : add_days(meeting, count);
    return deadline_day(phrase, d, "the meeting date plus " + std::to_string(count) + (rel.working ? " working days" : " days"));
  }
  if (rel.unit == 'w')
    return deadline_day(phrase, add_days(meeting, count * 7), "the meeting date plus " + std::to_string(count) + " weeks");
  const int months = rel.unit == 'y' ? count * 12 : count;
  const Day target = add_months(meeting, months);
  const std::string basis = "the meeting date plus " + std::to_string(months) + " months";
  if (rel.within) return deadline_month(phrase, month_of(target), basis + ", a deadline rather than a meeting");
  Due due;
  due.text = phrase;
  due.kind = DueKind::meeting_after;
  due.anchor = target;
  auto calendar_day = first_meeting_on_or_after(context.calendar, target);
  if (calendar_day && date::sys_days{*calendar_day} - date::sys_days{target} <= date::days{62}) {
    due.day = calendar_day;
    due.basis = basis + "; the first meeting on or after that day";
  } else {
    due.month = month_of(target);
    due.basis = basis + "; the calendar has no meeting after that day";
  }
  return due;
}

// --- recurring times: "six-monthly", "every six months", "quarterly", "to each meeting" ---

struct RecurrenceFound {
  Recurrence recurrence;
  size_t begin, end;
};

// Whether any of `keys` (lower case) is in the lowered text: most clauses hold none of a form's
// key words, and one plain search each is cheaper than the form's own reading.
bool holds_any(std::string_view lowered, std::initializer_list<std::string_view> keys) {
  for (std::string_view key : keys)
    if (find_phrase(lowered, key) != std::string_view::npos) return true;
  return false;
}

std::optional<RecurrenceFound> find_recurrence(std::string_view text, std::string_view lowered) {
  if (!holds_any(lowered, {"monthly", "yearly", "annual", "quarter", "every", "each", "twice"})) return std::nullopt;
  struct Adverb {
    std::string_view words;
    int months;
  };
  static constexpr std::array<Adverb, 21> adverbs = {{
      {"six-monthly", 6},    {"six monthly", 6},  {"6-monthly", 6},        {"6 monthly", 6},         {"half-yearly", 6},
      {"half yearly", 6},    {"bi-annually", 6},  {"biannually", 6},       {"twice a year", 6},      {"twice yearly", 6},
      {"twice-yearly", 6},   {"quarterly", 3},    {"every quarter", 3},    {"each quarter", 3},      {"three-monthly", 3},
      {"annually", 12},      {"every year", 12},  {"each year", 12},       {"on an annual basis", 12}, {"monthly", 1},
      {"every month", 1},
  }};
  for (const Adverb& a : adverbs) {
    for (size_t at = find_word(text, a.words); at != std::string_view::npos; at = find_word(text, a.words, at + 1)) {
      // "the quarterly report", "this year's Quarterly Monitoring Report": one report, not a recurrence.
      const std::string_view before = word_before(text, at);
      if (iequals(before, "the") || iequals(before, "this") || iequals(before, "its") || iequals(before, "that")) continue;
      if (at > 0 && is_upper(text[at]) && text[at - 1] == ' ' && !before.empty()) continue;
      // "six-monthly" already read "monthly"; "bi-monthly" is another word.
      if (a.months == 1 && at > 0 && text[at - 1] == '-') continue;
      // An adverb ("reported quarterly", "to Cabinet six-monthly on …", "on a quarterly basis"), not an
      // adjective before a noun ("with monthly figures"): one set of figures is not a recurrence.
      std::string_view next = trim(text.substr(at + a.words.size()));
      if (!next.empty() && is_alpha(next[0])) {
        next = next.substr(0, std::min(next.find(' '), next.size()));
        while (!next.empty() && !is_alpha(next.back())) next.remove_suffix(1);
        bool adverb = false;
        for (std::string_view w : {"to", "on", "and", "or", "until", "from", "thereafter", "in", "at", "by", "with", "for", "basis",
                                   "as", "starting", "beginning", "after", "thereon", "via", "through", "during"})
          if (iequals(next, w)) adverb = true;
        if (!adverb) continue;
      }
      RecurrenceFound r{{a.months, false, std::string(text.substr(at, a.words.size()))}, at, at + a.words.size()};
      r.begin = back_over(text, r.begin, {"on a ", "on an "});
      return r;
    }
  }
  // "every six months", "every 3 months"
  for (size_t at = find_word(text, "every"); at != std::string_view::npos; at = find_word(text, "every", at + 1)) {
    std::string_view rest = trim(text.substr(at + 5));
    size_t e = 0;
    while (e < rest.size() && (is_alpha(rest[e]) || is_digit(rest[e]))) ++e;
    const int count = parse_count_word(rest.substr(0, e));
    if (count <= 0) continue;
    std::string_view unit = trim(rest.substr(e));
    int months = 0;
    size_t unit_len = 0;
    if (istarts_with(unit, "months")) months = count, unit_len = 6;
    else if (istarts_with(unit, "years")) months = count * 12, unit_len = 5;
    if (months == 0) continue;
    const size_t end = static_cast<size_t>(unit.data() - text.data()) + unit_len;
    return RecurrenceFound{{months, false, std::string(text.substr(at, end - at))}, at, end};
  }
  // "to each meeting", "at every meeting", "each subsequent meeting"
  for (std::string_view lead : {"each ", "every "}) {
    for (size_t at = find_word(text, trim(lead)); at != std::string_view::npos; at = find_word(text, trim(lead), at + 1)) {
      if (at + lead.size() > text.size()) continue;
      std::string_view rest = text.substr(at + lead.size());
      for (std::string_view mid : {"", "subsequent ", "future ", "ordinary ", "scheduled "}) {
        const std::string noun = std::string(mid) + "meeting";
        if (!istarts_with(rest, noun) || !boundary_after(rest, noun.size())) continue;
        const size_t begin = back_over(text, at, {"to ", "at ", "for "});
        const size_t end = at + lead.size() + noun.size();
        RecurrenceFound r{{0, true, std::string(trim(text.substr(begin, end - begin)))}, begin, end};
        return r;
      }
    }
  }
  return std::nullopt;
}

// "the next meeting", "its next meeting", "the next scheduled meeting", "the next available meeting"
std::optional<std::pair<size_t, size_t>> find_next_meeting(std::string_view text) {
  size_t at = ifind(text, "next ");
  while (at != std::string_view::npos) {
    std::string_view rest = text.substr(at + 5);
    for (std::string_view mid : {"", "scheduled ", "ordinary ", "available ", "appropriate ", "formal "}) {
      if (istarts_with(rest, std::string(mid) + "meeting")) {
        size_t end = at + 5 + mid.size() + 7;
        size_t begin = back_over(text, at, {"the ", "its ", "their "});
        begin = back_over(text, begin, {"to ", "at ", "for ", "until ", "before ", "by "});
        return std::pair{begin, end};
      }
    }
    at = ifind(text, "next ", at + 1);
  }
  return std::nullopt;
}

Due next_meeting_due(std::string text, const DueContext& context) {
  Due due;
  due.text = std::move(text);
  const std::optional<Day> meeting = context.meeting;
  if (meeting) {
    due.kind = DueKind::meeting_after;
    due.anchor = context.next_meeting ? *context.next_meeting : add_days(*meeting, 1);
  }
  if (context.next_meeting) {
    due.day = context.next_meeting;
    due.basis = "the next meeting, as these minutes give it";
  } else if (meeting) {
    if (auto d = first_meeting_on_or_after(context.calendar, add_days(*meeting, 1))) {
      due.day = d;
      due.basis = "the next meeting in the calendar";
    }
  }
  if (due.unreadable()) due.basis = "the next meeting's date is not known";
  return due;
}

// A month name as a word at [at, end), written with a capital (so "may" the verb is not May).
unsigned capital_month_at(std::string_view text, size_t at, size_t& end) {
  if (at >= text.size() || !is_upper(text[at]) || !boundary_before(text, at)) return 0;
  end = at;
  while (end < text.size() && is_alpha(text[end])) ++end;
  return month_from_name(text.substr(at, end - at));
}

bool year_follows(std::string_view text, size_t end) {
  size_t p = end;
  if (p < text.size() && text[p] == ',') ++p;
  while (p < text.size() && text[p] == ' ') ++p;
  return p + 4 <= text.size() && is_digit(text[p]) && is_digit(text[p + 1]) && is_digit(text[p + 2]) && is_digit(text[p + 3]);
}

// "the June meeting", "at its July meeting", "to the June Board": a month with no year.
std::optional<std::pair<unsigned, std::pair<size_t, size_t>>> find_bare_month_meeting(std::string_view text) {
  for (size_t at = 0; at < text.size(); ++at) {
    size_t wend = 0;
    const unsigned m = capital_month_at(text, at, wend);
    if (m == 0) {
      while (at < text.size() && is_alpha(text[at])) ++at;
      continue;
    }
    if (year_follows(text, wend)) {
      at = wend;
      continue;
    }
    const std::string_view before = word_before(text, at);
    const bool determined = iequals(before, "the") || iequals(before, "its") || iequals(before, "their");
    const size_t end = meeting_words_end(text, wend);
    if (!determined || end == wend) {
      at = wend;
      continue;
    }
    size_t begin = back_over(text, at, {"the ", "its ", "their "});
    begin = back_over(text, begin, {"to ", "at ", "for ", "before ", "until ", "by "});
    return std::pair{m, std::pair{begin, end}};
  }
  return std::nullopt;
}

// The first `month` (1-12) at or after the meeting's month.
Month next_month_named(Day meeting, unsigned month, bool strictly_after) {
  Month m{meeting.year(), date::month{month}};
  if (m < month_of(meeting) || (strictly_after && m == month_of(meeting))) m += date::years{1};
  return m;
}

// --- periods, due in their last month: "by the end of the municipal year", "in Quarter 1 of 2022/23" ---

struct PeriodFound {
  Month month;
  size_t begin, end;
  std::string basis;
};

// "2022/23", "2022-23", "2022/2023": the year the financial year starts in.
std::optional<std::pair<int, size_t>> financial_year_at(std::string_view text, size_t at) {
  if (at + 7 > text.size()) return std::nullopt;
  for (size_t i = 0; i < 4; ++i)
    if (!is_digit(text[at + i])) return std::nullopt;
  if (text[at + 4] != '/' && text[at + 4] != '-') return std::nullopt;
  const int first = std::stoi(std::string(text.substr(at, 4)));
  size_t e = at + 5;
  while (e < text.size() && is_digit(text[e])) ++e;
  const std::string_view second = text.substr(at + 5, e - at - 5);
  if (second.size() != 2 && second.size() != 4) return std::nullopt;
  const int s = std::stoi(std::string(second));
  if ((second.size() == 2 && s != (first + 1) % 100) || (second.size() == 4 && s != first + 1)) return std::nullopt;
  return std::pair{first, e};
}

std::optional<PeriodFound> find_quarter(std::string_view text, std::string_view lowered, std::optional<Day> meeting) {
  static constexpr std::array<std::string_view, 4> ordinals = {"first", "second", "third", "fourth"};
  if (!holds_any(lowered, {"quarter", "q1", "q2", "q3", "q4"})) return std::nullopt;
  for (size_t at = 0; at < text.size(); ++at) {
    if (!boundary_before(text, at) || (lower(text[at]) != 'q' && lower(text[at]) != 'f' && lower(text[at]) != 's' && lower(text[at]) != 't'))
      continue;
    int quarter = 0;
    size_t p = at;
    std::string_view rest = text.substr(at);
    if (istarts_with(rest, "quarter ") && p + 9 <= text.size() && text[p + 8] >= '1' && text[p + 8] <= '4' &&
        !is_digit(text.size() > p + 9 ? text[p + 9] : ' ')) {
      quarter = text[p + 8] - '0';
      p += 9;
    } else if ((rest.size() >= 2 && (rest[0] == 'Q' || rest[0] == 'q') && rest[1] >= '1' && rest[1] <= '4') &&
               (rest.size() == 2 || (!is_alpha(rest[2]) && !is_digit(rest[2])))) {
      quarter = rest[1] - '0';
      p += 2;
    } else {
      for (size_t k = 0; k < ordinals.size(); ++k) {
        const size_t length = ordinals[k].size() + 8;  // "first quarter"
        if (istarts_with(rest, ordinals[k]) && istarts_with(rest.substr(ordinals[k].size()), " quarter") &&
            boundary_after(text, at + length)) {
          quarter = static_cast<int>(k) + 1;
          p += length;
        }
      }
    }
    if (quarter == 0) continue;
    // "in Quarter 1", "by Q3 2024/25": a time; "the Q2 monitoring figures" name data, not a due.
    {
      const size_t q = back_over(text, at, {"the "});
      const std::string_view lead = word_before(text, q);
      if (!(iequals(lead, "in") || iequals(lead, "by") || iequals(lead, "during") || iequals(lead, "before") ||
            iequals(lead, "until") || iequals(lead, "of")))
        continue;
    }
    // The year: "of 2022/23", "2024/25", "of the 2024/25 financial year", or none (the next such quarter).
    size_t y = p;
    while (y < text.size() && text[y] == ' ') ++y;
    for (std::string_view skip : {"of the ", "of ", "in ", "for "})
      if (istarts_with(text.substr(y), skip)) {
        y += skip.size();
        break;
      }
    size_t end = p;
    std::optional<Month> last;
    std::string basis;
    if (auto fy = financial_year_at(text, y)) {
      // Municipal and financial years run April to March: quarter 1 is April to June.
      last = Month{date::year{fy->first}, date::month{3}} + date::months{3 * quarter};
      end = fy->second;
      basis = "the last month of quarter " + std::to_string(quarter) + " of the financial year " + std::string(text.substr(y, fy->second - y));
    } else if (y + 4 <= text.size() && is_digit(text[y]) && is_digit(text[y + 1]) && is_digit(text[y + 2]) && is_digit(text[y + 3]) &&
               (y + 4 == text.size() || !is_digit(text[y + 4]))) {
      const int year = std::stoi(std::string(text.substr(y, 4)));
      last = Month{date::year{year}, date::month{static_cast<unsigned>(3 * quarter)}};
      end = y + 4;
      basis = "the last month of quarter " + std::to_string(quarter) + " of " + std::to_string(year);
    } else if (meeting) {
      // No year: the next financial quarter of that number to end after the meeting.
      Month m{meeting->year() - date::years{1}, date::month{3}};
      m += date::months{3 * quarter};
      while (m < month_of(*meeting)) m += date::years{1};
      last = m;
      basis = "the last month of the next financial quarter " + std::to_string(quarter);
    }
    if (!last) return std::nullopt;
    const size_t begin = back_over(text, back_over(text, at, {"the "}), {"in ", "by ", "during ", "for ", "by the end of ", "in the "});
    return PeriodFound{*last, begin, end, basis};
  }
  return std::nullopt;
}

// The month a kind of year ends in, counted from the meeting: the first such month not before it.
Month year_end(Day meeting, unsigned last_month, int years_on = 0) {
  return next_month_named(meeting, last_month, false) + date::years{years_on};
}

std::optional<PeriodFound> find_period(std::string_view text, std::string_view lowered, std::optional<Day> meeting) {
  if (!meeting) return std::nullopt;
  const bool names_a_year = find_phrase(lowered, " year") != std::string_view::npos;
  struct YearKind {
    std::string_view name;
    unsigned last_month;
    std::string_view described;
  };
  // Municipal years end at the annual meeting in May; financial years in March; school years in July.
  static constexpr std::array<YearKind, 7> kinds = {{{"municipal year", 5, "the municipal year ends in May"},
                                                     {"council year", 5, "the municipal year ends in May"},
                                                     {"financial year", 3, "the financial year ends in March"},
                                                     {"fiscal year", 3, "the financial year ends in March"},
                                                     {"academic year", 7, "the academic year's teaching ends in July"},
                                                     {"school year", 7, "the academic year's teaching ends in July"},
                                                     {"calendar year", 12, "the calendar year ends in December"}}};
  for (const YearKind& k : kinds) {
    if (!names_a_year) break;
    for (std::string_view which : {"end of the ", "end of this ", "end of the current ", "end of the next ", "next ",
                                   "the current ", "this ", "the coming "}) {
      const std::string phrase = std::string(which) + std::string(k.name);
      const size_t at = find_word(text, phrase);
      if (at == std::string_view::npos) continue;
      const bool next = ifind(which, "next") != std::string_view::npos || ifind(which, "coming") != std::string_view::npos;
      // "during this academic year" ends with this year's; "at the end of the next" with the next one's.
      Month m = year_end(*meeting, k.last_month, next ? 1 : 0);
      size_t begin = back_over(text, at, {"the "});
      begin = back_over(text, begin, {"by ", "before ", "at ", "until ", "in ", "during ", "for ", "over "});
      return PeriodFound{m, begin, at + phrase.size(), std::string(k.described) + (next ? ", the next one" : "")};
    }
  }
  // "by the end of the year", "before the end of this year"
  for (std::string_view phrase : {"end of the year", "end of this year"}) {
    if (!names_a_year) break;
    const size_t at = find_word(text, phrase);
    if (at == std::string_view::npos) continue;
    const size_t begin = back_over(text, back_over(text, at, {"the "}), {"by ", "before ", "at ", "until "});
    return PeriodFound{Month{meeting->year(), date::month{12}}, begin, at + phrase.size(), "the end of the meeting's year"};
  }
  // "by the end of March", "before the end of the month"
  for (size_t at = find_word(text, "end of"); at != std::string_view::npos; at = find_word(text, "end of", at + 1)) {
    const size_t p = at + 7;
    if (p >= text.size()) break;
    size_t wend = 0;
    std::optional<Month> m;
    std::string basis;
    if (const unsigned named = capital_month_at(text, p, wend); named != 0 && !year_follows(text, wend)) {
      m = next_month_named(*meeting, named, false);
      basis = "the next end of " + month_name(*m) + " after the meeting";
    } else if (istarts_with(text.substr(p), "the month") || istarts_with(text.substr(p), "this month")) {
      wend = p + (istarts_with(text.substr(p), "this") ? 10 : 9);
      m = month_of(*meeting);
      basis = "the end of the meeting's month";
    } else if (istarts_with(text.substr(p), "next month")) {
      wend = p + 10;
      m = month_of(*meeting) + date::months{1};
      basis = "the end of the month after the meeting";
    }
    if (!m) continue;
    const size_t begin = back_over(text, back_over(text, at, {"the "}), {"by ", "before ", "at ", "until "});
    return PeriodFound{*m, begin, wend, basis};
  }
  auto time_lead = [&](size_t at) {
    const std::string_view lead = word_before(text, at);
    if (!(iequals(lead, "in") || iequals(lead, "by") || iequals(lead, "before") || iequals(lead, "during") || iequals(lead, "until")))
      return false;
    // "the plan agreed in March" is when something was done; "be reported in June" when it is due.
    const size_t lead_at = static_cast<size_t>(lead.data() - text.data());
    const std::string_view verb = word_before(text, lead_at);
    const bool past = (verb.size() > 3 && iends_with(verb, "ed")) || iequals(verb, "held") || iequals(verb, "made") ||
                      iequals(verb, "met") || iequals(verb, "took") || iequals(verb, "taken") || iequals(verb, "began");
    if (!past) return true;
    const std::string_view auxiliary = word_before(text, static_cast<size_t>(verb.data() - text.data()));
    return iequals(auxiliary, "be") || iequals(auxiliary, "been") || iequals(auxiliary, "being");
  };
  auto lead_begin = [&](size_t at) { return back_over(text, at, {"in ", "by ", "before ", "during ", "until "}); };
  // "report back in January", "by March": a month with no year is the next one after the meeting's.
  for (size_t at = 0; at < text.size(); ++at) {
    size_t wend = 0;
    const unsigned named = capital_month_at(text, at, wend);
    if (named == 0) {
      while (at < text.size() && is_alpha(text[at])) ++at;
      continue;
    }
    const std::string_view after = trim(text.substr(wend));
    const bool dated = year_follows(text, wend) || (!after.empty() && (is_digit(after[0]) || after[0] == '\''));
    if (!dated && time_lead(at)) {
      const Month m = next_month_named(*meeting, named, true);
      return PeriodFound{m, lead_begin(at), wend, "the next " + month_name(m) + " after the meeting"};
    }
    at = wend;
  }
  // "report back next month"
  if (const size_t at = find_word(text, "next month"); at != std::string_view::npos)
    return PeriodFound{month_of(*meeting) + date::months{1}, lead_begin(back_over(text, at, {"the "})), at + 10, "the month after the meeting"};
  // "in 2026", "by 2030" (the end of that year); "during 2025/26" (the end of that financial year)
  for (size_t at = 0; at + 4 <= text.size(); ++at) {
    if (!is_digit(text[at]) || (at > 0 && (is_digit(text[at - 1]) || is_alpha(text[at - 1])))) continue;
    if (!time_lead(at)) continue;
    if (auto fy = financial_year_at(text, at)) {
      return PeriodFound{Month{date::year{fy->first + 1}, date::month{3}}, lead_begin(at), fy->second,
                         "the financial year ends in March"};
    }
    if (!(is_digit(text[at + 1]) && is_digit(text[at + 2]) && is_digit(text[at + 3]))) continue;
    if (at + 4 < text.size() && (is_digit(text[at + 4]) || is_alpha(text[at + 4]) || text[at + 4] == '/')) continue;
    const int year = std::stoi(std::string(text.substr(at, 4)));
    if (year < 2000 || year > 2099 || date::year{year} < meeting->year()) continue;
    return PeriodFound{Month{date::year{year}, date::month{12}}, lead_begin(at), at + 4, "the end of " + std::to_string(year)};
  }
  return std::nullopt;
}

// --- conditions: "before the budget is set", "until the outcome of the review is known" ---

bool has_finite_verb(std::string_view phrase) {
  for (std::string_view verb : {"is", "are", "has", "have", "was", "were", "been", "becomes", "become"})
    if (find_word(phrase, verb) != std::string_view::npos) return true;
  return false;
}

bool names_a_process(std::string_view phrase) {
  for (std::string_view noun : {"period", "consultation", "review", "exercise", "process", "completion", "conclusion", "outcome",
                                "result", "results", "close", "closure", "election", "elections", "publication", "receipt",
                                "evaluation", "assessment", "inspection", "audit", "examination", "appeal",
                                "decision", "determination", "announcement", "settlement"})
    if (find_word(phrase, noun) != std::string_view::npos) return true;
  return false;
}

std::optional<std::pair<size_t, size_t>> find_condition(std::string_view text) {
  size_t best = std::string_view::npos, best_end = 0;
  for (std::string_view lead : {"until", "before", "after", "once", "following", "pending", "upon", "on completion of",
                                "on receipt of", "when"}) {
    for (size_t at = find_word(text, lead); at != std::string_view::npos; at = find_word(text, lead, at + 1)) {
      size_t end = at + lead.size();
      // The condition runs to the end of its part of the sentence.
      while (end < text.size() && text[end] != ';' && text[end] != ',' && !(text[end] == '.' && (end + 1 == text.size() || text[end + 1] == ' ')))
        ++end;
      const std::string_view rest = trim(text.substr(at + lead.size(), end - at - lead.size()));
      if (rest.empty() || std::count(rest.begin(), rest.end(), ' ') > 16) continue;
      const bool clause_form = lead == "until" || lead == "before" || lead == "after" || lead == "once" || lead == "when";
      // "before the budget is set" (a clause), "following the exhibition period" (a process)
      const bool reads = clause_form ? has_finite_verb(rest) && !istarts_with(rest, "it is") : names_a_process(rest);
      if (!reads) continue;
      // "the Chair, when the report is ready": the condition, not an aside before a verb.
      if (at < best) {
        best = at;
        best_end = end;
      }
      break;
    }
  }
  if (best == std::string_view::npos) return std::nullopt;
  return std::pair{best, best_end};
}

}  // namespace

std::optional<Due> find_due(std::string_view text, const DueContext& context, const VocabularyConfig& vocabulary) {
  const std::optional<Day> meeting = context.meeting;
  const std::string lowered = to_lower(text);
  const std::optional<RecurrenceFound> recurring = find_recurrence(text, lowered);
  auto with_recurrence = [&](Due due) {
    if (recurring) due.recurrence = recurring->recurrence;
    return std::optional<Due>(std::move(due));
  };
  // A stated day after the meeting: "by 30th November 2020", "the 22 September 2020 meeting",
  // "by 20th November" (no year: the next 20 November after the meeting).
  for (auto found : find_all_dates(text, meeting)) {
    if (!found.year_given) {
      if (!meeting) continue;
      const std::string_view before = word_before(text, found.begin);
      // "the meeting held on 6 March", "the letter dated 2 May": a day in the past.
      if (iequals(before, "held") || iequals(before, "dated") || iequals(before, "since") || iequals(before, "of") ||
          iequals(before, "last") || ((iequals(before, "on") && (preceded_by(text, found.begin - 3, "held") ||
                                                                 preceded_by(text, found.begin - 3, "made") ||
                                                                 preceded_by(text, found.begin - 3, "agreed")))))
        continue;
      if (found.day <= *meeting) found.day = Day{found.day.year() + date::years{1}, found.day.month(), found.day.day()};
    }
    if (meeting && found.day <= *meeting) continue;  // a date in the past is not when it is due
    // "a rent increase with effect from 3 April": when a decision takes effect, not when something is due.
    if (preceded_by(text, found.begin, "from") || preceded_by(text, found.begin, "effective") ||
        preceded_by(text, found.begin, "commencing") || preceded_by(text, found.begin, "starting"))
      continue;
    std::string phrase = phrase_around(text, found.begin, found.end);
    const bool names_meeting = iends_with(phrase, "meeting") || meeting_words_end(text, found.end) != found.end;
    Due due;
    due.text = phrase;
    due.anchor = found.day;
    if (names_meeting) {
      due.kind = DueKind::meeting_after;
      due.day = found.day;
      due.basis = "the meeting the clause names";
    } else if (preceded_by(text, found.begin, "after")) {
      return with_recurrence(month_due(phrase, month_of(found.day) + date::months{1}, context, "the month after the date named"));
    } else {
      due.kind = DueKind::deadline;
      due.day = found.day;
      due.basis = found.year_given ? "the date the clause names" : "the date the clause names, in the first year after the meeting";
    }
    return with_recurrence(due);
  }
  // A month: "the December 2020 meeting", "in December 2019", "after May 2021", "by March 2021".
  for (size_t from = 0;;) {
    auto found = find_month_year(text, from);
    if (!found) break;
    from = found->end;
    Month m = found->month;
    if (meeting && m < month_of(*meeting)) continue;
    std::string phrase = phrase_around(text, found->begin, found->end);
    if (const size_t after = after_in_phrase(text, found->begin); after != std::string_view::npos)
      return with_recurrence(month_due(std::string(trim(text.substr(after, found->end - after))), m + date::months{1}, context,
                                       "the first month after " + format_month_long(m)));
    return with_recurrence(month_due(phrase, m, context, "the month the clause names"));
  }
  if (auto quarter = find_quarter(text, lowered, meeting)) {
    if (!meeting || quarter->month >= month_of(*meeting)) {
      std::string phrase(trim(text.substr(quarter->begin, quarter->end - quarter->begin)));
      return with_recurrence(deadline_month(phrase, quarter->month, quarter->basis));
    }
  }
  if (auto rel = find_relative(text)) {
    std::string phrase(trim(text.substr(rel->begin, rel->end - rel->begin)));
    if (!meeting) {
      Due due;
      due.text = phrase;
      due.basis = "counted from the meeting date, which is not known";
      return with_recurrence(due);
    }
    Due due = counted_due(phrase, *rel, rel->counts.front(), *meeting, context);
    for (size_t k = 1; k < rel->counts.size(); ++k) {
      const Due later = counted_due(phrase, *rel, rel->counts[k], *meeting, context);
      due.later.push_back({later.day, later.month, later.basis});
    }
    return with_recurrence(due);
  }
  if (auto next = find_next_meeting(text))
    return with_recurrence(next_meeting_due(std::string(trim(text.substr(next->first, next->second - next->first))), context));
  if (recurring && recurring->recurrence.each_meeting) return with_recurrence(next_meeting_due(recurring->recurrence.text, context));
  if (auto bare = find_bare_month_meeting(text)) {
    std::string phrase(trim(text.substr(bare->second.first, bare->second.second - bare->second.first)));
    if (meeting) {
      const Month m = next_month_named(*meeting, bare->first, true);
      return with_recurrence(month_due(phrase, m, context, "the next " + month_name(m) + " after the meeting"));
    }
  }
  if (auto period = find_period(text, lowered, meeting)) {
    std::string phrase(trim(text.substr(period->begin, period->end - period->begin)));
    return with_recurrence(deadline_month(phrase, period->month, period->basis));
  }
  if (recurring && meeting) {
    const Month first = month_of(add_months(*meeting, recurring->recurrence.months));
    return with_recurrence(month_due(recurring->recurrence.text, first, context,
                                     "the first of every " + std::to_string(recurring->recurrence.months) + " months from the meeting"));
  }
  for (const auto& phrase : vocabulary.no_due_phrases) {
    if (icontains(text, phrase)) return std::nullopt;
  }
  if (auto condition = find_condition(text)) {
    Due due;
    due.text = std::string(trim(text.substr(condition->first, condition->second - condition->first)));
    due.kind = DueKind::condition;
    due.basis = "a condition, not a date: the tracker cannot tell when it is met";
    return with_recurrence(due);
  }
  for (const auto& phrase : vocabulary.vague_due_phrases) {
    size_t at = ifind(text, phrase);
    if (at == std::string_view::npos) continue;
    Due due;
    due.text = std::string(text.substr(at, phrase.size()));
    due.basis = "no date can be read from this phrase";
    return with_recurrence(due);
  }
  if (recurring) {
    Due due;
    due.text = recurring->recurrence.text;
    due.basis = "a recurring time counted from the meeting date, which is not known";
    return with_recurrence(due);
  }
  return std::nullopt;  // "in due course", "a future meeting" or no time at all
}

}  // namespace tracker
