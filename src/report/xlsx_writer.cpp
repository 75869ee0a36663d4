// libxlsxwriter (Debian's libxlsxwriter-dev) rather than XML written here: it is a well-kept C
// library that writes the styles, shared strings, freeze panes, autofilter and print settings
// Excel expects, and its files open without repair in Excel, LibreOffice and openpyxl.
#include "report/xlsx_writer.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include "report/xml_text.h"

namespace tracker::xlsx {
namespace {

// Text as Excel stores it: XML characters only (libxlsxwriter escapes the rest as _xHHHH_), and a
// literal "_x0041_" escaped as "_x005F_x0041_", which readers would otherwise turn into "A".
std::string escaped_underscores(std::string_view clean) {
  std::string out;
  out.reserve(clean.size());
  const auto hex = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); };
  for (size_t i = 0; i < clean.size(); ++i) {
    if (clean.compare(i, 2, "_x") == 0 && i + 6 < clean.size() && hex(clean[i + 2]) && hex(clean[i + 3]) && hex(clean[i + 4]) &&
        hex(clean[i + 5]) && clean[i + 6] == '_')
      out += "_x005F";
    out.push_back(clean[i]);
  }
  return out;
}

size_t utf8_chars(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::string cell_text(std::string_view text) {
  std::string clean = text_for_xml(text);
  std::string out = escaped_underscores(clean);
  // Cut to what Excel holds (the escapes count too), ending with an ellipsis.
  for (size_t keep = kMaxCellChars - 1; utf8_chars(out) > kMaxCellChars && keep > 64; keep -= 64) {
    clean = std::string(utf8_prefix(clean, keep));
    out = escaped_underscores(clean) + "\xE2\x80\xA6";
  }
  return out;
}

std::string sheet_name(std::string_view name) {
  std::string out;
  for (char c : text_for_xml(name)) {
    if (c == '[' || c == ']' || c == ':' || c == '*' || c == '?' || c == '/' || c == '\\') out.push_back('-');
    else if (c == '\t' || c == '\n' || c == '\r') out.push_back(' ');
    else out.push_back(c);
  }
  // An apostrophe may not start or end the name (Excel quotes names with it).
  while (!out.empty() && out.front() == '\'') out.erase(out.begin());
  out = std::string(utf8_prefix(out, LXW_SHEETNAME_MAX));
  while (!out.empty() && out.back() == '\'') out.pop_back();
  return out.empty() ? "Sheet1" : out;
}

void check(lxw_error e, const char* what) {
  if (e != LXW_NO_ERROR) throw std::runtime_error(std::string("the Excel workbook could not be written (") + what + ": " + lxw_strerror(e) + ")");
}

// A private folder for the one file, removed with it whatever happens.
struct TemporaryFolder {
  std::string path;
  TemporaryFolder() {
    const char* base = std::getenv("TMPDIR");
    std::string pattern = std::string(base != nullptr && *base != '\0' ? base : "/tmp") + "/tracker-xlsx-XXXXXX";
    if (mkdtemp(pattern.data()) == nullptr)
      throw std::runtime_error("the Excel workbook could not be written (no temporary folder in " + pattern.substr(0, pattern.rfind('/')) + ")");
    path = pattern;
  }
  ~TemporaryFolder() {
    std::remove((path + "/sheet.xlsx").c_str());
    rmdir(path.c_str());
  }
};

time_t noon_utc(Day day) {
  if (!day.ok()) throw std::invalid_argument("the Excel workbook's created day is not a real day");
  // Noon, so that the day shown is the same whatever the reader's time zone.
  const auto seconds = date::sys_days(day).time_since_epoch() + std::chrono::hours(12);
  return static_cast<time_t>(std::chrono::duration_cast<std::chrono::seconds>(seconds).count());
}

}  // namespace

