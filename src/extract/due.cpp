#include "extract/due.h"

#include <algorithm>

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

// The phrase around [begin, end): back to a leading preposition, on to a trailing "meeting".
std::string phrase_around(std::string_view text, size_t begin, size_t end) {
  size_t b = begin;
  for (std::string_view lead : {"to the ", "at the ", "for the ", "by the ", "in the ", "to ", "at ", "by ", "in ", "before ",
                                "after ", "until ", "no later than ", "from ", "on "}) {
    if (b >= lead.size() && iequals(text.substr(b - lead.size(), lead.size()), lead)) {
      b -= lead.size();
      break;
    }
  }
  size_t e = end;
  std::string_view rest = text.substr(e);
  for (std::string_view tail : {" meeting", " committee meeting"}) {
    if (istarts_with(rest, tail)) {
      e += tail.size();
      break;
    }
  }
  return std::string(trim(text.substr(b, e - b)));
}

bool preceded_by(std::string_view text, size_t at, std::string_view word) {
  std::string_view before = trim(text.substr(0, at));
  return iends_with(before, word) && (before.size() == word.size() || !is_alpha(before[before.size() - word.size() - 1]));
}

// "in 12 months' time", "within six weeks", "in a year's time", "after three months".
struct Relative {
  int count;
  char unit;  // 'w', 'm', 'y'
  size_t begin, end;
};

std::optional<Relative> find_relative(std::string_view text) {
  for (std::string_view unit : {"week", "month", "year"}) {
    for (size_t at = ifind(text, unit); at != std::string_view::npos; at = ifind(text, unit, at + 1)) {
      if (at == 0 || text[at - 1] != ' ') continue;
      size_t end = at + unit.size();
      if (end < text.size() && lower(text[end]) == 's') ++end;
      if (end < text.size() && is_alpha(text[end])) continue;
      // the count word before the unit
      size_t wend = at - 1;
      size_t wbegin = wend;
      while (wbegin > 0 && (is_alpha(text[wbegin - 1]) || is_digit(text[wbegin - 1]) || text[wbegin - 1] == '-')) --wbegin;
      const int count = parse_count_word(text.substr(wbegin, wend - wbegin));
      if (count <= 0) continue;
      std::string_view before = trim(text.substr(0, wbegin));
      std::string_view after = text.substr(end);
      if (istarts_with(after, "'")) after.remove_prefix(1);
      else if (istarts_with(after, "\xE2\x80\x99")) after.remove_prefix(3);
      if (istarts_with(after, "s")) after.remove_prefix(1);
      const bool time = istarts_with(trim(after), "time");
      const bool has_in = iends_with(before, " in") || iends_with(before, " within") || iends_with(before, " after") ||
                          iends_with(before, "further") || iends_with(before, "another");
      if (!(has_in || time)) continue;
      // "in future years", "12 month period": a count word is required above; "months of data" is not a time.
      size_t phrase_begin = wbegin;
      for (std::string_view p : {"within ", "after ", "in a further ", "in another ", "in "}) {
        if (phrase_begin >= p.size() && iequals(text.substr(phrase_begin - p.size(), p.size()), p)) {
          phrase_begin -= p.size();
          break;
        }
      }
      size_t phrase_end = end;
      if (time) phrase_end = static_cast<size_t>(ifind(text, "time", end)) + 4;
      return Relative{count, unit[0], phrase_begin, phrase_end};
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
        size_t begin = at;
        for (std::string_view lead : {"the ", "its ", "their "}) {
          if (begin >= lead.size() && iequals(text.substr(begin - lead.size(), lead.size()), lead)) {
            begin -= lead.size();
            break;
          }
        }
        for (std::string_view lead : {"to ", "at ", "for ", "until "}) {
          if (begin >= lead.size() && iequals(text.substr(begin - lead.size(), lead.size()), lead)) {
            begin -= lead.size();
            break;
          }
        }
        return std::pair{begin, end};
      }
    }
    at = ifind(text, "next ", at + 1);
  }
  return std::nullopt;
}

// "the June meeting", "the March meeting of the Commission": a month with no year.
std::optional<std::pair<unsigned, std::pair<size_t, size_t>>> find_bare_month_meeting(std::string_view text) {
  for (size_t at = ifind(text, " meeting"); at != std::string_view::npos; at = ifind(text, " meeting", at + 1)) {
    size_t wb = at;
    while (wb > 0 && is_alpha(text[wb - 1])) --wb;
    const unsigned m = month_from_name(text.substr(wb, at - wb));
    if (m == 0) continue;
    size_t begin = wb;
    for (std::string_view lead : {"the ", "its "}) {
      if (begin >= lead.size() && iequals(text.substr(begin - lead.size(), lead.size()), lead)) {
        begin -= lead.size();
        break;
      }
    }
    for (std::string_view lead : {"to ", "at ", "for "}) {
      if (begin >= lead.size() && iequals(text.substr(begin - lead.size(), lead.size()), lead)) {
        begin -= lead.size();
        break;
      }
    }
    return std::pair{m, std::pair{begin, at + 8}};
  }
  return std::nullopt;
}

}  // namespace

