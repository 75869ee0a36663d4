#include "report/writer_module.h"

#include "core/errors.h"
#include "core/load_module.h"
#include "report/writer_wire.h"

namespace tracker {
namespace {

using WriteFunction = int (*)(int, const char*, size_t, char**, size_t*);

const LoadedModule& module() {
  static const LoadedModule loaded = load_module("tracker-writers.so",
#ifdef TRACKER_WRITERS_MODULE
                                                 TRACKER_WRITERS_MODULE,
#else
                                                 nullptr,
#endif
                                                 "tracker_write_file", "tracker_free_file", "tracker's Word and Excel writer");
  return loaded;
}

std::string written(int kind, const std::string& model) {
  const LoadedModule& m = module();
  const char* what = kind == kWriterDocx ? "a Word document" : "an Excel workbook";
  if (m.work == nullptr)
    throw TrackerError(std::string("writing ") + what + " needs tracker-writers.so beside the program, which could not be loaded: " + m.error);
  const auto write = reinterpret_cast<WriteFunction>(m.work);
  ModuleOutput out = call_module(m, [&](char** buffer, size_t* size) { return write(kind, model.data(), model.size(), buffer, size); });
  if (out.status == 2) throw TrackerError(std::string(what) + " could not be written (out of memory)");
  if (out.status != 0) throw TrackerError(out.text);
  return std::move(out.text);
}

}  // namespace

std::string docx_file(const docx::Document& document) { return written(kWriterDocx, wire_from_document(document)); }
std::string xlsx_file(const xlsx::Sheet& sheet) { return written(kWriterXlsx, wire_from_sheet(sheet)); }

}  // namespace tracker
