#include "app/read_ahead.h"

#include "core/errors.h"
#include "read/source_text.h"
#include "app/minutes_to_store.h"
#include "store/store.h"  // sha256_hex

namespace tracker {

ReadAhead::ReadAhead(std::vector<std::string> files, const Config& config, const ExtractOptions& options,
                     std::unordered_set<std::string> imported)
    : files_(std::move(files)), config_(config), options_(options), imported_(std::move(imported)), thread_([this] { run(); }) {}

ReadAhead::~ReadAhead() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

std::optional<PreparedFile> ReadAhead::next() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return !ready_.empty() || finished_; });
  if (ready_.empty()) return std::nullopt;  // after the last file, or after a failure already handed out
  PreparedFile file = std::move(ready_.front());
  ready_.pop_front();
  lock.unlock();
  changed_.notify_all();  // room for one more
  return file;
}

void ReadAhead::run() {
  struct Finish {  // however the loop ends
    ReadAhead& r;
    ~Finish() {
      {
        std::lock_guard lock(r.mutex_);
        r.finished_ = true;
      }
      r.changed_.notify_all();
    }
  } finish{*this};
  for (const std::string& path : files_) {
    {
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [&] { return stopping_ || ready_.size() < kAhead; });
      if (stopping_) return;
    }
    PreparedFile file = prepare(path);
    const bool fatal = static_cast<bool>(file.failure);
    {
      std::lock_guard lock(mutex_);
      ready_.push_back(std::move(file));
    }
    changed_.notify_all();
    if (fatal) return;  // the import stops at this file: read no further
  }
}

PreparedFile ReadAhead::prepare(const std::string& path) {
  PreparedFile file;
  file.path = path;
  try {
    const SourceText source = read_source_text(path);
    file.sha256 = sha256_hex(source.buffer);
    if (imported_.count(file.sha256)) return file;
    if (!vocabulary_) vocabulary_.emplace(config_.vocabulary);
    Extraction extraction = extract_minutes(source, config_, *vocabulary_, options_);
    std::vector<std::string> locations;  // where each resolution stands in a PDF, Word document or web page
    if (source.kind != DocumentKind::text)
      for (const Resolution& r : extraction.resolutions) locations.push_back(describe_location(source, r.clause.line));
    file.minutes = minutes_to_store(extraction, locations);
    file.warnings = std::move(extraction.warnings);
    for (const Warning& w : file.warnings) {
      std::string place = source.kind == DocumentKind::text
                              ? "line " + std::to_string(w.line)
                              : describe_location(source, w.line) + " (line " + std::to_string(w.line) + ")";
      if (const std::string_view link = source.link(w.line); !link.empty()) place += ", link " + std::string(link);
      file.warning_places.push_back(std::move(place));
    }
  } catch (const TrackerError& e) {
    file.error = e.what();
  } catch (...) {
    file.failure = std::current_exception();
  }
  return file;
}

}  // namespace tracker
