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
  std::vector<std::string_view> lines;   // lines[i] is line i + 1, as an editor numbers it

  int line_count() const { return static_cast<int>(lines.size()); }
  std::string_view line(int number) const { return lines[static_cast<size_t>(number - 1)]; }
};

inline constexpr size_t kMaxSourceBytes = 256u * 1024u * 1024u;

// Reads and normalises a file. Throws InputError ("<path>: <reason>") when it is missing, a
// directory, empty, binary, not UTF-8 or larger than kMaxSourceBytes.
SourceText read_source_text(const std::string& path);
// The same checks and normalisation on bytes already in memory (tests, fuzzing, stdin).
SourceText source_text_from_bytes(std::string path, std::string_view bytes);

}  // namespace tracker
