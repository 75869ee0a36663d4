#pragma once
// Small string helpers shared by every stage. ASCII-only case folding is deliberate: the
// vocabulary of minutes (markers, roles, months) is ASCII, and folding UTF-8 would cost speed.
#include <string>
#include <string_view>
#include <vector>

namespace tracker {

std::string_view trim(std::string_view s);
// "the Clerk" -> "Clerk", trimmed.
std::string_view strip_the(std::string_view s);
// "Head of Housing.;" -> "Head of Housing": full stops, commas, semicolons and colons at the end.
std::string_view strip_trailing_punctuation(std::string_view s);
std::string to_lower(std::string_view s);
// Words to compare two copies of one text by: lower case, letters and digits, one space between
// words; punctuation and quotes of any kind are gaps ("That the report be noted." and "that the
// Report be noted" are the same).
std::string comparable_words(std::string_view text);
// Position of `needle` in `haystack` ignoring ASCII case, or npos.
size_t ifind(std::string_view haystack, std::string_view needle, size_t from = 0);
bool icontains(std::string_view haystack, std::string_view needle);
// Where `needle` first occurs in `haystack` at or after `from`, case as given: std::string::find
// anchored on the needle's rarest letter, so " presented " does not stop at every space.
size_t find_phrase(std::string_view haystack, std::string_view needle, size_t from = 0);

inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
inline char lower(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// Inline: asked of nearly every word the extractor reads, where a call costs more than the compare.
inline bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}
inline bool istarts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}
inline bool iends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && iequals(s.substr(s.size() - suffix.size()), suffix);
}

// Collapses runs of whitespace to one space and trims.
std::string collapse_spaces(std::string_view s);
std::vector<std::string_view> split(std::string_view s, char sep);
// True when the letters of `s` are all upper case and there are at least `min_letters` of them.
bool is_all_caps(std::string_view s, size_t min_letters = 3);
// "IMPROVING LIVES SELECT COMMISSION" -> "Improving Lives Select Commission" (small words lower).
std::string title_case(std::string_view s);
// Straightens curly quotes and long dashes, for comparisons only (output keeps the source text).
std::string fold_punctuation(std::string_view s);
// True when `s` is well-formed UTF-8 (no overlong forms, surrogates or bytes past U+10FFFF).
bool valid_utf8(std::string_view s);
// A bare mail address, local@domain, in printable ASCII with none of the characters that would
// end or add a header (spaces, line breaks, <>()[],;:"\). Internationalised addresses are refused.
bool is_email_address(std::string_view s);
// `s` for a one-line message: control characters, DEL and bytes that are not UTF-8 shown as \n,
// \t, \x1b and so on, so that a value can neither split the line nor drive the terminal.
std::string printable(std::string_view s);
// Words of up to 4 letters spelled as numbers ("four", "twelve") or digits; -1 when neither.
int parse_count_word(std::string_view word);

}  // namespace tracker
