#pragma once
// The module's side of core/load_module.h: a module's work function hands its output back in a
// buffer of its own making, which the program gives back to the module's free function.
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <string>

namespace tracker {

// Copies `bytes` into a new buffer (NUL-ended, for text) for the program: 0, or 2 when there is
// no memory for it (call_module's status for that).
inline int hand_back_output(const std::string& bytes, char** out, size_t* out_size) {
  *out = static_cast<char*>(std::malloc(bytes.size() + 1));
  if (*out == nullptr) return 2;
  std::memcpy(*out, bytes.data(), bytes.size());
  (*out)[bytes.size()] = '\0';
  *out_size = bytes.size();
  return 0;
}

}  // namespace tracker
