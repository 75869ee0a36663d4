// libFuzzer target for the whole pipeline: bytes -> reader -> parse and extract with the built-in
// configuration -> both renderings. Only InputError from the reader is an expected outcome.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "config/config.h"
#include "core/errors.h"
#include "extract/extraction.h"
#include "extract/vocabulary.h"
#include "read/source_text.h"
#include "report/extraction_report.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Compiled once: the vocabulary is per run in the CLI too.
  static const tracker::Config config = tracker::default_config();
  static const tracker::CompiledVocabulary vocabulary(config.vocabulary);

  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    const tracker::SourceText source = tracker::source_text_from_bytes("fuzz-input", bytes);
    const tracker::Extraction extraction = tracker::extract_minutes(source, config, vocabulary, tracker::ExtractOptions{});
    const std::string json = tracker::extraction_to_json(extraction);
    const std::string text = tracker::extraction_to_text(extraction);
    if (json.empty() || text.empty()) __builtin_trap();
  } catch (const tracker::InputError&) {
    // Rejected by the reader: binary, not UTF-8, empty.
  }
  return 0;
}
