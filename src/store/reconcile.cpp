// Reconciliation: an action is scheduled when an agenda or the work programme lists its subject
// for a later meeting, and delivered when a later meeting's minutes show it considered. The
// subject is matched on words, so "CYPS Directorate Workforce Strategy" matches "CYPS
// Directorate workforce strategy – progress report".
#include <algorithm>
#include <map>
#include <set>
#include <unordered_set>
#include <vector>

#include "core/text.h"
#include "store/store_internal.h"

namespace tracker::store {
namespace {

const std::unordered_set<std::string>& stop_words() {
  static const std::unordered_set<std::string> words = {
      "the", "a", "an", "of", "and", "or", "to", "for", "on", "in", "at", "by", "with", "be", "is", "are", "that", "this", "from",
      "into", "as", "its", "their", "report", "progress", "update", "further", "meeting", "item", "annual", "regarding", "re",
      "concerning", "members", "member", "information", "circulated", "provided", "brought", "back", "time", "month", "s",
      "commission", "committee", "select", "panel", "board", "scrutiny", "council", "briefing", "paper", "presentation",
      "next", "future", "up", "date", "it", "be", "receive", "consider", "discussed", "detail", "details"};
  return words;
}

std::set<std::string> significant_words(const std::string& text, const std::set<std::string>& also_ignore) {
  std::set<std::string> out;
  std::string word;
  auto flush = [&] {
    if (word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's') word.pop_back();  // plurals
    if (word.size() >= 2 && !stop_words().count(word) && !also_ignore.count(word)) out.insert(word);
    word.clear();
  };
  for (char c : text) {
    if (is_alpha(c) || is_digit(c)) word.push_back(lower(c));
    else flush();
  }
  flush();
  return out;
}

double containment(const std::set<std::string>& part, const std::set<std::string>& whole) {
  if (part.empty()) return 0;
  size_t hits = 0;
  for (const auto& w : part) hits += whole.count(w);
  return static_cast<double>(hits) / static_cast<double>(part.size());
}

// Whether the clause asks for its subject to come back to a meeting: only then does a later item
// on the same subject show it delivered. "That nominations be sought for a sub-group" is not
// delivered by the next report on the strategy it came from.
bool asks_to_come_back(const std::string& clause_text) {
  for (std::string_view cue : {"report", "update", "progress", "back", "present", "review", "consider", "session", "briefing", "return",
                               "scrutin", "monitor", "information"})
    if (icontains(clause_text, cue)) return true;
  return false;
}

double score_words(const std::set<std::string>& candidate, const std::set<std::string>& origin, const std::set<std::string>& clause,
                   bool comes_back = true) {
  // The originating item's subject found in the candidate's title, or the candidate's title
  // (of two words or more) found in the clause.
  double best = containment(origin, candidate) * (comes_back ? 1.0 : 0.7);
  if (candidate.size() >= 2) best = std::max(best, containment(candidate, clause));
  return best;
}

struct Candidate {
  int64_t meeting;
  std::string meeting_date, title, listed_on, kind;  // kind: delivered (an item) or scheduled (a listing)
  int64_t document;
  std::set<std::string> words;
};

struct OpenAction {
  int64_t id;
  std::string decision_date, due_limit;  // due_limit: the latest day the due allows, "" when none
  std::set<std::string> origin, clause;
  bool comes_back;
  std::string no_due_horizon;  // without a due, delivery is looked for up to this day
};

}  // namespace

double match_score(const std::string& candidate_title, const std::string& origin_title, const std::string& clause_text) {
  return score_words(significant_words(candidate_title, {}), significant_words(origin_title, {}), significant_words(clause_text, {}),
                     asks_to_come_back(clause_text));
}

void reconcile(SQLite::Database& db, int64_t committee, double threshold, double proposal_threshold, const ReconcileScope& scope) {
  // The committee's own name is in many clauses ("to a meeting of the Select Commission"): not a subject.
  std::set<std::string> name_words;
  {
    SQLite::Statement q(db, "SELECT name FROM committee WHERE id = ?");
    q.bind(1, committee);
    if (q.executeStep()) name_words = significant_words(q.getColumn(0).getString(), {});
  }
  std::vector<Candidate> candidates;
  {
    SQLite::Statement q(db,
                        "SELECT m.id, m.date, i.title, m.date, 'delivered', i.document_id FROM item i JOIN meeting m ON m.id = i.meeting_id "
                        "WHERE m.committee_id = ?1 AND m.state = 'held' "
                        "UNION ALL SELECT m.id, m.date, l.title, l.listed_on, 'scheduled', l.document_id FROM listing l "
                        "JOIN meeting m ON m.id = l.meeting_id WHERE m.committee_id = ?1 AND m.state <> 'cancelled'");
    q.bind(1, committee);
    while (q.executeStep()) {
      Candidate c{q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(), q.getColumn(3).getString(),
                  q.getColumn(4).getString(), q.getColumn(5).getInt64(), {}};
      c.words = significant_words(c.title, name_words);
      candidates.push_back(std::move(c));
    }
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    return std::tie(a.meeting_date, a.kind, a.title) < std::tie(b.meeting_date, b.kind, b.title);
  });
  std::vector<OpenAction> actions;
  {
    SQLite::Statement q(db,
                        "SELECT a.id, a.decision_date, coalesce(dm.date, a.due_deadline, a.due_month || '-31', ''), "
                        "coalesce(i.title, ''), cl.text FROM action a JOIN clause cl ON cl.id = a.clause_id "
                        "LEFT JOIN item i ON i.id = cl.item_id LEFT JOIN meeting dm ON dm.id = a.due_meeting_id "
                        "WHERE a.committee_id = ? AND a.status IN ('open', 'scheduled', 'delivered')");
    q.bind(1, committee);
    while (q.executeStep()) {
      OpenAction a{q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(), {}, {}, true, {}};
      a.origin = significant_words(q.getColumn(3).getString(), name_words);
      a.clause = significant_words(q.getColumn(4).getString(), name_words);
      a.comes_back = asks_to_come_back(q.getColumn(4).getString());
      if (auto d = parse_iso_day(a.decision_date)) a.no_due_horizon = format_day(add_months(*d, 18));
      actions.push_back(std::move(a));
    }
  }
  const std::set<int64_t> new_actions(scope.actions.begin(), scope.actions.end());
  std::vector<int64_t> touched;
  for (const OpenAction& a : actions) {
    const bool action_is_new = scope.everything || new_actions.count(a.id) > 0;
    // The best match at each meeting, for each kind. Every meeting's match is recorded (not just
    // the overall best) so that importing files in any order gives the same history.
    std::map<std::pair<int, int64_t>, std::pair<const Candidate*, double>> best;
    for (const Candidate& c : candidates) {
      if (!action_is_new && !(scope.document && c.document == *scope.document)) continue;
      if (c.meeting_date <= a.decision_date) continue;
      const int k = c.kind == "delivered" ? 0 : 1;
      // Delivered at M only when it was due at or before M (or had no due at all).
      if (k == 0 && !a.due_limit.empty() && a.due_limit.substr(0, 7) > c.meeting_date.substr(0, 7)) continue;
      if (a.due_limit.empty() && c.meeting_date > a.no_due_horizon) continue;
      const double s = score_words(c.words, a.origin, a.clause, a.comes_back);
      if (s < proposal_threshold) continue;
      if (s >= threshold) {
        auto& slot = best[{k, c.meeting}];
        if (slot.first == nullptr || s > slot.second + 1e-9) slot = {&c, s};
      } else {
        SQLite::Statement add(db, "INSERT OR IGNORE INTO match_proposal (action_id, meeting_id, title, kind, score) VALUES (?, ?, ?, ?, ?)");
        add.bind(1, a.id);
        add.bind(2, c.meeting);
        add.bind(3, c.title);
        add.bind(4, c.kind);
        add.bind(5, s);
        add.exec();
      }
    }
    bool changed = false;
    for (const auto& [key, found] : best) {
      const int k = key.first;
      const Candidate* c = found.first;
      const std::string date = std::max(c->listed_on, a.decision_date);
      const std::string note = k == 0 ? "considered at the " + c->meeting_date + " meeting: '" + c->title + "'"
                                      : "listed for the " + c->meeting_date + " meeting: '" + c->title + "'";
      NewEvent e{k == 0 ? "delivered" : "scheduled", date, note, "tracker (matched)", c->meeting, found.second,
                 std::string(k == 0 ? "delivered" : "scheduled"), (k == 0 ? "delivered:" : "scheduled:") + c->meeting_date + ":" + c->title};
      changed |= add_event(db, a.id, e);
    }
    if (changed) touched.push_back(a.id);
  }
  for (int64_t id : touched) derive_status(db, id);
}

}  // namespace tracker::store
