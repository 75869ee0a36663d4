#include <cstdio>

#include "cli/adopt_words.h"
#include "cli/command_table.h"
#include "cli/store_context.h"
#include "core/errors.h"
#include "core/text.h"
#include "extract/extraction.h"
#include "read/source_text.h"

namespace tracker {

const std::vector<OptionSpec> kAdoptOptions = store_options({
    {"--list", "", "list the quoted resolutions with their numbers (what it does without N or --all)"},
    {"--all", "", "adopt every quoted resolution that can be adopted and is not tracked yet"},
});

namespace {

std::string short_text(const std::string& text, size_t width) {
  if (text.size() <= width) return text;
  size_t cut = width - 1;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  return text.substr(0, cut) + "\xE2\x80\xA6";
}

std::string meeting_words(const QuotedResolution& q, const QuotedStanding& s) {
  if (s.meeting) return format_day_long(*s.meeting);
  if (q.month) return format_month_long(*q.month) + " (day not given)";
  return "meeting not given";
}

}  // namespace

std::string quoted_list_words(const Extraction& x, const std::vector<QuotedStanding>& standing) {
  int can = 0, tracked = 0;
  for (const auto& s : standing) {
    if (!s.tracked_as.empty()) ++tracked;
    else if (s.cannot.empty()) ++can;
  }
  std::string out = printable(x.file) + ": " + std::to_string(standing.size()) + " resolution(s) quoted from earlier meetings; " +
                    std::to_string(can) + " can be adopted, " + std::to_string(tracked) + " tracked already\n";
  std::string heading;
  for (size_t n = 0; n < standing.size() && n < x.quoted_resolutions.size(); ++n) {
    const QuotedResolution& q = x.quoted_resolutions[n];
    const QuotedStanding& s = standing[n];
    const std::string here = printable(q.committee.empty() ? std::string("(committee not given)") : q.committee) + ", " +
                             meeting_words(q, s) + (q.item.empty() ? "" : ": " + printable(q.item));
    if (here != heading) {
      heading = here;
      out += "\n" + here + "\n";
    }
    const Resolution& r = q.resolution;
    std::string state;
    if (!s.tracked_as.empty()) state = (s.adopted_here ? "adopted as " : "tracked as ") + s.tracked_as;
    else if (!s.cannot.empty()) state = "not adoptable: " + s.cannot;
    else state = "can be adopted";
    std::string number = std::to_string(s.number);
    std::string label = r.clause.label ? "(" + printable(*r.clause.label) + ")" : "";
    out += std::string(number.size() < 4 ? 4 - number.size() : 0, ' ') + number + "  " + label +
           std::string(label.size() < 6 ? 6 - label.size() : 1, ' ') + kind_name(r.kind) + ", line " + std::to_string(r.clause.line) + ": " +
           state + "\n";
    out += "        " + printable(short_text(r.clause.text, 160)) + "\n";
  }
  return out;
}

std::string adopted_words(const Extraction& x, const AdoptResult& result) {
  std::string out = printable(x.file) + ": adopted " + std::to_string(result.adopted.size()) + " quoted resolution(s) as actions\n";
  for (const auto& id : result.adopted) out += "  " + id + "\n";
  for (const auto& note : result.notes) out += "  " + printable(note) + "\n";
  return out;
}

int run_adopt(const ParsedArguments& args) {
  if (args.positional.empty()) throw UsageError("adopt needs the FILE that quotes the resolutions (see 'tracker help adopt')");
  const std::string& file = args.positional[0];
  std::vector<int> numbers;
  for (size_t k = 1; k < args.positional.size(); ++k) {
    const std::string& n = args.positional[k];
    const bool digits = !n.empty() && n.size() <= 6 && std::all_of(n.begin(), n.end(), [](char c) { return is_digit(c); });
    if (!digits || std::stoi(n) == 0)
      throw UsageError("'" + printable(n) + "' is not the number of a quoted resolution (see 'tracker adopt " + printable(file) + " --list')");
    numbers.push_back(std::stoi(n));
  }
  const bool all = args.has("--all"), list = args.has("--list") || (!all && numbers.empty());
  if (all && !numbers.empty()) throw UsageError("give the numbers to adopt or --all, not both");
  if (args.has("--list") && (all || !numbers.empty())) throw UsageError("--list only lists: leave out the numbers and --all");
  const StoreContext c = store_context(args);
  const CompiledVocabulary vocabulary(c.config.vocabulary);
  const SourceText source = read_source_text(file);
  const Extraction x = extract_minutes(source, c.config, vocabulary, {});
  const std::string sha256 = sha256_hex(source.buffer);
  if (list) {
    const Store store(c.db_path, StoreAccess::read_only);
    print(quoted_list_words(x, quoted_standing(store, x, sha256)));
    return 0;
  }
  Store store(c.db_path, StoreAccess::read_write);
  print(adopted_words(x, adopt_quoted(store, x, sha256, numbers, c.config, c.change(""))));
  return 0;
}

}  // namespace tracker
