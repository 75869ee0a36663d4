#include "app/import_files.h"

#include <chrono>

#include "app/read_ahead.h"

namespace tracker {

int import_files(Store& store, const std::vector<std::string>& paths, const Config& config, const ExtractOptions& options,
                 bool dry_run, const Change& change, ImportOutcomes& outcomes) {
  ReadAhead files(paths, config, options, store.imported_hashes());
  // Files are committed in groups (Store::begin_import_group), each file all or nothing. A file's
  // outcome is passed on once its group is committed, so that what the caller says was imported,
  // was. A dry run writes nothing, so has no groups.
  constexpr size_t kGroupFiles = 256;
  constexpr auto kGroupTime = std::chrono::seconds(1);  // how long another writer may wait, at most
  std::vector<PreparedFile> group;     // the files since the last commit, to store again if the group is rolled back
  std::vector<ImportedFile> pending;   // their outcomes, passed on at the commit
  std::chrono::steady_clock::time_point group_began;
  auto commit = [&] {
    store.commit_import_group();
    group.clear();
    for (const ImportedFile& f : pending) outcomes.stored(f);
    pending.clear();
  };
  // One file: its outcome, or a TrackerError.
  auto import_file = [&](const PreparedFile& f) -> ImportedFile {
    if (f.failure) std::rethrow_exception(f.failure);
    if (!f.error.empty()) throw InputError(f.error);
    ImportedFile out;
    out.path = f.path;
    if (auto earlier = store.imported_as(f.sha256)) {
      out.imported_before_as = *earlier;
      return out;
    }
    if (!f.minutes) throw StoreError(f.path + ": the database changed while importing it; import it again");
    if (!dry_run && !store.import_group_open()) {  // an unchanged file never takes the write lock
      store.begin_import_group();
      group_began = std::chrono::steady_clock::now();
    }
    out.result = store.import_minutes(*f.minutes, f.sha256, config, dry_run, change);
    out.warnings = f.warnings;
    out.warning_places = f.warning_places;
    return out;
  };
  int failed = 0;
  while (std::optional<PreparedFile> next = files.next()) {
    try {
      pending.push_back(import_file(*next));
      if (store.import_group_open()) group.push_back(std::move(*next));
      else commit();  // nothing written, or a dry run: nothing to wait for
    } catch (const TrackerError& e) {
      outcomes.failed(e);
      ++failed;
      if (store.import_group_spoiled()) {
        // The file failed part way: undo the group and store its other files again, as they
        // were before this one. They went in once, so they go in again; if one does not, the
        // database has changed under the import and the import stops with that error.
        store.rollback_import_group();
        pending.clear();
        for (const PreparedFile& f : group) pending.push_back(import_file(f));
      }
    }
    if (store.import_group_open() && (group.size() >= kGroupFiles || std::chrono::steady_clock::now() - group_began >= kGroupTime))
      commit();
  }
  commit();
  return failed;
}

}  // namespace tracker
