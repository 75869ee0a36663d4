#include "read/source_text.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "core/errors.h"
#include "read/document_kind.h"
#include "core/files.h"

namespace tracker {
namespace {

[[noreturn]] void fail(const std::string& path, const std::string& reason) { throw InputError(path + ": " + reason); }

// Length of the UTF-8 sequence at p (1-4), or 0 when it is not well-formed.
size_t utf8_sequence_length(const unsigned char* p, const unsigned char* end) {
  const unsigned char c = p[0];
  if (c < 0x80) return 1;
  size_t len;
  unsigned min_second = 0x80, max_second = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) len = 2;
  else if (c == 0xE0) { len = 3; min_second = 0xA0; }
  else if (c >= 0xE1 && c <= 0xEC) len = 3;
  else if (c == 0xED) { len = 3; max_second = 0x9F; }
  else if (c >= 0xEE && c <= 0xEF) len = 3;
  else if (c == 0xF0) { len = 4; min_second = 0x90; }
  else if (c >= 0xF1 && c <= 0xF3) len = 4;
  else if (c == 0xF4) { len = 4; max_second = 0x8F; }
  else return 0;
  if (static_cast<size_t>(end - p) < len) return 0;
  if (p[1] < min_second || p[1] > max_second) return 0;
  for (size_t i = 2; i < len; ++i)
    if ((p[i] & 0xC0) != 0x80) return 0;
  return len;
}

// Code points that copy-and-paste from web pages and PDFs turn into spaces or nothing.
// Returns 1 for "write a space", 2 for "drop", 0 for "keep".
int unicode_space_action(const unsigned char* p, size_t len) {
  if (len == 2 && p[0] == 0xC2 && p[1] == 0xA0) return 1;  // no-break space
  if (len == 3 && p[0] == 0xE2 && p[1] == 0x80) {
    if (p[2] <= 0x8A || p[2] == 0xAF) return 1;            // en/em/thin spaces, narrow nbsp
    if (p[2] >= 0x8B && p[2] <= 0x8D) return 2;            // zero-width space/joiners
    if (p[2] == 0xA8 || p[2] == 0xA9) return 1;            // line/paragraph separator
  }
  if (len == 3 && p[0] == 0xE2 && p[1] == 0x81 && p[2] == 0x9F) return 1;  // medium math space
  if (len == 3 && p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80) return 1;  // ideographic space
  if (len == 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) return 2;  // stray BOM
  return 0;
}

// The text reader is handed only what the content says is text; these name what it was.
std::string describe_binary(std::string_view bytes) {
  if (bytes.substr(0, 5) == "%PDF-") return "is a PDF file, not text; read it as a PDF (give it a .pdf name)";
  if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4))
    return "is a Word or zip file, not text; save the minutes as .docx or plain text";
  if (bytes.substr(0, 4) == std::string_view("\xD0\xCF\x11\xE0", 4))
    return "is an old Word document, not text; save the minutes as .docx or plain text";
  return "looks like a binary file, not text minutes";
}

// "256.1 MB": one decimal, rounded up, so a file just over the limit never reads as the limit.
std::string size_in_mb(uintmax_t bytes) {
  const uintmax_t tenths = (bytes * 10 + 1024 * 1024 - 1) / (1024 * 1024);
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MB";
}

}  // namespace

const char* document_kind_name(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::text: return "text";
    case DocumentKind::pdf: return "PDF";
    case DocumentKind::docx: return "Word";
    case DocumentKind::html: return "HTML";
    case DocumentKind::csv: return "CSV";
    case DocumentKind::xlsx: return "Excel";
  }
  return "text";
}

SourceLocation SourceText::location(int number) const {
  if (number < 1 || static_cast<size_t>(number) > where.size()) return {};
  return where[static_cast<size_t>(number - 1)];
}

std::string_view SourceText::link(int number) const {
  const SourceLocation at = location(number);
  return at.link >= 0 && static_cast<size_t>(at.link) < names.size() ? std::string_view(names[static_cast<size_t>(at.link)]) : std::string_view();
}

std::string describe_location(const SourceText& source, int line) {
  const SourceLocation at = source.location(line);
  switch (source.kind) {
    case DocumentKind::pdf:
      if (at.page > 0) return "page " + std::to_string(at.page) + ", line " + std::to_string(at.line_on_page);
      break;
    case DocumentKind::docx:
      if (at.paragraph > 0) return "paragraph " + std::to_string(at.paragraph);
      break;
    case DocumentKind::html:
      if (at.element >= 0 && static_cast<size_t>(at.element) < source.names.size())
        return "element " + source.names[static_cast<size_t>(at.element)] + " at line " + std::to_string(at.html_line) + " of the page";
      break;
    case DocumentKind::csv:
      if (at.paragraph > 0) return "row " + std::to_string(at.paragraph);
      break;
    case DocumentKind::xlsx: {
      const std::string sheet = at.sheet >= 0 && static_cast<size_t>(at.sheet) < source.names.size()
                                    ? "sheet " + source.names[static_cast<size_t>(at.sheet)]
                                    : std::string();
      if (at.paragraph > 0) return sheet + (sheet.empty() ? "" : ", ") + "row " + std::to_string(at.paragraph);
      if (!sheet.empty()) return sheet;
      break;
    }
    case DocumentKind::text: break;
  }
  return "line " + std::to_string(line);
}

