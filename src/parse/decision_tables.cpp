#include "parse/decision_tables.h"

#include <algorithm>

#include "core/text.h"
#include "parse/decision_forms.h"
#include "parse/line_shape.h"

namespace tracker {
namespace {

enum class TableShape { pipe, grid, aligned };

struct Table {
  TableShape shape;
  int begin = 0, end = 0;  // lines, inclusive
};

struct Row {
  std::vector<std::string> cells;
  int line = 0, end_line = 0;
};

bool is_pipe_row(std::string_view t) { return t.size() >= 3 && t.front() == '|' && std::count(t.begin(), t.end(), '|') >= 3; }

bool is_grid_border(std::string_view t) {
  if (t.size() < 5 || t.front() != '+') return false;
  return std::all_of(t.begin(), t.end(), [](char c) { return c == '+' || c == '-' || c == '=' || c == ':'; });
}

bool is_pipe_separator(std::string_view t) {
  return is_pipe_row(t) && std::all_of(t.begin(), t.end(), [](char c) { return c == '|' || c == '-' || c == ':' || c == ' '; });
}

std::vector<std::string> split_pipe_cells(std::string_view t) {
  std::vector<std::string> cells;
  t = trim(t);
  if (!t.empty() && t.front() == '|') t.remove_prefix(1);
  if (!t.empty() && t.back() == '|') t.remove_suffix(1);
  for (auto cell : split(t, '|')) cells.emplace_back(trim(cell));
  return cells;
}

// Start columns of an aligned header: words separated by two spaces or more.
std::vector<size_t> aligned_columns(std::string_view line) {
  std::vector<size_t> starts;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    if (i >= line.size()) break;
    starts.push_back(i);
    while (i < line.size() && !(line[i] == ' ' && (i + 1 >= line.size() || line[i + 1] == ' '))) ++i;
  }
  return starts;
}

enum class Column { other, item, decision, lead, due, status };

Column column_role(std::string_view header) {
  std::string h(trim(header));
  for (auto& c : h) c = lower(c);
  if (h.empty()) return Column::other;
  if (h.find("status") != std::string::npos || h.find("progress") != std::string::npos || h == "update" || h.find("raised") != std::string::npos)
    return Column::status;
  if (h.find("deadline") != std::string::npos || h.find("due") != std::string::npos || h.find("by when") != std::string::npos ||
      h.find("target date") != std::string::npos || h.find("timescale") != std::string::npos)
    return Column::due;
  if (h.find("lead") != std::string::npos || h.find("owner") != std::string::npos || h.find("responsib") != std::string::npos ||
      h == "by" || h == "who" || h == "action by" || h == "by whom")
    return Column::lead;
  if (h.find("decision") != std::string::npos || h.find("resolution") != std::string::npos || h.find("outcome") != std::string::npos ||
      h.find("agreed") != std::string::npos || h.find("action") != std::string::npos)
    return Column::decision;
  if (h == "item" || h == "no." || h == "no" || h.find("minute") != std::string::npos || h == "ref") return Column::item;
  return Column::other;
}

std::vector<Table> find_tables(const std::vector<std::string_view>& raw, const DocumentPart& part) {
  std::vector<Table> tables;
  int i = part.begin_line;
  auto text = [&](int n) { return trim(raw[static_cast<size_t>(n - 1)]); };
  while (i <= part.end_line) {
    std::string_view t = text(i);
    if (is_pipe_row(t) || is_grid_border(t)) {
      const TableShape shape = is_grid_border(t) ? TableShape::grid : TableShape::pipe;
      int j = i;
      while (j + 1 <= part.end_line) {
        std::string_view n = text(j + 1);
        if (shape == TableShape::pipe ? is_pipe_row(n) : (is_grid_border(n) || (!n.empty() && n.front() == '|'))) ++j;
        else break;
      }
      if (j > i) tables.push_back({shape, i, j});
      i = j + 1;
      continue;
    }
    // An aligned header: three or more columns, one of them the decision or action and one the lead.
    std::string_view line = raw[static_cast<size_t>(i - 1)];
    // Most lines are prose: only one with wide gaps that names an action or decision column can
    // head an aligned table.
    if (!t.empty() && t.size() < 160 && line.find("  ") != std::string_view::npos &&
        (ifind(t, "action") != std::string_view::npos || ifind(t, "decision") != std::string_view::npos ||
         ifind(t, "outcome") != std::string_view::npos || ifind(t, "resolution") != std::string_view::npos)) {
      const auto starts = aligned_columns(line);
      bool decision = false, lead = false;
      for (size_t k = 0; k < starts.size(); ++k) {
        const size_t e = k + 1 < starts.size() ? starts[k + 1] : line.size();
        const Column role = column_role(line.substr(starts[k], e - starts[k]));
        decision = decision || role == Column::decision;
        lead = lead || role == Column::lead;
      }
      if (starts.size() >= 3 && decision && lead) {
        int j = i;
        while (j + 1 <= part.end_line && !text(j + 1).empty()) ++j;
        if (j > i) tables.push_back({TableShape::aligned, i, j});
        i = j + 1;
        continue;
      }
    }
    ++i;
  }
  return tables;
}

std::vector<Row> rows_of(const std::vector<std::string_view>& raw, const Table& table, std::vector<std::string>& header) {
  std::vector<Row> rows;
  auto line_at = [&](int n) { return raw[static_cast<size_t>(n - 1)]; };
  if (table.shape == TableShape::pipe) {
    header = split_pipe_cells(line_at(table.begin));
    for (int n = table.begin + 1; n <= table.end; ++n) {
      if (is_pipe_separator(trim(line_at(n)))) continue;
      rows.push_back({split_pipe_cells(line_at(n)), n, n});
    }
    return rows;
  }
  if (table.shape == TableShape::grid) {
    std::vector<Row> blocks;
    Row current;
    for (int n = table.begin; n <= table.end; ++n) {
      std::string_view t = trim(line_at(n));
      if (is_grid_border(t)) {
        if (current.line) blocks.push_back(std::move(current));
        current = Row{};
        continue;
      }
      auto cells = split_pipe_cells(t);
      if (!current.line) current.line = n;
      current.end_line = n;
      if (current.cells.size() < cells.size()) current.cells.resize(cells.size());
      for (size_t k = 0; k < cells.size(); ++k) {
        if (cells[k].empty()) continue;
        if (!current.cells[k].empty()) current.cells[k] += ' ';
        current.cells[k] += cells[k];
      }
    }
    if (current.line) blocks.push_back(std::move(current));
    if (blocks.empty()) return rows;
    header = blocks.front().cells;
    rows.assign(blocks.begin() + 1, blocks.end());
    return rows;
  }
  // Aligned: a row starts at the left margin; indented lines continue its cells.
  std::string_view head = line_at(table.begin);
  const auto starts = aligned_columns(head);
  for (size_t k = 0; k < starts.size(); ++k) {
    const size_t e = k + 1 < starts.size() ? starts[k + 1] : head.size();
    header.emplace_back(trim(head.substr(starts[k], e - starts[k])));
  }
  for (int n = table.begin + 1; n <= table.end; ++n) {
    std::string_view line = line_at(n);
    if (trim(line).empty()) continue;
    if (!is_space(line[0]) || rows.empty()) rows.push_back({std::vector<std::string>(starts.size()), n, n});
    Row& row = rows.back();
    row.end_line = n;
    for (size_t k = 0; k < starts.size(); ++k) {
      if (starts[k] >= line.size()) break;
      const size_t e = k + 1 < starts.size() ? std::min(starts[k + 1], line.size()) : line.size();
      std::string_view piece = trim(line.substr(starts[k], e - starts[k]));
      if (piece.empty()) continue;
      if (!row.cells[k].empty()) row.cells[k] += ' ';
      row.cells[k] += piece;
    }
  }
  return rows;
}

// One cell can hold several decisions: "<br>" between them, or one sentence after another.
std::vector<std::string> decisions_in_cell(const std::string& cell) {
  std::vector<std::string> pieces;
  std::string marked = cell;
  for (auto br : {"<br/>", "<br />", "<BR>", "<br>"}) {
    for (size_t at = marked.find(br); at != std::string::npos; at = marked.find(br)) marked.replace(at, std::string_view(br).size(), "\n");
  }
  for (auto part : split(marked, '\n')) {
    const std::string clean = clean_line(part).text;
    std::string_view rest = clean;
    while (!rest.empty()) {
      size_t cut = std::string_view::npos;
      for (size_t k = 0; k + 2 < rest.size(); ++k) {
        if (rest[k] == '.' && rest[k + 1] == ' ' && is_upper(rest[k + 2]) && k > 3) {
          cut = k + 1;
          break;
        }
      }
      std::string_view piece = trim(rest.substr(0, cut));
      if (auto label = clause_label_at_start(piece)) piece = trim(piece.substr(label->length));
      if (!piece.empty() && !records_no_decision(piece) && !istarts_with(piece, "none required")) pieces.emplace_back(piece);
      if (cut == std::string_view::npos) break;
      rest = rest.substr(cut);
    }
  }
  return pieces;
}

}  // namespace

