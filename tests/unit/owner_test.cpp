// extract: who must act on a clause.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/owner.h"
#include "test_helpers.h"

using namespace tracker;
using namespace tracker::test;

namespace {

std::optional<ClauseSubject> subject_of(std::string_view clause) { return clause_subject(clause, default_vocabulary_compiled()); }
std::optional<ClauseSubject> asked_in(std::string_view clause) { return asked_person(clause, default_vocabulary_compiled()); }

std::string subject_text(std::string_view clause) {
  auto s = subject_of(clause);
  return s ? s->text : "none";
}

std::string owner_name(const Resolution& r) { return r.owner ? r.owner->name : "none"; }

}  // namespace

TEST_CASE("owner: the subject named in the clause") {
  SUBCASE("the Governance Advisor makes …") {
    auto s = subject_of("That the Governance Advisor makes the required follow up activity as required for the outstanding actions.");
    REQUIRE(s);
    CHECK(s->text == "Governance Advisor");
    CHECK(s->officer);
    CHECK_FALSE(s->body);
    CHECK_FALSE(s->generic);
    CHECK(s->verb == "makes");
  }
  SUBCASE("the Chair and Vice-Chair agree …") {
    auto s = subject_of("That the Chair and Vice-Chair agree with Officers a timescale for the Improving Lives Select Commission to "
                        "receive a progress report.");
    REQUIRE(s);
    CHECK(s->text == "Chair and Vice-Chair");
    CHECK_FALSE(s->officer);
    CHECK(s->verb == "agree");
  }
  SUBCASE("the Public Health Commissioning Manager provide …") {
    auto s = subject_of("That the Public Health Commissioning Manager provide an update on the uptake of the service.");
    REQUIRE(s);
    CHECK(s->text == "Public Health Commissioning Manager");
    CHECK(s->officer);
    CHECK(s->verb == "provide");
  }
  SUBCASE("a role with 'of' in it") {
    CHECK(subject_text("That the Head of Sport and Leisure attends the next meeting to explain the closure.") ==
          "Head of Sport and Leisure");
  }
  SUBCASE("an adjective before the role") {
    auto s = subject_of("That the Interim Director write to the Department for Education.");
    REQUIRE(s);
    CHECK(s->text == "Interim Director");
    CHECK(s->officer);
  }
  SUBCASE("a body") {
    auto s = subject_of("That Cabinet reviews the funding available for the Early Help service.");
    REQUIRE(s);
    CHECK(s->text == "Cabinet");
    CHECK(s->body);
    CHECK(s->verb == "reviews");
    auto osmb = subject_of("That OSMB considers the recommendations of the review.");
    REQUIRE(osmb);
    CHECK(osmb->text == "Overview and Scrutiny Management Board");
    CHECK(osmb->body);
  }
  SUBCASE("officers in general") {
    auto s = subject_of("That officers provide a briefing note on the exclusion figures.");
    REQUIRE(s);
    CHECK(s->generic);
    CHECK(s->text == "officers");
  }
}

TEST_CASE("owner: passive clauses and the committee itself have no subject") {
  CHECK(subject_text("That a progress report be brought back in 12 months' time.") == "none");
  CHECK(subject_text("That the report be noted.") == "none");
  CHECK(subject_text("That the report of the Director be circulated to all members.") == "none");
  CHECK(subject_text("That the Commission supports the strategy.") == "none");
  CHECK(subject_text("That further information on the Mentors in Violence programme be circulated to members.") == "none");
}

TEST_CASE("owner: the person a clause asks to act") {
  SUBCASE("ask the Community Safety Manager to provide …") {
    auto s = asked_in("That the Commission asks the Community Safety Manager to provide further information on knife crime.");
    REQUIRE(s);
    CHECK(s->text == "Community Safety Manager");
    CHECK(s->officer);
    CHECK(s->verb == "asked");
  }
  SUBCASE("request the Strategic Director to …") {
    auto s = asked_in("To request the Strategic Director to report back on the recruitment campaign.");
    REQUIRE(s);
    CHECK(s->text == "Strategic Director");
  }
  SUBCASE("nobody asked") {
    CHECK_FALSE(asked_in("That the report be noted."));
    CHECK_FALSE(asked_in("That members be asked to submit questions to the Governance Advisor."));
  }
}

