// The Word and Excel writers as a module the program loads only when such a file is asked for:
// libxlsxwriter and libzip, linked into the program, added 4-5 ms to every command, the weekly
// check and every re-import included. As with the document readers' module, the interface is
// plain C and a byte buffer (writer_wire.h), so that no exception, allocation or C++ object
// crosses between the program (its own static libstdc++ and malloc) and the module.
#include <cstdlib>
#include <new>
#include <string>

#include "core/module_output.h"
#include "report/writer_module.h"
#include "report/writer_wire.h"

extern "C" __attribute__((visibility("default"))) int tracker_write_file(int kind, const char* data, size_t size, char** out,
                                                                          size_t* out_size) {
  using namespace tracker;
  std::string bytes;
  int status = 0;
  try {
    const std::string_view model(data, size);
    if (kind == kWriterDocx) bytes = docx::docx_bytes(document_from_wire(model));
    else if (kind == kWriterXlsx) bytes = xlsx::xlsx_bytes(sheet_from_wire(model));
    else bytes = "the writers' module was asked for a kind of file it does not write", status = 1;
  } catch (const std::bad_alloc&) {
    return 2;
  } catch (const std::exception& e) {
    bytes = e.what();
    status = 1;
  }
  if (hand_back_output(bytes, out, out_size) != 0) return 2;
  return status;
}

extern "C" __attribute__((visibility("default"))) void tracker_free_file(char* buffer) { std::free(buffer); }
