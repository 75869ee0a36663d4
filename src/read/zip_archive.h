#pragma once
// A zip archive in memory (a .docx or .xlsx is one), read with libzip under limits: a zip bomb (too many
// entries, or parts that inflate past the caps) is refused, not unpacked.
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace tracker {

class ZipArchive {
 public:
  // Throws InputError naming `path` when the bytes are not a whole zip archive or hold too many entries.
  // `application` ("Word", "Excel") is the one messages tell the user to save the file again from.
  ZipArchive(const std::string& path, std::string_view bytes, std::string application = "Word");
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  bool has(const std::string& name) const;
  // The entry's bytes, or nullopt when there is none. Throws InputError for a damaged,
  // encrypted or oversized entry, or when the parts read so far inflate past the total cap.
  std::optional<std::string> read(const std::string& name);

 private:
  struct Handle;
  std::unique_ptr<Handle> zip_;
  std::string path_;
  std::string application_;
  size_t total_read_ = 0;
};

// Refuses XML that declares a DTD or entities (the "billion laughs"): Word and Excel never write them.
void check_plain_xml(const std::string& path, const std::string& part, std::string_view xml, std::string_view application = "Word");

}  // namespace tracker
