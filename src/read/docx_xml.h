#pragma once
// Small helpers over pugixml for WordprocessingML, matching names without their namespace
// prefix ("w:p" and "p" alike): the prefix is the writer's choice, the local name is not.
#include <cstring>
#include <string_view>

#include <pugixml.hpp>

namespace tracker::docx {

inline std::string_view local_name(const pugi::xml_node& n) {
  const char* name = n.name();
  const char* colon = std::strchr(name, ':');
  return colon ? std::string_view(colon + 1) : std::string_view(name);
}

inline pugi::xml_node child(const pugi::xml_node& n, std::string_view local) {
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
    if (c.type() == pugi::node_element && local_name(c) == local) return c;
  return {};
}

inline pugi::xml_attribute attr(const pugi::xml_node& n, std::string_view local) {
  for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
    const char* name = a.name();
    const char* colon = std::strchr(name, ':');
    if ((colon ? std::string_view(colon + 1) : std::string_view(name)) == local) return a;
  }
  return {};
}

}  // namespace tracker::docx
