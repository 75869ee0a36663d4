#include "app/minutes_to_store.h"

#include "domain/matching.h"
#include "extract/owner.h"

namespace tracker {
namespace {

std::optional<DueToStore> due_to_store(const std::optional<Due>& due) {
  if (!due) return std::nullopt;
  DueToStore d;
  d.text = due->text;
  switch (due->kind) {
    case DueKind::month: d.month = due->anchor_month; break;
    case DueKind::meeting_after: d.meeting_from = due->anchor; break;
    case DueKind::deadline: d.deadline = due->anchor; break;
    case DueKind::none:
    case DueKind::condition: break;  // no date to be due at
  }
  return d;
}

std::optional<OwnerToStore> owner_to_store(const std::optional<Owner>& owner) {
  if (!owner) return std::nullopt;
  return OwnerToStore{owner->name, owner->basis, owner->all, owner->person};
}

ClauseToStore clause_to_store(const Resolution& r) {
  ClauseToStore c;
  c.item = r.clause.item;
  c.label = r.clause.label;
  c.text = r.clause.text;
  c.reason = r.clause.reason;
  c.kind = r.kind;
  c.line = r.clause.line;
  c.owner = owner_to_store(r.owner);
  c.target_body = r.target_body;
  c.due = due_to_store(r.due);
  return c;
}

// The day each schedule row's table was updated ("UPDATED: 13 OCTOBER 2020"), which its undated
// entries are known by: the date of the part of the file it stands in, when that part has one.
std::optional<Day> schedule_updated(const Extraction& x, const CouncilScheduleRow& row) {
  std::optional<Day> day;
  for (const auto& part : x.parts)
    if (part.date && part.begin_line <= row.line && row.line <= part.end_line) day = *part.date;
  return day;
}

}  // namespace

MinutesToStore minutes_to_store(const Extraction& x, const std::vector<std::string>& locations) {
  MinutesToStore m;
  m.file = x.file;
  m.committee = x.meeting.committee;
  m.meeting = x.meeting.date;
  // What reconciliation matches on: the significant words of titles and clauses, the committee's
  // own name left out (it is in every one of them).
  const std::vector<std::string> ignored = significant_words(x.meeting.committee);
  m.items.reserve(x.items.size());
  for (const MinuteItem& item : x.items) m.items.push_back({item.number, item.title, item.line, subject_words(item.title, ignored)});
  m.clauses.reserve(x.resolutions.size());
  for (size_t n = 0; n < x.resolutions.size(); ++n) {
    ClauseToStore c = clause_to_store(x.resolutions[n]);
    if (n < locations.size()) c.location = locations[n];
    c.words = subject_words(c.text, ignored);
    c.comes_back = asks_to_come_back(c.text);
    m.clauses.push_back(std::move(c));
  }
  for (const Commitment& c : x.commitments) m.commitments.push_back({c.item, c.text, c.line});
  for (const auto& a : x.announced) m.announced.push_back({a.date, a.source});
  for (const auto& l : x.listings)
    m.listings.push_back({l.listing.meeting, l.listing.title, l.listing.line, l.source, l.listed_on, subject_words(l.listing.title, ignored)});
  for (const CouncilScheduleRow& row : x.schedule_rows) m.schedule_rows.push_back({row, schedule_updated(x, row), split_owner_names(row.owner)});
  return m;
}

QuotesToStore quotes_to_store(const Extraction& x) {
  QuotesToStore out;
  out.file = x.file;
  for (const QuotedResolution& q : x.quoted_resolutions) {
    QuotedToStore quoted;
    quoted.clause = clause_to_store(q.resolution);
    quoted.clause.item = -1;
    quoted.committee = q.committee;
    quoted.day = q.day;
    quoted.month = q.month;
    // A quote under no item stands in an item of the meeting named for where it was quoted.
    quoted.item = q.item.empty() ? "Resolutions quoted in " + q.quoted_in : q.item;
    quoted.quoted_in = q.quoted_in;
    out.quotes.push_back(std::move(quoted));
  }
  return out;
}

}  // namespace tracker