TEST_CASE("owner: through extraction") {
  const std::string heading =
      "# IMPROVING LIVES SELECT COMMISSION Tuesday, 14th January, 2020\n"
      "\n";

  SUBCASE("a named role owns the clause") {
    const Extraction x = extract_text(heading +
                                      "# 53. MONITORING REPORT\n"
                                      "\n"
                                      "The Committee considered the outstanding actions.\n"
                                      "\n"
                                      "Resolved: - That the Governance Advisor makes the required follow up activity as required "
                                      "for the outstanding actions.\n");
    REQUIRE(x.resolutions.size() == 1);
    CHECK(owner_name(x.resolutions[0]) == "Governance Advisor");
    CHECK(x.resolutions[0].owner->basis == OwnerBasis::named);
  }

  SUBCASE("Chair and Vice-Chair: both are owners") {
    const Extraction x = extract_text(heading +
                                      "# 49. LOOKED AFTER CHILDREN SUFFICIENCY STRATEGY\n"
                                      "\n"
                                      "Resolved: -\n"
                                      "- (1) That the report be noted.\n"
                                      "- (2) That the Chair and Vice-Chair agree with Officers a timescale for the Improving Lives "
                                      "Select Commission to receive a progress report on the implementation of the strategy.\n");
    REQUIRE(x.resolutions.size() == 2);
    REQUIRE(x.resolutions[1].owner);
    CHECK(x.resolutions[1].owner->name == "Chair and Vice-Chair");
    CHECK(x.resolutions[1].owner->all == std::vector<std::string>{"Chair", "Vice-Chair"});
    CHECK_FALSE(x.resolutions[0].owner);  // noting: nobody must act
  }

  SUBCASE("the presenting officer is preferred over the Cabinet Member who introduced the item") {
    const Extraction x = extract_text(
        heading +
        "## 50. CYPS DIRECTORATE WORKFORCE STRATEGY\n"
        "\n"
        "The Deputy Leader of the Council and Cabinet Member for Children's Services and Neighbourhood Working, the Assistant "
        "Director of Children and Young People's Services and the Head of Safeguarding Quality and Learning attended the "
        "meeting to provide a progress report on the implementation of the Children and Young People's Workforce Strategy.\n"
        "\n"
        "The Deputy Leader introduced the report.\n"
        "\n"
        "## Resolved: -\n"
        "\n"
        "- (1) That the report be noted.\n"
        "- (2) That a progress report on the delivery of the CYPS Workforce Strategy be brought back to a meeting of the "
        "Improving Lives Select Commission in 12 months' time.\n");
    REQUIRE(x.resolutions.size() == 2);
    const Resolution& r = x.resolutions[1];
    REQUIRE(r.owner);
    CHECK(r.owner->name == "Assistant Director of Children and Young People's Services");
    CHECK(r.owner->basis == OwnerBasis::presenter);
    CHECK(r.portfolio_holder ==
          "Deputy Leader of the Council and Cabinet Member for Children's Services and Neighbourhood Working");
  }

  SUBCASE("an officer joined to the Cabinet Member with 'and the'") {
    const Extraction x = extract_text(
        heading +
        "## 48. 2019 EDUCATION PERFORMANCE OUTCOMES\n"
        "\n"
        "The Deputy Leader of the Council and Cabinet Member for Children's Services and Neighbourhood Working and the "
        "Assistant Director \xE2\x80\x93 Education attended the meeting to present an overview of the provisional outcomes.\n"
        "\n"
        "Resolved: -\n"
        "- (1) That the report be noted.\n"
        "- (2) That an analysis of the Key Stage 2 results be circulated to members.\n");
    REQUIRE(x.resolutions.size() == 2);
    REQUIRE(x.resolutions[1].owner);
    CHECK(x.resolutions[1].owner->name == "Assistant Director \xE2\x80\x93 Education");
    CHECK(x.resolutions[1].owner->basis == OwnerBasis::presenter);
  }

  SUBCASE("a named presenter: the person is kept with the role") {
    const Extraction x = extract_text(heading +
                                      "## 51. REGIONAL SCHOOLS COMMISSIONER\n"
                                      "\n"
                                      "Consideration was given to a presentation on school performance by Jon Stonehouse, "
                                      "Strategic Director.\n"
                                      "\n"
                                      "Resolved: - That an update be provided in six months' time.\n");
    REQUIRE(x.resolutions.size() == 1);
    REQUIRE(x.resolutions[0].owner);
    CHECK(x.resolutions[0].owner->name == "Strategic Director");
    CHECK(x.resolutions[0].owner->person == "Jon Stonehouse");
  }

  SUBCASE("a recommendation is owned by the body it goes to") {
    const Extraction x = extract_text(heading +
                                      "## 52. SCHOOL ATTENDANCE\n"
                                      "\n"
                                      "The Assistant Director \xE2\x80\x93 Education attended the meeting to present the report.\n"
                                      "\n"
                                      "Resolved: - That the recommendations of the review be submitted to OSMB.\n");
    REQUIRE(x.resolutions.size() == 1);
    CHECK(x.resolutions[0].kind == ClauseKind::recommendation);
    CHECK(owner_name(x.resolutions[0]) == "Overview and Scrutiny Management Board");
    CHECK(x.resolutions[0].owner->basis == OwnerBasis::body);
  }
}

