// Each value as its length in decimal, a colon, then its bytes: text needs no escaping, and a
// damaged buffer is found at the first length that does not fit.
#include "report/writer_wire.h"

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

namespace tracker {
namespace {

class WireOut {
 public:
  void text(std::string_view s) {
    out_ += std::to_string(s.size());
    out_ += ':';
    out_ += s;
  }
  void number(double d) {
    char b[40];
    std::snprintf(b, sizeof b, "%.17g", d);
    text(b);
  }
  void integer(long long n) { text(std::to_string(n)); }
  void yes(bool b) { text(b ? "1" : "0"); }
  void day(Day d) {
    integer(static_cast<int>(d.year()));
    integer(static_cast<unsigned>(d.month()));
    integer(static_cast<unsigned>(d.day()));
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

class WireIn {
 public:
  explicit WireIn(std::string_view bytes) : rest_(bytes) {}
  std::string_view text() {
    const size_t colon = rest_.find(':');
    size_t size = 0;
    if (colon == std::string_view::npos || colon == 0 || colon > 12) damaged();
    const auto [end, error] = std::from_chars(rest_.data(), rest_.data() + colon, size);
    if (error != std::errc() || end != rest_.data() + colon || size > rest_.size() - colon - 1) damaged();
    const std::string_view value = rest_.substr(colon + 1, size);
    rest_.remove_prefix(colon + 1 + size);
    return value;
  }
  std::string string() { return std::string(text()); }
  long long integer() {
    const std::string_view s = text();
    long long n = 0;
    const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), n);
    if (error != std::errc() || end != s.data() + s.size()) damaged();
    return n;
  }
  double number() {
    const std::string s = string();
    char* end = nullptr;
    const double d = std::strtod(s.c_str(), &end);
    if (s.empty() || end != s.c_str() + s.size()) damaged();
    return d;
  }
  bool yes() { return integer() != 0; }
  Day day() {
    const long long y = integer(), m = integer(), d = integer();
    if (y < -32767 || y > 32767 || m < 0 || m > 255 || d < 0 || d > 255) damaged();
    return Day{date::year(static_cast<int>(y)), date::month(static_cast<unsigned>(m)), date::day(static_cast<unsigned>(d))};
  }
  size_t count() {
    const long long n = integer();
    // Every element takes at least two bytes: a larger count is a damaged buffer, not a huge table.
    if (n < 0 || static_cast<unsigned long long>(n) > rest_.size()) damaged();
    return static_cast<size_t>(n);
  }
  void expect(std::string_view tag) {
    if (text() != tag) damaged();
  }
  void end() {
    if (!rest_.empty()) damaged();
  }