SourceText source_text_from_bytes(std::string path, std::string_view bytes) {
  if (bytes.size() > kMaxSourceBytes)
    fail(path, "is too large (" + size_in_mb(bytes.size()) + "; the limit is " +
                   std::to_string(kMaxSourceBytes / (1024 * 1024)) + " MB)");
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF"))
    fail(path, "is UTF-16 text; save it as UTF-8");
  if (std::memchr(bytes.data(), '\0', bytes.size()) != nullptr || bytes.substr(0, 5) == "%PDF-")
    fail(path, describe_binary(bytes));

  SourceText out;
  out.path = std::move(path);
  out.buffer.reserve(bytes.size());
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* end = p + bytes.size();
  int line = 1;
  size_t control_chars = 0;
  bool any_visible = false;
  while (p < end) {
    // Most of a file is printable ASCII: copy such a run in one go.
    {
      const unsigned char* run = p;
      // Eight bytes at a time while they are all printable: a byte below 0x20, at or above 0x80,
      // or equal to 0x7F, each found with the usual word-at-a-time tests.
      constexpr uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
      while (end - run >= 8) {
        uint64_t x;
        std::memcpy(&x, run, 8);
        const uint64_t y = x ^ (0x7F * ones);
        if (((x & highs) | ((x - 0x20 * ones) & ~x & highs) | ((y - ones) & ~y & highs)) != 0) break;
        run += 8;
      }
      while (run < end && *run >= 0x20 && *run < 0x7F) ++run;
      if (run != p) {
        out.buffer.append(reinterpret_cast<const char*>(p), static_cast<size_t>(run - p));
        if (!any_visible) any_visible = std::any_of(p, run, [](unsigned char b) { return b > 0x20; });
        p = run;
        if (p >= end) break;
      }
    }
    const unsigned char c = *p;
    if (c < 0x80) {
      if (c == '\r') {
        out.buffer.push_back('\n');
        ++line;
        p += (p + 1 < end && p[1] == '\n') ? 2 : 1;
        continue;
      }
      if (c == '\n') ++line;
      if (c < 0x20 && c != '\n' && c != '\t') {
        ++control_chars;
        out.buffer.push_back(' ');
      } else {
        if (c > 0x20) any_visible = true;
        out.buffer.push_back(static_cast<char>(c));
      }
      ++p;
      continue;
    }
    const size_t len = utf8_sequence_length(p, end);
    if (len == 0)
      fail(out.path, "is not valid UTF-8 text (first bad byte on line " + std::to_string(line) +
                         "); save it as UTF-8");
    const int action = unicode_space_action(p, len);
    if (action == 1) out.buffer.push_back(' ');
    else if (action == 0) {
      out.buffer.append(reinterpret_cast<const char*>(p), len);
      any_visible = true;
    }
    p += len;
  }
  // Only control characters (turned into spaces above) is not an empty file but a binary one.
  if (!any_visible) fail(out.path, control_chars > 0 ? describe_binary(bytes) : "is empty");
  // Text has the odd form feed; a file that is mostly control characters is not minutes.
  if (control_chars > 64 && control_chars * 20 > out.buffer.size()) fail(out.path, describe_binary(bytes));

  std::string_view all(out.buffer);
  size_t start = 0;
  int number = 0, blank_run = 0;
  bool left_out = false;
  auto keep = [&](std::string_view line) {
    ++number;
    const bool blank = line.find_first_not_of(" \t") == std::string_view::npos;
    blank_run = blank ? blank_run + 1 : 0;
    if (blank_run > 5) {
      if (!left_out) {
        out.numbers.reserve(out.lines.size() + 1);
        for (size_t k = 0; k < out.lines.size(); ++k) out.numbers.push_back(static_cast<int>(k + 1));
      }
      left_out = true;
      return;
    }
    out.lines.push_back(line);
    if (left_out) out.numbers.push_back(number);
  };
  while (start <= all.size()) {
    const size_t nl = all.find('\n', start);
    if (nl == std::string_view::npos) {
      if (start < all.size()) keep(all.substr(start));
      break;
    }
    keep(all.substr(start, nl - start));
    start = nl + 1;
  }
  return out;
}

SourceText read_source_text(const std::string& path) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) fail(path, "no such file");
  if (std::filesystem::is_directory(status)) fail(path, "is a directory, not a minutes file");
  if (auto why = not_a_regular_file(path)) fail(path, *why);
  const auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > kMaxSourceBytes)
    fail(path, "is too large (" + size_in_mb(size) + "; the limit is " +
                   std::to_string(kMaxSourceBytes / (1024 * 1024)) + " MB)");
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) fail(path, std::string("cannot be opened: ") + std::strerror(errno));
  std::string bytes;
  if (!ec) bytes.reserve(static_cast<size_t>(size));
  char chunk[1 << 16];
  size_t n;
  while ((n = std::fread(chunk, 1, sizeof chunk, f)) > 0) {
    bytes.append(chunk, n);
    if (bytes.size() > kMaxSourceBytes) break;
  }
  const bool read_error = std::ferror(f) != 0;
  std::fclose(f);
  if (read_error) fail(path, "could not be read");
  return read_document(path, bytes);
}

}  // namespace tracker