TEST_CASE("owner: a briefing's LEAD OFFICER owns a passive clause on the item of the same title") {
  const Extraction x = extract_text(
      "IMPROVING LIVES SELECT COMMISSION\n"
      "Tuesday, 27th October, 2020\n"
      "\n"
      "Present:- Councillor Cusworth (in the Chair); Councillors Jarvis and Atkin.\n"
      "\n"
      "105. ELECTIVE HOME EDUCATION\n"
      "\n"
      "Consideration was given to the briefing on elective home education.\n"
      "\n"
      "Resolved: -\n"
      "\n"
      "(1) That the report be noted.\n"
      "(2) That a further update be provided to the Commission in six months' time.\n"
      "\n"
      "106. URGENT BUSINESS\n"
      "\n"
      "There was no urgent business.\n"
      "\n"
      "<h1>BRIEFING</h1>\tTO:\tImproving Lives Select Commission\n"
      "\tDATE:\t27 October 2020\n"
      "\tLEAD OFFICER:\tDean Fenton Head of Service, Access to Education dean.fenton@rotherham.gov.uk\n"
      "\tTITLE:\tElective Home Education\n"
      "1.1\tElective home education (EHE) is the term used to describe a legal choice by parents.\n");
  REQUIRE(x.resolutions.size() == 2);
  REQUIRE(x.resolutions[1].owner);
  CHECK(x.resolutions[1].owner->name == "Head of Service, Access to Education");
  CHECK(x.resolutions[1].owner->person == "Dean Fenton");
  CHECK(x.resolutions[1].owner->basis == OwnerBasis::presenter);
}

TEST_CASE("owner: a list of roles splits into people, a service with 'and' in its name does not") {
  using V = std::vector<std::string>;
  CHECK(split_owner_names("Chair and Vice-Chair") == V{"Chair", "Vice-Chair"});
  CHECK(split_owner_names("the Chair, Vice-Chair and Governance Advisor") == V{"Chair", "Vice-Chair", "Governance Advisor"});
  CHECK(split_owner_names("Assistant Director of Children and Young People's Services") ==
        V{"Assistant Director of Children and Young People's Services"});
  CHECK(split_owner_names("Cabinet Member for Children and Young People's Services and the Strategic Director") ==
        V{"Cabinet Member for Children and Young People's Services", "Strategic Director"});
  CHECK(split_owner_names("Strategic Director, CYPS") == V{"Strategic Director, CYPS"});
  CHECK(split_owner_names("Governance Advisor") == V{"Governance Advisor"});
}