TableDecisions find_table_decisions(const std::vector<std::string_view>& raw, const DocumentPart& part, int part_index,
                                    int first_block) {
  TableDecisions found;
  found.lines.assign(raw.size() + 2, 0);
  std::vector<RawClause>& out = found.clauses;
  int block = first_block;
  for (const auto& table : find_tables(raw, part)) {
    for (int n = table.begin; n <= table.end; ++n) found.lines[static_cast<size_t>(n)] = 1;
    std::vector<std::string> header;
    const std::vector<Row> rows = rows_of(raw, table, header);
    int decision = -1, lead = -1, due = -1, item = -1;
    bool log_of_earlier_actions = false;
    for (size_t k = 0; k < header.size(); ++k) {
      switch (column_role(header[k])) {
        case Column::decision: if (decision < 0) decision = static_cast<int>(k); break;
        case Column::lead: if (lead < 0) lead = static_cast<int>(k); break;
        case Column::due: if (due < 0) due = static_cast<int>(k); break;
        case Column::item: if (item < 0) item = static_cast<int>(k); break;
        case Column::status: log_of_earlier_actions = true; break;
        case Column::other: break;
      }
    }
    if (decision < 0 || log_of_earlier_actions) continue;
    auto cell = [](const Row& row, int k) { return k >= 0 && static_cast<size_t>(k) < row.cells.size() ? row.cells[static_cast<size_t>(k)] : std::string(); };
    for (const auto& row : rows) {
      for (auto& piece : decisions_in_cell(cell(row, decision))) {
        RawClause c;
        c.found_by = "table";
        c.text = std::move(piece);
        c.line = row.line;
        c.end_line = row.end_line;
        c.block = block;
        c.part = part_index;
        c.owner_hint = clean_line(cell(row, lead)).text;
        if (records_no_decision(c.owner_hint)) c.owner_hint.clear();
        c.due_hint = clean_line(cell(row, due)).text;
        if (records_no_decision(c.due_hint)) c.due_hint.clear();
        c.quoted_item = clean_line(cell(row, item)).text;
        out.push_back(std::move(c));
      }
      ++block;
    }
  }
  return found;
}

}  // namespace tracker
