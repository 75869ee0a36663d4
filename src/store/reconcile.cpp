// Reconciliation: an action is scheduled when an agenda or the work programme lists its subject
// for a later meeting, and delivered when a later meeting's minutes show it considered. The
// subject is matched on words, so "CYPS Directorate Workforce Strategy" matches "CYPS
// Directorate workforce strategy – progress report".
#include <algorithm>
#include <map>
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

// Lower case, plurals made singular, sorted and each once. `also_ignore` is sorted.
std::vector<std::string> significant_words(std::string_view text, const std::vector<std::string>& also_ignore) {
  std::vector<std::string> out;
  std::string word;
  auto flush = [&] {
    if (word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's') word.pop_back();  // plurals
    if (word.size() >= 2 && !stop_words().count(word) && !std::binary_search(also_ignore.begin(), also_ignore.end(), word))
      out.push_back(word);
    word.clear();
  };
  for (char c : text) {
    if (is_alpha(c) || is_digit(c)) word.push_back(lower(c));
    else flush();
  }
  flush();
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double containment(const WordIds& part, const WordIds& whole) {
  if (part.empty()) return 0;
  return static_cast<double>(common_words(part, whole)) / static_cast<double>(part.size());
}

// The significant words of a title or clause, space-separated, leaving out the committee's name's.
std::string subject_words(const std::string& text, const std::vector<std::string>& name_words) {
  std::string out;
  for (const auto& w : significant_words(text, name_words)) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

// Whether the clause asks for its subject to come back to a meeting: only then does a later item
// on the same subject show it delivered. "That nominations be sought for a sub-group" is not
// delivered by the next report on the strategy it came from.
bool asks_to_come_back(const std::string& clause_text) {
  std::string text(clause_text.size(), ' ');
  std::transform(clause_text.begin(), clause_text.end(), text.begin(), [](char c) { return lower(c); });
  for (std::string_view cue : {"report", "update", "progress", "back", "present", "review", "consider", "session", "briefing", "return",
                               "scrutin", "monitor", "information"})
    if (text.find(cue) != std::string::npos) return true;
  return false;
}

double score_words(const WordIds& candidate, const WordIds& origin, const WordIds& clause,
                   bool comes_back = true) {
  // The originating item's subject found in the candidate's title, or the candidate's title
  // (of two words or more) found in the clause.
  double best = containment(origin, candidate) * (comes_back ? 1.0 : 0.7);
  if (candidate.size() >= 2) best = std::max(best, containment(candidate, clause));
  return best;
}

struct Candidate {
  int64_t meeting;
  std::string meeting_date, title, listed_on;
  int day = 0;  // day_key(meeting_date)
  int kind;  // 0: an item of held minutes (delivered), 1: a listing (scheduled)
  int64_t document;
  WordIds words;
  int64_t committee = 0;
  std::string committee_name;
};

// The order candidates are looked at in: the same title listed for the same meeting by two
// documents comes out side by side.
bool by_meeting(const Candidate& a, const Candidate& b) {
  return std::tie(a.meeting_date, a.kind, a.title, a.committee) < std::tie(b.meeting_date, b.kind, b.title, b.committee);
}

bool same_subject(const Candidate& a, const Candidate& b) {
  return a.meeting == b.meeting && a.kind == b.kind && a.title == b.title && a.committee == b.committee;
}

// Columns 0-6 of a candidate query: meeting, its date, title, listed on, kind, document, words.
Candidate read_candidate(SQLite::Statement& q, WordTable& words, int64_t committee, std::string committee_name) {
  Candidate c{q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(), q.getColumn(3).getString(), 0,
              q.getColumn(4).getInt(),   q.getColumn(5).getInt64(),  words.ids(q.getColumn(6).getText()), committee, std::move(committee_name)};
  c.day = day_key(c.meeting_date);
  return c;
}

// The items and listings of the committee a clause sends its action to ("Cabinet", "OSMB"),
// when that committee is in the tracker and is not the action's own. The committee is looked up
// first: most bodies a clause names are not in the tracker, and a query joining on the name
// read every meeting of every committee to find that out.
std::vector<Candidate> candidates_sent_to(StatementCache& cache, WordTable& words, int64_t own_committee, const std::string& body) {
  std::vector<std::pair<int64_t, std::string>> committees;
  {
    SQLite::Statement& find =
        cache("SELECT id, name FROM committee WHERE (name = ?1 COLLATE NOCASE OR short_name = ?1 COLLATE NOCASE) AND id <> ?2");
    find.bind(1, body);
    find.bind(2, own_committee);
    while (find.executeStep()) committees.emplace_back(find.getColumn(0).getInt64(), find.getColumn(1).getString());
  }
  std::vector<Candidate> out;
  for (const auto& [id, name] : committees) {
    SQLite::Statement& q = cache(
        "SELECT m.id, m.date, i.title, m.date, 0, i.document_id, i.words FROM meeting m JOIN item i ON i.meeting_id = m.id "
        "WHERE m.committee_id = ?1 AND m.state = 'held' "
        "UNION SELECT m.id, m.date, l.title, l.listed_on, 1, l.document_id, l.words FROM meeting m JOIN listing l ON l.meeting_id = m.id "
        "WHERE m.committee_id = ?1 AND m.state <> 'cancelled'");
    q.bind(1, id);
    while (q.executeStep()) out.push_back(read_candidate(q, words, id, name));
  }
  std::sort(out.begin(), out.end(), by_meeting);
  return out;
}

struct OpenAction {
  ActionState* a;
  bool in_document;  // from the document being reconciled (new, or corrected)
  const std::vector<Candidate>* elsewhere = nullptr;  // the items of the committee its clause sends it to
};

// How long after its due (or, without one, after its decision) a matching item still counts:
// a subject that keeps coming back for years is not that action's delivery.
constexpr int kMonthsAfterDue = 6;
constexpr int kMonthsWithoutDue = 12;  // after the decision, when the clause asked for no time

// The window of months an action is matched in, and the day its due allows delivery from.
OpenAction open_action(ActionState& a, bool in_document) {
  if (!a.window_known) {
    // What the clause asked for, not which meeting the calendar has made of it so far: the
    // calendar grows as files come in, and the result must not depend on their order.
    const std::string due_limit = a.due_from ? *a.due_from : a.due_month ? *a.due_month + "-01" : a.due_deadline ? *a.due_deadline
                                  : a.due_meeting_date ? *a.due_meeting_date : "";
    std::string horizon;
    if (auto d = parse_iso_day(due_limit)) horizon = format_day(add_months(*d, kMonthsAfterDue));
    else if (auto decided = parse_iso_day(a.decision_date)) horizon = format_day(add_months(*decided, kMonthsWithoutDue));
    a.decision_key = day_key(a.decision_date);
    a.due_limit_key = due_limit.empty() ? 0 : day_key(due_limit);
    a.horizon_key = day_key(horizon);
    a.window_known = true;
  }
  return {&a, in_document};
}

}  // namespace
}  // namespace tracker::store