std::string xlsx_bytes(const Sheet& sheet) {
  TemporaryFolder folder;
  const std::string file = folder.path + "/sheet.xlsx";
  const std::string tmpdir = folder.path;
  lxw_workbook_options options{};
  options.tmpdir = const_cast<char*>(tmpdir.c_str());
  lxw_workbook* workbook = workbook_new_opt(file.c_str(), &options);
  if (workbook == nullptr) throw std::runtime_error("the Excel workbook could not be written (libxlsxwriter could not start one)");

  const std::string title = text_for_xml(sheet.title), creator = text_for_xml(sheet.creator);
  lxw_doc_properties properties{};
  properties.title = const_cast<char*>(title.c_str());
  properties.author = const_cast<char*>(creator.c_str());
  properties.created = noon_utc(sheet.created);
  lxw_error result = workbook_set_properties(workbook, &properties);

  lxw_worksheet* worksheet = workbook_add_worksheet(workbook, sheet_name(sheet.name).c_str());
  lxw_format* header = workbook_add_format(workbook);
  format_set_bold(header);
  format_set_text_wrap(header);
  format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
  format_set_bg_color(header, 0xD9D9D9);
  format_set_border(header, LXW_BORDER_THIN);
  lxw_format* text = workbook_add_format(workbook);
  format_set_text_wrap(text);
  format_set_align(text, LXW_ALIGN_VERTICAL_TOP);
  format_set_border(text, LXW_BORDER_THIN);
  lxw_format* day = workbook_add_format(workbook);
  format_set_num_format(day, sheet.date_style == DateStyle::numeric ? "dd/mm/yyyy" : "d mmmm yyyy");
  format_set_align(day, LXW_ALIGN_VERTICAL_TOP);
  format_set_align(day, LXW_ALIGN_LEFT);
  format_set_border(day, LXW_BORDER_THIN);

  try {
    if (worksheet == nullptr) throw std::runtime_error("the Excel workbook could not be written (the sheet could not be added)");
    check(result, "properties");
    const auto columns = static_cast<lxw_col_t>(sheet.columns.size());
    for (lxw_col_t c = 0; c < columns; ++c) {
      check(worksheet_set_column(worksheet, c, c, sheet.columns[c].width_chars, nullptr), "column width");
      check(worksheet_write_string(worksheet, 0, c, cell_text(sheet.columns[c].header).c_str(), header), "header");
    }
    lxw_row_t r = 1;
    for (const auto& row : sheet.rows) {
      for (lxw_col_t c = 0; c < columns; ++c) {
        const Cell& cell = c < row.size() ? row[c] : Cell{};
        if (const auto* s = std::get_if<std::string>(&cell)) {
          check(worksheet_write_string(worksheet, r, c, cell_text(*s).c_str(), text), "text cell");
        } else if (const auto* d = std::get_if<Day>(&cell)) {
          if (!d->ok() || d->year() < date::year(1900))
            throw std::invalid_argument("a date cell of the Excel workbook (row " + std::to_string(r + 1) + ") is not a day Excel can hold");
          lxw_datetime when{static_cast<int>(d->year()), static_cast<int>(static_cast<unsigned>(d->month())),
                            static_cast<int>(static_cast<unsigned>(d->day())), 0, 0, 0};
          check(worksheet_write_datetime(worksheet, r, c, &when, day), "date cell");
        } else {
          check(worksheet_write_blank(worksheet, r, c, text), "empty cell");
        }
      }
      ++r;
    }
    if (columns > 0) {
      worksheet_freeze_panes(worksheet, 1, 0);
      check(worksheet_autofilter(worksheet, 0, 0, r - 1, columns - 1), "filter");
      check(worksheet_repeat_rows(worksheet, 0, 0), "print titles");
    }
    worksheet_set_paper(worksheet, 9);  // A4
    if (sheet.landscape) worksheet_set_landscape(worksheet);
    worksheet_fit_to_pages(worksheet, 1, 0);  // as wide as one page, as long as it needs
  } catch (...) {
    workbook_close(workbook);
    throw;
  }
  check(workbook_close(workbook), "close");

  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("the Excel workbook could not be written (its temporary file cannot be read back)");
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace tracker::xlsx
