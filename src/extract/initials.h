#pragma once
// Action logs name people by their initials ("JS to circulate …", "ACTION: TH"); the attendance
// list says who they are ("Tom Harris (TH), Chief Operating Officer", "PPM – Planning Policy
// Manager", "Jane Smith, Director of Strategy"). The owner of such an action is the role.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tracker {

// The role the attendance lines give the person with these initials; nullopt when no line says.
std::optional<std::string> role_for_initials(std::string_view initials, const std::vector<std::string>& attendance_lines);

// The initials a clause makes act: "JS to circulate …", "JP/LT to …", "… ACTION: JS",
// "The Board agreed that JP would submit …". Words in `acronyms` ("NHS", "ICB") are not initials.
std::optional<std::string> acting_initials(std::string_view clause_text, const std::vector<std::string>& acronyms = {});

}  // namespace tracker