namespace tracker {

MatchWords match_words(const Extraction& x) {
  const std::vector<std::string> ignored = store::significant_words(x.meeting.committee, {});  // in every title's and clause's words
  MatchWords w;
  for (const auto& item : x.items) w.items.push_back(store::subject_words(item.title, ignored));
  for (const auto& l : x.listings) w.listings.push_back(store::subject_words(l.listing.title, ignored));
  for (const auto& r : x.resolutions) {
    w.clauses.push_back(store::subject_words(r.clause.text, ignored));
    w.comes_back.push_back(store::asks_to_come_back(r.clause.text));
  }
  return w;
}

}  // namespace tracker

namespace tracker::store {

double match_score(const std::string& candidate_title, const std::string& origin_title, const std::string& clause_text) {
  WordTable words;
  return score_words(words.ids(significant_words(candidate_title, {})), words.ids(significant_words(origin_title, {})),
                     words.ids(significant_words(clause_text, {})), asks_to_come_back(clause_text));
}

void reconcile(StatementCache& cache, ActionCache& cached, InsertBatch& events, InsertBatch& proposals, int64_t committee,
               double threshold, double proposal_threshold, const ReconcileScope& scope) {
  const int64_t document = scope.document.value_or(-1);
  std::vector<OpenAction> actions;
  std::string earliest_new_decision = "9999";
  // The span of meetings this document speaks of.
  int lo_key = 0, hi_key = 0;
  {
    SQLite::Statement& q = cache(
        "SELECT coalesce(min(m.date), ''), coalesce(max(m.date), '') FROM meeting m WHERE m.id IN "
        "(SELECT meeting_id FROM item WHERE document_id = ?1) OR m.id IN (SELECT meeting_id FROM listing WHERE document_id = ?1)");
    q.bind(1, document);
    if (q.executeStep()) {
      lo_key = day_key(q.getColumn(0).getText());
      hi_key = day_key(q.getColumn(1).getText());
    }
  }
  // Every pair of (action, item or listing) is looked at once, whichever file brings the second
  // of the two: an action already recorded is paired with this document's items and listings,
  // a new one with every later meeting's. Each pair that matches is an event of its own, so the
  // history is the same in any import order. Older actions whose window of months closed
  // before this document's first meeting are left out: they cannot match anything in it. The
  // window: up to kMonthsAfterDue after the due the clause asked for, else kMonthsWithoutDue after the decision.
  for (ActionState& a : cached.of(cache, committee)) {
    if (a.status != "open" && a.status != "scheduled" && a.status != "delivered") continue;
    OpenAction open = open_action(a, a.clause_document == document);
    if (!scope.everything && !open.in_document && !(a.decision_key < hi_key && a.horizon_key >= lo_key)) continue;
    if (open.in_document || scope.everything) earliest_new_decision = std::min(earliest_new_decision, a.decision_date);
    actions.push_back(std::move(open));
  }
  // Other committees' actions that their clauses send here ("recommendations be submitted to
  // Cabinet"): this committee's minutes can deliver them. Nothing else crosses committees.
  std::vector<ActionState> sent_here = cached.sent_to(cache, committee);
  for (ActionState& a : sent_here) {
    OpenAction open = open_action(a, false);
    if (scope.everything || (a.decision_key < hi_key && a.horizon_key >= lo_key)) actions.push_back(std::move(open));
  }
  if (actions.empty()) return;
  std::vector<Candidate> candidates;
  {
    // This document's items and listings, and any later meeting's for its own new actions.
    // Four selects rather than one with OR, so that each can use an index: an OR across tables
    // made SQLite scan every committee's items on every import.
    SQLite::Statement& q = cache(
        "SELECT m.id, m.date, i.title, m.date, 0, i.document_id, i.words FROM item i JOIN meeting m ON m.id = i.meeting_id "
        "WHERE i.document_id = ?2 AND m.committee_id = ?1 AND m.state = 'held' "
        "UNION SELECT m.id, m.date, i.title, m.date, 0, i.document_id, i.words FROM meeting m JOIN item i ON i.meeting_id = m.id "
        "WHERE m.committee_id = ?1 AND m.date > ?3 AND m.state = 'held' "
        "UNION SELECT m.id, m.date, l.title, l.listed_on, 1, l.document_id, l.words FROM listing l JOIN meeting m ON m.id = l.meeting_id "
        "WHERE l.document_id = ?2 AND m.committee_id = ?1 AND m.state <> 'cancelled' "
        "UNION SELECT m.id, m.date, l.title, l.listed_on, 1, l.document_id, l.words FROM meeting m JOIN listing l ON l.meeting_id = m.id "
        "WHERE m.committee_id = ?1 AND m.date > ?3 AND m.state <> 'cancelled'");
    q.bind(1, committee);
    q.bind(2, document);
    q.bind(3, earliest_new_decision);
    while (q.executeStep())
      candidates.push_back(read_candidate(q, cached.words(), committee, ""));
  }
  if (!sent_here.empty()) {
    SQLite::Statement& name = cache("SELECT name FROM committee WHERE id = ?");
    name.bind(1, committee);
    if (name.executeStep())
      for (Candidate& c : candidates) c.committee_name = name.getColumn(0).getString();
  }
  std::sort(candidates.begin(), candidates.end(), by_meeting);
  // New actions sent to another committee already in the tracker: that committee's later items.
  std::map<std::string, std::vector<Candidate>> elsewhere;  // by the body the clause names
  for (OpenAction& open : actions) {
    const ActionState& a = *open.a;
    if (a.committee != committee || a.target_body.empty() || !(open.in_document || scope.everything)) continue;
    auto [at, fresh] = elsewhere.try_emplace(a.target_body);
    if (fresh) at->second = candidates_sent_to(cache, cached.words(), committee, a.target_body);
    if (!at->second.empty()) open.elsewhere = &at->second;
  }
  // Those with a new event or an earlier first match: the furthest status the new events set
  // (1 scheduled, 2 delivered), and which of first_delivered and first_scheduled moved.
  struct Touched {
    ActionState* a;
    int furthest = 0;
    bool first_moved[2] = {false, false};
  };
  std::vector<Touched> touched;
  for (const OpenAction& open : actions) {
    ActionState& a = *open.a;
    Touched t{&a};
    // The same title for the same meeting may come from two documents: one event for both. They
    // come side by side (by_meeting), so the last candidate that made an event is enough to tell.
    const Candidate* last_event = nullptr;
    auto consider = [&](const Candidate& c) {
      if (c.day <= a.decision_key || c.day > a.horizon_key) return;
      const int k = c.kind;
      // Delivered at M only when the clause asked for it at or before M's month.
      if (k == 0 && a.due_limit_key != 0 && a.due_limit_key / 100 > c.day / 100) return;
      // Another committee taking up what was sent to it is delivery, whether or not the clause
      // asked for the subject to come back.
      const bool sent = c.committee != a.committee;
      const double score = score_words(c.words, a.origin, a.clause, a.comes_back || sent);
      if (score < proposal_threshold) return;
      const std::string kind = k == 0 ? "delivered" : "scheduled";
      if (score < threshold) {
        proposals.add(a.id, c.meeting, c.title, kind, score);
        return;
      }
      if (!last_event || !same_subject(*last_event, c)) {
        last_event = &c;
        const std::string by = sent ? " " + c.committee_name : "";
        std::string note = k == 0 ? "considered at the" + by + " " + c.meeting_date + " meeting: '" + c.title + "'"
                                  : "listed for the" + by + " " + c.meeting_date + " meeting: '" + c.title + "'";
        std::string key = kind + ":" + (sent ? c.committee_name + ":" : "") + c.meeting_date + ":" + c.title;
        // Made once: an event with this key from an earlier import stays as it is (INSERT OR
        // IGNORE), and the status it set is already the action's.
        add_event(events, a.id, {kind, std::max(c.listed_on, a.decision_date), std::move(note), "tracker (matched)", c.meeting, score, kind,
                                 std::move(key)});
        t.furthest = std::max(t.furthest, k == 0 ? 2 : 1);
      }
      if (a.first_match[k].empty() || a.first_match[k] > c.meeting_date) {
        a.first_match[k] = c.meeting_date;
        t.first_moved[k] = true;
      }
    };
    for (const Candidate& c : candidates)
      if (open.in_document || scope.everything || c.document == document) consider(c);
    if (open.elsewhere)
      for (const Candidate& c : *open.elsewhere) consider(c);
    if (t.furthest || t.first_moved[0] || t.first_moved[1]) touched.push_back(t);
  }
  events.flush(cache.db());
  proposals.flush(cache.db());
  // One UPDATE for each action touched: its status, and its first matches moved earlier.
  for (const Touched& t : touched) {
    ActionState& a = *t.a;
    const std::string before = a.status;
    // Automatic events only move an action forward, so one already delivered stays delivered.
    // With only the tool's own events, folding them in date order comes to the furthest status
    // any of them set; a person's events (a reopening, say) need the whole history.
    if (t.furthest && a.status != "delivered") {
      if (a.by_hand) a.status = folded_status(cache, a.id);
      else if (t.furthest == 2 || a.status == "open") a.status = t.furthest == 2 ? "delivered" : "scheduled";
    }
    if (a.status == before && !t.first_moved[0] && !t.first_moved[1]) continue;
    SQLite::Statement& set = cache(
        "UPDATE action SET status = ?2, "
        "first_delivered = CASE WHEN ?3 IS NOT NULL AND (first_delivered IS NULL OR first_delivered > ?3) THEN ?3 ELSE first_delivered END, "
        "first_scheduled = CASE WHEN ?4 IS NOT NULL AND (first_scheduled IS NULL OR first_scheduled > ?4) THEN ?4 ELSE first_scheduled END "
        "WHERE id = ?1");
    set.bind(1, a.id);
    set.bindNoCopy(2, a.status);
    if (t.first_moved[0]) set.bindNoCopy(3, a.first_match[0]);
    if (t.first_moved[1]) set.bindNoCopy(4, a.first_match[1]);
    set.exec();
  }
  for (const ActionState& a : sent_here)
    if (std::any_of(touched.begin(), touched.end(), [&](const Touched& t) { return t.a == &a; }))
      cached.forget(a.committee);  // its committee's memory is stale
}

void note_first_match(StatementCache& cache, int64_t action, const std::string& kind, const std::string& meeting_date) {
  SQLite::Statement& set = cache(kind == "delivered"
                                     ? "UPDATE action SET first_delivered = ?2 WHERE id = ?1 AND (first_delivered IS NULL OR first_delivered > ?2)"
                                     : "UPDATE action SET first_scheduled = ?2 WHERE id = ?1 AND (first_scheduled IS NULL OR first_scheduled > ?2)");
  set.bind(1, action);
  set.bind(2, meeting_date);
  set.exec();
}

}  // namespace tracker::store
