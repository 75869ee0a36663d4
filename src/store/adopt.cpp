// Adopting the resolutions an agenda pack quotes from earlier meetings (store/store_input.h: QuotesToStore):
// each becomes an action of the meeting that made it, with the pack as its source and
// clause.adopted_from naming the pack (schema 010). A resolution is tracked already when the
// same committee's same meeting has a clause with the same words that is an action, from its
// minutes or adopted before; adopting it again changes nothing.
#include <algorithm>
#include <map>
#include <set>

#include "core/errors.h"
#include "core/text.h"
#include "domain/matching.h"
#include "domain/spelling.h"
#include "store/store_internal.h"

namespace tracker {
namespace {

using namespace store;

struct ImportedDocument {
  int64_t id = 0;
  std::string path;
  std::string committee;  // of the meeting it was imported as: for quotes of a file whose heading did not name it
};

// The body that made a quote: the one it names, else the file's committee.
const std::string& committee_of(const QuotedToStore& q, const ImportedDocument& document) {
  return q.committee.empty() ? document.committee : q.committee;
}

ImportedDocument imported_document(const SQLite::Database& db, const std::string& sha256, const std::string& file) {
  SQLite::Statement q(db, "SELECT d.id, d.path, coalesce(c.name, '') FROM document d LEFT JOIN committee c ON c.id = d.committee_id WHERE d.sha256 = ?");
  q.bind(1, sha256);
  if (!q.executeStep())
    throw StoreError(file + ": this file has not been imported, so its quoted resolutions cannot be adopted; import it first ('tracker import " +
                     file + "')");
  return {q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString()};
}

// The day of the meeting a quote names: its own, or the committee's one meeting in its month.
std::optional<Day> meeting_day(const SQLite::Database& db, std::optional<int64_t> committee, const QuotedToStore& q) {
  if (q.day) return q.day;
  if (!q.month || !committee) return std::nullopt;
  const std::string month = format_month(*q.month);
  SQLite::Statement find(db, "SELECT date FROM meeting WHERE committee_id = ? AND state <> 'cancelled' AND date >= ? AND date <= ?");
  find.bind(1, *committee);
  find.bind(2, month + "-01");
  find.bind(3, month + "-31");
  std::vector<Day> days;
  while (find.executeStep())
    if (auto d = parse_iso_day(find.getColumn(0).getText())) days.push_back(*d);
  if (days.size() == 1) return days.front();
  return std::nullopt;
}

// "OSMB" stands for itself; "Health Scrutiny Panel" by its initials.
std::string short_name_for(const std::string& name, const Config& config) {
  if (const Committee* c = config.find_committee(name); c && !c->short_name.empty()) return c->short_name;
  if (name.size() <= 8 && name.find(' ') == std::string::npos && is_all_caps(name, 2)) return name;
  return initials(name);
}

std::vector<QuotedStanding> standing_of(const SQLite::Database& db, const QuotesToStore& x, const ImportedDocument& document) {
  std::vector<QuotedStanding> out;
  for (size_t n = 0; n < x.quotes.size(); ++n) {
    const QuotedToStore& q = x.quotes[n];
    QuotedStanding s;
    s.number = static_cast<int>(n + 1);
    const std::string& name = committee_of(q, document);
    s.committee = name;
    const std::optional<int64_t> committee = name.empty() ? std::nullopt : find_committee_id(db, name);
    s.meeting = meeting_day(db, committee, q);
    if (committee && s.meeting) {
      const std::string words = comparable_words(q.clause.text);
      SQLite::Statement find(db,
                             "SELECT c.text, a.public_id, coalesce(c.adopted_from, 0) FROM clause c JOIN meeting m ON m.id = c.meeting_id "
                             "JOIN action a ON a.clause_id = c.id WHERE m.committee_id = ? AND m.date = ? ORDER BY a.id");
      find.bind(1, *committee);
      find.bind(2, format_day(*s.meeting));
      while (find.executeStep()) {
        if (comparable_words(find.getColumn(0).getText()) != words) continue;
        s.tracked_as = find.getColumn(1).getString();
        s.adopted_here = find.getColumn(2).getInt64() == document.id;
        break;
      }
    }
    out.push_back(std::move(s));
  }
  return out;
}

// One quoted resolution as an action of its meeting; returns its ID and its committee's row.
std::pair<std::string, int64_t> adopt_one(StatementCache& cache, const QuotesToStore& x, size_t n, Day day, const ImportedDocument& document,
                                          const std::string& sha256, const Config& config, const Change& change) {
  SQLite::Database& db = cache.db();
  const QuotedToStore& q = x.quotes[n];
  const ClauseToStore& c = q.clause;
  const Committee* configured = config.find_committee(committee_of(q, document));
  const std::string committee_name = configured ? configured->name : committee_of(q, document);
  const int64_t committee = committee_id(cache, committee_name, short_name_for(committee_name, config));
  std::string short_name;
  {
    SQLite::Statement& s = cache("SELECT short_name FROM committee WHERE id = ?");
    s.bind(1, committee);
    s.executeStep();
    short_name = s.getColumn(0).getString();
  }
  const std::string decision_date = format_day(day);
  // The quote is the evidence that the meeting was held; a meeting the calendar has keeps its source.
  int64_t meeting;
  {
    SQLite::Statement& find = cache("SELECT id FROM meeting WHERE committee_id = ? AND date = ?");
    find.bind(1, committee);
    find.bind(2, decision_date);
    if (find.executeStep()) {
      meeting = find.getColumn(0).getInt64();
      SQLite::Statement& held = cache("UPDATE meeting SET state = 'held' WHERE id = ? AND state = 'planned'");
      held.bind(1, meeting);
      held.exec();
    } else {
      meeting = meeting_id(cache, committee, day, "held", "quoted resolution");
    }
  }
  const std::vector<std::string> ignored = significant_words(committee_name);

  const std::string& title = q.item;
  int64_t item;
  {
    SQLite::Statement& up = cache(
        "INSERT INTO item (meeting_id, number, title, document_id, line, words) VALUES (?, '', ?, ?, ?, ?) "
        "ON CONFLICT (meeting_id, number, title) DO UPDATE SET line = item.line RETURNING id");
    up.bind(1, meeting);
    up.bind(2, title);
    up.bind(3, document.id);
    up.bind(4, c.line);
    up.bind(5, subject_words(title, ignored));
    up.executeStep();
    item = up.getColumn(0).getInt64();
    up.reset();
  }

  const std::string label = c.label ? plain_label(*c.label) : std::to_string(n + 1);
  int64_t clause;
  {
    SQLite::Statement& add = cache(
        "INSERT INTO clause (meeting_id, item_id, clause_key, label, text, kind, reason, document_id, line, words, comes_back, adopted_from) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    add.bind(1, meeting);
    add.bind(2, item);
    // Apart from the keys of the meeting's own minutes ("95.2"), which a later import looks up.
    add.bind(3, "adopted." + sha256.substr(0, 12) + "." + std::to_string(c.line) + "." + label);
    bind_optional(add, 4, c.label);
    add.bind(5, c.text);
    add.bind(6, kind_name(c.kind));
    bind_text_or_null(add, 7, c.reason);
    add.bind(8, document.id);
    add.bind(9, c.line);
    add.bind(10, subject_words(c.text, ignored));
    add.bind(11, asks_to_come_back(c.text) ? 1 : 0);
    add.bind(12, document.id);
    add.exec();
    clause = db.getLastInsertRowid();
  }

  // "ILSC-2020-06-q418.2": the month of the meeting, then the quote's line in the pack.
  const std::string base = short_name + "-" + decision_date.substr(0, 7) + "-q" + std::to_string(c.line) + "." + label;
  std::string public_id = base;
  for (int copy = 2;; ++copy) {
    SQLite::Statement& taken = cache("SELECT 1 FROM action WHERE public_id = ?");
    taken.bind(1, public_id);
    if (!taken.executeStep()) break;
    public_id = base + "~" + std::to_string(copy);
  }
  const DueColumns due = due_columns(c.due);
  const bool recommendation = c.kind == ClauseKind::recommendation;
  int64_t action;
  {
    SQLite::Statement& add = cache(
        "INSERT INTO action (public_id, clause_id, committee_id, decision_date, kind, owner, owner_basis, person, target_body, due_text, "
        "due_from, due_month, due_deadline, status, response, received_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)");
    add.bind(1, public_id);
    add.bind(2, clause);
    add.bind(3, committee);
    add.bind(4, decision_date);
    add.bind(5, kind_name(c.kind));
    bind_text_or_null(add, 6, c.owner ? c.owner->name : "");
    bind_optional(add, 7, c.owner ? std::optional<std::string>(owner_basis_name(c.owner->basis)) : std::nullopt);
    bind_text_or_null(add, 8, c.owner ? c.owner->person : "");
    bind_optional(add, 9, c.target_body);
    bind_optional(add, 10, c.due ? std::optional<std::string>(c.due->text) : std::nullopt);
    bind_optional(add, 11, due.from);
    bind_optional(add, 12, due.month);
    bind_optional(add, 13, due.deadline);
    bind_optional(add, 14, recommendation ? std::optional<std::string>(std::string(to_sql(Response::awaiting))) : std::nullopt);
    bind_optional(add, 15, recommendation ? std::optional<std::string>(decision_date) : std::nullopt);
    add.exec();
    action = db.getLastInsertRowid();
  }
  if (c.owner) {
    for (const auto& name : c.owner->names) {
      SQLite::Statement& add = cache("INSERT OR IGNORE INTO action_owner (action_id, name) VALUES (?, ?)");
      add.bind(1, action);
      add.bind(2, name);
      add.exec();
    }
  }
  NewEvent created{EventKind::created, decision_date, "", change.who, meeting, std::nullopt, Status::open, "created"};
  created.imported_from = document.path;
  created.imported_place = "line " + std::to_string(c.line);
  created.quoted_in = q.quoted_in;
  add_event(cache, action, created);
  return {public_id, committee};
}

}  // namespace

std::vector<QuotedStanding> Store::quoted_standing(const QuotesToStore& x, const std::string& sha256) const {
  const ImportedDocument document = imported_document(impl_->db, sha256, x.file);
  return standing_of(impl_->db, x, document);
}

std::vector<std::string> Store::adopt_quoted(const QuotesToStore& x, const std::string& sha256, const std::vector<int>& numbers,
                                             const Config& config, const Change& change) {
  SQLite::Database& db = impl_->db;
  std::vector<std::string> adopted;
  try {
    WriteScope scope(db);
    StatementCache cache(db);
    ActionCache fresh;
    const ImportedDocument document = imported_document(db, sha256, x.file);
    const std::vector<QuotedStanding> standing = standing_of(db, x, document);
    std::set<int64_t> committees;
    for (int number : numbers) {
      const size_t n = static_cast<size_t>(number - 1);
      if (number < 1 || n >= standing.size() || !standing[n].meeting)
        throw StoreError(x.file + ": quoted resolution " + std::to_string(number) + " has no meeting to be adopted at");
      auto [id, committee] = adopt_one(cache, x, n, *standing[n].meeting, document, sha256, config, change);
      adopted.push_back(id);
      committees.insert(committee);
    }
    for (int64_t committee : committees) {
      resolve_dues(cache, fresh, committee);
      InsertBatch events = event_batch(), proposals = proposal_batch();
      reconcile(cache, fresh, events, proposals, committee, config.match_threshold, config.proposal_threshold, ReconcileScope{true, std::nullopt});
    }
    cache.reset_all();
    scope.commit();
  } catch (const SQLite::Exception& e) {
    throw_busy_or(e, x.file + ": its quoted resolutions could not be adopted");
  }
  impl_->actions.clear();  // this connection wrote actions the import cache does not hold
  return adopted;
}

}  // namespace tracker
