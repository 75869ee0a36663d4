// Importing one set of minutes: its meeting, items, clauses, actions and commitments, and the
// meetings and items it announces. A corrected version of the same minutes updates clauses in
// place; whatever a person recorded on an action (status, owner, due, chasers) is kept.
#include <algorithm>
#include <map>
#include <set>

#include <sqlite3.h>

#include "core/errors.h"
#include "core/text.h"
#include "domain/schedule_match.h"
#include "domain/spelling.h"
#include "store/store_internal.h"

namespace tracker {
namespace {

using namespace store;

// The due the minutes ask for, as an event's due_after records it.
RecordedDue due_fact(const DueColumns& d) {
  const std::optional<std::string>& date = d.month ? d.month : d.from ? d.from : d.deadline;
  const std::string_view precision = d.month ? "month" : d.from ? "on_or_after" : d.deadline ? "deadline" : "none";
  return recorded_due_from_sql(precision, date.value_or("")).value_or(RecordedDue::none());
}

// One file's writes: a transaction of its own, rolled back unless committed (on an error, and
// on a dry run). Inside an import group there is no transaction of the file's own: a savepoint
// per file made SQLite keep an undo copy of every page each file touched. A file that fails after
// writing instead spoils the group, which the caller rolls back and writes again without it.
class FileTransaction {
 public:
  FileTransaction(SQLite::Database& db, bool in_group, bool& group_spoiled)
      : db_(db), in_group_(in_group), group_spoiled_(group_spoiled), changes_before_(db.getTotalChanges()) {
    if (!in_group_) db_.exec("BEGIN IMMEDIATE");
  }
  ~FileTransaction() {
    if (done_) return;
    if (in_group_) {
      // Rows written, or SQLite ended the transaction itself (it does on some errors).
      if (db_.getTotalChanges() != changes_before_ || sqlite3_get_autocommit(db_.getHandle())) group_spoiled_ = true;
      return;
    }
    try {
      db_.exec("ROLLBACK");
    } catch (const SQLite::Exception&) {
      // SQLite has already rolled back the whole transaction (it does on some errors)
    }
  }
  FileTransaction(const FileTransaction&) = delete;
  FileTransaction& operator=(const FileTransaction&) = delete;
  void commit() {
    if (!in_group_) db_.exec("COMMIT");
    done_ = true;
  }

