// libFuzzer target for the reader: any bytes either become normalised text or an InputError.
// Beyond "no crash", it checks what source_text.h promises every later stage.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/errors.h"
#include "read/source_text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    const tracker::SourceText source = tracker::source_text_from_bytes("fuzz-input", bytes);
    const std::string_view buffer(source.buffer);
    if (buffer.find('\r') != std::string_view::npos) std::abort();
    if (buffer.find('\0') != std::string_view::npos) std::abort();
    for (std::string_view line : source.lines) {
      if (line.data() < buffer.data() || line.data() + line.size() > buffer.data() + buffer.size()) std::abort();
      if (line.find('\n') != std::string_view::npos) std::abort();
    }
  } catch (const tracker::InputError&) {
    // Rejected input (binary, not UTF-8, empty): the reader's documented answer.
  }
  return 0;
}
