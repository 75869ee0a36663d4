#include "core/load_module.h"

#include <dlfcn.h>

#include <filesystem>
#include <vector>

namespace tracker {

LoadedModule load_module(const std::string& file_name, const char* built_at, const char* work_symbol, const char* free_symbol,
                         const std::string& what) {
  LoadedModule loaded;
  std::vector<std::string> places;
  std::error_code ec;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) places.push_back((self.parent_path() / file_name).string());
  if (built_at != nullptr) places.emplace_back(built_at);
  for (const std::string& place : places) {
    void* handle = dlopen(place.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
      // The first failure, unless a later place has the file: its error is the one that matters.
      if (loaded.error.empty() || std::filesystem::exists(place, ec)) loaded.error = dlerror();
      continue;
    }
    loaded.work = dlsym(handle, work_symbol);
    loaded.free = reinterpret_cast<ModuleFree>(dlsym(handle, free_symbol));
    if (loaded.work != nullptr && loaded.free != nullptr) return loaded;
    loaded.work = nullptr;
    loaded.free = nullptr;
    loaded.error = place + " is not " + what;
  }
  return loaded;
}

ModuleOutput call_module(const LoadedModule& module, const std::function<int(char**, size_t*)>& work) {
  char* buffer = nullptr;
  size_t size = 0;
  ModuleOutput out;
  out.status = work(&buffer, &size);
  if (buffer == nullptr) {
    out.status = 2;
    return out;
  }
  out.text.assign(buffer, size);
  module.free(buffer);
  return out;
}

}  // namespace tracker