 private:
  SQLite::Database& db_;
  const bool in_group_;
  bool& group_spoiled_;
  const int64_t changes_before_;
  bool done_ = false;
};

// The file's schedule rows into the committee's actions; true when anything was written.
bool take_schedule(StatementCache& cache, const MinutesToStore& x, int64_t committee, int64_t document, Day fallback, ImportResult& result,
                   DueScope& dues) {
  ScheduleSource source;
  source.committee = committee;
  {
    SQLite::Statement& q = cache("SELECT name, short_name FROM committee WHERE id = ?");
    q.bind(1, committee);
    q.executeStep();
    source.committee_name = q.getColumn(0).getString();
    source.short_name = q.getColumn(1).getString();
  }
  source.document = document;
  source.path = x.file;
  source.updated = fallback;
  ScheduleOutcome taken = import_schedule_rows(cache, source, x.schedule_rows);
  result.schedule_rows += taken.rows;
  result.schedule_added += taken.added;
  result.schedule_matched += taken.matched;
  result.schedule_unchanged += taken.unchanged;
  result.schedule_skipped += taken.skipped;
  for (auto& note : taken.notes) result.notes.push_back(std::move(note));
  dues.first_new_action = std::min(dues.first_new_action, taken.first_new_action);
  if (taken.wrote) dues.everything = true;  // rare: a schedule's new actions and dues
  return taken.wrote;
}

}  // namespace

void Store::begin_import_group() {
  try {
    impl_->db.exec("BEGIN IMMEDIATE");
  } catch (const SQLite::Exception& e) {
    throw_busy_or(e, "could not start writing");
  }
  impl_->import_group = true;
  impl_->import_group_spoiled = false;
}

void Store::commit_import_group() {
  if (!impl_->import_group) return;
  impl_->import_group = false;
  try {
    impl_->db.exec("COMMIT");
  } catch (const SQLite::Exception& e) {
    rollback_import_group();  // a refused COMMIT leaves the transaction open
    throw StoreError(std::string("the files imported since the last commit could not be written: ") + e.what());
  }
}

void Store::rollback_import_group() {
  impl_->import_group = false;
  impl_->import_group_spoiled = false;
  impl_->actions.clear();  // it holds what the group wrote
  if (sqlite3_get_autocommit(impl_->db.getHandle())) return;  // SQLite has rolled it back already
  try {
    impl_->db.exec("ROLLBACK");
  } catch (const SQLite::Exception& e) {
    throw_busy_or(e, "could not undo the files imported since the last commit");
  }
}

bool Store::import_group_spoiled() const { return impl_->import_group && impl_->import_group_spoiled; }

bool Store::import_group_open() const { return impl_->import_group; }

ImportResult Store::import_minutes(const MinutesToStore& x, const std::string& sha256, const Config& config, bool dry_run,
                                   const Change& change) {
  SQLite::Database& db = impl_->db;
  StatementCache& cache = impl_->statements;
  // Reset after the transaction ends (declared first, destroyed last).
  struct ResetStatements {
    StatementCache& cache;
    ~ResetStatements() { cache.reset_all(); }
  } reset_statements{cache};
  ImportResult result;
  result.file = x.file;
  try {
    if (dry_run && impl_->import_group) throw StoreError(x.file + ": a dry run cannot be part of an import group");
    FileTransaction t(db, impl_->import_group, impl_->import_group_spoiled);
    ActionCache& cached = impl_->actions;
    cached.check(db);
    impl_->events.clear();  // what a failed file left
    impl_->proposals.clear();
    impl_->clauses.clear();
    impl_->actions_added.clear();
    impl_->owners.clear();
    {
      SQLite::Statement& seen = cache("SELECT path FROM document WHERE sha256 = ?");
      seen.bind(1, sha256);
      if (seen.executeStep()) {
        result.unchanged_file = true;
        return result;
      }
    }
    if (x.committee.empty()) throw MeetingNotRead(x.file, MeetingNotRead::Missing::committee);
    // A council's schedule on its own (a spreadsheet export) records no meeting: its rows only.
    const bool schedule_only = !x.meeting && x.clauses.empty() && !x.schedule_rows.empty();
    if (!x.meeting && !schedule_only) throw MeetingNotRead(x.file, MeetingNotRead::Missing::date);
    if (schedule_only) {
      sync_config_in(cache, cached, config);
      const Committee* configured = config.find_committee(x.committee);
      const auto known = find_committee_id(db, x.committee);  // --committee may give its short name
      const int64_t committee = known ? *known : committee_id(cache, x.committee, configured && !configured->short_name.empty()
                                                                                              ? configured->short_name : initials(x.committee));
      {
        SQLite::Statement& q = cache("SELECT name FROM committee WHERE id = ?");
        q.bind(1, committee);
        q.executeStep();
        result.committee = q.getColumn(0).getString();
      }
      SQLite::Statement& add = cache("INSERT INTO document (path, sha256, imported_at, committee_id, meeting_date) VALUES (?, ?, ?, ?, NULL)");
      add.bind(1, x.file);
      add.bind(2, sha256);
      add.bind(3, format_day(change.date));
      add.bind(4, committee);
      add.exec();
      const int64_t document = db.getLastInsertRowid();
      DueScope dues = DueScope::nothing_yet();
      take_schedule(cache, x, committee, document, change.date, result, dues);
      cached.forget(committee);
      resolve_dues(cache, cached, committee, dues);
      reconcile(cache, cached, impl_->events, impl_->proposals, committee, config.match_threshold, config.proposal_threshold, ReconcileScope{false, document});
      if (!dry_run) {
        t.commit();
        cached.committed(db);
      }
      return result;
    }
    const Day meeting_date = *x.meeting;
    const std::string decision_date = format_day(meeting_date);
    result.committee = x.committee;
    result.meeting = meeting_date;

    sync_config_in(cache, cached, config);
    const Committee* configured = config.find_committee(x.committee);
    const int64_t committee =
        committee_id(cache, x.committee, configured && !configured->short_name.empty() ? configured->short_name : initials(x.committee));
    std::string short_name;
    {
      SQLite::Statement& q = cache("SELECT short_name FROM committee WHERE id = ?");
      q.bind(1, committee);
      q.executeStep();
      short_name = q.getColumn(0).getString();
    }
    DueScope dues = DueScope::nothing_yet();  // what resolve_dues needs to look at after this file
    bool added = false;
    const int64_t meeting = meeting_id(cache, committee, meeting_date, "held", "minutes", &added);
    result.meetings_added += added ? 1 : 0;
    // Held, even when it was there before: minutes can bring back a meeting marked cancelled.
    dues.meeting_added(decision_date);

    int64_t document;
    {
      SQLite::Statement& add = cache("INSERT INTO document (path, sha256, imported_at, committee_id, meeting_date) VALUES (?, ?, ?, ?, ?)");
      add.bind(1, x.file);
      add.bind(2, sha256);
      add.bind(3, format_day(change.date));
      add.bind(4, committee);
      add.bind(5, decision_date);
      add.exec();
      document = db.getLastInsertRowid();
    }

    // The calendar and the items that agendas and work programmes list.
    for (const auto& a : x.announced) {
      meeting_id(cache, committee, a.date, "planned", a.source, &added);
      result.meetings_added += added ? 1 : 0;
      if (added) dues.meeting_added(format_day(a.date));
    }
    for (size_t k = 0; k < x.listings.size(); ++k) {
      const auto& l = x.listings[k];
      const int64_t listed_meeting = meeting_id(cache, committee, l.meeting, "planned", l.source, &added);
      result.meetings_added += added ? 1 : 0;
      if (added) dues.meeting_added(format_day(l.meeting));
      SQLite::Statement& add = cache("INSERT OR IGNORE INTO listing (meeting_id, title, source, listed_on, document_id, line, words) VALUES (?, ?, ?, ?, ?, ?, ?)");
      add.bind(1, listed_meeting);
      add.bind(2, l.title);
      add.bind(3, l.source);
      add.bind(4, format_day(l.listed_on ? *l.listed_on : meeting_date));
      add.bind(5, document);
      add.bind(6, l.line);
      add.bind(7, l.words);
      result.listings_added += add.exec();
    }

    // Items.
    std::vector<int64_t> item_ids;
    for (size_t k = 0; k < x.items.size(); ++k) {
      const auto& item = x.items[k];
      SQLite::Statement& up = cache("INSERT INTO item (meeting_id, number, title, document_id, line, words) VALUES (?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (meeting_id, number, title) DO UPDATE SET document_id = excluded.document_id, line = excluded.line "
                           "RETURNING id");
      up.bind(1, meeting);
      up.bind(2, item.number.value_or(""));
      up.bind(3, item.title);
      up.bind(4, document);
      up.bind(5, item.line);
      up.bind(6, item.words);
      up.executeStep();  // the row added, or the one already there
      item_ids.push_back(up.getColumn(0).getInt64());
      up.reset();
    }

    // Clauses, keyed so that a corrected version of the minutes finds its earlier self.
    struct Existing {
      int64_t id;
      std::string text, kind, reason;
      bool seen = false;
    };
    std::map<std::string, Existing> existing;
    {
      // The minutes' own: a schedule row's or a person's action at this meeting is no clause of them,
      // nor is one adopted from a pack that quoted it (store/adopt.cpp): these minutes did not drop them.
      SQLite::Statement& q = cache("SELECT clause_key, id, text, kind, coalesce(reason, '') FROM clause WHERE meeting_id = ? AND adopted_from IS NULL "
                                   "AND NOT EXISTS (SELECT 1 FROM action a WHERE a.clause_id = clause.id AND a.origin <> 'minutes')");
      q.bind(1, meeting);
      while (q.executeStep())
        existing[q.getColumn(0).getString()] = {q.getColumn(1).getInt64(), q.getColumn(2).getString(), q.getColumn(3).getString(),
                                                q.getColumn(4).getString()};
    }
    // New clauses and actions are written after the loop, in batches, with the rowids SQLite
    // would have given them; nothing in the loop reads them back from the database.
    auto next_rowid = [&](const char* sql) {
      SQLite::Statement& q = cache(sql);
      q.executeStep();
      const int64_t next = q.getColumn(0).getInt64() + 1;
      q.reset();
      return next;
    };
    int64_t next_clause = next_rowid("SELECT coalesce(max(id), 0) FROM clause");
    int64_t next_action = next_rowid("SELECT coalesce(max(id), 0) FROM action");
    // The public IDs this meeting's month already has, read in one go (usually none: most
    // committees meet once a month), and those this file adds, which are not in the database
    // until the batch is written.
    const std::string ym = decision_date.substr(0, 7);
    std::set<std::string> public_ids_taken;
    {
      // Those that start "ILSC-2020-09-": from there up to "ILSC-2020-09." ('.' follows '-').
      SQLite::Statement& q = cache("SELECT public_id FROM action WHERE public_id >= ? AND public_id < ?");
      q.bind(1, short_name + "-" + ym + "-");
      q.bind(2, short_name + "-" + ym + ".");
      while (q.executeStep()) public_ids_taken.insert(q.getColumn(0).getString());
    }
    std::map<int, int> unlabelled_in_item;
    std::set<std::string> keys_used;
    std::vector<ActionState> new_states;  // for the cache of the committee's actions, as the rows are written
    // The actions a council's schedule or a person recorded for this meeting before its minutes
    // came in: a clause that is one of them takes it over rather than make a second.
    struct Unminuted {
      int64_t id, clause;
      std::string public_id, text, origin;
      bool has_owner, taken = false;
    };
    std::vector<Unminuted> unminuted;
    {
      SQLite::Statement& q = cache("SELECT a.id, a.clause_id, a.public_id, cl.text, a.origin, a.owner IS NOT NULL FROM action a "
                                   "JOIN clause cl ON cl.id = a.clause_id WHERE a.committee_id = ? AND a.decision_date = ? AND a.origin <> 'minutes'");
      q.bind(1, committee);
      q.bind(2, decision_date);
      while (q.executeStep())
        unminuted.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getInt64(), q.getColumn(2).getString(), q.getColumn(3).getString(),
                             q.getColumn(4).getString(), q.getColumn(5).getInt() != 0});
    }
    bool adopted = false;
    for (size_t n = 0; n < x.clauses.size(); ++n) {
      const ClauseToStore& c = x.clauses[n];
      const std::string item_part = c.item >= 0 ? (x.items[static_cast<size_t>(c.item)].number
                                                       ? *x.items[static_cast<size_t>(c.item)].number
                                                       : "i" + std::to_string(c.item + 1))
                                                : "0";
      const std::string label_part = c.label ? plain_label(*c.label) : "#" + std::to_string(++unlabelled_in_item[c.item]);
      // Minutes can repeat or skip a number, or paste a resolution twice: the key stays unique
      // in the order the clauses come, so a corrected version imported again keeps its keys.
      std::string key = item_part + "." + label_part;
      for (int copy = 2; !keys_used.insert(key).second; ++copy) key = item_part + "." + label_part + "~" + std::to_string(copy);
      const std::string kind = kind_name(c.kind);
      const std::string& location = c.location;
      int64_t clause_id;
      std::string clause_words;  // a new clause's
      bool comes_back = false;
      auto it = existing.find(key);
      if (it != existing.end()) {
        it->second.seen = true;
        clause_id = it->second.id;
        if (it->second.text != c.text || it->second.kind != kind || it->second.reason != c.reason) {
          SQLite::Statement& up = cache("UPDATE clause SET text = ?, kind = ?, reason = ?, label = ?, document_id = ?, line = ?, in_latest = 1, words = ?, comes_back = ?, location = ? WHERE id = ?");
          up.bind(1, c.text);
          up.bind(2, kind);
          bind_text_or_null(up, 3, c.reason);
          bind_optional(up, 4, c.label);
          up.bind(5, document);
          up.bind(6, c.line);
          up.bind(7, c.words);
          up.bind(8, c.comes_back ? 1 : 0);
          bind_text_or_null(up, 9, location);
          up.bind(10, clause_id);
          up.exec();
          ++result.clauses_changed;
          ImportNote note;
          note.kind = ImportNote::Kind::clause_changed;
          note.clause_key = key;
          note.text = c.text;
          result.notes.push_back(std::move(note));
        } else {
          SQLite::Statement& up = cache("UPDATE clause SET document_id = ?, line = ?, in_latest = 1, location = ? WHERE id = ?");
          up.bind(1, document);
          up.bind(2, c.line);
          bind_text_or_null(up, 3, location);
          up.bind(4, clause_id);
          up.exec();
          ++result.clauses_unchanged;
        }
      } else {
        clause_id = next_clause++;
        clause_words = c.tracked() ? c.words : std::string();
        comes_back = c.comes_back;
        impl_->clauses.add(clause_id, meeting, c.item >= 0 ? InsertBatch::Value(item_ids[static_cast<size_t>(c.item)]) : InsertBatch::Value(),
                           key, optional_text(c.label), c.text, kind, text_or_null(c.reason), document, static_cast<int64_t>(c.line),
                           clause_words, static_cast<int64_t>(comes_back ? 1 : 0), text_or_null(location));
        ++result.clauses_added;
      }

      std::optional<int64_t> action;
      bool owner_by_hand = false, due_by_hand = false;
      std::string old_owner;
      DueColumns old_due;
      if (it != existing.end()) {  // a clause just added has no action yet
        SQLite::Statement& q = cache("SELECT id, owner_by_hand, due_by_hand, coalesce(owner, ''), due_from, due_month, due_deadline FROM action WHERE clause_id = ?");
        q.bind(1, clause_id);
        if (q.executeStep()) {
          action = q.getColumn(0).getInt64();
          owner_by_hand = q.getColumn(1).getInt() != 0;
          due_by_hand = q.getColumn(2).getInt() != 0;
          old_owner = q.getColumn(3).getString();
          if (!q.getColumn(4).isNull()) old_due.from = q.getColumn(4).getString();
          if (!q.getColumn(5).isNull()) old_due.month = q.getColumn(5).getString();
          if (!q.getColumn(6).isNull()) old_due.deadline = q.getColumn(6).getString();
        }
      }
      if (!c.tracked()) {
        if (action) {
          NewEvent untracked{EventKind::updated, decision_date, "", "import", std::nullopt, std::nullopt, std::nullopt, "untracked:" + sha256};
          untracked.imported_from = x.file;
          untracked.reimport_changed = "untracked";
          add_event(db, *action, untracked);
        }
        continue;
      }
      const DueColumns due = due_columns(c.due);
      const std::string owner = c.owner ? c.owner->name : "";
      if (!action && it == existing.end() && !unminuted.empty()) {
        std::vector<std::string> texts;
        for (const Unminuted& u : unminuted) texts.push_back(u.taken ? std::string() : u.text);
        if (auto k = same_recommendation(c.text, texts)) {
          Unminuted& u = unminuted[*k];
          u.taken = adopted = true;
          std::string public_id = short_name + "-" + ym + "-" + item_part + "." + (c.label ? plain_label(*c.label) : label_part.substr(1));
          if (public_ids_taken.count(public_id)) public_id = short_name + "-" + decision_date + "-" + item_part + "." + label_part;
          public_ids_taken.insert(public_id);
          // What the minutes say fills what the schedule or the person left empty; the rest stands.
          SQLite::Statement& up = cache(
              "UPDATE action SET clause_id = ?1, public_id = ?2, origin = 'minutes', kind = ?3, target_body = coalesce(target_body, ?4), "
              "owner = coalesce(owner, ?5), owner_basis = CASE WHEN owner IS NULL THEN ?6 ELSE owner_basis END, "
              "person = CASE WHEN owner IS NULL THEN ?7 ELSE person END, "
              "due_text = CASE WHEN due_from IS NULL AND due_month IS NULL AND due_deadline IS NULL THEN ?8 ELSE due_text END, "
              "due_from = CASE WHEN due_from IS NULL AND due_month IS NULL AND due_deadline IS NULL THEN ?9 ELSE due_from END, "
              "due_month = CASE WHEN due_from IS NULL AND due_month IS NULL AND due_deadline IS NULL THEN ?10 ELSE due_month END, "
              "due_deadline = CASE WHEN due_from IS NULL AND due_month IS NULL AND due_deadline IS NULL THEN ?11 ELSE due_deadline END, "
              "response = CASE WHEN ?3 = 'recommendation' THEN coalesce(response, 'awaiting') ELSE response END, "
              "received_on = CASE WHEN ?3 = 'recommendation' THEN coalesce(received_on, ?12) ELSE received_on END WHERE id = ?13");
          up.bind(1, clause_id);
          up.bind(2, public_id);
          up.bind(3, kind);
          bind_optional(up, 4, c.target_body);
          bind_text_or_null(up, 5, owner);
          bind_optional(up, 6, c.owner ? std::optional<std::string>(owner_basis_name(c.owner->basis)) : std::nullopt);
          bind_text_or_null(up, 7, c.owner ? c.owner->person : "");
          bind_optional(up, 8, c.due ? std::optional<std::string>(c.due->text) : std::nullopt);
          bind_optional(up, 9, due.from);
          bind_optional(up, 10, due.month);
          bind_optional(up, 11, due.deadline);
          up.bind(12, decision_date);
          up.bind(13, u.id);
          up.exec();
          if (!u.has_owner && c.owner)
            for (const auto& name : c.owner->names) impl_->owners.add(u.id, name);
          SQLite::Statement& drop = cache("DELETE FROM clause WHERE id = ?");  // the row's or person's words: the minutes' clause replaces them
          drop.bind(1, u.clause);
          drop.exec();
          NewEvent taken_up{EventKind::updated, decision_date, "", "import", meeting, std::nullopt, std::nullopt, "adopted:" + sha256};
          taken_up.imported_from = x.file;
          taken_up.id_before = u.public_id;
          taken_up.id_after = public_id;
          add_event(db, u.id, taken_up);
          ImportNote note;
          note.kind = ImportNote::Kind::taken_up;
          note.clause_key = key;
          note.id_before = u.public_id;
          note.id_after = public_id;
          note.by_hand = u.origin == "hand";
          result.notes.push_back(std::move(note));
          dues.everything = true;
          continue;
        }
      }
      if (!action) {
        std::string public_id = short_name + "-" + ym + "-" + item_part + "." + (c.label ? plain_label(*c.label) : label_part.substr(1));
        if (public_ids_taken.count(public_id)) public_id = short_name + "-" + decision_date + "-" + item_part + "." + label_part;
        public_ids_taken.insert(public_id);
        const bool recommendation = c.kind == ClauseKind::recommendation;
        action = next_action++;
        impl_->actions_added.add(*action, public_id, clause_id, committee, decision_date, kind, text_or_null(owner),
                                 c.owner ? InsertBatch::Value(owner_basis_name(c.owner->basis)) : InsertBatch::Value(),
                                 text_or_null(c.owner ? c.owner->person : ""), optional_text(c.target_body),
                                 c.due ? InsertBatch::Value(c.due->text) : InsertBatch::Value(), optional_text(due.from),
                                 optional_text(due.month), optional_text(due.deadline), to_sql(Status::open).data(),
                                 recommendation ? InsertBatch::Value(to_sql(Response::awaiting).data()) : InsertBatch::Value(),
                                 recommendation ? InsertBatch::Value(decision_date) : InsertBatch::Value());
        dues.first_new_action = std::min(dues.first_new_action, *action);
        if (c.owner) {
          for (const auto& name : c.owner->names) impl_->owners.add(*action, name);
        }
        {
          NewEvent created{EventKind::created, decision_date, "", "import", meeting, std::nullopt, Status::open, "created"};
          created.imported_from = x.file;
          created.imported_place = location.empty() ? "line " + std::to_string(c.line) : location;
          add_event(impl_->events, *action, std::move(created));
        }
        ActionState& state = new_states.emplace_back();
        state.id = *action;
        state.committee = committee;
        state.target_body = c.target_body.value_or("");
        state.decision_date = decision_date;
        state.due_from = due.from;
        state.due_month = due.month;
        state.due_deadline = due.deadline;
        state.status = Status::open;
        state.clause_document = document;
        state.origin = cached.words().ids(c.item >= 0 ? x.items[static_cast<size_t>(c.item)].words : std::string());
        state.clause = cached.words().ids(clause_words);
        state.comes_back = comes_back;
        ++result.actions_added;
        continue;
      }
      // A corrected version: refresh what the minutes say, unless a person has set it.
      std::vector<std::string> changed;
      NewEvent reimported{EventKind::updated, decision_date, "", "import", meeting, std::nullopt, std::nullopt, "reimport:" + sha256};
      if (!owner_by_hand && owner != old_owner) {
        SQLite::Statement& up = cache("UPDATE action SET owner = ?, owner_basis = ?, person = ? WHERE id = ?");
        bind_text_or_null(up, 1, owner);
        bind_optional(up, 2, c.owner ? std::optional<std::string>(owner_basis_name(c.owner->basis)) : std::nullopt);
        bind_text_or_null(up, 3, c.owner ? c.owner->person : "");
        up.bind(4, *action);
        up.exec();
        changed.push_back("owner");
        reimported.owner_before = old_owner;
        reimported.owner_after = owner;
      }
      if (!due_by_hand && (due.from != old_due.from || due.month != old_due.month || due.deadline != old_due.deadline)) {
        SQLite::Statement& up = cache("UPDATE action SET due_text = ?, due_from = ?, due_month = ?, due_deadline = ? WHERE id = ?");
        bind_optional(up, 1, c.due ? std::optional<std::string>(c.due->text) : std::nullopt);
        bind_optional(up, 2, due.from);
        bind_optional(up, 3, due.month);
        bind_optional(up, 4, due.deadline);
        up.bind(5, *action);
        up.exec();
        dues.everything = true;  // rare: a corrected due
        changed.push_back("due");
        reimported.due_after = due_fact(due);
      }
      if (it != existing.end() && it->second.text != c.text) changed.push_back("text");
      if (!changed.empty()) {
        for (size_t k = 0; k < changed.size(); ++k) reimported.reimport_changed += (k ? "," : "") + changed[k];
        reimported.imported_from = x.file;
        add_event(db, *action, reimported);
      }
    }
    impl_->clauses.flush(db);
    impl_->actions_added.flush(db);
    impl_->owners.flush(db);
    for (const auto& [key, e] : existing) {
      if (e.seen) continue;
      SQLite::Statement& gone = cache("UPDATE clause SET in_latest = 0 WHERE id = ? AND in_latest = 1");
      gone.bind(1, e.id);
      if (gone.exec() == 0) continue;
      ++result.clauses_gone;
      ImportNote note;
      note.kind = ImportNote::Kind::clause_gone;
      note.clause_key = key;
      note.text = e.text;
      result.notes.push_back(std::move(note));
      SQLite::Statement& a = cache("SELECT id FROM action WHERE clause_id = ?");
      a.bind(1, e.id);
      if (a.executeStep()) {
        NewEvent gone_event{EventKind::updated, decision_date, "", "import", meeting, std::nullopt, std::nullopt, "gone:" + sha256};
        gone_event.imported_from = x.file;
        gone_event.reimport_changed = "gone";
        add_event(db, a.getColumn(0).getInt64(), gone_event);
      }
    }

