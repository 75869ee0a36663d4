#include "parse/meeting_heading.h"

#include <algorithm>
#include <array>

#include "core/text.h"
#include "parse/date_parse.h"

namespace tracker {
namespace {

constexpr std::array<std::string_view, 19> kBodyNouns = {
    "committee", "commission", "panel",     "board",         "cabinet",      "council",   "forum",
    "group",     "partnership", "assembly", "sub-committee", "subcommittee", "executive", "scrutiny",
    "authority", "party",       "court",    "senate",        "sub-group"};

// What kind of sitting it was, not which body sat: "the Extraordinary Meeting of the Council".
constexpr std::array<std::string_view, 22> kSittingWords = {
    "the",    "a",      "an",      "ordinary",   "regular",    "special",   "extraordinary", "annual",
    "remote", "virtual", "informal", "formal",   "hybrid",     "public",    "reconvened",    "adjourned",
    "additional", "inaugural", "statutory", "emergency", "urgent", "scheduled"};

// A meeting other than the one a heading announces.
constexpr std::array<std::string_view, 9> kOtherMeetingWords = {"next",  "previous", "last",  "future", "following",
                                                                "this", "each",     "every", "that"};

// A title that begins with one of these says something about a body instead of naming it:
// "Approved by Council", "Recommendations from Cabinet", "Report to Council".
constexpr std::array<std::string_view, 22> kNotNameFirstWords = {
    "approved", "adopted",     "agreed",     "confirmed", "signed",  "ratified", "noted",    "received",
    "considered", "presented", "submitted",  "published", "circulated", "referred", "recommended",
    "recommendations", "report", "reports", "agenda", "next", "previous", "updated"};

template <size_t N>
bool is_one_of(std::string_view word, const std::array<std::string_view, N>& list) {
  return std::any_of(list.begin(), list.end(), [&](std::string_view w) { return iequals(word, w); });
}

std::vector<std::string_view> words_of(std::string_view s) {
  std::vector<std::string_view> out;
  for (std::string_view w : split(s, ' '))
    if (!w.empty()) out.push_back(w);
  return out;
}

// Bytes of a dash (hyphen, en or em dash) or a bar at `i`, 0 when there is none.
size_t dash_at(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  if (s[i] == '-' || s[i] == '|') return 1;
  if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      (static_cast<unsigned char>(s[i + 2]) == 0x93 || static_cast<unsigned char>(s[i + 2]) == 0x94))
    return 3;
  return 0;
}

std::string_view strip_leading_separators(std::string_view s) {
  s = trim(s);
  for (size_t n; !s.empty() && ((n = dash_at(s, 0)) > 0 || s[0] == ':' || s[0] == ',');) s = trim(s.substr(n > 0 ? n : 1));
  return s;
}

// "Northmoor Borough Council – Cabinet – 14 March 2023": the parts between spaced dashes.
std::vector<std::string_view> dash_segments(std::string_view s) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 1; i + 1 < s.size(); ++i) {
    if (s[i - 1] != ' ') continue;
    const size_t n = dash_at(s, i);
    if (n > 0 && i + n < s.size() && s[i + n] == ' ') {
      out.push_back(trim(s.substr(start, i - start)));
      start = i + n;
      i += n;
    }
  }
  out.push_back(trim(s.substr(start)));
  return out;
}

bool ends_with_word(std::string_view s, std::string_view word) {
  return iends_with(s, word) && (s.size() == word.size() || !is_alpha(s[s.size() - word.size() - 1]));
}

// "Planning Committee B", "LICENSING SUB-COMMITTEE 2", "Area Board (North)": a number, letter or
// bracket after the body's noun tells its sittings or branches apart.
std::string_view without_designator(std::string_view s) {
  s = trim(s);
  if (!s.empty() && s.back() == ')') {
    const size_t open = s.rfind('(');
    if (open != std::string_view::npos && open > 0 && std::count(s.begin() + static_cast<long>(open), s.end(), ' ') <= 3)
      return trim(s.substr(0, open));
  }
  const size_t space = s.rfind(' ');
  if (space == std::string_view::npos) return s;
  const std::string_view last = s.substr(space + 1);
  const bool number = last.size() <= 3 && std::all_of(last.begin(), last.end(), is_digit);
  const bool letter = last.size() == 1 && is_alpha(last[0]);
  const bool roman = last.size() <= 4 && roman_value(last) > 0 && is_upper(last[0]);
  return number || letter || roman ? trim(s.substr(0, space)) : s;
}