 private:
  [[noreturn]] static void damaged() { throw std::runtime_error("the document passed to the writer is damaged"); }
  std::string_view rest_;
};

void put_paragraph(WireOut& w, const docx::Paragraph& p) {
  w.text("P");
  w.integer(static_cast<long long>(p.runs.size()));
  for (const auto& r : p.runs) {
    w.text(r.text);
    w.yes(r.bold);
    w.number(r.size_pt);
  }
  w.integer(p.heading_level);
  w.yes(p.centred);
  w.number(p.space_after_pt);
  w.yes(p.page_break_before);
}

docx::Paragraph get_paragraph(WireIn& in) {
  docx::Paragraph p;
  for (size_t n = in.count(); n > 0; --n) {
    docx::Run r;
    r.text = in.string();
    r.bold = in.yes();
    r.size_pt = in.number();
    p.runs.push_back(std::move(r));
  }
  p.heading_level = static_cast<int>(in.integer());
  p.centred = in.yes();
  p.space_after_pt = in.number();
  p.page_break_before = in.yes();
  return p;
}

void put_table(WireOut& w, const docx::Table& t) {
  w.text("T");
  w.integer(static_cast<long long>(t.columns.size()));
  for (const auto& c : t.columns) {
    w.text(c.header);
    w.number(c.width);
  }
  w.integer(static_cast<long long>(t.rows.size()));
  for (const auto& row : t.rows) {
    w.integer(static_cast<long long>(row.size()));
    for (const auto& cell : row) w.text(cell);
  }
  w.yes(t.repeat_header);
  w.yes(t.rows_split);
  w.yes(t.header_shaded);
}

docx::Table get_table(WireIn& in) {
  docx::Table t;
  for (size_t n = in.count(); n > 0; --n) {
    docx::Column c;
    c.header = in.string();
    c.width = in.number();
    t.columns.push_back(std::move(c));
  }
  for (size_t n = in.count(); n > 0; --n) {
    std::vector<std::string> row;
    for (size_t m = in.count(); m > 0; --m) row.push_back(in.string());
    t.rows.push_back(std::move(row));
  }
  t.repeat_header = in.yes();
  t.rows_split = in.yes();
  t.header_shaded = in.yes();
  return t;
}

}  // namespace

std::string wire_from_document(const docx::Document& d) {
  WireOut w;
  w.text("docx-1");
  w.text(d.title);
  w.text(d.creator);
  w.day(d.created);
  w.text(d.font.family);
  w.number(d.font.size_pt);
  w.text(d.language);
  w.yes(d.section.landscape);
  for (double mm : {d.section.margin_top_mm, d.section.margin_bottom_mm, d.section.margin_left_mm, d.section.margin_right_mm}) w.number(mm);
  w.integer(static_cast<long long>(d.blocks.size()));
  for (const auto& block : d.blocks) {
    if (const auto* p = std::get_if<docx::Paragraph>(&block)) put_paragraph(w, *p);
    else put_table(w, std::get<docx::Table>(block));
  }
  return w.take();
}

docx::Document document_from_wire(std::string_view bytes) {
  WireIn in(bytes);
  in.expect("docx-1");
  docx::Document d;
  d.title = in.string();
  d.creator = in.string();
  d.created = in.day();
  d.font.family = in.string();
  d.font.size_pt = in.number();
  d.language = in.string();
  d.section.landscape = in.yes();
  d.section.margin_top_mm = in.number();
  d.section.margin_bottom_mm = in.number();
  d.section.margin_left_mm = in.number();
  d.section.margin_right_mm = in.number();
  for (size_t n = in.count(); n > 0; --n) {
    const std::string_view kind = in.text();
    if (kind == "P") d.blocks.push_back(get_paragraph(in));
    else if (kind == "T") d.blocks.push_back(get_table(in));
    else throw std::runtime_error("the document passed to the writer is damaged");
  }
  in.end();
  return d;
}

std::string wire_from_sheet(const xlsx::Sheet& s) {
  WireOut w;
  w.text("xlsx-1");
  w.text(s.name);
  w.text(s.title);
  w.text(s.creator);
  w.day(s.created);
  w.integer(s.date_style == xlsx::DateStyle::numeric ? 0 : 1);
  w.yes(s.landscape);
  w.integer(static_cast<long long>(s.columns.size()));
  for (const auto& c : s.columns) {
    w.text(c.header);
    w.number(c.width_chars);
  }
  w.integer(static_cast<long long>(s.rows.size()));
  for (const auto& row : s.rows) {
    w.integer(static_cast<long long>(row.size()));
    for (const auto& cell : row) {
      if (const auto* t = std::get_if<std::string>(&cell)) {
        w.text("s");
        w.text(*t);
      } else if (const auto* d = std::get_if<Day>(&cell)) {
        w.text("d");
        w.day(*d);
      } else {
        w.text("-");
      }
    }
  }
  return w.take();
}

xlsx::Sheet sheet_from_wire(std::string_view bytes) {
  WireIn in(bytes);
  in.expect("xlsx-1");
  xlsx::Sheet s;
  s.name = in.string();
  s.title = in.string();
  s.creator = in.string();
  s.created = in.day();
  s.date_style = in.integer() == 0 ? xlsx::DateStyle::numeric : xlsx::DateStyle::long_form;
  s.landscape = in.yes();
  for (size_t n = in.count(); n > 0; --n) {
    xlsx::Column c;
    c.header = in.string();
    c.width_chars = in.number();
    s.columns.push_back(std::move(c));
  }
  for (size_t n = in.count(); n > 0; --n) {
    std::vector<xlsx::Cell> row;
    for (size_t m = in.count(); m > 0; --m) {
      const std::string_view kind = in.text();
      if (kind == "s") row.emplace_back(in.string());
      else if (kind == "d") row.emplace_back(in.day());
      else if (kind == "-") row.emplace_back(std::monostate{});
      else throw std::runtime_error("the document passed to the writer is damaged");
    }
    s.rows.push_back(std::move(row));
  }
  in.end();
  return s;
}

}  // namespace tracker
