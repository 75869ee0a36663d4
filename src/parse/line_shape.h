#pragma once
// The shape of one line once its markup is gone: Markdown headings and bold, list bullets,
// HTML tags flattened into text, table cells. Later stages ask questions of the clean text.
#include <optional>
#include <string>
#include <string_view>

namespace tracker {

struct CleanLine {
  std::string text;       // markup removed, whitespace collapsed, trimmed
  int heading_level = 0;  // number of leading '#'
  bool bullet = false;    // started with a list bullet (-, *, •, ·, v, o)
  bool has_tabs = false;  // a flattened table row
  bool number_then_gap = false;  // "44  Apologies": a number, then two spaces or a tab
};

CleanLine clean_line(std::string_view raw);

enum class LabelStyle { paren_number, number_paren, number_dot, paren_letter, letter_paren, letter_dot, paren_roman, roman_paren };

struct ClauseLabel {
  LabelStyle style;
  std::string value;  // "1", "a", "iv"
  size_t length = 0;  // bytes of the label and the spaces after it
};

bool is_roman_style(LabelStyle s);
bool is_letter_style(LabelStyle s);
// A clause label at the start of `text` ("(1)", "1)", "1.", "(a)", "a)", "(iv)") followed by text.
std::optional<ClauseLabel> clause_label_at_start(std::string_view text);
// Roman numeral value of "iv" etc., 0 when not one.
int roman_value(std::string_view s);

struct ItemNumber {
  std::string number;
  std::string title;  // empty when the number stands alone on its line ("14.")
};
// "43. MINUTES OF …", "# 43. TITLE", "14." alone, "Minute 12: Title", "12 TITLE IN CAPITALS".
std::optional<ItemNumber> item_number_at_start(const CleanLine& line);

// Page furniture left by PDF conversion: "Page 4", "Page 4 of 9", "- 4 -".
bool is_page_furniture(std::string_view text);
// Strips ModernGov's " pdf icon PDF 139 KB" and an agenda's "(Pages 1 - 8)" from a title.
std::string tidy_title(std::string_view title);

}  // namespace tracker