bool ends_with_body_noun(std::string_view s) {
  return std::any_of(kBodyNouns.begin(), kBodyNouns.end(), [&](std::string_view noun) { return ends_with_word(s, noun); });
}

// "Board of Directors", "Council of Governors", "Court of the University".
bool body_of_something(const std::vector<std::string_view>& words) {
  size_t k = !words.empty() && iequals(words[0], "the") ? 1 : 0;
  return words.size() >= k + 3 && is_one_of(words[k], kBodyNouns) && iequals(words[k + 1], "of");
}

// "Ordinary Council Meeting", "City Council Regular Meeting", "Annual Parish Meeting", not "Next Meeting".
bool names_a_meeting(const std::vector<std::string_view>& words) {
  if (words.size() < 2 || !iequals(words.back(), "meeting")) return false;
  bool body = false;
  for (size_t k = 0; k + 1 < words.size(); ++k) {
    if (is_one_of(words[k], kOtherMeetingWords)) return false;
    std::string_view w = words[k];
    if (is_one_of(w, kBodyNouns) || iequals(w, "parish") || iequals(w, "town") || iequals(w, "general")) body = true;
  }
  return body;
}

bool is_council_name(std::string_view s) { return ends_with_word(s, "council") && s.find(' ') != std::string_view::npos; }

// One title, no dashes: does it name a body?
bool names_a_body(std::string_view s) {
  s = trim(s);
  if (s.empty() || s.size() > 140 || s.back() == '.' || !is_upper(s[0])) return false;
  // "6. Recommendations from Cabinet" is an item; "Decision Maker: Cabinet" a field.
  if (s.find(':') != std::string_view::npos) return false;
  const std::vector<std::string_view> words = words_of(s);
  if (words.size() > 14 || is_one_of(words[0], kNotNameFirstWords)) return false;
  for (std::string_view w : words)
    if (iequals(w, "by") || iequals(w, "from") || iequals(w, "to")) return false;
  const std::string_view core = without_designator(s);
  return ends_with_body_noun(core) || body_of_something(words) || names_a_meeting(words_of(core));
}

// The text after a spaced dash that follows a date: "- Cabinet (Item 5)".
std::optional<std::string_view> title_after_dash(std::string_view after) {
  after = trim(after);
  const size_t n = dash_at(after, 0);
  if (n == 0) return std::nullopt;
  std::string_view title = trim(after.substr(n));
  if (title.empty()) return std::nullopt;
  return title;
}

// "Overview and Scrutiny Committee (Item 27)" -> the committee; "Budget ref: 123 …" -> "Budget".
std::string_view without_item_reference(std::string_view title) {
  size_t cut = ifind(title, "(item");
  if (cut == std::string_view::npos) cut = ifind(title, " ref:");
  return cut == std::string_view::npos ? title : trim(title.substr(0, cut));
}

// A ModernGov decision line: "11/02/2022 - Title ref: 1234    Recommendations Approved".
bool reads_as_decision_line(std::string_view title) {
  return icontains(title, " ref:") || iends_with(title, "approved") || iends_with(title, "agreed") ||
         iends_with(title, "decision made") || iends_with(title, "call-in)") || iends_with(title, "call in)");
}

// "Issue - decisions", "Decision details", "Decisions" among the page's title lines above.
bool under_decision_page_title(const CleanLines& lines, int index) {
  for (int j = index - 1; j >= 0 && j >= index - 20; --j) {
    const std::string& t = lines[static_cast<size_t>(j)].text;
    if (t.size() <= 40 && (icontains(t, "decisions") || iequals(t, "decision details") || iequals(t, "decision"))) return true;
  }
  return false;
}

bool starts_meeting_phrase(std::string_view t) {
  t = trim(t);
  for (std::string_view lead : {"draft ", "unconfirmed ", "confirmed "})
    if (istarts_with(t, lead)) t.remove_prefix(lead.size());
  const bool starts = istarts_with(t, "minutes of") || istarts_with(t, "minute of") || istarts_with(t, "notes of") ||
                      istarts_with(t, "record of") || istarts_with(t, "notice is hereby given") || icontains(t, "summoned to attend");
  // "Minutes of the previous meeting held on …" is an agenda item about another meeting.
  return starts && !icontains(t, "previous meeting") && !icontains(t, "last meeting");
}

