// Splits a file into its parts. A plain set of minutes is one part; an agenda pack holds the
// agenda, the previous meeting's minutes, officers' briefings, the work programme and the
// monitoring schedule, and only the minutes' own resolutions belong to that meeting.
#include <algorithm>
#include <array>

#include "core/text.h"
#include "parse/date_parse.h"
#include "parse/meeting_heading.h"
#include "parse/minutes.h"

namespace tracker {
namespace {

bool line_starts_with_field(const std::string& text, std::string_view field) {
  return istarts_with(text, field) &&
         (text.size() == field.size() || text[field.size()] == ':' || text[field.size()] == ' ' || text[field.size()] == '-');
}

// Minutes say who attended; an agenda says who is summoned. Minutes may give "Date and time:"
// above their attendance, so the attendance is looked for first.
PartKind classify_meeting_part(const CleanLines& lines, int from, int to) {
  const int last = std::min(to, from + 29);
  for (int i = from; i <= last; ++i) {
    const std::string& t = lines[static_cast<size_t>(i - 1)].text;
    if (line_starts_with_field(t, "present") || istarts_with(t, "members present")) return PartKind::minutes;
  }
  for (int i = from; i <= last; ++i) {
    const std::string& t = lines[static_cast<size_t>(i - 1)].text;
    if (iequals(t, "agenda") || line_starts_with_field(t, "date and time") || line_starts_with_field(t, "membership") ||
        istarts_with(t, "notice of meeting") || istarts_with(t, "summons"))
      return PartKind::agenda;
  }
  return PartKind::minutes;
}

// A web page's site name, menus, breadcrumbs and page title: short lines, no sentences.
bool only_menus_above(const CleanLines& lines, int line) {
  if (line > 80) return false;
  for (int i = 0; i + 1 < line; ++i) {
    const std::string& t = lines[static_cast<size_t>(i)].text;
    if (t.size() > 90 || (!t.empty() && t.back() == '.') || lines[static_cast<size_t>(i)].has_tabs) return false;
  }
  return true;
}

std::optional<Day> updated_date(std::string_view text) {
  size_t at = ifind(text, "updated");
  if (at == std::string_view::npos) return std::nullopt;
  if (auto found = find_date(text.substr(at))) return found->day;
  return std::nullopt;
}

struct Cue {
  int line;
  PartKind kind;
  std::string title;
  std::optional<Day> date;
  std::string committee;
  bool meeting = false;  // a meeting's heading (minutes or agenda), not a document in a pack
  bool web_page = false;  // a decision or agenda-item page's "date - title" line, under the site's menus
};

// A non-meeting document inside a pack: briefing, work programme, monitoring schedule, tracker.
std::optional<Cue> document_cue(const CleanLines& lines, int index) {
  const CleanLine& line = lines[static_cast<size_t>(index)];
  const std::string& t = line.text;
  if (t.empty() || t.size() > 200) return std::nullopt;
  std::string_view first_cell = trim(split(t, '\t')[0]);
  if (iequals(first_cell, "briefing") || iequals(first_cell, "briefing note") ||
      (istarts_with(t, "briefing ") && icontains(t, " to:"))) {
    std::string title = "Briefing";
    for (int j = index; j < static_cast<int>(lines.size()) && j < index + 6; ++j) {
      const std::string& f = lines[static_cast<size_t>(j)].text;
      size_t at = ifind(f, "title:");
      if (at != std::string_view::npos) {
        title = "Briefing: " + std::string(trim(std::string_view(f).substr(at + 6)));
        break;
      }
    }
    return Cue{index + 1, PartKind::briefing, title, std::nullopt, {}};
  }
  // The next non-empty line tells a document heading from a sentence that mentions one.
  std::string_view next;
  bool next_is_table = false;
  for (int j = index + 1; j < static_cast<int>(lines.size()) && j < index + 4; ++j) {
    if (!lines[static_cast<size_t>(j)].text.empty()) {
      next = lines[static_cast<size_t>(j)].text;
      next_is_table = lines[static_cast<size_t>(j)].has_tabs;
      break;
    }
  }
  // "UPDATED: 13 OCTOBER 2020" dates the document above it; it does not start one.
  if (t.back() == '.' || item_number_at_start(line) || istarts_with(t, "updated")) return std::nullopt;
  const bool updated_here = updated_date(t).has_value();
  // "UPDATED: 13 OCTOBER 2020", not a sentence that runs on with "updated and …".
  const bool updated_next = istarts_with(next, "updated") && updated_date(next).has_value();
  const bool heads_document = updated_here || updated_next || (next_is_table && icontains(next, "meeting date"));
  if (!heads_document) return std::nullopt;
  std::optional<Day> date = updated_here ? updated_date(t) : updated_date(next);
  PartKind kind = PartKind::other;
  if (icontains(t, "work programme") || icontains(t, "work program")) kind = PartKind::work_programme;
  else if (icontains(t, "monitoring") || (icontains(t, "recommendations") && icontains(t, "implementation")) ||
           icontains(t, "action log") || icontains(t, "action tracker"))
    kind = PartKind::monitoring_schedule;
  std::string title(t);
  size_t cut = ifind(title, "updated");
  if (cut != std::string::npos && cut > 0) title = std::string(strip_trailing_separators(std::string_view(title).substr(0, cut)));
  return Cue{index + 1, kind, title, date, {}};
}

}  // namespace

const char* part_kind_name(PartKind kind) {
  switch (kind) {
    case PartKind::minutes: return "minutes";
    case PartKind::agenda: return "agenda";
    case PartKind::briefing: return "briefing";
    case PartKind::work_programme: return "work programme";
    case PartKind::monitoring_schedule: return "monitoring schedule";
    case PartKind::other: return "other";
  }
  return "other";
}

CleanLines clean_all(const std::vector<std::string_view>& lines) {
  CleanLines out;
  out.reserve(lines.size());
  for (auto l : lines) out.push_back(clean_line(l));
  return out;
}

std::vector<DocumentPart> find_document_parts(const CleanLines& lines, const std::vector<std::string>& committee_names,
                                              Furniture& furniture) {
  const int count = static_cast<int>(lines.size());
  furniture.assign(lines.size() + 1, 0);
  for (int i = 0; i < count; ++i)
    if (is_page_furniture(lines[static_cast<size_t>(i)].text)) furniture[static_cast<size_t>(i + 1)] = 1;
  std::vector<Cue> cues;
  for (int i = 0; i < count; ++i) {
    if (lines[static_cast<size_t>(i)].text.empty()) continue;
    if (auto h = meeting_heading_at(lines, i, committee_names)) {
      // A heading repeated at the top of every page of the same meeting is not a new part.
      if (!cues.empty() && cues.back().meeting && cues.back().date && *cues.back().date == h->date) {
        for (int l = h->first_line; l <= h->date_line; ++l) furniture[static_cast<size_t>(l)] = 1;
        continue;
      }
      // A "date - title" line heads a web page only at its top. One page records one meeting: a
      // decision page lists the decisions newest first (the earlier ones are blocks of
      // the same page), an agenda-item page ends with the item's history at other meetings; and
      // in minutes such a line is a row of an action log.
      const bool web_heading = h->form == HeadingForm::decision_page || h->form == HeadingForm::date_and_name;
      const bool after_a_meeting = std::any_of(cues.begin(), cues.end(), [](const Cue& c) { return c.meeting; });
      if (web_heading && after_a_meeting) continue;
      // "Minutes of the meeting held on 12 June 2023" inside minutes is an item about other
      // minutes; a pack's minutes name their committee.
      if (h->committee.empty() && after_a_meeting) continue;
      int first = h->first_line;
      if (!cues.empty() && first <= cues.back().line) first = cues.back().line + 1;
      Cue cue{first, PartKind::minutes, {}, h->date, h->committee, true};
      cue.web_page = web_heading;
      cues.push_back(cue);
      continue;
    }
    if (auto c = document_cue(lines, i)) cues.push_back(*c);
  }
  std::vector<DocumentPart> parts;
  // A council's name or a page title above the first heading belongs to it, and so do the menus
  // of a web page above its "date - title" line.
  if (!cues.empty() && (cues.front().line <= 12 || (cues.front().web_page && only_menus_above(lines, cues.front().line))))
    cues.front().line = 1;
  if (cues.empty() || cues.front().line > 1) {
    // Text before the first heading: the minutes themselves when nothing else is found.
    DocumentPart p;
    p.kind = cues.empty() ? PartKind::minutes : PartKind::other;
    p.begin_line = 1;
    p.end_line = cues.empty() ? std::max(count, 1) : cues.front().line - 1;
    parts.push_back(p);
  }
  for (size_t k = 0; k < cues.size(); ++k) {
    DocumentPart p;
    p.begin_line = cues[k].line;
    p.end_line = k + 1 < cues.size() ? cues[k + 1].line - 1 : count;
    p.date = cues[k].date;
    p.committee = cues[k].committee;
    p.kind = cues[k].kind;
    if (cues[k].meeting) {
      p.kind = classify_meeting_part(lines, p.begin_line, p.end_line);
      p.title = std::string(p.kind == PartKind::agenda ? "Agenda for " : "Minutes of ") + format_day_long(*p.date);
    } else {
      p.title = cues[k].title;
    }
    parts.push_back(p);
  }
  // A leading fragment that holds only a page title belongs to the first real part.
  if (parts.size() > 1 && parts[0].kind == PartKind::other) {
    bool has_text = false;
    for (int i = parts[0].begin_line; i <= parts[0].end_line; ++i) {
      const std::string& t = lines[static_cast<size_t>(i - 1)].text;
      if (!t.empty() && !iequals(t, "agenda and minutes") && !iequals(t, "minutes")) has_text = true;
    }
    if (!has_text) {
      parts[1].begin_line = 1;
      parts.erase(parts.begin());
    } else if (std::none_of(parts.begin() + 1, parts.end(), [](const DocumentPart& p) { return p.kind == PartKind::minutes; })) {
      parts[0].kind = PartKind::minutes;  // an excerpt followed by appendices
    }
  }
  return parts;
}

namespace {

std::vector<std::string> split_attendance(std::string_view text) {
  std::vector<std::string> names;
  std::string cleaned;
  int depth = 0;
  for (char c : text) {  // "(Vice-Chair in the Chair)" says a role, not a name
    if (c == '(') ++depth;
    else if (c == ')') depth = std::max(0, depth - 1);
    else if (depth == 0) cleaned.push_back(c);
  }
  std::string_view s = trim(cleaned);
  for (std::string_view lead : {"apologies for absence were received from", "apologies were received from", "apologies were submitted by",
                                "apologies from", "were received from", "were submitted by", "were received on behalf of",
                                "apologies for absence from"}) {
    if (istarts_with(s, lead)) s = trim(s.substr(lead.size()));
  }
  while (!s.empty() && (s.back() == '.' || s.back() == ';' || s.back() == ',')) s.remove_suffix(1);
  for (std::string_view segment : split(s, ';')) {
    segment = trim(segment);
    std::string prefix;
    if (istarts_with(segment, "county councillors ")) {
      prefix = "County Councillor ";
      segment.remove_prefix(19);
    } else if (istarts_with(segment, "councillors ")) {
      prefix = "Councillor ";
      segment.remove_prefix(12);
    } else if (istarts_with(segment, "cllrs ")) {
      prefix = "Councillor ";
      segment.remove_prefix(6);
    }
    std::string normalised(segment);
    for (size_t p; (p = ifind(normalised, " and ")) != std::string::npos;) normalised.replace(p, 5, ",");
    for (std::string_view name : split(normalised, ',')) {
      name = trim(name);
      if (name.empty()) continue;
      // "Councillor A (Chair), Councillors B and C": the plural starts a list of its own.
      for (auto [plural, singular] : {std::pair{std::string_view("county councillors "), std::string_view("County Councillor ")},
                                      {"councillors ", "Councillor "}, {"cllrs ", "Councillor "}}) {
        if (istarts_with(name, plural)) {
          prefix = std::string(singular);
          name.remove_prefix(plural.size());
          break;
        }
      }
      if (!prefix.empty() && !istarts_with(name, "councillor") && !istarts_with(name, "county councillor"))
        names.push_back(prefix + std::string(name));
      else names.emplace_back(name);
    }
  }
  return names;
}

std::string after_field(std::string_view text, std::string_view field) {
  std::string_view rest = text.substr(field.size());
  while (!rest.empty() && (rest[0] == ':' || rest[0] == '-' || rest[0] == ' ' || rest[0] == '*')) rest.remove_prefix(1);
  return std::string(trim(rest));
}

}  // namespace

MeetingHeader read_meeting_header(const CleanLines& lines, const DocumentPart& part,
                                  const std::vector<std::string>& committee_names) {
  MeetingHeader h;
  h.committee = part.committee;
  h.date = part.date;
  h.line = part.begin_line;
  const int last = std::min(part.end_line, part.begin_line + 25);
  for (int i = part.begin_line; i <= last; ++i) {
    const std::string& t = lines[static_cast<size_t>(i - 1)].text;
    if (t.empty()) continue;
    if (!h.time && i <= part.begin_line + 4) {
      if (auto time = find_time(t)) h.time = std::pair{time->hour, time->minute};
    }
    if (h.venue.empty() && line_starts_with_field(t, "venue")) h.venue = after_field(t, "venue");
    if (h.present.empty() && (line_starts_with_field(t, "present") || istarts_with(t, "members present"))) {
      // The list may run over several lines, up to a blank line or the next field.
      std::string list = after_field(t, istarts_with(t, "members present") ? "members present" : "present");
      for (int j = i + 1; j <= part.end_line; ++j) {
        const std::string& more = lines[static_cast<size_t>(j - 1)].text;
        if (more.empty() || istarts_with(more, "apologies") || istarts_with(more, "officers") || istarts_with(more, "also present") ||
            istarts_with(more, "in attendance") || more.find(':') != std::string::npos)
          break;
        list += (list.empty() || list.back() == ',' || list.back() == ';') ? " " : ", ";
        list += more;
      }
      h.present = split_attendance(list);
    }
    if (h.apologies.empty() && istarts_with(t, "apologies")) {
      std::string rest = t;
      for (std::string_view field : {"apologies for absence", "apologies"}) {
        if (istarts_with(rest, field)) {
          rest = after_field(rest, field);
          break;
        }
      }
      h.apologies = split_attendance(rest);
      if (h.apologies.size() == 1 && (iequals(h.apologies[0], "none") || istarts_with(h.apologies[0], "there were no")))
        h.apologies.clear();
    }
  }
  // A decision page names its decision maker and the date of decision as fields, often below
  // the decision itself ("Decision published:" is another day, not the meeting's).
  if (h.committee.empty() || !h.date) {
    for (int i = part.begin_line; i <= part.end_line; ++i) {
      const std::string& t = lines[static_cast<size_t>(i - 1)].text;
      if (t.empty() || t.size() > 200) continue;
      if (h.committee.empty() && line_starts_with_field(t, "decision maker")) h.committee = after_field(t, "decision maker");
      // "Decided at meeting: 13/02/2023 - Cabinet"
      if (h.committee.empty() && line_starts_with_field(t, "decided at meeting")) {
        if (auto found = find_date(t)) {
          std::string_view title = std::string_view(t).substr(found->end);
          while (!title.empty() && (title[0] == ' ' || title[0] == '-')) title.remove_prefix(1);
          h.committee = std::string(committee_named(title, committee_names));
        }
      }
      if (h.date) continue;
      for (std::string_view field : {"date of decision", "decision date", "date of meeting", "meeting date"}) {
        if (!line_starts_with_field(t, field)) continue;
        if (auto found = find_date(t); found && found->year_given) h.date = found->day;
        break;
      }
    }
  }
  return h;
}

std::optional<Day> table_row_date(const CleanLine& line, std::optional<Day> context) {
  if (!line.has_tabs || line.text.empty()) return std::nullopt;
  const std::string_view first_cell = split(line.text, '\t')[0];
  if (auto found = find_date(first_cell, context); found && found->begin == 0) return found->day;
  return std::nullopt;
}

std::vector<Listing> announced_listings(const CleanLines& lines, const DocumentPart& part) {
  std::vector<Listing> out;
  if (part.kind == PartKind::work_programme) {
    // "16 June <tab> Item <tab> purpose …", then rows with an empty first cell for the same meeting.
    std::optional<Day> current;
    for (int i = part.begin_line + 1; i <= part.end_line; ++i) {
      const CleanLine& line = lines[static_cast<size_t>(i - 1)];
      const std::string_view raw_first = trim(split(line.text, '\t')[0]);
      if (line.text.empty()) continue;
      if (!line.has_tabs) {
        if (!current) continue;
        // A section such as "Items pending schedule or removal" ends the dated rows.
        if (!is_digit(line.text[0]) && line.text.find(' ') != std::string::npos && line.text.size() < 80 && !line.bullet) current.reset();
        continue;
      }
      std::vector<std::string_view> cells = split(line.text, '\t');
      if (auto day = table_row_date(line, part.date)) {
        current = day;
        if (cells.size() > 1 && !trim(cells[1]).empty()) out.push_back({*current, tidy_title(cells[1]), i});
      } else if (current && raw_first.empty() && cells.size() > 1 && !trim(cells[1]).empty()) {
        out.push_back({*current, tidy_title(cells[1]), i});
      }
    }
  } else if (part.kind == PartKind::agenda && part.date) {
    for (int i = part.begin_line; i <= part.end_line; ++i) {
      const CleanLine& line = lines[static_cast<size_t>(i - 1)];
      if (auto n = item_number_at_start(line); n && !n->title.empty()) out.push_back({*part.date, n->title, i});
    }
  }
  return out;
}

std::vector<Day> announced_meeting_dates(const CleanLines& lines, const DocumentPart& part) {
  std::vector<Day> dates;
  if (part.kind == PartKind::work_programme) {
    for (int i = part.begin_line + 1; i <= part.end_line; ++i)
      if (auto day = table_row_date(lines[static_cast<size_t>(i - 1)], part.date)) dates.push_back(*day);
  } else if (part.kind == PartKind::agenda && part.date) {
    dates.push_back(*part.date);
    for (int i = part.begin_line; i <= part.end_line; ++i) {
      const std::string& t = lines[static_cast<size_t>(i - 1)].text;
      if (!icontains(t, "next meeting")) continue;
      if (auto found = find_date(t, part.date); found && found->day > *part.date) dates.push_back(found->day);
    }
  }
  std::sort(dates.begin(), dates.end());
  dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
  return dates;
}

}  // namespace tracker
