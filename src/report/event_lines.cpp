#include "report/event_lines.h"

#include <algorithm>
#include <cstdio>
#include <set>

#include "core/calendar_date.h"
#include "core/text.h"
#include "domain/spelling.h"
#include "rules/wording.h"

namespace tracker {
namespace {

std::string with_note(const std::string& head, const std::string& note) { return note.empty() ? head : head + ": " + note; }

bool is_month_name(std::string_view word) {
  static const char* const kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                        "july",    "august",   "september", "october", "november", "december"};
  for (const char* m : kMonths)
    if (iequals(word, m) || (word.size() == 3 && istarts_with(m, word))) return true;
  return false;
}

// A note that starts by saying again what the line says ("Chased 17 June" under "Chased 17 June
// 2020"): the verb and a date after it are left out, and what is left, if anything, kept.
std::string without_repeat(const std::string& note, std::string_view verb) {
  std::string_view rest = trim(note);
  if (!istarts_with(rest, verb)) return note;
  rest = trim(rest.substr(verb.size()));
  auto word = [&] {
    const size_t end = std::min(rest.find_first_of(" ,.;:"), rest.size());
    return rest.substr(0, end);
  };
  auto drop_word = [&] {
    rest.remove_prefix(std::min(rest.find_first_of(" ,.;:"), rest.size()));
    rest = trim(rest);
  };
  if (istarts_with(rest, "on ")) {
    rest.remove_prefix(3);
    rest = trim(rest);
  }
  std::string_view day = word();
  const size_t digits = std::min(day.find_first_not_of("0123456789"), day.size());
  if (digits >= 1 && digits <= 2) {
    const std::string_view suffix = day.substr(digits);
    if (suffix.empty() || iequals(suffix, "st") || iequals(suffix, "nd") || iequals(suffix, "rd") || iequals(suffix, "th")) {
      std::string_view after = trim(rest.substr(day.size()));
      const size_t end = std::min(after.find_first_of(" ,.;:"), after.size());
      if (is_month_name(after.substr(0, end))) {
        drop_word();
        drop_word();
        std::string_view year = word();
        if (year.size() == 4 && year.find_first_not_of("0123456789") == std::string_view::npos) drop_word();
      }
    }
  }
  while (!rest.empty() && (rest.front() == ',' || rest.front() == ':' || rest.front() == ';' || rest.front() == '-' || rest.front() == '.'))
    rest = trim(rest.substr(1));
  return std::string(rest);
}

std::string with_the(const std::string& place) { return istarts_with(place, "the ") ? place : "the " + place; }

bool made_by_import(const ActionEvent& e) { return e.who == "import"; }
bool made_by_matching(const ActionEvent& e) { return e.who == "tracker (matched)"; }

// An older database's transfer kept its destination in the note: "transferred to X: why".
std::string legacy_destination(const ActionEvent& e, std::string* why) {
  const std::string_view prefix = "transferred to ";
  if (e.note.rfind(prefix, 0) != 0) return "";
  const std::string rest = e.note.substr(prefix.size());
  const size_t colon = rest.find(": ");
  if (why) *why = colon == std::string::npos ? "" : rest.substr(colon + 2);
  return colon == std::string::npos ? rest : rest.substr(0, colon);
}

std::string destination(const ActionEvent& e) {
  if (!e.transferred_to.empty() || !e.legacy_note) return e.transferred_to;
  return legacy_destination(e, nullptr);
}

}  // namespace

std::string person_note(const ActionEvent& e) {
  if (!e.legacy_note) return e.note;
  // Older versions' notes: the tool's own words are known by who made the event and by shape.
  if (e.kind == EventKind::created || e.kind == EventKind::responded || made_by_import(e) || made_by_matching(e)) return "";
  if (e.kind == EventKind::chased) return e.note == "chased" ? "" : e.note;
  if (e.kind == EventKind::rescheduled && e.meeting && e.note.find(" meeting was cancelled") != std::string::npos) return "";
  if (e.note.find("(match accepted") != std::string::npos) {
    const size_t colon = e.note.find("(match accepted: ");
    if (colon == std::string::npos) return "";
    std::string why = e.note.substr(colon + 17);
    if (!why.empty() && why.back() == ')') why.pop_back();
    return why;
  }
  if (e.kind == EventKind::transferred && e.transferred_to.empty()) {
    std::string why;
    if (!legacy_destination(e, &why).empty()) return why;
  }
  // A change by hand: "NOTE (owner 'A' -> 'B') (status open -> closed)", or the facts alone.
  if (e.note.find(" -> ") == std::string::npos) return e.note;
  size_t facts = std::string::npos;
  for (const char* start : {" (owner '", " (due ", " (status "}) facts = std::min(facts, e.note.find(start));
  return facts == std::string::npos ? "" : e.note.substr(0, facts);
}