    for (const auto& cm : x.commitments) {
      SQLite::Statement& add = cache("INSERT OR IGNORE INTO commitment (meeting_id, item_id, text, document_id, line) VALUES (?, ?, ?, ?, ?)");
      add.bind(1, meeting);
      if (cm.item >= 0) add.bind(2, item_ids[static_cast<size_t>(cm.item)]);
      else add.bind(2);
      add.bind(3, cm.text);
      add.bind(4, document);
      add.bind(5, cm.line);
      result.commitments_added += add.exec();
    }

    // A corrected version changed clauses and actions the cache holds: read them again.
    if (!existing.empty() || adopted) cached.forget(committee);
    cached.add_new(committee, std::move(new_states));
    impl_->events.flush(db);
    if (!x.schedule_rows.empty() && take_schedule(cache, x, committee, document, meeting_date, result, dues)) cached.forget(committee);
    resolve_dues(cache, cached, committee, dues);
    reconcile(cache, cached, impl_->events, impl_->proposals, committee, config.match_threshold, config.proposal_threshold, ReconcileScope{false, document});
    if (!dry_run) {
      t.commit();
      cached.committed(db);
    }
  } catch (const SQLite::Exception& e) {
    throw_busy_or(e, x.file + ": could not be imported");
  }
  return result;
}

}  // namespace tracker
