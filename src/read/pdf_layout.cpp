#include "read/pdf_layout.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

#include "core/text.h"

namespace tracker {
namespace {

constexpr double kGutterClearance = 5;  // points clear of words on each side of a column gutter

struct Line {
  std::string text;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  int page = 0, on_page = 0;  // page from 1, line on the page from 1 (reading order)
  int column = 0;             // 0: the whole width, 1: left, 2: right
  std::vector<double> cell_x;  // where each tab-separated piece of the text starts
  bool furniture = false;
  double height() const { return y1 - y0; }
};

struct Row {
  std::vector<const PdfWord*> words;
  double center = 0, height = 0;
};

std::vector<Row> rows_of(const PdfPage& page) {
  std::vector<const PdfWord*> words;
  for (const PdfWord& w : page.words)
    if (!trim(w.text).empty() && w.y1 > w.y0) words.push_back(&w);
  std::sort(words.begin(), words.end(), [](const PdfWord* a, const PdfWord* b) {
    const double ca = (a->y0 + a->y1) / 2, cb = (b->y0 + b->y1) / 2;
    return ca != cb ? ca < cb : a->x0 < b->x0;
  });
  std::vector<Row> rows;
  for (const PdfWord* w : words) {
    const double center = (w->y0 + w->y1) / 2, height = w->y1 - w->y0;
    if (!rows.empty() && std::abs(center - rows.back().center) < 0.4 * std::min(height, rows.back().height)) {
      rows.back().words.push_back(w);
      continue;
    }
    rows.push_back({{w}, center, height});
  }
  for (Row& r : rows)
    std::sort(r.words.begin(), r.words.end(), [](const PdfWord* a, const PdfWord* b) { return a->x0 < b->x0; });
  return rows;
}

// The x of the gap between two columns, or a negative number on a page of one column. A gutter
// is a clear vertical strip near the middle of the page with text on both sides of it: rows with
// words on both sides, and rows of one column only where the other column's lines fall between
// them (two columns' lines need not share baselines: a heading or a paragraph's spacing shifts
// one column against the other). In running text the spaces between words are too narrow to
// line up so, and a page of one column has no rows on the right alone. Rows that cross it (a
// heading over both columns, a page header) end one stretch of columns and start the next. A
// table's columns sit elsewhere, and a table is read row by row. The gutter is the middle of
// the strip, so that a line ending a little further right stays in its column.
double find_gutter(const std::vector<Row>& rows, double width) {
  std::vector<std::pair<double, int>> splits;  // (x, rows split there)
  for (double x = width * 0.4; x <= width * 0.6; x += 1) {
    int both = 0, left_only = 0, right_only = 0;
    for (const Row& r : rows) {
      bool left = false, right = false, cross = false;
      for (const PdfWord* w : r.words) {
        if (w->x1 <= x - kGutterClearance) left = true;
        else if (w->x0 >= x + kGutterClearance) right = true;
        else cross = true;
      }
      if (cross) continue;
      if (left && right) ++both;
      else if (left) ++left_only;
      else if (right) ++right_only;
    }
    splits.emplace_back(x, both + std::min(left_only, right_only));
  }
  int most = 0;
  for (const auto& [x, split] : splits) most = std::max(most, split);
  if (most < 6) return -1;
  // The widest strip that splits the most rows: the gap between a bullet and its text, or a
  // ragged line end, splits as many rows over a narrower strip.
  double best_from = -1, best_to = -1, from = -1;
  for (size_t k = 0; k < splits.size(); ++k) {
    if (splits[k].second != most) {
      from = -1;
      continue;
    }
    if (from < 0) from = splits[k].first;
    if (splits[k].first - from > best_to - best_from) {
      best_from = from;
      best_to = splits[k].first;
    }
  }
  return (best_from + best_to) / 2;
}

// The pieces a row's words make where a gap wider than a word space by far separates them (a
// table's next cell, or a column gutter). Narrower than line_of's cells: a table's cells can be
// close, and running text, even justified, has no gap the height of its letters.
int pieces_of(const Row& row) {
  int pieces = 1;
  for (size_t k = 1; k < row.words.size(); ++k) {
    const PdfWord *before = row.words[k - 1], *w = row.words[k];
    if (w->x0 - before->x1 > 1.0 * (w->y1 - w->y0)) ++pieces;
  }
  return pieces;
}

// A table whose cells leave a clear strip down the middle of the page (an empty column, or
// columns of short text) looks like two columns of text to find_gutter. A row of a two-column
// page is two pieces, its left line and its right one; a table's rows are three or more, its
// cells. Read as columns, its rows would be torn apart; a quarter of them is enough to tell.
bool strip_is_a_tables(const std::vector<Row>& rows, double gutter) {
  int split = 0, cells = 0;
  for (const Row& r : rows) {
    bool left = false, right = false;
    for (const PdfWord* w : r.words) {
      if (w->x1 <= gutter - kGutterClearance) left = true;
      else if (w->x0 >= gutter + kGutterClearance) right = true;
    }
    if (!left || !right) continue;
    ++split;
    if (pieces_of(r) >= 3) ++cells;
  }
  // Two columns of running text have next to none; a page can hold a table and lines of two
  // pieces besides (a table of two columns, a table's wrapped lines).
  return cells >= 2 && 4 * cells >= split;
}

// Where a table's cells start on a page: the x at which words start a row or follow a gap wider
// than a word space, in three rows or more. A cell's text is set against its left edge in every row,
// so its x repeats down the page; in running text a word after a wide gap lands on the same x
// only by chance.
std::vector<double> cell_starts(const std::vector<Row>& rows) {
  constexpr double kSameX = 1;  // points
  std::vector<double> xs;
  for (const Row& r : rows)
    for (size_t k = 0; k < r.words.size(); ++k) {
      const PdfWord* w = r.words[k];
      // A row's first word counts: a cell's wrapped lines start at its x with nothing before.
      if (k == 0 || w->x0 - r.words[k - 1]->x1 > 0.5 * (w->y1 - w->y0)) xs.push_back(w->x0);
    }
  std::sort(xs.begin(), xs.end());
  std::vector<double> out;
  for (size_t from = 0, to = 0; from < xs.size(); from = to) {
    while (to < xs.size() && xs[to] - xs[from] <= kSameX) ++to;
    if (to - from >= 3) out.push_back(xs[from]);
  }
  return out;
}

bool starts_item(std::string_view text);

bool is_cell_start(const std::vector<double>& starts, double x) {
  constexpr double kSameX = 1;  // points
  auto at = std::lower_bound(starts.begin(), starts.end(), x - kSameX);
  return at != starts.end() && *at <= x + kSameX;
}

// A row's words as one line of text; a wide gap (a table's next cell) becomes a tab. So does a
// narrower gap before a word where a table's cells start (`starts`): a table set tight.
Line line_of(const std::vector<const PdfWord*>& words, int page, const std::vector<double>& starts) {
  Line line;
  line.page = page;
  line.x0 = words.front()->x0;
  line.y0 = words.front()->y0;
  line.x1 = words.front()->x1;
  line.y1 = words.front()->y1;
  line.cell_x.push_back(words.front()->x0);
  for (size_t k = 0; k < words.size(); ++k) {
    const PdfWord* w = words[k];
    if (k > 0) {
      const PdfWord* before = words[k - 1];
      const double gap = w->x0 - before->x1, height = w->y1 - w->y0;
      // Not after a list's label at the start of the row: "90." or "(a)" and its text at a
      // hanging indent line up down the page too.
      const bool tight_cell = gap > 0.5 * height && is_cell_start(starts, w->x0) && !(k == 1 && starts_item(before->text));
      if (gap > 2.0 * height || tight_cell) {
        line.text.push_back('\t');
        line.cell_x.push_back(w->x0);
      } else if (before->space_after || gap > 0.2 * height) line.text.push_back(' ');
    }
    line.text += w->text;
    line.x0 = std::min(line.x0, w->x0);
    line.x1 = std::max(line.x1, w->x1);
    line.y0 = std::min(line.y0, w->y0);
    line.y1 = std::max(line.y1, w->y1);
  }
  return line;
}

// One page's lines in reading order: on a two-column page, the rows between two full-width
// rows are read left column first, then right.
std::vector<Line> page_lines(const PdfPage& page, int number) {
  const std::vector<Row> rows = rows_of(page);
  double gutter = find_gutter(rows, page.width);
  if (gutter >= 0 && strip_is_a_tables(rows, gutter)) gutter = -1;
  const std::vector<double> starts = cell_starts(rows);
  std::vector<Line> out, left, right;
  auto flush_columns = [&] {
    for (Line& l : left) out.push_back(std::move(l));
    for (Line& l : right) out.push_back(std::move(l));
    left.clear();
    right.clear();
  };
  for (const Row& r : rows) {
    if (gutter < 0) {
      out.push_back(line_of(r.words, number, starts));
      continue;
    }
    std::vector<const PdfWord*> l, rr;
    bool cross = false;
    for (const PdfWord* w : r.words) {
      if (w->x1 <= gutter - kGutterClearance) l.push_back(w);
      else if (w->x0 >= gutter + kGutterClearance) rr.push_back(w);
      else cross = true;
    }
    if (cross) {
      flush_columns();
      out.push_back(line_of(r.words, number, starts));
      continue;
    }
    if (!l.empty()) {
      left.push_back(line_of(l, number, starts));
      left.back().column = 1;
    }
    if (!rr.empty()) {
      right.push_back(line_of(rr, number, starts));
      right.back().column = 2;
    }
  }
  flush_columns();
  for (size_t k = 0; k < out.size(); ++k) out[k].on_page = static_cast<int>(k + 1);
  return out;
}

// A line's text with its digits made alike, so "Page 3" and "Page 4" compare equal.
std::string furniture_key(std::string_view text) {
  std::string key;
  bool digits = false;
  for (char c : text) {
    if (is_digit(c)) {
      if (!digits) key.push_back('#');
      digits = true;
      continue;
    }
    digits = false;
    if (is_space(c)) {
      if (!key.empty() && key.back() != ' ') key.push_back(' ');
    } else {
      key.push_back(lower(c));
    }
  }
  return std::string(trim(key));
}

// "Page 3", "Page 3 of 9", "- 3 -": a page number whatever the other pages do. A bare "3" is
// one only when the other pages have one too (it may be the "2020" of a wrapped heading).
bool is_page_number(std::string_view text) {
  const std::string key = furniture_key(text);
  return key == "page #" || key == "page # of #" || key == "- # -" || key == "# of #";
}

// Page headers and footers: lines near the top or bottom of a page that repeat on at least half
// the pages (digits aside), and page numbers wherever they stand at a page's edge.
void mark_furniture(std::vector<std::vector<Line>>& pages) {
  constexpr size_t kEdge = 3;  // lines from the top or bottom considered
  std::map<std::string, int> pages_with;
  for (const auto& lines : pages) {
    std::map<std::string, bool> seen;
    for (size_t k = 0; k < lines.size(); ++k)
      if (k < kEdge || k + kEdge >= lines.size()) seen[furniture_key(lines[k].text)] = true;
    for (const auto& [key, _] : seen) ++pages_with[key];
  }
  const int needed = std::max(2, static_cast<int>((pages.size() + 1) / 2));
  for (auto& lines : pages) {
    for (size_t k = 0; k < lines.size(); ++k) {
      if (!(k < kEdge || k + kEdge >= lines.size())) continue;
      const std::string key = furniture_key(lines[k].text);
      if (is_page_number(lines[k].text) || (pages.size() >= 2 && pages_with[key] >= needed)) lines[k].furniture = true;
    }
  }
}

bool ends_sentence(std::string_view text) {
  text = trim(text);
  if (text.empty()) return true;
  const char c = text.back();
  return c == '.' || c == ':' || c == '?' || c == '!' || c == ';';
}

// A line that starts a new paragraph by its look: a clause label, a bullet, a numbered heading.
bool starts_item(std::string_view text) {
  text = trim(text);
  if (text.empty()) return false;
  if (text.substr(0, 3) == "\xE2\x80\xA2" || text.substr(0, 3) == "\xE2\x97\x8F" || text.substr(0, 3) == "\xEF\x82\xB7" ||
      text.substr(0, 2) == "- " || text.substr(0, 4) == "\xE2\x80\x93 ")
    return true;
  size_t i = text[0] == '(' ? 1 : 0;
  const size_t begin = i;
  while (i < text.size() && (is_digit(text[i]) || is_lower(text[i])) && i - begin < 4) ++i;
  if (i == begin || i >= text.size()) return false;
  const bool letters = !is_digit(text[begin]);
  if (!letters && i - begin > 3) return false;  // "2018)": the end of a wrapped "(November 2018)", not a label
  if (letters && i - begin > 1 && !std::all_of(text.begin() + static_cast<long>(begin), text.begin() + static_cast<long>(i),
                                               [](char c) { return c == 'i' || c == 'v' || c == 'x'; }))
    return false;
  const char close = text[i];
  if (begin == 1) return close == ')';
  return close == ')' || (close == '.' && !letters);
}

// Joins a line onto a paragraph, undoing a hyphen the line break made ("manage-" + "ment"),
// but not a hyphen that belongs to the word: one the document writes elsewhere ("follow-up"),
// or after a short prefix ("non-", "co-", "sub-") unless the document writes the word whole.
void join(std::string& paragraph, std::string_view next, const std::vector<std::string>& words_seen) {
  if (paragraph.size() >= 2 && paragraph.back() == '-' && is_alpha(paragraph[paragraph.size() - 2]) && !next.empty() &&
      is_lower(next[0])) {
    size_t start = paragraph.size() - 1;
    while (start > 0 && is_alpha(paragraph[start - 1])) --start;
    const std::string before = to_lower(std::string_view(paragraph).substr(start, paragraph.size() - 1 - start));
    size_t end = 0;
    while (end < next.size() && is_alpha(next[end])) ++end;
    const std::string after = to_lower(next.substr(0, end));
    auto seen = [&](const std::string& w) { return std::binary_search(words_seen.begin(), words_seen.end(), w); };
    const bool keep = seen(before + "-" + after) || (before.size() <= 3 && !seen(before + after));
    if (!keep) paragraph.pop_back();
    paragraph += next;
    return;
  }
  paragraph.push_back(' ');
  paragraph += next;
}

// Every word of the document (lower case, letters and hyphens), sorted, for the hyphen rule.
std::vector<std::string> words_of(const std::vector<std::vector<Line>>& pages) {
  std::vector<std::string> out;
  for (const auto& lines : pages)
    for (const Line& l : lines) {
      std::string word;
      for (char c : l.text + " ") {
        if (is_alpha(c) || (c == '-' && !word.empty())) {
          word.push_back(lower(c));
          continue;
        }
        if (!word.empty() && word.back() != '-') out.push_back(word);
        word.clear();
      }
    }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// The usual space between two lines of one paragraph: the most common of the small gaps.
double usual_gap(const std::vector<std::vector<Line>>& pages, double body) {
  std::vector<double> gaps;
  for (const auto& lines : pages)
    for (size_t k = 1; k < lines.size(); ++k) {
      const Line& a = lines[k - 1];
      const Line& b = lines[k];
      if (a.column != b.column || a.furniture || b.furniture) continue;
      const double gap = b.y0 - a.y1;
      if (gap > -0.5 * body && gap < body) gaps.push_back(gap);
    }
  if (gaps.empty()) return 0.2 * body;
  std::sort(gaps.begin(), gaps.end());
  return gaps[gaps.size() / 3];  // the lower third: most pairs of lines are inside paragraphs
}

// Two lines read one under the other: the same column of a page. A short line under a
// full-width one (the end of a wrapped heading) is in the left column only by its width.
bool same_flow(const Line& a, const Line& b) {
  return a.page == b.page && (a.column == b.column || (a.column == 0 && b.column == 1) || (a.column == 1 && b.column == 0));
}

double median_height(const std::vector<std::vector<Line>>& pages) {
  std::vector<double> heights;
  for (const auto& lines : pages)
    for (const Line& l : lines)
      if (!l.furniture) heights.push_back(l.height());
  if (heights.empty()) return 10;
  std::nth_element(heights.begin(), heights.begin() + static_cast<long>(heights.size() / 2), heights.end());
  return heights[heights.size() / 2];
}

// The cells of a table row whose text wraps inside them: for each piece of `line`, the row's
// cell that starts at the same x (a wrapped line in a cell starts where the cell's text does;
// text outside the table starts at the margin, left of the cells' padding), or none when a
// piece lines up with no cell.
std::vector<size_t> cells_continued(const std::vector<double>& row_cells, const Line& line) {
  constexpr double kSameX = 2;  // points
  std::vector<size_t> out;
  for (double x : line.cell_x) {
    size_t k = 0;
    while (k < row_cells.size() && std::abs(row_cells[k] - x) > kSameX) ++k;
    if (k == row_cells.size() || (!out.empty() && k <= out.back())) return {};
    out.push_back(k);
  }
  return out;
}

// Adds a wrapped line's pieces to the cells of a row ("Present:-\tCouncillor A, B," and
// "\tC and D." -> "Present:-\tCouncillor A, B, C and D.").
void join_cells(std::string& row, const Line& line, const std::vector<size_t>& cells,
                const std::vector<std::string>& words_seen) {
  std::vector<std::string> texts;
  for (std::string_view t : split(row, '\t')) texts.emplace_back(t);
  const std::vector<std::string_view> pieces = split(line.text, '\t');
  for (size_t k = 0; k < pieces.size() && k < cells.size() && cells[k] < texts.size(); ++k) {
    std::string& cell = texts[cells[k]];
    const std::string_view piece = trim(pieces[k]);
    if (cell.empty()) cell = std::string(piece);
    else join(cell, piece, words_seen);
  }
  row.clear();
  for (size_t k = 0; k < texts.size(); ++k) row += (k ? "\t" : "") + texts[k];
}

}  // namespace

std::vector<Block> blocks_from_pdf_pages(const std::vector<PdfPage>& pdf) {
  std::vector<std::vector<Line>> pages;
  for (size_t p = 0; p < pdf.size(); ++p) pages.push_back(page_lines(pdf[p], static_cast<int>(p + 1)));
  mark_furniture(pages);
  const double body = median_height(pages);
  const double within = usual_gap(pages, body) + 0.3 * body;  // a wider gap ends a paragraph
  const std::vector<std::string> words_seen = words_of(pages);

  std::vector<Block> blocks;
  const Line* last = nullptr;  // the last line added to the open paragraph
  bool open = false;           // the last block is a paragraph that may still run on
  std::vector<double> row_cells;  // where the cells of the last block start, when it is a table row
  auto start = [&](const Line& l, BlockKind kind, int level) {
    Block b;
    b.kind = kind;
    b.level = level;
    b.text = std::string(trim(l.text));
    b.where.page = l.page;
    b.where.line_on_page = l.on_page;
    std::vector<double> cells = l.cell_x;
    if (kind == BlockKind::table_row && !blocks.empty() && blocks.back().kind == BlockKind::table_row && !row_cells.empty()) {
      // The next row of the same table: a cell left empty has no text to start it, so the row's
      // pieces go to the table's cells by where they start, and the empty cells keep their place.
      const std::vector<size_t> at = cells_continued(row_cells, l);
      if (!at.empty()) {
        std::vector<std::string> texts(row_cells.size());
        const std::vector<std::string_view> pieces = split(l.text, '\t');
        for (size_t k = 0; k < pieces.size() && k < at.size(); ++k) texts[at[k]] = std::string(trim(pieces[k]));
        b.text.clear();
        for (size_t k = 0; k < texts.size(); ++k) b.text += (k ? "\t" : "") + texts[k];
        cells = row_cells;
      }
    }
    blocks.push_back(std::move(b));
    open = kind == BlockKind::paragraph;
    last = &l;
    row_cells = kind == BlockKind::table_row ? std::move(cells) : std::vector<double>{};
  };
  for (const auto& lines : pages) {
    bool page_begins = true;  // no line of this page read yet
    for (const Line& l : lines) {
      if (l.furniture) continue;
      const std::string_view text = trim(l.text);
      const bool first_on_page = std::exchange(page_begins, false);
      if (!row_cells.empty() && last != nullptr && !starts_item(text)) {
        // Close under a table row, and lined up with its cells: the text of cells that wrap
        // (a bullet or a number "1.2" starts the next row). A row can run over a page break:
        // the next page's first line goes on in it when it lines up with a cell other than the
        // first (a paragraph after a table starts at the margin, where the first cell does).
        const bool under = same_flow(*last, l) && l.y0 - last->y1 >= -0.5 * body && l.y0 - last->y1 < within;
        const bool over_page = first_on_page && l.page == last->page + 1;
        const std::vector<size_t> cells = under || over_page ? cells_continued(row_cells, l) : std::vector<size_t>{};
        if (!cells.empty() && (under || cells.front() > 0)) {
          join_cells(blocks.back().text, l, cells, words_seen);
          last = &l;
          continue;
        }
      }
      if (l.text.find('\t') != std::string::npos) {  // a table row
        start(l, BlockKind::table_row, 0);
        open = false;
        continue;
      }
      if (l.height() > body * 1.2 && text.size() < 200) {
        // A heading in a larger type; one that wraps goes on in the next line of the same size.
        const int level = l.height() > body * 1.6 ? 1 : 2;
        if (!blocks.empty() && blocks.back().kind == BlockKind::heading && blocks.back().level == level && last != nullptr &&
            same_flow(*last, l) && l.y0 - last->y1 < within) {
          join(blocks.back().text, text, words_seen);
          last = &l;
          continue;
        }
        start(l, BlockKind::heading, level);
        open = false;
        continue;
      }
      bool runs_on = false;
      if (open && last != nullptr && !starts_item(text)) {
        if (same_flow(*last, l)) {
          // The same column: the next line of a paragraph sits close under the last, and the
          // last did not stop short at the end of a sentence.
          const double gap = l.y0 - last->y1;
          runs_on = gap >= -0.5 * body && gap < within;
        } else {
          // A page or column break: a sentence not yet finished runs on.
          runs_on = !ends_sentence(blocks.back().text);
        }
      }
      if (runs_on) {
        join(blocks.back().text, text, words_seen);
        last = &l;
      } else {
        start(l, BlockKind::paragraph, 0);
      }
    }
  }
  return blocks;
}

}  // namespace tracker
