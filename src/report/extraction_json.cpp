#include "report/extraction_report.h"
#include "report/json_writer.h"

#include <cstdio>

namespace tracker {
namespace {

// Where line `line` stands in a PDF, Word document or web page, as keys of the open object, and
// the address of a link on it ("view the full minutes text for item 6").
void write_location(JsonWriter& w, const SourceText* source, int line) {
  if (source == nullptr) return;
  const SourceLocation at = source->location(line);
  switch (source->kind) {
    case DocumentKind::pdf:
      if (at.page > 0) {
        w.key("page");
        w.value(at.page);
        w.key("line_on_page");
        w.value(at.line_on_page);
      }
      break;
    case DocumentKind::docx:
      if (at.paragraph > 0) {
        w.key("paragraph");
        w.value(at.paragraph);
      }
      break;
    case DocumentKind::html:
      if (at.element >= 0 && static_cast<size_t>(at.element) < source->names.size()) {
        w.key("element");
        w.value(source->names[static_cast<size_t>(at.element)]);
        w.key("html_line");
        w.value(at.html_line);
      }
      break;
    case DocumentKind::xlsx:
      if (at.sheet >= 0 && static_cast<size_t>(at.sheet) < source->names.size()) {
        w.key("sheet");
        w.value(source->names[static_cast<size_t>(at.sheet)]);
      }
      [[fallthrough]];
    case DocumentKind::csv:
      if (at.paragraph > 0) {
        w.key("row");
        w.value(at.paragraph);
      }
      break;
    case DocumentKind::text: break;
  }
  if (const std::string_view link = source->link(line); !link.empty()) {
    w.key("link");
    w.value(std::string(link));
  }
}

void write_item_ref(JsonWriter& w, const Extraction& x, const Resolution& r) {
  w.begin_object();
  if (r.clause.item >= 0) {
    const MinuteItem& item = x.items[static_cast<size_t>(r.clause.item)];
    w.key("number");
    w.value(item.number);
    w.key("title");
    w.value(item.title);
  } else {
    w.key("number");
    w.null();
    w.key("title");
    if (r.clause.quoted_item.empty()) w.null();
    else w.value(r.clause.quoted_item);
  }
  w.end_object();
}

void write_optional_day(JsonWriter& w, const std::optional<Day>& day) {
  if (day) w.value(format_day(*day));
  else w.null();
}

void write_due(JsonWriter& w, const std::optional<Due>& due) {
  if (!due) return w.null();
  w.begin_object();
  w.key("text");
  w.value(due->text);
  w.key("date");
  if (due->day) w.value(format_day(*due->day));
  else if (due->month) w.value(format_month(*due->month));
  else w.null();
  w.key("precision");
  if (due->day) w.value("day");
  else if (due->month) w.value("month");
  else w.null();
  w.key("basis");
  w.value(due->basis);
  w.key("condition");
  w.value(due->kind == DueKind::condition);
  // "six-monthly": the due is the first time; {"months": 6}. "to each meeting": {"each_meeting": true}.
  w.key("recurrence");
  if (!due->recurrence) {
    w.null();
  } else {
    w.begin_object();
    w.key("text");
    w.value(due->recurrence->text);
    w.key("months");
    if (due->recurrence->each_meeting) w.null();
    else w.value(due->recurrence->months);
    w.key("each_meeting");
    w.value(due->recurrence->each_meeting);
    w.end_object();
  }
  // "in 6- and 12-months' time": the times after the first.
  w.key("later");
  w.begin_array();
  for (const LaterDue& later : due->later) {
    if (later.day) w.value(format_day(*later.day));
    else if (later.month) w.value(format_month(*later.month));
    else w.null();
  }
  w.end_array();
  w.end_object();
}

const char* update_kind_name(CouncilUpdateKind kind) {
  switch (kind) {
    case CouncilUpdateKind::chase: return "chase";
    case CouncilUpdateKind::transfer: return "transfer";
    case CouncilUpdateKind::completed: return "completed";
    case CouncilUpdateKind::note: return "note";
  }
  return "note";
}

void write_schedule_updates(JsonWriter& w, const std::vector<CouncilScheduleUpdate>& updates) {
  w.begin_array();
  for (const auto& u : updates) {
    w.begin_object();
    w.key("kind");
    w.value(update_kind_name(u.kind));
    w.key("date");
    write_optional_day(w, u.date);
    w.key("text");
    w.value(u.text);
    if (u.kind == CouncilUpdateKind::transfer) {
      w.key("transferred_to");
      w.value(u.transferred_to);
    }
    w.end_object();
  }
  w.end_array();
}

void write_schedule_row(JsonWriter& w, const CouncilScheduleRow& row, const SourceText* source) {
  w.begin_object();
  w.key("decided_on");
  write_optional_day(w, row.decided_on);
  w.key("decided_on_text");
  w.value(row.decided_on_text);
  w.key("item");
  w.value(row.item);
  w.key("recommendation");
  w.value(row.recommendation);
  w.key("owner");
  w.value(row.owner);
  w.key("completed_on");
  write_optional_day(w, row.completed_on);
  w.key("completion_text");
  w.value(row.completion_text);
  w.key("due_on");
  write_optional_day(w, row.due_on);
  w.key("due_text");
  w.value(row.due_text);
  w.key("updates");
  write_schedule_updates(w, row.updates);
  w.key("further_action");
  w.value(row.further_action);
  w.key("further_action_entries");
  write_schedule_updates(w, row.further);
  w.key("source");
  w.begin_object();
  w.key("line");
  w.value(row.line);
  write_location(w, source, row.line);
  w.end_object();
  w.end_object();
}

// `quoted`: what a quote says of the meeting that made it, for a resolution quoted from an earlier meeting.
void write_resolution(JsonWriter& w, const Extraction& x, const Resolution& r, const QuotedResolution* quoted, const SourceText* source) {
  const RawClause& c = r.clause;
  w.begin_object();
  w.key("item");
  write_item_ref(w, x, r);
  w.key("label");
  w.value(c.label);
  w.key("parent");
  w.value(c.parent);
  w.key("text");
  w.value(c.text);
  w.key("kind");
  w.value(kind_name(r.kind));
  w.key("tracked");
  w.value(r.tracked());
  w.key("found_by");
  w.value(c.found_by);
  w.key("kind_basis");
  w.value(kind_basis_name(r.kind_basis));
  w.key("owner");
  if (r.owner) w.value(r.owner->name);
  else w.null();
  w.key("owner_basis");
  if (r.owner) w.value(owner_basis_name(r.owner->basis));
  else w.null();
  w.key("owners");
  w.string_array(r.owner ? r.owner->all : std::vector<std::string>{});
  w.key("person");
  if (r.owner && !r.owner->person.empty()) w.value(r.owner->person);
  else w.null();
  w.key("portfolio_holder");
  if (r.portfolio_holder.empty()) w.null();
  else w.value(r.portfolio_holder);
  w.key("target_body");
  w.value(r.target_body);
  w.key("due");
  write_due(w, r.due);
  w.key("reason");
  if (c.reason.empty()) w.null();
  else w.value(c.reason);
  w.key("part");
  w.value(part_kind_name(x.parts[static_cast<size_t>(c.part)].kind));
  if (quoted) {
    w.key("quoted_from");
    w.value(quoted->quoted_in);
    w.key("committee");
    w.value(quoted->committee);
    w.key("meeting_date");
    write_optional_day(w, quoted->day);
    w.key("meeting_month");
    if (quoted->month) w.value(format_month(*quoted->month));
    else w.null();
  }
  w.key("source");
  w.begin_object();
  w.key("file");
  w.value(x.file);
  w.key("line");
  w.value(c.line);
  w.key("end_line");
  w.value(c.end_line);
  write_location(w, source, c.line);
  w.end_object();
  w.end_object();
}

}  // namespace

std::string extraction_to_json(const Extraction& x, const SourceText* source) {
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.key("file");
  w.value(x.file);
  w.key("meeting");
  w.begin_object();
  w.key("committee");
  if (x.meeting.committee.empty()) w.null();
  else w.value(x.meeting.committee);
  w.key("date");
  write_optional_day(w, x.meeting.date);
  w.key("time");
  if (x.meeting.time) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", x.meeting.time->first, x.meeting.time->second);
    w.value(buf);
  } else {
    w.null();
  }
  w.key("venue");
  if (x.meeting.venue.empty()) w.null();
  else w.value(x.meeting.venue);
  w.key("present");
  w.string_array(x.meeting.present);
  w.key("apologies");
  w.string_array(x.meeting.apologies);
  w.key("next_meeting");
  write_optional_day(w, x.next_meeting);
  w.key("line");
  w.value(x.meeting.line);
  w.end_object();

