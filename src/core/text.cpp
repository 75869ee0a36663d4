#include "core/text.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace tracker {

std::string_view trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && is_space(s[b])) ++b;
  while (e > b && is_space(s[e - 1])) --e;
  return s.substr(b, e - b);
}

std::string to_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

namespace {

// How rare each letter is in English text (0: not a letter, 1: e … 26: z). A search anchors on
// its needle's rarest letter, not on its first byte: phrases such as " presented " start with a
// space, and a space, an "e" or a "t" is met every few bytes, each a false start.
constexpr std::array<unsigned char, 256> kRarity = [] {
  std::array<unsigned char, 256> rank{};
  constexpr std::string_view by_frequency = "etaoinshrdlcumwfgypbvkjxqz";
  for (size_t i = 0; i < by_frequency.size(); ++i) {
    rank[static_cast<unsigned char>(by_frequency[i])] = static_cast<unsigned char>(i + 1);
    rank[static_cast<unsigned char>(by_frequency[i] - 'a' + 'A')] = static_cast<unsigned char>(i + 1);
  }
  return rank;
}();

size_t anchor_of(std::string_view needle) {
  size_t best = 0;
  unsigned char best_rank = 0;
  for (size_t i = 0; i < needle.size(); ++i) {
    const unsigned char r = kRarity[static_cast<unsigned char>(needle[i])];
    if (r > best_rank) best = i, best_rank = r;
  }
  return best;
}

}  // namespace

size_t ifind(std::string_view haystack, std::string_view needle, size_t from) {
  if (needle.empty()) return from <= haystack.size() ? from : std::string_view::npos;
  if (haystack.size() < needle.size()) return std::string_view::npos;
  const size_t anchor = anchor_of(needle);
  const char a_lower = lower(needle[anchor]);
  const char a_upper = is_lower(a_lower) ? static_cast<char>(a_lower - 'a' + 'A') : a_lower;
  const size_t last = haystack.size() - needle.size();
  if (from > last) return std::string_view::npos;
  // memchr finds each case of the anchor letter with vector instructions; take the nearer one.
  const char* base = haystack.data();
  const char* end = base + last + anchor + 1;
  const char* next_lower = nullptr;
  const char* next_upper = nullptr;
  const char* cursor = base + from + anchor;
  auto seek = [&](char c, const char* at) { return at < end ? static_cast<const char*>(std::memchr(at, c, static_cast<size_t>(end - at))) : nullptr; };
  next_lower = seek(a_lower, cursor);
  next_upper = a_upper == a_lower ? nullptr : seek(a_upper, cursor);
  while (next_lower || next_upper) {
    const char* hit = !next_upper || (next_lower && next_lower < next_upper) ? next_lower : next_upper;
    const size_t start = static_cast<size_t>(hit - base) - anchor;
    if (iequals(haystack.substr(start, needle.size()), needle)) return start;
    if (hit == next_lower) next_lower = seek(a_lower, hit + 1);
    else next_upper = seek(a_upper, hit + 1);
  }
  return std::string_view::npos;
}

size_t find_phrase(std::string_view haystack, std::string_view needle, size_t from) {
  if (needle.empty()) return from <= haystack.size() ? from : std::string_view::npos;
  if (haystack.size() < needle.size() || from > haystack.size() - needle.size()) return std::string_view::npos;
  const size_t anchor = anchor_of(needle);
  const char* base = haystack.data();
  const char* end = base + (haystack.size() - needle.size()) + anchor + 1;
  for (const char* at = base + from + anchor; at < end;) {
    const char* hit = static_cast<const char*>(std::memchr(at, needle[anchor], static_cast<size_t>(end - at)));
    if (!hit) break;
    const char* start = hit - anchor;
    size_t k = 0;  // needles are a few bytes: compared here, not by a call
    while (k < needle.size() && start[k] == needle[k]) ++k;
    if (k == needle.size()) return static_cast<size_t>(start - base);
    at = hit + 1;
  }
  return std::string_view::npos;
}

bool icontains(std::string_view haystack, std::string_view needle) {
  return ifind(haystack, needle) != std::string_view::npos;
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending = false;
  for (char c : s) {
    if (is_space(c)) {
      pending = !out.empty();
    } else {
      if (pending) out.push_back(' ');
      pending = false;
      out.push_back(c);
    }
  }
  return out;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (;;) {
    size_t pos = s.find(sep, start);
    if (pos == std::string_view::npos) {
      parts.push_back(s.substr(start));
      return parts;
    }
    parts.push_back(s.substr(start, pos - start));
    start = pos + 1;
  }
}

bool is_all_caps(std::string_view s, size_t min_letters) {
  size_t letters = 0;
  for (char c : s) {
    if (is_lower(c)) return false;
    if (is_upper(c)) ++letters;
  }
  return letters >= min_letters;
}