// A sentence about minutes rather than their heading: "Minutes of the meeting held on 5 March
// were approved …".
bool narrates(std::string_view phrase) {
  for (std::string_view w : {" were ", " was ", " approved", "correct record", " signed", " agreed"})
    if (icontains(phrase, w)) return true;
  return false;
}

// The words just before a date that carry a heading's sentence into it: "held on", "on Tuesday".
bool leads_into_date(std::string_view before) {
  const std::vector<std::string_view> words = words_of(before);
  if (words.empty()) return true;
  const std::string_view last = words.back();
  return iequals(last, "on") || iequals(last, "held") || iequals(last, "of") || iequals(last, "dated") || is_weekday_name(last);
}

// The date stands for the meeting of the lines above it: "Date: …", "Minutes - …", "HELD ON …".
bool date_leads(std::string_view before, const DateFound& found) {
  if (before.empty()) return true;
  if (before.back() == '/') return true;  // "Dydd Mawrth, 14 Mai 2024 / Tuesday, 14 May 2024"
  if (istarts_with(before, "held ") && iends_with(before, " on")) return true;  // "HELD AT THE TOWN HALL ON"
  if (is_weekday_name(before) && found.begin <= 14) return true;
  // A label made of these words: "Date", "Date and time of meeting", "Minutes of meeting held on".
  const std::vector<std::string_view> words = words_of(before);
  return words.size() <= 6 && std::all_of(words.begin(), words.end(), [](std::string_view w) {
           for (std::string_view label : {"date", "and", "time", "of", "the", "meeting", "minutes", "notes", "held", "on", "day"})
             if (iequals(w, label)) return true;
           return false;
         });
}

bool is_minutes_title(std::string_view t) {
  t = strip_trailing_separators(t);
  for (std::string_view title : {"minutes", "notes", "draft minutes", "unconfirmed minutes", "confirmed minutes", "minutes of meeting",
                                 "minutes of the meeting", "meeting minutes", "notes of meeting"})
    if (iequals(t, title)) return true;
  return false;
}

std::string_view strip_sitting_words(std::string_view s) {
  s = trim(s);
  while (true) {
    const size_t space = s.find(' ');
    const std::string_view first = s.substr(0, space);
    if (first.empty() || !is_one_of(first, kSittingWords)) return s;
    s = space == std::string_view::npos ? std::string_view() : trim(s.substr(space + 1));
  }
}

// Position of the word "meeting" in `s`, npos when absent.
size_t find_meeting_word(std::string_view s) {
  for (size_t at = ifind(s, "meeting"); at != std::string_view::npos; at = ifind(s, "meeting", at + 1)) {
    const size_t end = at + 7;
    if ((at == 0 || !is_alpha(s[at - 1])) && (end == s.size() || !is_alpha(s[end]))) return at;
  }
  return std::string_view::npos;
}

}  // namespace

std::string_view strip_trailing_separators(std::string_view s) {
  s = trim(s);
  while (!s.empty()) {
    if (s.back() == '-' || s.back() == ',' || s.back() == ':' || s.back() == '|') {
      s = trim(s.substr(0, s.size() - 1));
    } else if (s.size() >= 3 && dash_at(s, s.size() - 3) == 3) {
      s = trim(s.substr(0, s.size() - 3));  // en or em dash
    } else {
      break;
    }
  }
  return s;
}

std::string_view committee_named(std::string_view title, const std::vector<std::string>& committee_names) {
  std::string_view s = strip_trailing_separators(title);
  // "Cabinet Minutes 5 March", "Minutes - Cabinet": the word minutes is not part of the name.
  if (ends_with_word(s, "minutes") && s.size() > 8) s = strip_trailing_separators(s.substr(0, s.size() - 7));
  if (istarts_with(s, "minutes") && s.size() > 8 && !is_alpha(s[7])) {
    const std::string_view rest = trim(s.substr(7));
    if (!rest.empty() && (rest[0] == ':' || dash_at(rest, 0) > 0)) s = strip_leading_separators(rest);
  }
  // "Meeting of Cabinet, Tuesday 5th March 2024" (a CMIS page title).
  for (std::string_view lead : {"meeting of the ", "meeting of "})
    if (istarts_with(s, lead)) s = trim(s.substr(lead.size()));
  if (s.empty() || s.size() > 160) return {};
  // A bilingual title gives the name in each language: "Pwyllgor Craffu / Scrutiny Committee".
  if (const size_t slash = s.find(" / "); slash != std::string_view::npos) {
    const std::string_view second = committee_named(s.substr(slash + 3), committee_names);
    return second.empty() ? committee_named(s.substr(0, slash), committee_names) : second;
  }
  // "Northmoor Borough Council – Cabinet": every part names a body, and the council's own name
  // gives way to the committee beside it. "Select Commission – Work Programme" names a document.
  std::string_view best;
  for (std::string_view segment : dash_segments(s)) {
    if (iequals(segment, "minutes") || iequals(segment, "agenda") || iequals(segment, "agenda and minutes")) continue;
    bool configured = false;
    for (const auto& name : committee_names)
      if (!name.empty() && (iequals(segment, name) || iequals(without_designator(segment), name))) configured = true;
    if (!configured && !names_a_body(segment)) return {};
    if (best.empty() || !is_council_name(segment) || is_council_name(best)) best = segment;
  }
  return best;
}

