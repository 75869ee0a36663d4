// The only place that knows about the process: arguments in, exit code out. Every error a user
// can act on arrives here as a TrackerError and leaves as one line on stderr with exit code 2.
#include <SQLiteCpp/Exception.h>

#include <csignal>
#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#include "cli/command_table.h"
#include "cli/lifecycle_words.h"
#include "cli/store_context.h"
#include "core/errors.h"
#include "core/text.h"
#include "store/store.h"

namespace {

// One line, whatever the message holds: a value's control characters are shown escaped.
int fail(const std::string& message) {
  std::fprintf(stderr, "tracker: %s\n", tracker::printable(message).c_str());
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace tracker;
  // Past `ulimit -f` a write fails with EFBIG, which is reported, instead of killing the process.
  std::signal(SIGXFSZ, SIG_IGN);
  std::vector<std::string> args(argv + 1, argv + argc);
  const CommandSpec* command = nullptr;
  ParsedArguments parsed;
  try {
    if (args.empty()) return fail("no command given (see 'tracker --help')");
    const std::string& first = args[0];
    if (first == "--help" || first == "-h") {
      std::fputs(general_help().c_str(), stdout);
      return 0;
    }
    if (first == "--version" || first == "version") {
      std::printf("tracker %s\n", TRACKER_VERSION);
      return 0;
    }
    if (first == "help") {
      if (args.size() == 1) {
        std::fputs(general_help().c_str(), stdout);
        return 0;
      }
      const CommandSpec* command = find_command(args[1]);
      if (command == nullptr) return fail("no command named '" + args[1] + "' (see 'tracker --help')");
      std::fputs(command_help(*command).c_str(), stdout);
      return 0;
    }
    if (!first.empty() && first[0] == '-') return fail("unknown option '" + first + "' (see 'tracker --help')");
    command = find_command(first);
    if (command == nullptr) return fail("unknown command '" + first + "' (see 'tracker --help')");
    std::vector<std::string> rest(args.begin() + 1, args.end());
    parsed = parse_arguments(command->name, command->options, rest);
    if (parsed.has("--help")) {
      std::fputs(command_help(*command).c_str(), stdout);
      return 0;
    }
    const int code = command->run(parsed);
    // A report to a full disk or a closed stream must not look like success.
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) return fail("could not write to standard output (is the disk full?)");
    return code;
  } catch (const ChangeRefused& e) {
    return fail(refusal_words(e));
  } catch (const TrackerError& e) {
    return fail(e.what());
  } catch (const SQLite::Exception& e) {
    // A database error after the database was opened: said with the database's path.
    return fail(describe_database_error(command ? database_path(parsed) : "the database", e.getExtendedErrorCode(), e.what()));
  } catch (const std::bad_alloc&) {
    return fail("out of memory");
  } catch (const std::exception& e) {
    return fail(std::string("internal error: ") + e.what());
  }
}
