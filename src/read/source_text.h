#pragma once
// read: bytes of a minutes file -> normalised lines. Everything a later stage sees has LF line
// ends, no BOM, ordinary spaces for the Unicode spaces copy-and-paste brings, and valid UTF-8.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tracker {

struct SourceText {
  std::string path;                      // as the user named it, for messages
  std::string buffer;                    // the normalised text
  // The file's lines, except that a run of blank lines keeps only its first five: a long run says
  // nothing more, and memory then follows what the file says. lines[i] is the file's line
  // numbers[i] (as an editor numbers it); numbers is empty when no line was left out, and then
  // lines[i] is line i + 1.
  std::vector<std::string_view> lines;
  std::vector<int> numbers;

  int file_line(size_t index) const { return numbers.empty() ? static_cast<int>(index + 1) : numbers[index]; }
  int line_count() const { return static_cast<int>(lines.size()); }
  // The kept line at 1-based position `k` (the file's line k when nothing was left out).
  std::string_view line(int k) const { return lines[static_cast<size_t>(k - 1)]; }
};

inline constexpr size_t kMaxSourceBytes = 256u * 1024u * 1024u;

// Reads and normalises a file. Throws InputError ("<path>: <reason>") when it is missing, a
// directory, empty, binary, not UTF-8 or larger than kMaxSourceBytes.
SourceText read_source_text(const std::string& path);
// The same checks and normalisation on bytes already in memory (tests, fuzzing, stdin).
SourceText source_text_from_bytes(std::string path, std::string_view bytes);

}  // namespace tracker