// --- the forms other councils write ---

TEST_CASE("owner: a subject with a verb the list does not know, before its object") {
  auto s = subject_of("that the Clerk obtain two further estimates for the churchyard wall.");
  REQUIRE(s);
  CHECK(s->text == "Clerk");
  CHECK(s->verb == "obtain");
  CHECK(subject_text("That the Locality Manager source three suppliers for the benches.") == "Locality Manager");
  SUBCASE("a possessive names no actor") {
    CHECK(subject_text("That the Director's report be noted.") == "none");
    CHECK(subject_text("That the Chair's letter be sent to the Minister.") == "none");
  }
}

TEST_CASE("owner: an action line with the role first and 'to'") {
  CHECK(subject_text("Clerk to order the replacement noticeboard.") == "Clerk");
  CHECK(subject_text("Town Clerk to book the hall for the annual assembly.") == "Town Clerk");
  CHECK(subject_text("Cllr Okafor to ask the landowner about the footpath.") == "Cllr Okafor");
  SUBCASE("an abbreviation is written out") {
    auto s = subject_of("RFO to pay the grass-cutting invoice.");
    REQUIRE(s);
    CHECK(s->text == "Responsible Financial Officer");
    CHECK(s->officer);
  }
  SUBCASE("'to' inside a role is not the verb") {
    CHECK(subject_text("That the Clerk to the Board arrange an induction for new trustees.") == "Clerk to the Board");
  }
  SUBCASE("initials are kept for the attendance list to resolve") {
    auto s = subject_of("KL to circulate the revised terms of reference.");
    REQUIRE(s);
    CHECK(s->initials);
    CHECK(s->text == "KL");
    CHECK(subject_text("NHS to provide the figures.") == "none");
    CHECK(subject_text("TO request the Head of Planning to report back.") == "none");
  }
}

TEST_CASE("owner: an organisation, a group, and the committee's members") {
  CHECK(subject_text("That NHS Fenmoor ICB supply waiting-time figures by practice.") == "NHS Fenmoor ICB");
  CHECK(subject_text("That the Riverside Housing Trust attend the next meeting.") == "Riverside Housing Trust");
  CHECK(subject_text("That the Environment Agency provide the flood model to the Panel.") == "Environment Agency");
  CHECK(subject_text("That the Department for Transport confirm the grant.") == "Department for Transport");
  CHECK(subject_text("That all Panel members complete the safeguarding module.") == "all Panel members");
  CHECK(subject_text("That partner organisations share their winter plans.") == "partner organisations");
  SUBCASE("the committee itself is not an organisation") {
    CHECK(subject_text("That the Trust notes the report.") == "none");
    CHECK(subject_text("That the Board supports the strategy.") == "none");
  }
}

TEST_CASE("owner: the Chairman and Vice Chairman, and roles with a comma or a dash") {
  CHECK(subject_text("That the Chairman and Vice Chairman meet the headteachers.") == "Chairman and Vice Chairman");
  auto dash = asked_in("to authorise the Chief Officer - Housing to sign the lease;");
  REQUIRE(dash);
  CHECK(dash->text == "Chief Officer - Housing");
  auto comma = asked_in("Instruct the Service Director, Finance and Procurement, to write to the suppliers.");
  REQUIRE(comma);
  CHECK(comma->text == "Service Director, Finance and Procurement");
}