std::string title_case(std::string_view s) {
  static constexpr std::array<std::string_view, 9> small = {"of", "and", "the", "for", "in", "on", "to", "a", "an"};
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  bool first_word = true;
  while (i < s.size()) {
    if (!is_alpha(s[i])) {
      out.push_back(s[i++]);
      continue;
    }
    size_t j = i;
    while (j < s.size() && (is_alpha(s[j]) || s[j] == '\'')) ++j;
    std::string word = to_lower(s.substr(i, j - i));
    const bool is_small = std::find(small.begin(), small.end(), word) != small.end();
    if (!is_small || first_word) word[0] = static_cast<char>(word[0] - 'a' + 'A');
    out += word;
    first_word = false;
    i = j;
  }
  return out;
}

std::string fold_punctuation(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      const unsigned char d = static_cast<unsigned char>(s[i + 2]);
      if (d == 0x98 || d == 0x99) { out.push_back('\''); i += 2; continue; }
      if (d == 0x9C || d == 0x9D) { out.push_back('"'); i += 2; continue; }
      if (d == 0x93 || d == 0x94) { out.push_back('-'); i += 2; continue; }
    }
    out.push_back(s[i]);
  }
  return out;
}

int parse_count_word(std::string_view word) {
  static constexpr std::array<std::string_view, 13> words = {"zero", "one", "two", "three", "four", "five", "six",
                                                             "seven", "eight", "nine", "ten", "eleven", "twelve"};
  if (!word.empty() && std::all_of(word.begin(), word.end(), is_digit) && word.size() <= 3) {
    int n = 0;
    for (char c : word) n = n * 10 + (c - '0');
    return n;
  }
  if (iequals(word, "a") || iequals(word, "an")) return 1;
  for (size_t i = 0; i < words.size(); ++i)
    if (iequals(word, words[i])) return static_cast<int>(i);
  if (iequals(word, "eighteen")) return 18;
  if (iequals(word, "twenty-four")) return 24;
  return -1;
}

bool valid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    const unsigned char c = *p;
    if (c < 0x80) {
      ++p;
      continue;
    }
    size_t len;
    unsigned low = 0x80, high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c == 0xE0) { len = 3; low = 0xA0; }
    else if (c >= 0xE1 && c <= 0xEC) len = 3;
    else if (c == 0xED) { len = 3; high = 0x9F; }
    else if (c >= 0xEE && c <= 0xEF) len = 3;
    else if (c == 0xF0) { len = 4; low = 0x90; }
    else if (c >= 0xF1 && c <= 0xF3) len = 4;
    else if (c == 0xF4) { len = 4; high = 0x8F; }
    else return false;
    if (static_cast<size_t>(end - p) < len || p[1] < low || p[1] > high) return false;
    for (size_t i = 2; i < len; ++i)
      if ((p[i] & 0xC0) != 0x80) return false;
    p += len;
  }
  return true;
}

bool is_email_address(std::string_view s) {
  const size_t at = s.find('@');
  if (at == 0 || at == std::string_view::npos || at + 1 >= s.size() || s.find('@', at + 1) != std::string_view::npos) return false;
  if (s.size() > 254 || s.back() == '.') return false;
  for (char c : s)
    if (c <= ' ' || c >= 0x7F || std::string_view("<>()[],;:\"\\").find(c) != std::string_view::npos) return false;
  return true;
}

std::string printable(std::string_view s) {
  static const char* hex = "0123456789abcdef";
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
    if (len > 1 && !valid_utf8(s.substr(i, len))) len = 0;
    if (len == 1 && c >= 0x20 && c != 0x7F) {
      out.push_back(static_cast<char>(c));
    } else if (len > 1) {
      out.append(s.substr(i, len));
    } else {
      if (c == '\n') out += "\\n";
      else if (c == '\r') out += "\\r";
      else if (c == '\t') out += "\\t";
      else out += {'\\', 'x', hex[c >> 4], hex[c & 15]};
      len = 1;
    }
    i += len;
  }
  return out;
}

std::string_view strip_the(std::string_view s) {
  s = trim(s);
  if (istarts_with(s, "the ")) s.remove_prefix(4);
  return trim(s);
}

std::string_view strip_trailing_punctuation(std::string_view s) {
  s = trim(s);
  while (!s.empty() && (s.back() == '.' || s.back() == ',' || s.back() == ';' || s.back() == ':')) s = trim(s.substr(0, s.size() - 1));
  return s;
}

std::string comparable_words(std::string_view text) {
  std::string out;
  bool gap = false;
  for (char c : text) {
    if (is_alpha(c) || is_digit(c)) {
      if (gap && !out.empty()) out.push_back(' ');
      gap = false;
      out.push_back(lower(c));
    } else {
      gap = true;
    }
  }
  return out;
}

}  // namespace tracker
