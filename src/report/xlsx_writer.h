#pragma once
// An Excel workbook (.xlsx) of one sheet: a bold header row, frozen and filtered, set column
// widths, real date cells (so a spreadsheet sorts them as dates) and wrapped text. It knows
// nothing of actions or the store: the caller gives plain text and days.
#include <string>
#include <variant>
#include <vector>

#include "core/calendar_date.h"

namespace tracker::xlsx {

enum class DateStyle {
  numeric,  // 13/10/2020 (dd/mm/yyyy)
  long_form,  // 13 October 2020 (d mmmm yyyy)
};

struct Column {
  std::string header;
  double width_chars = 15;  // Excel's column width, in characters of the default font
};

// An empty cell, text (always a string cell, never a formula, whatever it starts with), or a day.
using Cell = std::variant<std::monostate, std::string, Day>;

struct Sheet {
  std::string name;         // the tab's name; characters Excel refuses ([ ] : * ? / \) become '-', cut to 31 characters
  std::string title;        // the file's Title property
  std::string creator;      // the file's Author property
  Day created;              // the file's Created date, and its zip entries' dates: the bytes depend only on the input
  DateStyle date_style = DateStyle::numeric;
  bool landscape = true;    // printed on A4, the header row repeated on each page
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;  // a row shorter than the columns leaves the rest empty
};

// Excel holds at most 32,767 characters in a cell; longer text is cut there and ends with "…".
inline constexpr size_t kMaxCellChars = 32767;

// The .xlsx file's bytes. libxlsxwriter writes only to a file, so the workbook is written to a
// private temporary folder under $TMPDIR and read back. Throws std::invalid_argument for a day that
// is not real (or before 1900, where Excel's dates start), std::runtime_error naming what else failed.
std::string xlsx_bytes(const Sheet& sheet);

}  // namespace tracker::xlsx