std::string public_line(const ActionEvent& e, const std::string& committee) {
  // The committee's further-action words have their own column; only a person's note is news.
  if (e.further && e.note.empty()) return "";
  // Taken from the council's own schedule: its words as written, except that a chase is the
  // fact itself ("Chased 17 June" in a schedule updated in 2020 is "Chased 17 June 2020").
  if (!e.taken_from.empty()) return e.kind == EventKind::chased ? "Chased " + day_words(e.date) : e.note;
  const std::string when = day_words(e.date);
  const std::string note = person_note(e);
  const bool elsewhere = !e.meeting_committee.empty() && !committee.empty() && e.meeting_committee != committee;
  const EventKind kind = e.kind;
  // Being recorded, and a person's choice of whether to report it, are no news to the committee.
  if (kind == EventKind::created || kind == EventKind::not_reported || kind == EventKind::reported) return "";
  if (kind == EventKind::chased) return with_note("Chased " + when, without_repeat(note, "chased"));
  if (kind == EventKind::scheduled) {
    if (!e.meeting) return with_note("Scheduled " + when, note);
    return with_note("Report listed for " + (elsewhere ? e.meeting_committee + "'s " : std::string("the ")) + day_words(*e.meeting) + " meeting", note);
  }
  if (kind == EventKind::delivered) {
    if (!e.meeting) return with_note("Delivered " + when, note);
    return with_note(elsewhere ? "Considered by " + e.meeting_committee + " at its " + day_words(*e.meeting) + " meeting"
                               : "Considered at the " + day_words(*e.meeting) + " meeting",
                     note);
  }
  if (kind == EventKind::rescheduled) {
    const std::string where = e.due_after ? due_place(*e.due_after) : "";
    const std::string head = where.empty() ? "Due moved " + when : "Due moved to " + where;
    std::optional<Day> cancelled = e.cancelled_meeting;
    if (!cancelled && e.legacy_note && e.meeting && e.note.find(" meeting was cancelled") != std::string::npos) cancelled = e.meeting;
    // A cancellation's note is the meeting's reason, said once already by "was cancelled".
    if (cancelled) return head + ": the " + day_words(*cancelled) + " meeting was cancelled";
    return with_note(head, note);
  }
  if (kind == EventKind::updated) {
    if (made_by_import(e) || !e.reimport_changed.empty()) return "";
    if (e.sets) return with_note("Reopened " + when, note);
    if (e.due_after) {
      const std::string where = due_place(*e.due_after);
      return with_note(where.empty() ? "Due date removed " + when : "Due set to " + where, note);
    }
    return note.empty() ? "" : "Update " + when + ": " + note;
  }
  if (kind == EventKind::transferred) {
    const std::string to = destination(e);
    return with_note(to.empty() ? "Transferred " + when : "Transferred to " + with_the(to), note);
  }
  if (kind == EventKind::closed) return with_note("Completed " + when, without_repeat(note, "completed"));
  if (kind == EventKind::reopened) return with_note("Reopened " + when, note);
  if (kind == EventKind::dropped) return with_note("Dropped " + when, note);
  if (kind == EventKind::responded) {
    if (!e.response) return "Response received " + when;
    const std::string by = e.response_by.empty() ? "" : " by " + e.response_by;
    return with_note(std::string(words(*e.response)) + by + " " + when, note);
  }
  return with_note(std::string(words(kind)) + " " + when, note);
}

