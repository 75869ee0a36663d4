// core/load_module: finding an optional module, telling a file that is not it, and taking its output.
#include <doctest/doctest.h>

#include <cstdlib>
#include <cstring>

#include "core/load_module.h"

using namespace tracker;

TEST_CASE("load module: a module found nowhere says why, and has no functions") {
  const LoadedModule m = load_module("tracker-no-such-module.so", "/nonexistent/tracker-no-such-module.so", "work", "release", "a test module");
  CHECK(m.work == nullptr);
  CHECK_FALSE(static_cast<bool>(m.free));
  CHECK(m.error.find("tracker-no-such-module.so") != std::string::npos);
}

TEST_CASE("load module: a library without the module's functions is named as not the module") {
  // The C library is there on every machine, and has no such function.
  const LoadedModule m = load_module("tracker-no-such-module.so", "libc.so.6", "tracker_read_blocks", "free", "tracker's document reader");
  CHECK(m.work == nullptr);
  CHECK(m.error == "libc.so.6 is not tracker's document reader");
}

TEST_CASE("load module: a module's output is copied and its buffer freed by the module's own free") {
  const LoadedModule m = load_module("tracker-no-such-module.so", "libc.so.6", "malloc", "free", "the C library");
  REQUIRE(m.work != nullptr);
  REQUIRE(static_cast<bool>(m.free));
  const ModuleOutput done = call_module(m, [](char** buffer, size_t* size) {
    *buffer = static_cast<char*>(std::malloc(5));
    std::memcpy(*buffer, "pages", 5);
    *size = 5;
    return 0;
  });
  CHECK(done.status == 0);
  CHECK(done.text == "pages");
  const ModuleOutput refused = call_module(m, [](char** buffer, size_t* size) {
    *buffer = static_cast<char*>(std::malloc(9));
    std::memcpy(*buffer, "bad file!", 9);
    *size = 9;
    return 1;
  });
  CHECK(refused.status == 1);
  CHECK(refused.text == "bad file!");
  // No buffer at all is out of memory, whatever the status said.
  const ModuleOutput none = call_module(m, [](char**, size_t*) { return 0; });
  CHECK(none.status == 2);
  CHECK(none.text.empty());
}
