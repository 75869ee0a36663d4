#include "report/escape.h"

#include <array>

namespace tracker {

std::string csv_cell(std::string_view text) {
  const bool formula = !text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' || text[0] == '\t' ||
                                         text[0] == '\r');
  if (!formula && text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = formula ? "\"'" : "\"";
  for (char c : text) {
    if (c == '"') out += "\"\"";
    else out.push_back(c);
  }
  return out + "\"";
}

namespace {

// What each byte becomes in Markdown: kept, backslash-escaped, or a space (a control character).
enum class MdByte : unsigned char { keep, escape, space };

constexpr std::array<MdByte, 256> markdown_bytes() {
  std::array<MdByte, 256> table{};
  for (int c = 0; c < 0x20; ++c) table[c] = MdByte::space;
  table[0x7F] = MdByte::space;
  for (unsigned char c : std::string_view("\\`*_~[]<>&|")) table[c] = MdByte::escape;
  return table;
}

constexpr auto kMarkdownBytes = markdown_bytes();

}  // namespace

// Runs of plain text are copied whole: a schedule of the whole history is megabytes of text, and
// a byte at a time was most of its rendering.
void append_markdown_text(std::string& out, std::string_view text) {
  size_t run = 0;
  for (size_t k = 0; k < text.size(); ++k) {
    const MdByte what = kMarkdownBytes[static_cast<unsigned char>(text[k])];
    if (what == MdByte::keep) continue;
    out.append(text.data() + run, k - run);
    if (what == MdByte::space) out.push_back(' ');
    else (out += '\\') += text[k];
    run = k + 1;
  }
  out.append(text.data() + run, text.size() - run);
}

std::string markdown_text(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  append_markdown_text(out, text);
  return out;
}

void append_html_text(std::string& out, std::string_view text) {
  size_t run = 0;
  for (size_t k = 0; k < text.size(); ++k) {
    const char* entity = nullptr;
    switch (text[k]) {
      case '&': entity = "&amp;"; break;
      case '<': entity = "&lt;"; break;
      case '>': entity = "&gt;"; break;
      case '"': entity = "&quot;"; break;
      case '\'': entity = "&#39;"; break;
      default: continue;
    }
    out.append(text.data() + run, k - run);
    out += entity;
    run = k + 1;
  }
  out.append(text.data() + run, text.size() - run);
}

std::string html_text(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  append_html_text(out, text);
  return out;
}

}  // namespace tracker