std::string internal_detail(const ActionEvent& e, const std::vector<ActionEvent>* history) {
  std::vector<std::string> facts;
  if (e.further)  // the committee's words: what they became and what they were
    facts.push_back("further action " + (e.further->empty() ? std::string("cleared") : "'" + *e.further + "'") +
                    (e.further_before.empty() ? "" : " (was '" + e.further_before + "')"));
  if (e.legacy_note) {
    // An older version's note says what it did, in its words.
    std::string old = e.note;
    if (!e.transferred_to.empty()) old = "transferred to " + e.transferred_to + (e.note.empty() ? "" : ": " + e.note);
    return old;
  }
  if (e.kind == EventKind::created && !e.imported_from.empty())
    facts.push_back((e.quoted_in.empty() ? "from " : "adopted from ") + e.imported_from + (e.imported_place.empty() ? "" : ", " + e.imported_place) +
                    (e.quoted_in.empty() ? "" : " (quoted in " + e.quoted_in + ")"));
  if (e.reimport_changed == "gone") facts.push_back("not in the minutes imported from " + e.imported_from);
  else if (e.reimport_changed == "untracked") facts.push_back("the minutes imported from " + e.imported_from + " no longer make this an action");
  else if (!e.reimport_changed.empty()) facts.push_back("re-imported from " + e.imported_from);
  if (!e.id_before.empty()) facts.push_back("its minutes imported from " + e.imported_from + ": " + e.id_before + " is now " + e.id_after);
  if (!e.matched_title.empty()) {
    // Another committee's meeting is named; the action's own (its creation's meeting) is not.
    std::string own;
    if (history)
      for (const ActionEvent& c : *history)
        if (c.kind == EventKind::created) own = c.meeting_committee;
    const std::string by = e.meeting_committee.empty() || (history && e.meeting_committee == own) ? "" : e.meeting_committee + " ";
    facts.push_back((e.kind == EventKind::delivered ? "considered at the " : "listed for the ") + by + (e.meeting ? format_day(*e.meeting) : "") + " meeting: '" + e.matched_title + "'" +
                    (made_by_matching(e) ? "" : " (match accepted)"));
    if (e.score) {
      char score[32];
      std::snprintf(score, sizeof score, "score %.2f", *e.score);
      facts.push_back(score);
    }
  }
  if (e.cancelled_meeting)
    facts.push_back("the " + day_words(*e.cancelled_meeting) + " meeting was cancelled" + (e.note.empty() ? "" : " (" + e.note + ")") +
                    "; now due at " + (e.due_after && e.due_after->precision == RecordedDuePrecision::meeting ? due_place(*e.due_after)
                                                                                              : std::string("the next meeting, which is not yet in the calendar")));
  if (e.owner_after)
    facts.push_back(e.owner_before && !e.owner_before->empty() ? "owner '" + *e.owner_before + "' to '" + *e.owner_after + "'"
                                                               : "owner set to '" + *e.owner_after + "'");
  if (e.due_after && !e.cancelled_meeting) {
    const std::string to = e.due_after->precision == RecordedDuePrecision::none ? "no due" : due_place(*e.due_after);
    const std::string from = e.due_before ? (e.due_before->precision == RecordedDuePrecision::none ? "no due" : due_place(*e.due_before)) : "";
    facts.push_back(from.empty() ? "due now " + to : "due moved from " + from + " to " + to);
  }
  if (e.reimport_changed.find("text") != std::string::npos) facts.push_back("text corrected");
  if (!e.transferred_to.empty()) facts.push_back("transferred to " + e.transferred_to);
  if (e.response) facts.push_back(std::string(to_sql(*e.response)) + (e.response_by.empty() ? "" : " by " + e.response_by));
  if (e.sets && e.status_before && e.matched_title.empty())
    facts.push_back("status " + std::string(to_sql(*e.status_before)) + " to " + std::string(to_sql(*e.sets)));
  if (e.corrects) {
    std::string what = "a correction";
    if (history)
      for (const ActionEvent& c : *history)
        if (c.sequence == e.corrects) what = "corrects the " + std::string(to_sql(c.kind)) + " event of " + format_day(c.date);
    facts.push_back(what);
  }
  std::string joined;
  for (const std::string& f : facts) joined += (joined.empty() ? "" : "; ") + f;
  const std::string note = e.cancelled_meeting ? "" : e.note;
  if (joined.empty()) return note;
  return note.empty() ? joined : note + " (" + joined + ")";
}

std::vector<std::string> public_history(const std::vector<ActionEvent>& events, const std::string& committee, std::optional<Day> as_of) {
  std::set<int64_t> undone;
  for (const ActionEvent& e : events)
    if (e.corrects && (!as_of || e.date <= *as_of)) {
      undone.insert(e.corrects);
      undone.insert(e.sequence);
    }
  std::vector<std::string> out;
  for (const ActionEvent& e : events) {
    if (as_of && e.date > *as_of) continue;
    if (undone.count(e.sequence)) continue;
    std::string line = public_line(e, committee);
    if (!line.empty()) out.push_back(std::move(line));
  }
  return out;
}

}  // namespace tracker
