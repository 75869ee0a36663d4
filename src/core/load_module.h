#pragma once
// An optional shared module of the program's own (the document readers, the Word and Excel
// writers), opened the first time it is needed: their libraries would otherwise slow the start of
// every command. Each module has one function that does its work and hands back a buffer it made,
// and one that frees that buffer. Found beside the program (where the build and an install put
// it), else where the build made it (the unit tests run from another folder).
#include <cstddef>
#include <functional>
#include <string>

namespace tracker {

using ModuleFree = void (*)(char*);

struct LoadedModule {
  void* work = nullptr;      // the module's work function, to be cast to its type; null when not loaded
  ModuleFree free = nullptr;
  std::string error;         // why it could not be loaded
};

// Opens `file_name` ("tracker-writers.so") beside the program, else at `built_at` (may be null),
// and looks up `work_symbol` and `free_symbol`. `what` names the module when a file of that name
// is not it ("tracker's document reader").
LoadedModule load_module(const std::string& file_name, const char* built_at, const char* work_symbol, const char* free_symbol,
                         const std::string& what);

// What a module's work function gave: its status (0 done; 2 out of memory, with no text; any
// other, an error message in `text`) and its buffer's text, the buffer freed.
struct ModuleOutput {
  int status = 0;
  std::string text;
};
// `work` calls the module's function with the place for its buffer and its size.
ModuleOutput call_module(const LoadedModule& module, const std::function<int(char**, size_t*)>& work);

}  // namespace tracker
