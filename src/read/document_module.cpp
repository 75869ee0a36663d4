#include "read/document_module.h"

#include <cstdlib>

#include "core/errors.h"
#include "core/load_module.h"

namespace tracker {
namespace {

using ReadFunction = int (*)(int, const char*, const char*, size_t, char**, size_t*);

const LoadedModule& module() {
  static const LoadedModule loaded = load_module("tracker-documents.so",
#ifdef TRACKER_DOCUMENTS_MODULE
                                                 TRACKER_DOCUMENTS_MODULE,
#else
                                                 nullptr,
#endif
                                                 "tracker_read_blocks", "tracker_free_blocks", "tracker's document reader");
  return loaded;
}

int to_int(std::string_view s) { return std::atoi(std::string(s).c_str()); }

}  // namespace

std::vector<Block> read_blocks_with_module(int kind, const std::string& path, std::string_view bytes) {
  const LoadedModule& m = module();
  if (m.work == nullptr)
    throw InputError(path + ": needs the document reader (tracker-documents.so beside the program), which could not be loaded: " + m.error);
  const auto read = reinterpret_cast<ReadFunction>(m.work);
  const ModuleOutput out =
      call_module(m, [&](char** buffer, size_t* size) { return read(kind, path.c_str(), bytes.data(), bytes.size(), buffer, size); });
  if (out.status == 2) throw InputError(path + ": could not be read (out of memory)");
  if (out.status != 0) throw InputError(out.text);
  const std::string& result = out.text;
  std::vector<Block> blocks;
  size_t at = 0;
  while (at < result.size()) {
    const size_t end = result.find(kBlockSeparator, at);
    if (end == std::string::npos) break;
    std::vector<std::string_view> fields;
    std::string_view rest(result.data() + at, end - at);
    while (!rest.empty()) {
      const size_t sep = rest.find(kFieldSeparator);
      fields.push_back(rest.substr(0, sep));
      rest = sep == std::string_view::npos ? std::string_view() : rest.substr(sep + 1);
    }
    at = end + 1;
    if (fields.size() != 12) continue;
    Block b;
    b.kind = static_cast<BlockKind>(to_int(fields[0]));
    b.level = to_int(fields[1]);
    b.where.page = to_int(fields[2]);
    b.where.line_on_page = to_int(fields[3]);
    b.where.paragraph = to_int(fields[4]);
    b.where.html_line = to_int(fields[5]);
    b.same_paragraph = fields[6] == "1";
    b.label = std::string(fields[7]);
    b.element = std::string(fields[8]);
    b.link = std::string(fields[9]);
    b.sheet = std::string(fields[10]);
    b.text = std::string(fields[11]);
    blocks.push_back(std::move(b));
  }
  return blocks;
}

}  // namespace tracker
