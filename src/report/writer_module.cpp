#include "report/writer_module.h"

#include <dlfcn.h>

#include <filesystem>
#include <mutex>
#include <vector>

#include "core/errors.h"
#include "report/writer_wire.h"

namespace tracker {
namespace {

using WriteFunction = int (*)(int, const char*, size_t, char**, size_t*);
using FreeFunction = void (*)(char*);

struct Module {
  WriteFunction write = nullptr;
  FreeFunction free = nullptr;
  std::string error;
};

// The module beside the program (where the build and an install put it), else where the build
// made it (the unit tests run from another folder): as the document readers' module is found.
const Module& module() {
  static Module loaded;
  static std::once_flag once;
  std::call_once(once, [] {
    std::vector<std::string> places;
    std::error_code ec;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) places.push_back((self.parent_path() / "tracker-writers.so").string());
#ifdef TRACKER_WRITERS_MODULE
    places.emplace_back(TRACKER_WRITERS_MODULE);
#endif
    for (const std::string& place : places) {
      void* handle = dlopen(place.c_str(), RTLD_NOW | RTLD_LOCAL);
      if (handle == nullptr) {
        if (loaded.error.empty() || std::filesystem::exists(place, ec)) loaded.error = dlerror();
        continue;
      }
      loaded.write = reinterpret_cast<WriteFunction>(dlsym(handle, "tracker_write_file"));
      loaded.free = reinterpret_cast<FreeFunction>(dlsym(handle, "tracker_free_file"));
      if (loaded.write != nullptr && loaded.free != nullptr) return;
      loaded.error = place + " is not tracker's Word and Excel writer";
    }
  });
  return loaded;
}

std::string written(int kind, const std::string& model) {
  const Module& m = module();
  const char* what = kind == kWriterDocx ? "a Word document" : "an Excel workbook";
  if (m.write == nullptr)
    throw TrackerError(std::string("writing ") + what + " needs tracker-writers.so beside the program, which could not be loaded: " + m.error);
  char* buffer = nullptr;
  size_t size = 0;
  const int status = m.write(kind, model.data(), model.size(), &buffer, &size);
  if (status == 2 || buffer == nullptr) throw TrackerError(std::string(what) + " could not be written (out of memory)");
  std::string result(buffer, size);
  m.free(buffer);
  if (status != 0) throw TrackerError(result);
  return result;
}

}  // namespace

std::string docx_file(const docx::Document& document) { return written(kWriterDocx, wire_from_document(document)); }
std::string xlsx_file(const xlsx::Sheet& sheet) { return written(kWriterXlsx, wire_from_sheet(sheet)); }

}  // namespace tracker
