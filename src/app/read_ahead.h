#pragma once
// The files of one import, read and extracted on a second thread, a file or two ahead of the
// one being stored: extraction (and the words reconciliation will match on) is a third of an
// import's work, and the machine has two cores.
// The files come back in the order given, so the import and its output are the same as if
// each were read when its turn came.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_set>
#include <vector>

#include "config/config.h"
#include "extract/extraction.h"
#include "store/store_input.h"
#include "extract/vocabulary.h"

namespace tracker {

struct PreparedFile {
  std::string path;
  std::string sha256;                    // empty when the file could not be read
  std::optional<MinutesToStore> minutes;  // what the store saves of it; none when the file was imported before, or failed
  std::vector<Warning> warnings;          // the extraction's
  std::vector<std::string> warning_places;  // for each warning: "line 12", or "page 3, line 14 (line 80)", and a link on it
  std::string error;                     // a TrackerError's message: this file failed, the rest go on
  std::exception_ptr failure;            // anything else: the import stops
};

class ReadAhead {
 public:
  // `imported`: the content hashes already in the database. A file with one of these is read
  // and hashed but not extracted, so re-importing an unchanged file never compiles the
  // vocabulary. The store still decides, as the files it imports earlier may repeat one.
  ReadAhead(std::vector<std::string> files, const Config& config, const ExtractOptions& options,
            std::unordered_set<std::string> imported);
  ~ReadAhead();  // stops the thread, leaving files not yet read
  ReadAhead(const ReadAhead&) = delete;
  ReadAhead& operator=(const ReadAhead&) = delete;

  // The next file in the order given; nullopt after the last.
  std::optional<PreparedFile> next();

 private:
  static constexpr size_t kAhead = 2;  // files held ready: enough to keep both threads busy
  void run();
  PreparedFile prepare(const std::string& path);

  const std::vector<std::string> files_;
  const Config& config_;
  const ExtractOptions options_;
  const std::unordered_set<std::string> imported_;
  std::optional<CompiledVocabulary> vocabulary_;  // the reading thread's, compiled when a file is new

  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<PreparedFile> ready_;
  bool stopping_ = false;  // the import is over: read no more
  bool finished_ = false;  // the reading thread has read its last
  std::thread thread_;  // last: started once everything above is set up
};

}  // namespace tracker
