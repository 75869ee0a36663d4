#include "extract/schedule_rows.h"

#include <algorithm>
#include <array>

#include "core/text.h"
#include "extract/commitments.h"
#include "parse/date_parse.h"
#include "parse/line_shape.h"

namespace tracker {
namespace {

enum class Column { other, decided_on, item, recommendation, owner, completion, target, response, further };

// What a header cell names. Councils word their columns differently ("Decision Date", "Date of
// meeting", "Minute", "Recommendation", "Action/Response Completed", "Progress update", "Lead
// officer", "Target date", "Further action required by Scrutiny"); the order of the tests below
// settles the cells that hold two of these words ("Completion date for actions" is a date).
Column column_named(std::string_view cell) {
  const std::string c = to_lower(trim(cell));
  auto has = [&](std::string_view word) { return c.find(word) != std::string::npos; };
  if (c.empty() || c.size() > 60) return Column::other;
  if (has("further")) return Column::further;
  if (has("completion") || has("date completed") || has("completed on")) return Column::completion;
  if (has("target") || has("deadline") || has("due date") || c == "due" || has("timescale")) return Column::target;
  if (has("date") && (has("decision") || has("meeting") || has("resolved") || has("agreed") || has("made") || c == "date"))
    return Column::decided_on;
  if (has("officer") || has("owner") || has("lead") || has("responsib") || has("assigned")) return Column::owner;
  if (has("response") || has("progress") || has("update") || has("action taken") || has("completed") || has("status") ||
      has("comment"))
    return Column::response;
  if (has("recommendation") || has("resolution") || has("action") || has("decision")) return Column::recommendation;
  if (has("item") || has("subject") || has("topic") || has("report") || has("minute") || has("title")) return Column::item;
  return Column::other;
}

// The columns of a header row, or nothing when the row is not a schedule's header.
// In minutes, a table with an action column is the meeting's own action log, read as its
// decisions; a schedule there (a spreadsheet export is read as one part) also names the meeting
// that decided each row: `needs_decision_date`.
std::optional<std::vector<Column>> schedule_header(std::string_view raw_line, bool needs_decision_date) {
  if (raw_line.find('\t') == std::string_view::npos) return std::nullopt;
  // A header names a recommendation column (see column_named), so a table row that holds none of
  // its words is ruled out before its cells are cleaned: most rows of a pack's tables are data.
  if (!(icontains(raw_line, "recommendation") || icontains(raw_line, "resolution") || icontains(raw_line, "action") ||
        icontains(raw_line, "decision")))
    return std::nullopt;
  std::vector<Column> columns;
  bool recommendation = false;
  int others = 0;
  for (std::string_view cell : split(trim(raw_line), '\t')) {
    Column c = column_named(clean_line(cell).text);
    // A second column of a kind already taken ("Action" after "Recommendation") is read as other.
    if (c != Column::other && std::find(columns.begin(), columns.end(), c) != columns.end()) c = Column::other;
    if (c == Column::recommendation) recommendation = true;
    else if (c == Column::decided_on || c == Column::response || c == Column::further || c == Column::completion ||
             c == Column::target || c == Column::owner)
      ++others;
    columns.push_back(c);
  }
  if (!recommendation || others < 2) return std::nullopt;
  if (needs_decision_date && std::find(columns.begin(), columns.end(), Column::decided_on) == columns.end()) return std::nullopt;
  return columns;
}

// A cell's paragraphs: a flattened web table keeps them as <p>, <br> and <li>; a Word table or
// a spreadsheet cell gives one piece of text.
std::vector<std::string> cell_paragraphs(std::string_view cell) {
  std::vector<std::string> out;
  // `cell` was split from its row on tabs, so a piece holds none.
  auto flush = [&](std::string_view piece) {
    const std::string text = clean_line(piece).text;
    if (!text.empty()) out.push_back(text);
  };
  size_t begin = 0;
  for (size_t i = 0; i < cell.size(); ++i) {
    if (cell[i] != '<') continue;
    std::string_view tag = cell.substr(i + 1);
    if (!tag.empty() && tag[0] == '/') tag.remove_prefix(1);
    bool block = false;
    for (std::string_view name : {"p", "br", "li", "div", "ul", "ol"}) {
      if (istarts_with(tag, name) && tag.size() > name.size() && (tag[name.size()] == '>' || tag[name.size()] == ' ' || tag[name.size()] == '/'))
        block = true;
    }
    if (!block) continue;
    const size_t close = cell.find('>', i);
    if (close == std::string_view::npos) break;
    flush(cell.substr(begin, i - begin));
    begin = close + 1;
    i = close;
  }
  flush(cell.substr(begin));
  return out;
}

// "Chased 17 June Chased 6 July": one piece of text holding several entries, as a Word cell
// gives them, is cut before each word that starts an entry and at each sentence's end.
std::vector<std::string> entries_of(const std::vector<std::string>& paragraphs) {
  static constexpr std::array<std::string_view, 6> kEntryStarts = {"Chased", "Chaser", "Reminder", "Completed", "Transferred",
                                                                    "Action transferred"};
  std::vector<std::string> out;
  for (const std::string& paragraph : paragraphs) {
    // Paragraphs the council wrote stay whole; one piece of text for the whole cell is cut at
    // its sentences too.
    std::vector<std::string_view> sentences = {paragraph};
    if (paragraphs.size() == 1) sentences = split_sentences(paragraph);
    for (std::string_view sentence : sentences) {
      size_t from = 0;
      for (size_t at = 1; at < sentence.size(); ++at) {
        if (sentence[at - 1] != ' ') continue;
        for (std::string_view start : kEntryStarts) {
          const std::string_view rest = sentence.substr(at);
          if (rest.substr(0, start.size()) != start) continue;
          if (rest.size() > start.size() && is_alpha(rest[start.size()])) continue;
          out.emplace_back(trim(sentence.substr(from, at - from)));
          from = at;
          break;
        }
      }
      out.emplace_back(trim(sentence.substr(from)));
    }
  }
  out.erase(std::remove_if(out.begin(), out.end(), [](const std::string& s) { return s.empty(); }), out.end());
  return out;
}

// "Action transferred to Sub and Project Group tracker." -> "Sub and Project Group tracker".
std::string transfer_destination(std::string_view text) {
  const size_t at = ifind(text, "transferred to ");
  if (at == std::string_view::npos) return {};
  std::string_view to = strip_the(text.substr(at + 15));
  const size_t stop = to.find_first_of(".;(");
  if (stop != std::string_view::npos) to = to.substr(0, stop);
  return std::string(strip_trailing_punctuation(to));
}

}  // namespace

std::vector<CouncilScheduleUpdate> read_schedule_updates(const std::vector<std::string>& paragraphs, std::optional<Day> context) {
  std::vector<CouncilScheduleUpdate> out;
  std::vector<std::string> entries = entries_of(paragraphs);
  for (size_t k = 0; k < entries.size(); ++k) {
    std::string entry = std::move(entries[k]);
    CouncilScheduleUpdate u;
    const auto date = find_date(entry, context);
    if (istarts_with(entry, "chased") || istarts_with(entry, "chaser") || istarts_with(entry, "reminder")) {
      u.kind = CouncilUpdateKind::chase;
      if (date) {
        u.date = date->day;
        // "Chased 6 July Written information provided …": a cell whose paragraphs came joined;
        // the chase ends with its date and the rest is the next entry.
        const std::string_view rest = trim(std::string_view(entry).substr(date->end));
        if (!rest.empty() && is_upper(rest[0])) {
          entries.insert(entries.begin() + static_cast<std::ptrdiff_t>(k) + 1, std::string(rest));
          entry.resize(date->end);
        }
      }
    } else if (auto to = transfer_destination(entry); !to.empty()) {
      u.kind = CouncilUpdateKind::transfer;
      u.transferred_to = std::move(to);
      if (date) u.date = date->day;
    } else if (istarts_with(entry, "completed") || iequals(strip_trailing_punctuation(entry), "complete")) {
      u.kind = CouncilUpdateKind::completed;
      if (date) u.date = date->day;
    } else if (date && date->begin == 0) {
      u.date = date->day;  // "20 July 2020: Update meeting with …"
    }
    u.text = std::move(entry);
    out.push_back(std::move(u));
  }
  return out;
}

std::vector<CouncilScheduleRow> read_schedule_rows(const std::vector<std::string_view>& raw, const CleanLines& lines,
                                            const DocumentPart& part) {
  std::vector<CouncilScheduleRow> out;
  const int last = std::min(part.end_line, static_cast<int>(std::min(raw.size(), lines.size())));
  std::optional<std::vector<Column>> columns;
  for (int i = part.begin_line; i <= last; ++i) {
    const std::string_view line = raw[static_cast<size_t>(i - 1)];
    if (trim(line).empty()) continue;
    if (auto header = schedule_header(line, part.kind == PartKind::minutes)) {
      columns = std::move(header);
      continue;
    }
    if (!columns) continue;
    if (line.find('\t') == std::string_view::npos) {
      columns.reset();  // the table has ended: a heading or a paragraph
      continue;
    }
    // Cells split on single tabs, so that an empty cell keeps its column; "--" rows are rules.
    const std::vector<std::string_view> cells = split(trim(line), '\t');
    CouncilScheduleRow row;
    row.line = i;
    bool any = false;
    std::vector<std::string> response, further;
    // A date column keeps the council's words and, where they name a day, the day.
    auto dated = [&](const std::string& words, std::string& text, std::optional<Day>& day) {
      text = words;
      if (auto d = find_date(words, part.date)) day = d->day;
    };
    for (size_t k = 0; k < cells.size() && k < columns->size(); ++k) {
      const std::vector<std::string> paragraphs = cell_paragraphs(cells[k]);
      std::string joined;
      for (const auto& p : paragraphs) joined += (joined.empty() ? "" : " ") + p;
      if (joined.find_first_not_of("-_= ") == std::string::npos) continue;
      any = true;
      switch ((*columns)[k]) {
        case Column::decided_on: dated(joined, row.decided_on_text, row.decided_on); break;
        case Column::item: row.item = joined; break;
        case Column::recommendation: row.recommendation = joined; break;
        case Column::owner: row.owner = joined; break;
        case Column::completion: dated(joined, row.completion_text, row.completed_on); break;
        case Column::target: dated(joined, row.due_text, row.due_on); break;
        case Column::response: response = paragraphs; break;
        case Column::further:
          row.further_action = joined;
          further = paragraphs;
          break;
        case Column::other: break;
      }
    }
    if (!any || row.recommendation.empty()) continue;
    // Dates without a year are the schedule's own year: nearest its "Updated:" date, else the decision's.
    const std::optional<Day> context = part.date ? part.date : row.decided_on;
    row.updates = read_schedule_updates(response, context);
    row.further = read_schedule_updates(further, context);
    out.push_back(std::move(row));
  }
  return out;
}

}  // namespace tracker
