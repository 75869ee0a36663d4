// Reconciliation in the database: finds the pairs of (action, item or listing) an import or a
// calendar change brings, asks domain/matching.h what each makes, and writes the events,
// proposals and statuses.
#include <algorithm>
#include <map>
#include <unordered_set>
#include <vector>

#include "core/errors.h"
#include "core/text.h"
#include "domain/spelling.h"
#include "store/store_internal.h"

namespace tracker::store {
namespace {

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

// The window of days an action is matched in, worked out once per action.
OpenAction open_action(ActionState& a, bool in_document) {
  if (!a.window_known) {
    // What the clause asked for, not which meeting the calendar has made of it so far: the
    // calendar grows as files come in, and the result must not depend on their order.
    const std::string due = a.due_from ? *a.due_from : a.due_month ? *a.due_month + "-01" : a.due_deadline ? *a.due_deadline
                            : a.due_meeting_date ? *a.due_meeting_date : "";
    const std::optional<Day> decided = parse_iso_day(a.decision_date);
    if (!decided) throw StoreError("the database has an action decided on '" + a.decision_date + "', which is not a date");
    a.window = match_window(*decided, parse_iso_day(due));
    a.window_known = true;
  }
  return {&a, in_document};
}

}  // namespace
}  // namespace tracker::store

namespace tracker::store {

void reconcile(StatementCache& cache, ActionCache& cached, InsertBatch& events, InsertBatch& proposals, int64_t committee,
               double threshold, double proposal_threshold, const ReconcileScope& scope) {
  const MatchThresholds thresholds{threshold, proposal_threshold};
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
    if (is_finished(a.status)) continue;
    OpenAction open = open_action(a, a.clause_document == document);
    if (!scope.everything && !open.in_document && !(a.window.decided < hi_key && a.window.horizon >= lo_key)) continue;
    if (open.in_document || scope.everything) earliest_new_decision = std::min(earliest_new_decision, a.decision_date);
    actions.push_back(std::move(open));
  }
  // Other committees' actions that their clauses send here ("recommendations be submitted to
  // Cabinet"): this committee's minutes can deliver them. Nothing else crosses committees.
  std::vector<ActionState> sent_here = cached.sent_to(cache, committee);
  for (ActionState& a : sent_here) {
    OpenAction open = open_action(a, false);
    if (scope.everything || (a.window.decided < hi_key && a.window.horizon >= lo_key)) actions.push_back(std::move(open));
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
    const MatchAction matched{a.window, &a.origin, &a.clause, a.comes_back};
    auto consider = [&](const Candidate& c) {
      const bool sent = c.committee != a.committee;
      const MatchCandidate candidate{c.day, c.kind == 0 ? EventKind::delivered : EventKind::scheduled, &c.words, sent};
      const MatchDecision decision = decide_match(matched, candidate, thresholds);
      if (decision.outcome == MatchOutcome::none) return;
      const std::string_view kind = to_sql(decision.kind);
      if (decision.outcome == MatchOutcome::proposal) {
        proposals.add(a.id, c.meeting, c.title, kind.data(), decision.score);
        return;
      }
      const int k = c.kind;
      if (!last_event || !same_subject(*last_event, c)) {
        last_event = &c;
        std::string key = std::string(kind) + ":" + (sent ? c.committee_name + ":" : "") + c.meeting_date + ":" + c.title;
        // Made once: an event with this key from an earlier import stays as it is (INSERT OR
        // IGNORE), and the status it set is already the action's. Its meeting (and so its
        // committee) is linked; the title it matched is a fact of its own.
        NewEvent matched{decision.kind, std::max(c.listed_on, a.decision_date), "", "tracker (matched)", c.meeting,
                         decision.score, decision.kind == EventKind::delivered ? Status::delivered : Status::scheduled, std::move(key)};
        matched.matched_title = c.title;
        add_event(events, a.id, std::move(matched));
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
    const Status before = a.status;
    // Automatic events only move an action forward, so one already delivered stays delivered.
    // With only the tool's own events, folding them in date order comes to the furthest status
    // any of them set; a person's events (a reopening, say) need the whole history.
    if (t.furthest && a.status != Status::delivered) {
      if (a.by_hand) a.status = folded_status(cache, a.id);
      else if (t.furthest == 2 || a.status == Status::open) a.status = t.furthest == 2 ? Status::delivered : Status::scheduled;
    }
    if (a.status == before && !t.first_moved[0] && !t.first_moved[1]) continue;
    SQLite::Statement& set = cache(
        "UPDATE action SET status = ?2, "
        "first_delivered = CASE WHEN ?3 IS NOT NULL AND (first_delivered IS NULL OR first_delivered > ?3) THEN ?3 ELSE first_delivered END, "
        "first_scheduled = CASE WHEN ?4 IS NOT NULL AND (first_scheduled IS NULL OR first_scheduled > ?4) THEN ?4 ELSE first_scheduled END "
        "WHERE id = ?1");
    set.bind(1, a.id);
    set.bind(2, to_sql(a.status).data());
    if (t.first_moved[0]) set.bindNoCopy(3, a.first_match[0]);
    if (t.first_moved[1]) set.bindNoCopy(4, a.first_match[1]);
    set.exec();
  }
  for (const ActionState& a : sent_here)
    if (std::any_of(touched.begin(), touched.end(), [&](const Touched& t) { return t.a == &a; }))
      cached.forget(a.committee);  // its committee's memory is stale
}

void note_first_match(StatementCache& cache, int64_t action, EventKind kind, const std::string& meeting_date) {
  SQLite::Statement& set = cache(kind == EventKind::delivered
                                     ? "UPDATE action SET first_delivered = ?2 WHERE id = ?1 AND (first_delivered IS NULL OR first_delivered > ?2)"
                                     : "UPDATE action SET first_scheduled = ?2 WHERE id = ?1 AND (first_scheduled IS NULL OR first_scheduled > ?2)");
  set.bind(1, action);
  set.bind(2, meeting_date);
  set.exec();
}

}  // namespace tracker::store
