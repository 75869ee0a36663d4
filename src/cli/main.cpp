// The only place that knows about the process: arguments in, exit code out. Every error a user
// can act on arrives here as a TrackerError and leaves as one line on stderr with exit code 2.
#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#include "cli/command_table.h"
#include "core/errors.h"

namespace {

int fail(const std::string& message) {
  std::fprintf(stderr, "tracker: %s\n", message.c_str());
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace tracker;
  std::vector<std::string> args(argv + 1, argv + argc);
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
    const CommandSpec* command = find_command(first);
    if (command == nullptr) return fail("unknown command '" + first + "' (see 'tracker --help')");
    std::vector<std::string> rest(args.begin() + 1, args.end());
    ParsedArguments parsed = parse_arguments(command->name, command->options, rest);
    if (parsed.has("--help")) {
      std::fputs(command_help(*command).c_str(), stdout);
      return 0;
    }
    return command->run(parsed);
  } catch (const TrackerError& e) {
    return fail(e.what());
  } catch (const std::bad_alloc&) {
    return fail("out of memory");
  } catch (const std::exception& e) {
    return fail(std::string("internal error: ") + e.what());
  }
}
