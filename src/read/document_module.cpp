#include "read/document_module.h"

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <mutex>

#include "core/errors.h"

namespace tracker {
namespace {

using ReadFunction = int (*)(int, const char*, const char*, size_t, char**, size_t*);
using FreeFunction = void (*)(char*);

struct Module {
  ReadFunction read = nullptr;
  FreeFunction free = nullptr;
  std::string error;
};

// The module beside the program (where the build and an install put it), else where the build
// made it (the unit tests run from another folder).
const Module& module() {
  static Module loaded;
  static std::once_flag once;
  std::call_once(once, [] {
    std::vector<std::string> places;
    std::error_code ec;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) places.push_back((self.parent_path() / "tracker-documents.so").string());
#ifdef TRACKER_DOCUMENTS_MODULE
    places.emplace_back(TRACKER_DOCUMENTS_MODULE);
#endif
    for (const std::string& place : places) {
      void* handle = dlopen(place.c_str(), RTLD_NOW | RTLD_LOCAL);
      if (handle == nullptr) {
        if (loaded.error.empty() || std::filesystem::exists(place, ec)) loaded.error = dlerror();
        continue;
      }
      loaded.read = reinterpret_cast<ReadFunction>(dlsym(handle, "tracker_read_blocks"));
      loaded.free = reinterpret_cast<FreeFunction>(dlsym(handle, "tracker_free_blocks"));
      if (loaded.read != nullptr && loaded.free != nullptr) return;
      loaded.error = place + " is not tracker's document reader";
    }
  });
  return loaded;
}

int to_int(std::string_view s) { return std::atoi(std::string(s).c_str()); }

}  // namespace

std::vector<Block> read_blocks_with_module(int kind, const std::string& path, std::string_view bytes) {
  const Module& m = module();
  if (m.read == nullptr)
    throw InputError(path + ": needs the document reader (tracker-documents.so beside the program), which could not be loaded: " + m.error);
  char* buffer = nullptr;
  size_t size = 0;
  const int status = m.read(kind, path.c_str(), bytes.data(), bytes.size(), &buffer, &size);
  if (status == 2 || buffer == nullptr) throw InputError(path + ": could not be read (out of memory)");
  const std::string result(buffer, size);
  m.free(buffer);
  if (status != 0) throw InputError(result);
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
