#pragma once
// One-line helpers that keep the unit tests about minutes rather than set-up.
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <string>
#include <string_view>

#include "config/config.h"
#include "extract/extraction.h"
#include "read/source_text.h"

namespace tracker::test {

// A folder of its own under the system temp folder, removed at the end of the test.
struct TempDir {
  std::filesystem::path path;
  TempDir() {
    static std::atomic<int> counter{0};
    const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    path = std::filesystem::temp_directory_path() / ("tracker-test-" + std::to_string(stamp) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  // Writes `bytes` to a file in the folder and returns its path.
  std::string write(const std::string& name, std::string_view bytes) const {
    const auto file = path / name;
    std::ofstream out(file, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return file.string();
  }
};

// Lines joined with '\n', so that line k of the test is line k of the text.
inline std::string text_of(std::initializer_list<std::string_view> lines) {
  std::string out;
  for (auto l : lines) {
    out.append(l);
    out.push_back('\n');
  }
  return out;
}

// Council A's pack: minutes, then a work programme whose pending items quote three older
// resolutions, each known only by its month (one by Cabinet, two by the panel itself).
inline std::string fenmoor_pack() {
  return text_of({
      "FENMOOR HEALTH SCRUTINY PANEL",
      "Tuesday, 8th October, 2024",
      "",
      "Present:- Councillor Hale (in the Chair); Councillors Ng and Patel.",
      "",
      "21. DENTAL ACCESS",
      "",
      "Resolved: -",
      "(1) That the report be noted.",
      "",
      "Work Programme - Fenmoor Health Scrutiny Panel UPDATED: 1 OCTOBER 2024",
      "",
      "Items pending schedule",
      "Item\tDetails\tStatus",
      "Dental access\t<p>Resolved at Cabinet in June 2024</p> <p>That the Panel review the recovery plan.</p>\tTo be scheduled",
      "Stroke services\t<p>Resolved in March 2024</p> <p>That a report be brought on stroke rehabilitation.</p> "
      "<p>That the ICB attend with it.</p> <p>Focus on community beds.</p>\tTo be scheduled",
  });
}

inline const Config& default_test_config() {
  static const Config config = default_config();
  return config;
}

inline const CompiledVocabulary& default_vocabulary_compiled() {
  static const CompiledVocabulary vocabulary(default_test_config().vocabulary);
  return vocabulary;
}

// Extracts from minutes text held in the test itself.
inline Extraction extract_text(std::string_view text, ExtractOptions options = {}, const Config& config = default_test_config()) {
  const SourceText source = source_text_from_bytes("test.txt", text);
  const CompiledVocabulary vocabulary(config.vocabulary);
  return extract_minutes(source, config, vocabulary, options);
}

}  // namespace tracker::test
