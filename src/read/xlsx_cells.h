#pragma once
// The small conversions an Excel workbook's cells need, apart from the XML around them so that
// each can be tested alone: where a cell stands ("C7"), what its number format says it holds (a
// date, a time, a plain number), and the text a person sees in Excel for its stored value.
#include <optional>
#include <string>
#include <string_view>

namespace tracker::xlsx {

struct CellReference {
  int column = 0;  // from 1: A is 1, Z 26, AA 27, XFD (Excel's last) 16384
  int row = 0;     // from 1, up to 1048576
};

// "B7" -> {2, 7}; "$B$7" alike. nullopt for anything else, or beyond Excel's last column or row.
std::optional<CellReference> parse_cell_reference(std::string_view ref);
// "B" -> 2; nullopt for no letters, other characters, or beyond XFD.
std::optional<int> parse_column_letters(std::string_view letters);

enum class NumberFormatKind { number, date, date_time, time };

// What a number format shows: Excel's built-in formats by id (14-17 dates, 22 date and time,
// 18-21 and 45-47 times), or a custom format's code ("dd/mm/yyyy", "d mmmm yyyy", "mm:ss",
// "[$-809]dd mmmm yyyy;@") read for its date and time letters outside quotes, escapes and brackets.
NumberFormatKind builtin_number_format_kind(int id);
NumberFormatKind custom_number_format_kind(std::string_view code);

// A date serial as "dd/mm/yyyy": `serial` days counted as Excel does, from 1 = 1 January 1900 with
// its 29 February 1900 that never was (serial 60), or from 0 = 1 January 1904 when the workbook
// says date1904. The fraction of a day is left out. nullopt for a serial Excel shows no date for
// (negative, or past 31 December 9999).
std::optional<std::string> date_from_serial(double serial, bool date1904);
// The fraction of a day as "14:30" (or "14:30:15" when there are seconds).
std::string time_from_serial(double serial);
// A stored number as Excel's General format shows it: "41", "0.3", "1234567.5", "1.5E-07".
std::string number_text(std::string_view stored);

// Excel writes characters XML cannot hold as "_xHHHH_" ("_x000D_" for a carriage return, "_x005F_"
// for an underscore written before such a pattern); these become the characters again.
std::string decode_escapes(std::string_view text);

}  // namespace tracker::xlsx