TEST_CASE("owner: a decided part later in the clause names the actor") {
  CHECK(subject_text("that the action log be agreed, and that the Scrutiny Officer add an item on bus shelters to the work "
                     "programme.") == "Scrutiny Officer");
  CHECK(subject_text("The Panel notes the audit plan and agrees that the Head of Audit will report on payroll at its next meeting.") ==
        "Head of Audit");
  auto body = subject_of("recommends that the Cabinet write to the Minister about rural bus funding.");
  REQUIRE(body);
  CHECK(body->body);
  CHECK(body->text == "Cabinet");
  SUBCASE("a fact noted is not a decision") {
    CHECK(subject_text("It was noted that the Director had circulated the figures.") == "none");
  }
}

TEST_CASE("owner: asked, requested, authorised, directed, remitted") {
  CHECK(asked_in("REQUESTED the Director of Economy to bring the market review back to Cabinet.")->text == "Director of Economy");
  CHECK(asked_in("requests that the Commissioner publish the estates strategy.")->text == "Commissioner");
  CHECK(asked_in("The Committee requested that the Road Safety Manager report back on the crossing.")->text ==
        "Road Safety Manager");
  CHECK(asked_in("AUTHORISED the Head of Property to procure a surveyor;")->text == "Head of Property");
  CHECK(asked_in("to direct the City Manager to return with options for the plaza.")->text == "City Manager");
  CHECK(asked_in("to remit to the Head of Roads to survey the junction and report back.")->text == "Head of Roads");
  auto partners = asked_in("Request partner organisations to name a lead for the falls prevention priority.");
  REQUIRE(partners);
  CHECK(partners->text == "partner organisations");
  CHECK_FALSE(partners->generic);
  auto staff = asked_in("and to direct staff to report back on the scheme in six months.");
  REQUIRE(staff);
  CHECK(staff->text == "staff");
}

TEST_CASE("owner: a delegation is owned by the officer it is delegated to") {
  CHECK(asked_in("delegates authority to the Director of Waste Services, in consultation with the Cabinet Member, to award the "
                 "contract.")
            ->text == "Director of Waste Services");
  CHECK(asked_in("Delegate sign-off of the consultation draft to the Director of Public Health, in consultation with the Chair.")
            ->text == "Director of Public Health");
  CHECK(asked_in("That authority be delegated to the Head of Legal Services to complete the transfer.")->text ==
        "Head of Legal Services");
}

TEST_CASE("owner: the agent of a passive clause") {
  CHECK(asked_in("That a response be drafted by the Director of Policy and Resources and brought to the next meeting.")->text ==
        "Director of Policy and Resources");
  CHECK(asked_in("To agree a date for a site visit, to be arranged by the Democratic Services Officer.")->text ==
        "Democratic Services Officer");
  SUBCASE("a body considering something is not the owner") {
    CHECK_FALSE(asked_in("That the results be reported here before the policy is considered by the Licensing Committee."));
  }
}

TEST_CASE("owner: a role whose service has a comma and an 'and' stays one person") {
  using V = std::vector<std::string>;
  CHECK(split_owner_names("Service Director, Legal and Business Operations") == V{"Service Director, Legal and Business Operations"});
  CHECK(split_owner_names("Corporate Director, Housing and Regeneration") == V{"Corporate Director, Housing and Regeneration"});
  CHECK(split_owner_names("Chairman and Vice Chairman") == V{"Chairman", "Vice Chairman"});
  CHECK(split_owner_names("Director of Finance and the Head of Legal Services") == V{"Director of Finance", "Head of Legal Services"});
}

TEST_CASE("owner: who asks that something be done is not who does it") {
  CHECK(subject_text("The Chairman asked that a letter of thanks be sent to the litter pickers.") == "none");
  CHECK(subject_text("That the Chair request a meeting with the Chief Constable.") == "Chair");
}

TEST_CASE("owner: a referral to a person or an organisation") {
  CHECK(asked_in("That the Panel's concerns about fly-tipping be referred to the Cabinet Member for Environment for a response.")
            ->text == "Cabinet Member for Environment");
  CHECK(asked_in("That the findings be referred to the Fenmoor Housing Trust for comment.")->text == "Fenmoor Housing Trust");
  CHECK_FALSE(asked_in("That the findings be referred to Cabinet."));
}