std::optional<Due> find_due(std::string_view text, const DueContext& context, const VocabularyConfig& vocabulary) {
  const std::optional<Day> meeting = context.meeting;
  // A stated day after the meeting: "by 30th November 2020", "the 22 September 2020 meeting".
  for (const auto& found : find_all_dates(text, meeting)) {
    if (meeting && found.day <= *meeting) continue;  // a date in the past is not when it is due
    if (!found.year_given && !meeting) continue;
    std::string phrase = phrase_around(text, found.begin, found.end);
    const bool names_meeting = iends_with(phrase, "meeting");
    Due due;
    due.text = phrase;
    due.anchor = found.day;
    if (names_meeting) {
      due.kind = DueKind::meeting_after;
      due.day = found.day;
      due.basis = "the meeting the clause names";
    } else if (preceded_by(text, found.begin, "after")) {
      return month_due(phrase, Month{found.day.year(), found.day.month()} + date::months{1}, context, "the month after the date named");
    } else {
      due.kind = DueKind::deadline;
      due.day = found.day;
      due.basis = "the date the clause names";
    }
    return due;
  }
  // A month: "the December 2020 meeting", "in December 2019", "after May 2021", "by March 2021".
  for (size_t from = 0;;) {
    auto found = find_month_year(text, from);
    if (!found) break;
    from = found->end;
    Month m = found->month;
    if (meeting && m < Month{meeting->year(), meeting->month()}) continue;
    std::string phrase = phrase_around(text, found->begin, found->end);
    if (preceded_by(text, found->begin, "after") || preceded_by(text, found->begin, "following")) {
      return month_due(phrase, m + date::months{1}, context, "the first month after " + format_month_long(m));
    }
    return month_due(phrase, m, context, "the month the clause names");
  }
  if (auto rel = find_relative(text)) {
    std::string phrase(trim(text.substr(rel->begin, rel->end - rel->begin)));
    if (!meeting) {
      Due due;
      due.text = phrase;
      due.basis = "counted from the meeting date, which is not known";
      return due;
    }
    if (rel->unit == 'w') {
      Due due;
      due.text = phrase;
      due.day = add_days(*meeting, rel->count * 7);
      due.kind = DueKind::deadline;
      due.anchor = due.day;
      due.basis = "the meeting date plus " + std::to_string(rel->count) + " weeks";
      return due;
    }
    const int months = rel->unit == 'y' ? rel->count * 12 : rel->count;
    const Day target = add_months(*meeting, months);
    Due due;
    due.text = phrase;
    due.kind = DueKind::meeting_after;
    due.anchor = target;
    const std::string basis = "the meeting date plus " + std::to_string(months) + " months";
    auto calendar_day = first_meeting_on_or_after(context.calendar, target);
    if (calendar_day && date::sys_days{*calendar_day} - date::sys_days{target} <= date::days{62}) {
      due.day = calendar_day;
      due.basis = basis + "; the first meeting on or after that day";
    } else {
      due.month = Month{target.year(), target.month()};
      due.basis = basis + "; the calendar has no meeting after that day";
    }
    return due;
  }
  if (auto next = find_next_meeting(text)) {
    Due due;
    due.text = std::string(trim(text.substr(next->first, next->second - next->first)));
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
  if (auto bare = find_bare_month_meeting(text)) {
    std::string phrase(trim(text.substr(bare->second.first, bare->second.second - bare->second.first)));
    if (meeting) {
      Month m{meeting->year(), date::month{bare->first}};
      if (m <= Month{meeting->year(), meeting->month()}) m += date::years{1};
      return month_due(phrase, m, context, "the next " + format_month_long(m).substr(0, format_month_long(m).find(' ')) + " after the meeting");
    }
  }
  for (const auto& phrase : vocabulary.no_due_phrases) {
    if (icontains(text, phrase)) return std::nullopt;
  }
  for (const auto& phrase : vocabulary.vague_due_phrases) {
    size_t at = ifind(text, phrase);
    if (at == std::string_view::npos) continue;
    Due due;
    due.text = std::string(text.substr(at, phrase.size()));
    due.basis = "no date can be read from this phrase";
    return due;
  }
  return std::nullopt;  // "in due course", "a future meeting" or no time at all
}

}  // namespace tracker