  w.key("parts");
  w.begin_array();
  for (size_t k = 0; k < x.parts.size(); ++k) {
    const DocumentPart& p = x.parts[k];
    w.begin_object();
    w.key("kind");
    w.value(part_kind_name(p.kind));
    w.key("title");
    w.value(p.title);
    w.key("date");
    write_optional_day(w, p.date);
    w.key("first_line");
    w.value(p.begin_line);
    w.key("last_line");
    w.value(p.end_line);
    w.key("is_this_meeting");
    w.value(static_cast<int>(k) == x.minutes_part);
    w.end_object();
  }
  w.end_array();

  w.key("items");
  w.begin_array();
  for (const auto& item : x.items) {
    w.begin_object();
    w.key("number");
    w.value(item.number);
    w.key("title");
    w.value(item.title);
    w.key("line");
    w.value(item.line);
    w.key("truncated");
    w.value(item.truncated_line != 0);
    w.end_object();
  }
  w.end_array();

  w.key("resolutions");
  w.begin_array();
  for (const auto& r : x.resolutions) write_resolution(w, x, r, nullptr, source);
  w.end_array();

  w.key("quoted_resolutions");
  w.begin_array();
  for (const auto& q : x.quoted_resolutions) write_resolution(w, x, q.resolution, &q, source);
  w.end_array();

  w.key("commitments");
  w.begin_array();
  for (const auto& c : x.commitments) {
    w.begin_object();
    w.key("item");
    w.begin_object();
    w.key("number");
    if (c.item >= 0) w.value(x.items[static_cast<size_t>(c.item)].number);
    else w.null();
    w.key("title");
    if (c.item >= 0) w.value(x.items[static_cast<size_t>(c.item)].title);
    else w.null();
    w.end_object();
    w.key("text");
    w.value(c.text);
    w.key("source");
    w.begin_object();
    w.key("line");
    w.value(c.line);
    write_location(w, source, c.line);
    w.end_object();
    w.end_object();
  }
  w.end_array();

  w.key("monitoring_schedule_rows");
  w.begin_array();
  for (const auto& row : x.schedule_rows) write_schedule_row(w, row, source);
  w.end_array();

  w.key("calendar");
  w.begin_array();
  for (Day d : x.calendar) w.value(format_day(d));
  w.end_array();

  w.key("warnings");
  w.begin_array();
  for (const auto& warning : x.warnings) {
    w.begin_object();
    w.key("code");
    w.value(warning.code);
    w.key("line");
    w.value(warning.line);
    write_location(w, source, warning.line);
    w.key("message");
    w.value(warning.message);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return out;
}

}  // namespace tracker
