#include <chrono>
#include <cstdio>

#include "cli/command_table.h"
#include "cli/read_ahead.h"
#include "cli/store_context.h"
#include "core/errors.h"
#include "core/text.h"
#include "extract/extraction.h"

namespace tracker {

const std::vector<OptionSpec> kImportOptions = store_options({
    {"--committee", "NAME", "the committee, when the minutes do not name it"},
    {"--date", "YYYY-MM-DD", "the meeting date, when the minutes do not give it"},
    {"--dry-run", "", "show what would change, write nothing"},
});

int run_import(const ParsedArguments& args) {
  if (args.positional.empty()) throw UsageError("import needs one or more minutes FILEs (see 'tracker help import')");
  const StoreContext c = store_context(args);
  ExtractOptions options;
  if (auto d = args.get("--date")) {
    options.meeting_date = parse_iso_day(*d);
    if (!options.meeting_date) throw UsageError("--date '" + *d + "' is not a date; write it as YYYY-MM-DD");
  }
  if (auto name = args.get("--committee")) options.committee = *name;
  const bool dry_run = args.has("--dry-run");
  // Only init creates a database: an import in the wrong folder must not start a second one.
  Store store(c.db_path, StoreAccess::read_write);
  ReadAhead files(args.positional, c.config, options, store.imported_hashes());
  // The files are committed in groups (Store::begin_import_group), each file all or nothing. A
  // file's line is printed once its group is committed, so that what the output says was
  // imported, was; a failure is printed at once. A dry run writes nothing, so has no groups.
  constexpr size_t kGroupFiles = 256;
  constexpr auto kGroupTime = std::chrono::seconds(1);  // how long another writer may wait, at most
  std::vector<PreparedFile> group;  // the files since the last commit, to import again if the group is rolled back
  std::string printed_at_commit;
  std::chrono::steady_clock::time_point group_began;
  auto commit = [&] {
    store.commit_import_group();
    group.clear();
    std::fputs(printed_at_commit.c_str(), stdout);
    std::fflush(stdout);
    printed_at_commit.clear();
  };
  // One file: what to print for it, or a TrackerError.
  auto import_file = [&](const PreparedFile& f) -> std::string {
    const std::string file = printable(f.path);  // a name with a line break stays on its line
    if (f.failure) std::rethrow_exception(f.failure);
    if (!f.error.empty()) throw InputError(f.error);
    if (auto earlier = store.imported_as(f.sha256)) return file + ": already imported (as " + *earlier + "); nothing changed\n";
    if (!f.extraction) throw StoreError(file + ": the database changed while importing it; import it again");
    if (!dry_run && !store.import_group_open()) {  // an unchanged file never takes the write lock
      store.begin_import_group();
      group_began = std::chrono::steady_clock::now();
    }
    const Extraction& x = *f.extraction;
    const ImportResult r = store.import_minutes(x, f.sha256, c.config, dry_run, c.change(""), &f.words, &f.locations);
    std::string out = file + ": " + (r.meeting.empty() ? "" : r.meeting + ": ");
    if (r.unchanged_file) {
      out += "already imported; nothing changed\n";
    } else {
      out += std::to_string(r.actions_added) + " new action(s) from " + std::to_string(r.clauses_added) + " new clause(s)";
      if (r.clauses_changed || r.clauses_unchanged || r.clauses_gone)
        out += "; " + std::to_string(r.clauses_changed) + " changed, " + std::to_string(r.clauses_unchanged) + " left as they were, " +
               std::to_string(r.clauses_gone) + " no longer in the minutes";
      out += "; " + std::to_string(r.commitments_added) + " commitment(s); " + std::to_string(r.meetings_added) +
             " meeting(s) added to the calendar; " + std::to_string(r.listings_added) + " agenda or work-programme item(s)\n";
      for (const auto& n : r.notes) out += "  " + n + "\n";
      for (size_t k = 0; k < x.warnings.size(); ++k)
        out += "  warning, " + (k < f.warning_places.size() ? f.warning_places[k] : "line " + std::to_string(x.warnings[k].line)) + ": " +
               x.warnings[k].message + "\n";
    }
    if (dry_run) out += "  (dry run: nothing was written)\n";
    return out;
  };
  int failed = 0;
  while (std::optional<PreparedFile> next = files.next()) {
    try {
      printed_at_commit += import_file(*next);
      if (store.import_group_open()) group.push_back(std::move(*next));
      else commit();  // nothing written, or a dry run: nothing to wait for
    } catch (const TrackerError& e) {
      std::fprintf(stderr, "tracker: %s\n", printable(e.what()).c_str());  // one line, as main's
      ++failed;
      if (store.import_group_spoiled()) {
        // The file failed part way: undo the group and import its other files again, as they
        // were before this one. They went in once, so they go in again; if one does not, the
        // database has changed under the import and the import stops with that error.
        store.rollback_import_group();
        printed_at_commit.clear();
        for (const PreparedFile& f : group) printed_at_commit += import_file(f);
      }
    }
    if (store.import_group_open() && (group.size() >= kGroupFiles || std::chrono::steady_clock::now() - group_began >= kGroupTime))
      commit();
  }
  commit();
  return failed ? 2 : 0;
}

}  // namespace tracker
