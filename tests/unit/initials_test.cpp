// extract: initials in action lines, and the roles the attendance list gives them.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "extract/initials.h"

using namespace tracker;

namespace {

std::string role(const char* initials, const std::vector<std::string>& lines) {
  return role_for_initials(initials, lines).value_or("none");
}

std::string actor(const char* clause) { return acting_initials(clause, {"NHS", "ICB"}).value_or("none"); }

}  // namespace

TEST_CASE("initials: the attendance list's forms") {
  SUBCASE("name, initials in brackets, then the role") {
    const std::vector<std::string> lines = {"Present:", "Priya Nair (PN), Chief Nursing Officer", "Owen Bell (OB), Medical Director"};
    CHECK(role("PN", lines) == "Chief Nursing Officer");
    CHECK(role("OB", lines) == "Medical Director");
    CHECK(role("XY", lines) == "none");
  }
  SUBCASE("the role before the initials") {
    CHECK(role("HW", {"Hannah Webb, Director of Estates (HW)"}) == "Director of Estates");
    CHECK(role("SPO", {"Senior Planning Officer (SPO)"}) == "Senior Planning Officer");
    CHECK(role("GF", {"Gail Frost (GF)"}) == "none");
  }
  SUBCASE("an abbreviation and its role") {
    const std::vector<std::string> lines = {"Officers present:", "CPM \xE2\x80\x93 Conservation and Projects Manager",
                                            "DSO - Democratic Services Officer"};
    CHECK(role("CPM", lines) == "Conservation and Projects Manager");
    CHECK(role("DSO", lines) == "Democratic Services Officer");
  }
  SUBCASE("no initials written: they are the name's") {
    const std::vector<std::string> lines = {"In attendance: Dr Rhys Morgan, Chief Finance Officer; Lena Ortiz \xE2\x80\x93 Head of Comms"};
    CHECK(role("RM", lines) == "Chief Finance Officer");
    CHECK(role("LO", lines) == "Head of Comms");
  }
  SUBCASE("a table row") {
    const std::vector<std::string> lines = {"| Name | Role |", "| Ian Cole (IC) | Partnership Analyst |", "| TM | Tara Moss | Head of Safety |"};
    CHECK(role("IC", lines) == "Partnership Analyst");
    CHECK(role("TM", lines) == "Head of Safety");
  }
}

TEST_CASE("initials: who an action line makes act") {
  CHECK(actor("PN to share the staffing dashboard with the Board by 30 June.") == "PN");
  CHECK(actor("PN/OB to agree the ward moves.") == "PN");
  CHECK(actor("Share the dashboard with the Board. ACTION: OB") == "OB");
  CHECK(actor("The Board agreed that HW would refresh the estates plan.") == "HW");
  CHECK(actor("NHS to provide the figures.") == "none");
  CHECK(actor("That the report be noted.") == "none");
  CHECK(actor("A report on the PFI contract to come to the Board.") == "none");
}
