#include <cstdio>

#include "app/import_files.h"
#include "cli/adopt_words.h"
#include "cli/command_table.h"
#include "cli/store_context.h"
#include "core/errors.h"
#include "core/text.h"
#include "read/source_text.h"

namespace tracker {

const std::vector<OptionSpec> kImportOptions = store_options({
    {"--committee", "NAME", "the committee, when the minutes do not name it"},
    {"--date", "YYYY-MM-DD", "the meeting date, when the minutes do not give it"},
    {"--dry-run", "", "show what would change, write nothing"},
    {"--adopt", "", "also adopt the resolutions each file quotes from earlier meetings (see 'tracker help adopt')"},
});

namespace {

// What the import did beside its counts, one line, as the person importing reads it.
std::string note_words(const ImportNote& n) {
  switch (n.kind) {
    case ImportNote::Kind::clause_changed: return "clause " + n.clause_key + " changed: " + n.text.substr(0, 80);
    case ImportNote::Kind::clause_gone:
      return "clause " + n.clause_key + " is not in this version of the minutes; it is kept, marked as such: " + n.text.substr(0, 70);
    case ImportNote::Kind::taken_up:
      return n.id_before + " (" + (n.by_hand ? "entered by hand" : "from the council's schedule") + ") is clause " + n.clause_key +
             " of these minutes: now " + n.id_after;
    case ImportNote::Kind::schedule_row_added:
      return n.id_after + " taken in from the council's schedule (line " + std::to_string(n.line) + "): " + n.text.substr(0, 70);
    case ImportNote::Kind::schedule_row_skipped:
      return "schedule row at line " + std::to_string(n.line) + " not taken in: its decision date" +
             (n.text.empty() ? " is missing" : " ('" + n.text + "') cannot be read");
  }
  return "";
}

// Each file's line as the import goes: a stored file's once it is committed, a failure at once.
class PrintedOutcomes : public ImportOutcomes {
 public:
  explicit PrintedOutcomes(bool dry_run) : dry_run_(dry_run) {}

  void stored(const ImportedFile& f) override {
    const std::string file = printable(f.path);  // a name with a line break stays on its line
    std::string out;
    if (f.imported_before_as) {
      out = file + ": already imported (as " + *f.imported_before_as + "); nothing changed\n";
    } else {
      const ImportResult& r = f.result;
      const std::string meeting = r.committee.empty() ? "" : r.committee + ", " + (r.meeting ? format_day_long(*r.meeting) : "monitoring schedule");
      out = file + ": " + (meeting.empty() ? "" : meeting + ": ");
      if (r.unchanged_file) {
        out += "already imported; nothing changed\n";
      } else {
        out += std::to_string(r.actions_added) + " new action(s) from " + std::to_string(r.clauses_added) + " new clause(s)";
        if (r.clauses_changed || r.clauses_unchanged || r.clauses_gone)
          out += "; " + std::to_string(r.clauses_changed) + " changed, " + std::to_string(r.clauses_unchanged) +
                 " left as they were, " + std::to_string(r.clauses_gone) + " no longer in the minutes";
        out += "; " + std::to_string(r.commitments_added) + " commitment(s); " + std::to_string(r.meetings_added) +
               " meeting(s) added to the calendar; " + std::to_string(r.listings_added) + " agenda or work-programme item(s)";
        if (r.schedule_rows)
          out += "; the council's monitoring schedule: " + std::to_string(r.schedule_rows) + " row(s), " + std::to_string(r.schedule_added) +
                 " taken in as new actions, " + std::to_string(r.schedule_matched) + " matched to actions already tracked, " +
                 std::to_string(r.schedule_unchanged) + " unchanged" +
                 (r.schedule_skipped ? ", " + std::to_string(r.schedule_skipped) + " not taken in" : "");
        out += "\n";
        for (const ImportNote& n : r.notes) out += "  " + note_words(n) + "\n";
        for (size_t k = 0; k < f.warnings.size(); ++k)
          out += "  warning, " + (k < f.warning_places.size() ? f.warning_places[k] : "line " + std::to_string(f.warnings[k].line)) +
                 ": " + f.warnings[k].message + "\n";
      }
      if (dry_run_) out += "  (dry run: nothing was written)\n";
    }
    std::fputs(out.c_str(), stdout);
    std::fflush(stdout);
  }

  void failed(const TrackerError& e) override {
    std::string message = e.what();
    if (const auto* unread = dynamic_cast<const MeetingNotRead*>(&e))
      message += unread->missing() == MeetingNotRead::Missing::committee ? "; give it with --committee NAME" : "; give it with --date YYYY-MM-DD";
    std::fprintf(stderr, "tracker: %s\n", printable(message).c_str());  // one line, as main's
  }

 private:
  bool dry_run_;
};

}  // namespace

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
  if (dry_run && args.has("--adopt")) throw UsageError("--adopt writes; it cannot be part of a dry run");
  // Only init creates a database: an import in the wrong folder must not start a second one.
  Store store(c.db_path, StoreAccess::read_write);
  PrintedOutcomes printed(dry_run);
  ExtractOptions stored = options;
  stored.quoted_resolutions = false;  // the import keeps none; --adopt reads them below
  int failed = import_files(store, args.positional, c.config, stored, dry_run, c.change(""), printed);
  if (args.has("--adopt")) {
    // Each file read again: adopting is rare, and the import keeps no extraction once it is stored.
    const CompiledVocabulary vocabulary(c.config.vocabulary);
    for (const auto& path : args.positional) {
      try {
        const SourceText source = read_source_text(path);
        const Extraction x = extract_minutes(source, c.config, vocabulary, options);
        const std::string sha256 = sha256_hex(source.buffer);
        if (x.quoted_resolutions.empty() || !store.imported_as(sha256)) continue;  // a file that failed is reported already
        print(adopted_words(x, adopt_quoted(store, x, sha256, {}, c.config, c.change(""))));
      } catch (const TrackerError& e) {
        printed.failed(e);
        ++failed;
      }
    }
  }
  return failed ? 2 : 0;
}

}  // namespace tracker
