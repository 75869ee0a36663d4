#pragma once
// The import flow: files read and extracted a step ahead, stored in groups that are committed
// together, and a group rolled back and its other files stored again when one fails part way,
// so that each file is still all or nothing. What happened to each file comes back as a value,
// for the command line to put into words, and only once it is committed.
#include <optional>
#include <string>
#include <vector>

#include "config/config.h"
#include "core/errors.h"
#include "extract/extraction.h"
#include "store/store.h"

namespace tracker {

struct ImportedFile {
  std::string path;
  std::optional<std::string> imported_before_as;  // these bytes were imported before, from this path: nothing done
  ImportResult result;                            // what the file changed (a dry run: would change)
  std::vector<Warning> warnings;                  // the extraction's
  std::vector<std::string> warning_places;        // for each warning: "line 12", "page 3, line 14 (line 80)"
};

// Where the outcomes go, in the order of the files: `stored` once a file's group is committed
// (at once for a dry run or a file already imported), `failed` at once.
class ImportOutcomes {
 public:
  virtual ~ImportOutcomes() = default;
  virtual void stored(const ImportedFile& file) = 0;
  virtual void failed(const TrackerError& error) = 0;
};

// Imports `paths` in order; returns how many failed. A file that cannot be read or stored fails
// alone; the others go on.
int import_files(Store& store, const std::vector<std::string>& paths, const Config& config, const ExtractOptions& options,
                 bool dry_run, const Change& change, ImportOutcomes& outcomes);

}  // namespace tracker