std::string committee_from_meeting_phrase(std::string_view phrase) {
  size_t lead_end = std::string_view::npos;
  for (std::string_view lead : {"minutes of ", "minute of ", "notes of ", "record of ", "summoned to attend ", "given that "}) {
    const size_t at = ifind(phrase, lead);
    if (at != std::string_view::npos && (lead_end == std::string_view::npos || at + lead.size() < lead_end)) lead_end = at + lead.size();
  }
  if (lead_end == std::string_view::npos) return {};
  std::string_view rest = phrase.substr(lead_end);
  // "Record of decisions of the Cabinet held on …", "Minutes of the proceedings of the Council …"
  if (istarts_with(rest, "the ")) rest.remove_prefix(4);
  for (std::string_view lead : {"decisions of ", "decisions taken by ", "decisions made by ", "proceedings of "})
    if (istarts_with(rest, lead)) rest.remove_prefix(lead.size());
  size_t end = rest.size();
  for (std::string_view stop : {" held", " to be ", " will be ", " which ", " at ", " on ", " taking place", " convened"})
    end = std::min(end, ifind(rest, stop));
  rest = rest.substr(0, end);
  rest = strip_trailing_separators(rest);
  // "[the] [kind of] meeting [of the Body]", "the Annual Parish Meeting", or just "the Body".
  std::string_view sitting, body = rest;
  if (const size_t m = find_meeting_word(rest); m != std::string_view::npos) {
    sitting = trim(rest.substr(0, m));
    body = trim(rest.substr(m + 7));
    body = istarts_with(body, "of ") ? trim(body.substr(3)) : std::string_view();
    const std::string_view named = strip_sitting_words(sitting);
    if (!named.empty()) {
      if (ends_with_body_noun(without_designator(named)) || body_of_something(words_of(named))) return std::string(named);
      // "the Annual Parish Meeting": the meeting itself is the body.
      std::string_view whole = rest.substr(0, m + 7);
      while (istarts_with(whole, "the ") || istarts_with(whole, "a ") || istarts_with(whole, "an "))
        whole = trim(whole.substr(whole.find(' ') + 1));
      return std::string(whole);
    }
  }
  if (istarts_with(body, "the ")) body = trim(body.substr(4));
  if (body.empty() || istarts_with(body, "a ") || istarts_with(body, "an ")) return {};
  // "the Education, Children and Families Committee, Council Chambers": the longest part that
  // ends in a body's noun.
  for (std::string_view candidate = body;;) {
    if (ends_with_body_noun(without_designator(candidate)) || body_of_something(words_of(candidate))) return std::string(candidate);
    const size_t comma = candidate.rfind(',');
    if (comma == std::string_view::npos) break;
    candidate = strip_trailing_separators(candidate.substr(0, comma));
  }
  // A name with no body's noun ("Improving Lives"), up to its first comma.
  if (const size_t comma = body.find(','); comma != std::string_view::npos) body = trim(body.substr(0, comma));
  return std::string(body);
}

