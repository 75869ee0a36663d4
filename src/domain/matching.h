#pragma once
// Reconciliation's matching, pure: an action is scheduled when an agenda or the work programme
// lists its subject for a later meeting, and delivered when a later meeting's minutes take it
// up. Subjects are matched on their significant words, so "CYPS Directorate Workforce Strategy"
// matches "CYPS Directorate workforce strategy – progress report". This file decides which
// event (or proposal) an (action, candidate) pair makes; the store finds the pairs and saves.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/calendar_date.h"
#include "domain/lifecycle_types.h"

namespace tracker {

// Lower case, plurals made singular, stop words left out, sorted and each once. `also_ignore`
// (sorted): more words to leave out, such as the committee's own name's.
std::vector<std::string> significant_words(std::string_view text, const std::vector<std::string>& also_ignore = {});
// significant_words joined by spaces: how items, listings and clauses keep their words.
std::string subject_words(std::string_view text, const std::vector<std::string>& also_ignore = {});
// Whether a clause asks for its subject to come back to a meeting: only then does a later item
// on the same subject show it delivered. "That nominations be sought for a sub-group" is not
// delivered by the next report on the strategy it came from.
bool asks_to_come_back(std::string_view clause_text);

// Significant words as ids, sorted and each once: matching merges two of these instead of
// looking strings up in sets. `mask` has bit (id % 64) set for each: two sets whose masks share
// no bit share no word, which settles most pairs without the merge.
struct WordIds {
  std::vector<uint32_t> ids;
  uint64_t mask = 0;
  size_t size() const { return ids.size(); }
  bool empty() const { return ids.empty(); }
};
// An id for each word seen; kept for a whole command, so that ids from different files agree.
class WordTable {
 public:
  uint32_t id(std::string_view word);
  WordIds ids(std::string_view words);  // subject_words' output: space-separated
  WordIds ids(const std::vector<std::string>& words);

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> ids_;
};
size_t common_words(const WordIds& a, const WordIds& b);

// How closely a candidate's title matches an action, 0..1: the action's originating item's
// subject found in the title, or the title (of two words or more) found in the clause. A clause
// that does not ask for its subject back counts its item's subject for less.
double match_score(const WordIds& candidate, const WordIds& origin, const WordIds& clause, bool comes_back);

// A day as a number in the same order as days (20200922): the window is compared with every
// candidate, and comparing one int is the cheapest way.
int day_key(Day d);
// "2020-09-22" -> 20200922, "2020-09" -> 202009.
int day_key(std::string_view iso);

// The days an action is matched in: after its decision, and up to kMonthsAfterDue after the due
// the clause asked for (kMonthsWithoutDue after the decision without one). A subject that keeps
// coming back for years is not that action's delivery.
inline constexpr int kMonthsAfterDue = 6;
inline constexpr int kMonthsWithoutDue = 12;
struct MatchWindow {
  int decided = 0;    // day_key of the decision
  int due_limit = 0;  // the earliest day the clause's due allows delivery from; 0 without a due
  int horizon = 0;    // the last day a match is looked for
};
// `due`: the first day of what the clause asked for (a meeting's day, a month's first day, a
// deadline), not the meeting the calendar has made of it: the calendar grows as files come in,
// and the result must not depend on their order.
MatchWindow match_window(Day decided, std::optional<Day> due);

// One thing that may take an action up: an item of held minutes (delivery) or a listing on an
// agenda or work programme (scheduling).
struct MatchCandidate {
  int day = 0;  // day_key of its meeting
  EventKind kind = EventKind::scheduled;  // delivered for an item of minutes, scheduled for a listing
  const WordIds* words = nullptr;
  bool other_committee = false;  // the committee the clause sent the action to, not its own
};
struct MatchAction {
  MatchWindow window;
  const WordIds* origin = nullptr;  // its item's title
  const WordIds* clause = nullptr;
  bool comes_back = false;
};
struct MatchThresholds {
  double event = 0.8;     // at or above: the action is scheduled or delivered
  double proposal = 0.5;  // at or above (and below event): a person is asked
};
enum class MatchOutcome : uint8_t { none, proposal, event };
struct MatchDecision {
  MatchOutcome outcome = MatchOutcome::none;
  EventKind kind = EventKind::scheduled;  // the event, or the proposal's kind
  double score = 0;
};
MatchDecision decide_match(const MatchAction& action, const MatchCandidate& candidate, const MatchThresholds& thresholds);

}  // namespace tracker
