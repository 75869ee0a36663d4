#include "read/xlsx_cells.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace tracker::xlsx {
namespace {

constexpr int kLastColumn = 16384, kLastRow = 1048576;

// Days since 1970-01-01 of a day of the proleptic Gregorian calendar, and back (H. Hinnant's
// algorithms).
long long days_from_civil(long long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long long>(doe) - 719468;
}

std::string civil_text(long long z) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const long long y = static_cast<long long>(yoe) + era * 400 + (m <= 2);
  char out[32];
  std::snprintf(out, sizeof out, "%02u/%02u/%04lld", d, m, y);
  return out;
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void append_utf8(std::string& out, unsigned code) {
  if (code < 0x80) {
    out.push_back(static_cast<char>(code));
  } else if (code < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (code >> 6)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xE0 | (code >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  }
}

}  // namespace

std::optional<int> parse_column_letters(std::string_view letters) {
  if (letters.empty() || letters.size() > 3) return std::nullopt;
  int column = 0;
  for (char c : letters) {
    c = lower(c);
    if (c < 'a' || c > 'z') return std::nullopt;
    column = column * 26 + (c - 'a' + 1);
  }
  if (column > kLastColumn) return std::nullopt;
  return column;
}

std::optional<CellReference> parse_cell_reference(std::string_view ref) {
  auto skip_dollar = [&] {
    if (!ref.empty() && ref[0] == '$') ref.remove_prefix(1);
  };
  skip_dollar();
  size_t letters = 0;
  while (letters < ref.size() && ((ref[letters] >= 'A' && ref[letters] <= 'Z') || (ref[letters] >= 'a' && ref[letters] <= 'z'))) ++letters;
  const std::optional<int> column = parse_column_letters(ref.substr(0, letters));
  if (!column) return std::nullopt;
  ref.remove_prefix(letters);
  skip_dollar();
  if (ref.empty() || ref.size() > 7) return std::nullopt;
  int row = 0;
  for (char c : ref) {
    if (c < '0' || c > '9') return std::nullopt;
    row = row * 10 + (c - '0');
  }
  if (row < 1 || row > kLastRow) return std::nullopt;
  return CellReference{*column, row};
}

NumberFormatKind builtin_number_format_kind(int id) {
  if ((id >= 14 && id <= 17)) return NumberFormatKind::date;
  if (id == 22) return NumberFormatKind::date_time;
  if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47)) return NumberFormatKind::time;
  // Dates in the East Asian locales' built-in formats.
  if ((id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return NumberFormatKind::date;
  return NumberFormatKind::number;
}

NumberFormatKind custom_number_format_kind(std::string_view code) {
  bool date = false, month_or_minute = false, time = false;
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = lower(code[i]);
    if (c == ';') break;  // the first section is the one for the numbers a date is stored as
    if (c == '"') {
      const size_t close = code.find('"', i + 1);
      if (close == std::string_view::npos) break;
      i = close;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // an escaped character, a space as wide as it, a fill character
    } else if (c == '[') {
      const size_t close = code.find(']', i + 1);
      if (close == std::string_view::npos) break;
      const std::string_view inside = code.substr(i + 1, close - i - 1);
      // [h], [mm], [ss]: elapsed time; [$-809], [Red], [>100]: a locale, a colour, a condition.
      if (!inside.empty() && inside.find_first_not_of("hHmMsS") == std::string_view::npos) time = true;
      i = close;
    } else if (c == 'a' && (code.substr(i, 5) == "AM/PM" || code.substr(i, 5) == "am/pm")) {
      time = true;
      i += 4;
    } else if (c == 'd' || c == 'y') {
      date = true;
    } else if (c == 'h' || c == 's') {
      time = true;
    } else if (c == 'm') {
      month_or_minute = true;
    }
  }
  // "m" is a month beside days or years, or alone ("mmmm"); beside hours or seconds, minutes.
  if (!time && month_or_minute) date = true;
  if (date) return time ? NumberFormatKind::date_time : NumberFormatKind::date;
  return time ? NumberFormatKind::time : NumberFormatKind::number;
}

std::optional<std::string> date_from_serial(double serial, bool date1904) {
  if (!std::isfinite(serial) || serial < 0) return std::nullopt;
  const long long days = static_cast<long long>(std::floor(serial));
  if (date1904) {
    if (days > 2957003) return std::nullopt;
    return civil_text(days_from_civil(1904, 1, 1) + days);
  }
  if (days > 2958465) return std::nullopt;
  // Excel counts 1900 as a leap year (Lotus 1-2-3 did): serial 60 is a 29 February that never
  // was, and every later serial is one day more than the days since 31 December 1899.
  if (days == 0) return std::string("00/01/1900");
  if (days == 60) return std::string("29/02/1900");
  return civil_text(days_from_civil(1899, 12, 31) + days - (days > 60 ? 1 : 0));
}

std::string time_from_serial(double serial) {
  if (!std::isfinite(serial)) return {};
  long long seconds = std::llround((serial - std::floor(serial)) * 86400.0) % 86400;
  char out[16];
  if (seconds % 60 != 0)
    std::snprintf(out, sizeof out, "%02lld:%02lld:%02lld", seconds / 3600, seconds / 60 % 60, seconds % 60);
  else
    std::snprintf(out, sizeof out, "%02lld:%02lld", seconds / 3600, seconds / 60 % 60);
  return out;
}

std::string number_text(std::string_view stored) {
  double value = 0;
  const auto [end, error] = std::from_chars(stored.data(), stored.data() + stored.size(), value);
  if (error != std::errc() || end != stored.data() + stored.size() || !std::isfinite(value)) return std::string(stored);
  if (value == std::floor(value) && std::fabs(value) < 1e15) {
    char out[32];
    std::snprintf(out, sizeof out, "%lld", static_cast<long long>(value));
    return out;
  }
  // 15 significant digits, as Excel keeps: a stored 0.30000000000000004 is shown 0.3.
  char out[40];
  std::snprintf(out, sizeof out, "%.15G", value);
  return out;
}

std::string decode_escapes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '_' && i + 6 < text.size() && text[i + 1] == 'x' && text[i + 6] == '_') {
      unsigned code = 0;
      bool hex = true;
      for (size_t k = 2; k < 6; ++k) {
        const int v = hex_value(text[i + k]);
        if (v < 0) hex = false;
        code = code * 16 + static_cast<unsigned>(v < 0 ? 0 : v);
      }
      if (hex) {
        // Control characters other than line breaks and tabs, and halves of surrogate pairs,
        // are no text a person typed: they are left out rather than made invalid UTF-8.
        if ((code >= 0x20 || code == '\t' || code == '\n' || code == '\r') && (code < 0xD800 || code > 0xDFFF)) append_utf8(out, code);
        i += 6;
        continue;
      }
    }
    out.push_back(text[i]);
  }
  return out;
}

}  // namespace tracker::xlsx
