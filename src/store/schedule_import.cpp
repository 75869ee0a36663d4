// The council's own monitoring schedule taken into the tracker: each row is the action it
// records (one already tracked from the minutes, or a new one marked as taken from the schedule),
// and each entry of its response and further-action cells an event taken from that document.
// Importing the same table again, from the same file or next month's pack, adds only what the
// tracker does not have: the same kind of entry, with the same words (and day, when dated).
#include <algorithm>
#include <tuple>

#include "core/text.h"
#include "domain/schedule_match.h"
#include "domain/spelling.h"
#include "store/store_internal.h"

namespace tracker::store {
namespace {

EventKind event_for(CouncilUpdateKind kind) {
  switch (kind) {
    case CouncilUpdateKind::chase: return EventKind::chased;
    case CouncilUpdateKind::transfer: return EventKind::transferred;
    case CouncilUpdateKind::completed: return EventKind::delivered;
    case CouncilUpdateKind::note: break;
  }
  return EventKind::updated;
}

std::optional<Status> status_set_by(CouncilUpdateKind kind) {
  if (kind == CouncilUpdateKind::transfer) return Status::transferred;
  if (kind == CouncilUpdateKind::completed) return Status::delivered;
  return std::nullopt;
}

// What the row says happened, in the order the council wrote it: its response cell, what its
// further-action cell says happened (a transfer; its other words are the committee's, kept as
// such), and its completion date when no entry says it was completed.
std::vector<CouncilScheduleUpdate> entries_of(const CouncilScheduleRow& row) {
  std::vector<CouncilScheduleUpdate> out = row.updates;
  for (const auto& u : row.further)
    if (u.kind != CouncilUpdateKind::note) out.push_back(u);
  const bool completed = std::any_of(out.begin(), out.end(), [](const auto& u) { return u.kind == CouncilUpdateKind::completed; });
  if (row.completed_on && !completed) {
    CouncilScheduleUpdate u;
    u.kind = CouncilUpdateKind::completed;
    u.date = row.completed_on;
    u.text = row.completion_text;
    out.push_back(std::move(u));
  }
  return out;
}

struct Candidate {
  int64_t id;
  std::string text, further;
};

}  // namespace

ScheduleOutcome import_schedule_rows(StatementCache& cache, const ScheduleSource& source, const std::vector<ScheduleRowToStore>& rows) {
  ScheduleOutcome out;
  for (size_t n = 0; n < rows.size(); ++n) {
    const CouncilScheduleRow& row = rows[n].row;
    ++out.rows;
    const std::string where = source.path + ", line " + std::to_string(row.line);
    if (!row.decided_on) {
      ++out.skipped;
      ImportNote note;
      note.kind = ImportNote::Kind::schedule_row_skipped;
      note.line = row.line;
      note.text = row.decided_on_text;
      out.notes.push_back(std::move(note));
      continue;
    }
    const Day known_by = rows[n].updated.value_or(source.updated);
    const std::string decided = format_day(*row.decided_on);
    // The committee's actions of that decision date: is the row one of them?
    std::vector<Candidate> candidates;
    {
      SQLite::Statement& q = cache("SELECT a.id, cl.text, coalesce(a.further, '') FROM action a JOIN clause cl ON cl.id = a.clause_id "
                                   "WHERE a.committee_id = ? AND a.decision_date = ? ORDER BY a.id");
      q.bind(1, source.committee);
      q.bind(2, decided);
      while (q.executeStep()) candidates.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString()});
    }
    std::vector<std::string> texts;
    for (const auto& c : candidates) texts.push_back(c.text);
    int64_t action;
    std::string further_now;
    bool changed = false, is_new = false;
    if (auto k = same_recommendation(row.recommendation, texts)) {
      action = candidates[*k].id;
      further_now = candidates[*k].further;
    } else {
      UnminutedAction a;
      a.committee = source.committee;
      a.committee_name = source.committee_name;
      a.short_name = source.short_name;
      a.decided = *row.decided_on;
      a.meeting = decision_meeting(cache, source.committee, *row.decided_on, "monitoring schedule");
      a.origin = "schedule";
      a.text = row.recommendation;
      a.item_title = row.item;
      a.owner = row.owner;
      a.owner_names = rows[n].owner_names;
      a.due_text = row.due_text;
      if (row.due_on) a.due_deadline = format_day(*row.due_on);
      a.document = source.document;
      a.line = row.line;
      std::string public_id;
      std::tie(action, public_id) = add_unminuted_action(cache, a);
      NewEvent created{EventKind::created, decided, "", "import", a.meeting, std::nullopt, Status::open, "created"};
      created.document = source.document;
      created.imported_from = source.path;
      created.imported_place = "line " + std::to_string(row.line);
      add_event(cache, action, created);
      out.first_new_action = std::min(out.first_new_action, action);
      ImportNote note;
      note.kind = ImportNote::Kind::schedule_row_added;
      note.line = row.line;
      note.id_after = public_id;
      note.text = row.recommendation;
      out.notes.push_back(std::move(note));
      ++out.added;
      changed = is_new = true;
    }
    // Its entries that the action does not have yet.
    std::vector<RecordedEntry> recorded;
    bool further_taken = false;  // these further-action words were set once already: a person may have changed them since
    {
      SQLite::Statement& q = cache("SELECT kind, date, note, further FROM event WHERE action_id = ?");
      q.bind(1, action);
      while (q.executeStep()) {
        const auto kind = event_kind_from_sql(q.getColumn(0).getText());
        const auto day = parse_iso_day(q.getColumn(1).getText());
        if (kind && day) recorded.push_back({*kind, *day, q.getColumn(2).getString()});
        if (!q.getColumn(3).isNull() && comparable_words(q.getColumn(3).getText()) == comparable_words(row.further_action)) further_taken = true;
      }
    }
    const std::vector<CouncilScheduleUpdate> entries = entries_of(row);
    std::vector<std::optional<Day>> own;
    for (const auto& u : entries) own.push_back(u.date);
    const std::vector<Day> days = entry_days(own, known_by);
    bool sets_status = false;
    for (size_t k = 0; k < entries.size(); ++k) {
      const CouncilScheduleUpdate& u = entries[k];
      const EventKind kind = event_for(u.kind);
      if (u.text.empty() || already_recorded(kind, u.date, u.text, recorded)) continue;
      NewEvent e{kind, format_day(days[k]), u.text, "import", std::nullopt, std::nullopt, status_set_by(u.kind), std::nullopt};
      e.document = source.document;
      e.transferred_to = u.transferred_to;
      add_event(cache, action, e);
      recorded.push_back({kind, days[k], u.text});
      sets_status = sets_status || e.status.has_value();
      changed = true;
    }
    const std::string further(trim(row.further_action));
    if (!further.empty() && !further_taken && comparable_words(further) != comparable_words(further_now)) {
      SQLite::Statement& set = cache("UPDATE action SET further = ? WHERE id = ?");
      set.bind(1, further);
      set.bind(2, action);
      set.exec();
      NewEvent e{EventKind::updated, format_day(known_by), "", "import", std::nullopt, std::nullopt, std::nullopt, std::nullopt};
      e.document = source.document;
      e.further = further;
      e.further_before = further_now;
      add_event(cache, action, e);
      changed = true;
    }
    if (sets_status) derive_status(cache, action);
    if (!changed) ++out.unchanged;
    else if (!is_new) ++out.matched;
    out.wrote = out.wrote || changed;
  }
  return out;
}

}  // namespace tracker::store
