#include <cstdio>

#include "cli/command_table.h"
#include "config/config.h"
#include "core/errors.h"
#include "core/text.h"
#include "extract/extraction.h"
#include "read/source_text.h"
#include "report/extraction_report.h"

namespace tracker {

const std::vector<OptionSpec> kExtractOptions = {
    {"--date", "YYYY-MM-DD", "the meeting date, when the file does not give it"},
    {"--committee", "NAME", "the committee, when the heading does not name it"},
    {"--format", "text|json|lines", "text (default), json, or lines: the document as it was read, line by line, with where each stands"},
    {"--why", "", "say for each clause how it was found and why it is tracked or not"},
    {"--config", "PATH", "configuration file (default: ./tracker.toml)"},
    {"--help", "", "show this help"},
};

int run_extract(const ParsedArguments& args) {
  if (args.positional.size() != 1)
    throw UsageError(args.positional.empty() ? "extract needs a minutes FILE (see 'tracker help extract')"
                                             : "extract reads one FILE at a time; got " + std::to_string(args.positional.size()));
  ExtractOptions options;
  if (auto d = args.get("--date")) {
    options.meeting_date = parse_iso_day(*d);
    if (!options.meeting_date) throw UsageError("--date '" + *d + "' is not a date; write it as YYYY-MM-DD");
  }
  if (auto c = args.get("--committee")) options.committee = *c;
  const std::string format = args.get("--format").value_or("text");
  if (format != "text" && format != "json" && format != "lines")
    throw UsageError("--format must be text, json or lines, not '" + format + "'");

  const Config config = load_config_for_command(args.get("--config"));
  const CompiledVocabulary vocabulary(config.vocabulary);
  const SourceText source = read_source_text(args.positional[0]);
  if (format == "lines") {
    // What the reader made of a PDF, Word document or web page, for a person checking why a
    // clause or a table was not found: a table row's cells are separated by " | ".
    std::string out;
    for (int k = 1; k <= source.line_count(); ++k) {
      std::string line(source.line(k));
      for (size_t at = line.find('\t'); at != std::string::npos; at = line.find('\t', at + 3)) line.replace(at, 1, " | ");
      const int number = source.file_line(static_cast<size_t>(k - 1));
      out += std::to_string(number) + "\t" + describe_location(source, number) + "\t" + printable(line) + "\n";
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
  }
  const Extraction extraction = extract_minutes(source, config, vocabulary, options);
  const std::string out =
      format == "json" ? extraction_to_json(extraction, &source) : extraction_to_text(extraction, &source, args.has("--why"));
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

}  // namespace tracker