std::optional<MeetingHeading> meeting_heading_at(const CleanLines& lines, int index, const std::vector<std::string>& committee_names) {
  const CleanLine& line = lines[static_cast<size_t>(index)];
  const std::string& text = line.text;
  if (text.empty() || text.size() > 240 || line.has_tabs) return std::nullopt;
  // Every date has a digit: most lines are ruled out without looking for one.
  if (std::none_of(text.begin(), text.end(), [](char c) { return is_digit(c); })) return std::nullopt;
  const auto found = find_date(text);
  if (!found || !found->year_given) return std::nullopt;
  const std::string_view before = strip_trailing_separators(std::string_view(text).substr(0, found->begin));
  const std::string_view after = std::string_view(text).substr(found->end);
  const int line_no = index + 1;
  auto heading = [&](std::string_view committee, HeadingForm form, int first_line) {
    return MeetingHeading{std::string(committee), found->day, form, first_line, line_no};
  };

  // date-and-name, decision-page: "[Meeting:] 24/07/2018 - Title".
  if (before.empty() || iequals(before, "meeting")) {
    if (auto title = title_after_dash(after)) {
      const std::string_view committee = committee_named(without_item_reference(*title), committee_names);
      if (!committee.empty()) return heading(committee, HeadingForm::date_and_name, line_no);
      if (before.empty() && (reads_as_decision_line(*title) || under_decision_page_title(lines, index)))
        return heading({}, HeadingForm::decision_page, line_no);
    }
  }
  // name-and-date: "Cabinet - Tuesday, 23rd January, 2024 6.00 pm".
  if (!before.empty() && !istarts_with(before, "held") && !starts_meeting_phrase(before)) {
    const std::string_view committee = committee_named(before, committee_names);
    if (!committee.empty()) return heading(committee, HeadingForm::name_and_date, line_no);
  }

  // meeting-phrase: the sentence may begin up to three lines above, unbroken by a blank line.
  std::string phrase(before);
  int phrase_index = index;
  if (!starts_meeting_phrase(phrase)) {
    std::string joined(before);
    for (int j = index - 1; j >= 0 && j >= index - 3; --j) {
      const CleanLine& above = lines[static_cast<size_t>(j)];
      if (above.text.empty() || above.text.size() > 240 || above.has_tabs) break;
      joined = above.text + " " + joined;
      if (starts_meeting_phrase(above.text)) {
        phrase = joined;
        phrase_index = j;
        break;
      }
    }
  }
  const bool meeting_phrase = starts_meeting_phrase(phrase) && !narrates(phrase + std::string(after)) &&
                              (phrase_index == index || leads_into_date(before));
  if (meeting_phrase) {
    const std::string committee = committee_from_meeting_phrase(phrase);
    if (!committee.empty()) {
      // "EASTFIELD PARISH COUNCIL / Minutes of the Meeting of the Council held on …": the full
      // name above says which council.
      for (int j = phrase_index - 1; j >= 0 && j >= phrase_index - 4; --j) {
        const std::string_view above = committee_named(lines[static_cast<size_t>(j)].text, committee_names);
        if (above.size() > committee.size() && ends_with_word(above, committee))
          return heading(above, HeadingForm::meeting_phrase, j + 1);
      }
      return heading(committee, HeadingForm::meeting_phrase, phrase_index + 1);
    }
  }
  // A phrase that narrates ("Minutes of the meeting held on … were signed") heads nothing.
  if (!meeting_phrase && (starts_meeting_phrase(before) || narrates(after) || !date_leads(before, *found))) return std::nullopt;

  // name-above: the nearest of the four non-empty lines above that names a body.
  const int top = meeting_phrase ? phrase_index : index;
  int seen = 0;
  int minutes_title = -1;  // a bare "MINUTES" title above the date
  for (int j = top - 1; j >= 0 && seen < 4 && index - j <= 8; --j) {
    const CleanLine& above = lines[static_cast<size_t>(j)];
    if (above.text.empty()) continue;
    ++seen;
    if (above.has_tabs) continue;
    if (is_minutes_title(above.text)) minutes_title = j;
    if (starts_meeting_phrase(above.text)) {  // "NOTES OF THE ALL-MEMBER WORKSHOP"
      const std::string committee = committee_from_meeting_phrase(above.text);
      if (!committee.empty()) return heading(committee, HeadingForm::name_above, j + 1);
      continue;
    }
    const std::string_view committee = committee_named(above.text, committee_names);
    if (!committee.empty()) return heading(committee, HeadingForm::name_above, j + 1);
  }
  if (meeting_phrase) return heading({}, HeadingForm::meeting_phrase, phrase_index + 1);
  // "MINUTES / Tuesday 5 March 2024" at the top of a file that names no body: still the meeting's day.
  if (index < 15 && (minutes_title >= 0 || is_minutes_title(before)))
    return heading({}, HeadingForm::name_above, minutes_title >= 0 ? minutes_title + 1 : line_no);
  return std::nullopt;
}

}  // namespace tracker
