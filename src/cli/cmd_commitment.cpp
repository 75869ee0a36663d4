// Officers' commitments from the discussion: list them with their numbers, and close, dismiss or
// reopen one. The briefing shows only those still open on its day.
#include <cstdio>

#include "app/commitments.h"
#include "cli/command_table.h"
#include "cli/store_context.h"
#include "core/errors.h"
#include "rules/wording.h"

namespace tracker {

const std::vector<OptionSpec> kCommitmentOptions = store_options({
    {"--committee", "NAME", "only this committee (list)"},
    {"--all", "", "also list those closed or dismissed (list)"},
    {"--note", "TEXT", "why (required to close or dismiss)"},
});

namespace {

const char* state_word(CommitmentState s) {
  switch (s) {
    case CommitmentState::open: return "open";
    case CommitmentState::closed: return "closed";
    case CommitmentState::dismissed: return "dismissed";
  }
  return "open";
}


std::string listing(const std::vector<CommitmentView>& list, Day as_of, bool all) {
  std::string out;
  int shown = 0;
  for (const auto& k : list) {
    if (k.meeting_date > as_of) continue;  // not yet said on the day asked about
    const CommitmentState state = commitment_state(k, as_of);
    if (!all && state != CommitmentState::open) continue;
    ++shown;
    out += std::to_string(k.number) + "  " + state_word(state) + "  " + k.committee + ", " + day_words(k.meeting_date) +
           (k.item_title.empty() ? "" : ", " + k.item_title) + "\n";
    out += "    " + k.text + "\n";
    for (const auto& e : k.history) {
      if (e.date > as_of) continue;
      const char* what = e.sets == CommitmentState::open ? "Reopened" : e.sets == CommitmentState::closed ? "Closed" : "Dismissed";
      out += "    " + std::string(what) + " " + day_words(e.date) + (e.note.empty() ? "" : ": " + e.note) + (e.who.empty() ? "" : " (" + e.who + ")") + "\n";
    }
  }
  if (shown == 0) return all ? "No commitments are recorded.\n" : "No commitments are open.\n";
  return out + std::to_string(shown) + (shown == 1 ? " commitment" : " commitments") + (all ? "" : " open") + "\n";
}

std::string refusal_words(const CommitmentChangeRefused& e) {
  const std::string n = "commitment " + std::to_string(e.number);
  if (e.why == CommitmentRefusal::reason_needed) return "say why " + n + " is " + state_word(e.wanted) + " with --note";
  return n + " is already " + std::string(state_word(e.now));
}

}  // namespace

int run_commitment(const ParsedArguments& args) {
  if (args.positional.empty()) throw UsageError("commitment needs list, close, dismiss or reopen (see 'tracker help commitment')");
  const std::string verb = args.positional[0];
  const StoreContext c = store_context(args);
  if (verb == "list") {
    if (args.positional.size() != 1) throw UsageError("commitment list takes options only");
    const Store store(c.db_path, StoreAccess::read_only);
    print(listing(store.commitments(committee_option(store, c, args)), c.as_of, args.has("--all")));
    return 0;
  }
  CommitmentState wanted;
  if (verb == "close") wanted = CommitmentState::closed;
  else if (verb == "dismiss") wanted = CommitmentState::dismissed;
  else if (verb == "reopen") wanted = CommitmentState::open;
  else throw UsageError("commitment " + verb + ": use list, close, dismiss or reopen");
  if (args.positional.size() != 2) throw UsageError("commitment " + verb + " needs the commitment's number (see 'tracker commitment list')");
  const std::string& text = args.positional[1];
  if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos)
    throw UsageError("'" + text + "' is not a commitment's number (see 'tracker commitment list')");
  const int64_t number = std::stoll(text);
  Store store(c.db_path, false);
  try {
    change_commitment(store, number, wanted, c.change(args.get("--note").value_or("")));
  } catch (const CommitmentChangeRefused& e) {
    throw UsageError(refusal_words(e));
  }
  std::printf("Commitment %lld %s on %s\n", static_cast<long long>(number),
              wanted == CommitmentState::open ? "reopened" : state_word(wanted), format_day(c.as_of).c_str());
  return 0;
}

}  // namespace tracker
