// Throughput of the extractor in one process: the config and vocabulary are loaded once, then
// every file named on the command line (or found in a folder) is read and extracted in turn.
// Peak RSS is reported after the first quarter of the files and at the end, so a leak or a
// cache that grows with the number of files shows up as a difference between the two.
// Files are extracted as an import reads them, without the resolutions a pack quotes from
// earlier meetings (an import stores none); --with-quotes reads those too, as extract and adopt do.
//
//   tracker_bench [--config PATH] [--with-quotes] FILE_OR_DIR...
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "config/config.h"
#include "core/errors.h"
#include "extract/extraction.h"
#include "extract/vocabulary.h"
#include "read/source_text.h"

namespace {

long peak_rss_kb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;  // kilobytes on Linux
}

std::vector<std::string> collect_files(const std::vector<std::string>& args) {
  std::vector<std::string> files;
  for (const auto& arg : args) {
    if (std::filesystem::is_directory(arg)) {
      std::vector<std::string> in_dir;
      for (const auto& entry : std::filesystem::directory_iterator(arg))
        if (entry.is_regular_file()) in_dir.push_back(entry.path().string());
      std::sort(in_dir.begin(), in_dir.end());
      files.insert(files.end(), in_dir.begin(), in_dir.end());
    } else {
      files.push_back(arg);
    }
  }
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  std::optional<std::string> config_path;
  std::vector<std::string> args;
  tracker::ExtractOptions options;
  options.quoted_resolutions = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--config" && i + 1 < argc) config_path = argv[++i];
    else if (arg == "--with-quotes") options.quoted_resolutions = true;
    else args.push_back(arg);
  }
  if (args.empty()) {
    std::fprintf(stderr, "usage: tracker_bench [--config PATH] [--with-quotes] FILE_OR_DIR...\n");
    return 2;
  }
  try {
    const std::vector<std::string> files = collect_files(args);
    if (files.empty()) {
      std::fprintf(stderr, "tracker_bench: no files\n");
      return 2;
    }
    const auto load_start = std::chrono::steady_clock::now();
    const tracker::Config config = tracker::load_config_for_command(config_path);
    const tracker::CompiledVocabulary vocabulary(config.vocabulary);
    const double load_seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - load_start).count();

    const size_t quarter = std::max<size_t>(1, files.size() / 4);
    long rss_quarter_kb = 0;
    size_t bytes = 0, clauses = 0, quoted = 0, rejected = 0;
    const auto start = std::chrono::steady_clock::now();
    for (size_t i = 0; i < files.size(); ++i) {
      try {
        bytes += std::filesystem::file_size(files[i]);
        const tracker::SourceText source = tracker::read_source_text(files[i]);
        const tracker::Extraction x = tracker::extract_minutes(source, config, vocabulary, options);
        clauses += x.resolutions.size();
        quoted += x.quoted_resolutions.size();
      } catch (const tracker::InputError& e) {
        ++rejected;
        std::fprintf(stderr, "%s\n", e.what());
      }
      if (i + 1 == quarter) rss_quarter_kb = peak_rss_kb();
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const long rss_end_kb = peak_rss_kb();
    const double mb = static_cast<double>(bytes) / 1e6;

    std::printf("config + vocabulary load: %.3f s (%s)\n", load_seconds, config.source.c_str());
    std::printf("read as:      %s\n", options.quoted_resolutions ? "extract and adopt read (with the resolutions a pack quotes)"
                                                                  : "an import reads (without the resolutions a pack quotes)");
    std::printf("files:        %zu (%zu rejected)\n", files.size(), rejected);
    std::printf("total:        %.1f MB\n", mb);
    std::printf("time:         %.2f s\n", seconds);
    std::printf("throughput:   %.1f MB/s\n", mb / seconds);
    std::printf("files/s:      %.1f\n", static_cast<double>(files.size()) / seconds);
    std::printf("clauses:      %zu (+%zu quoted from other meetings)\n", clauses, quoted);
    std::printf("peak RSS:     %.1f MB after %zu files (25%%), %.1f MB after %zu files (100%%)\n",
                rss_quarter_kb / 1024.0, quarter, rss_end_kb / 1024.0, files.size());
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "tracker_bench: %s\n", e.what());
    return 2;
  }
}
