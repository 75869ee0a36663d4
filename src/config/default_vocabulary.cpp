// The built-in vocabulary: what English councils write. Each list can be replaced in
// tracker.toml ([extract] and [roles]); `tracker config` prints what is in force.
#include "config/config.h"

namespace tracker {

VocabularyConfig default_vocabulary() {
  VocabularyConfig v;
  v.resolution_markers = {"resolved", "agreed", "decided", "decision", "RECOMMENDED", "RESOLUTION", "Outcome"};
  v.reason_markers = {"reason for decision", "reasons for decision", "reason for recommendation",
                      "reasons for recommendation", "reasons", "reason"};
  v.truncation_markers = {"view the full minutes text for item", "view the full minutes text"};

  // Checked in this order: the first kind with a matching pattern wins, so a clause that notes a
  // report and asks for another is an action, and "the next meeting be held on …" is procedural.
  v.kind_patterns["procedural"] = {
      R"(\bexclu\w*\b.{0,60}\b(press|public)\b)",
      R"(\b(press|public)\b.{0,40}\bexclu)",
      R"(\b(next|further|special|extraordinary)\s+(ordinary\s+|scheduled\s+)?meeting\b.{0,120}\b(be\s+held|take\s+place|takes\s+place|will\s+be\s+held|will\s+take\s+place|is\s+to\s+be\s+held)\b)",
      R"(\bdate\s+(and\s+time\s+)?of\s+the\s+next\s+meeting\b)",
      R"(\b(be\s+)?(appointed|elected|re-elected)\s+(as\s+)?(the\s+)?(chair|vice-chair|chairman|vice-chairman|chairperson|vice\s+chair)\b)",
      R"(\bmeeting\s+(be|was|is)\s+adjourned\b)",
      R"(\bapologies\s+for\s+absence\b)",
  };
  v.kind_patterns["recommendation"] = {
      R"(\brecommend(s|ed|ation|ations)?\b.{0,200}\b(to|by|for)\s+(the\s+)?{body}\b)",
      R"(\b(be|are)\s+(submitted|referred|forwarded|sent|made|put\s+forward|reported)\s+(back\s+)?to\s+(the\s+)?{body}\b)",
      R"(^(that\s+)?(the\s+)?{body}\s+(be\s+)?(recommended|asked|requested|urged|invited|advised|encouraged)\b)",
      R"(^(that\s+)?(the\s+)?{body}\s+(considers?|agrees?|approves?|reviews?|ensures?|adopts?|commissions?|undertakes?|allocates?|provides?|supports?|develops?|introduces?|explores?|lobbies|lobby|writes?|implements?)\b)",
      R"(\bfollowing\s+recommendations?\b)",
      R"(\brecommendations?\b.{0,80}\b(be|are)\s+(submitted|referred|forwarded|sent|made|put\s+forward)\b)",
  };
  v.kind_patterns["action"] = {
      R"(\bbe\s+(re-?)?(brought|submitted|presented|provided|circulated|sent|shared|forwarded|reported|arranged|organised|organized|established|set\s+up|convened|scheduled|reviewed|revisited|updated|revised|reformatted|amended|added|included|incorporated|explored|investigated|examined|sought|requested|obtained|prepared|produced|developed|written|drafted|undertaken|carried\s+out|monitored|fed\s+back|fed\s+into|followed\s+up|pursued|deferred|postponed|invited|asked|contacted|made\s+available|distributed|refreshed|compiled|collated|raised|escalated|clarified|confirmed\s+to|emailed|e-mailed|issued)\b)",
      R"(\bbe\s+considered\s+(at|by|as\s+part\s+of|in)\b)",
      R"(\b(report|reported|reports|come|comes|brought|bring|brings)\s+back\b)",
      R"(\bto\s+receive\s+(a|an|the)?\s*(further|progress|update)\b)",
      R"(\bdefer(red|ral)?\b)",
      R"(\bwork\s+programme\s+be\s+(updated|amended|revised)\b)",
      R"(\b(ask|asks|request|requests|invite|invites|require|requires|instruct|instructs|urge)\s+(the\s+)?[A-Z][\w'-]*(\s+[\w'-]+){0,8}\s+to\s+(provide|report|circulate|bring|present|submit|share|arrange|attend|write|review|update|investigate|consider|prepare|produce|supply|send|explore|look|set|meet|contact|give|ensure|confirm|clarify|respond|feed)\b)",
  };
  v.kind_patterns["approval"] = {
      R"(\b(correct|true|accurate)\s+record\b)",
      R"(\b(be|is|are|being)\s+(approved|agreed|endorsed|adopted|ratified|confirmed|accepted|supported|signed|welcomed\s+and\s+endorsed)\b)",
      // Lower case only: "Support" and "Welcome" are also in the names of services and roles.
      R"((?-i:\b(supports?|endorses?|approves?|ratifies|ratify|adopts?)\b))",
  };
  v.kind_patterns["noting"] = {
      R"(\b(be|is|are|were|was|been)\s+(noted|received|welcomed|thanked|acknowledged)\b)",
      R"((?-i:\b(notes?|noted|thanks?|thanked|welcomes?|acknowledges?)\b))",
  };

  v.officer_roles = {"Chief Executive", "Strategic Director", "Executive Director", "Corporate Director", "Assistant Director",
                     "Service Director", "Director", "Head of", "Head", "Service Manager", "Manager", "Governance Advisor",
                     "Governance Adviser", "Scrutiny Officer", "Scrutiny Manager", "Democratic Services Officer",
                     "Monitoring Officer", "Officer", "Advisor", "Adviser", "Lead", "Commissioner", "Clerk", "Consultant",
                     "Co-ordinator", "Coordinator", "Solicitor", "Engineer", "Inspector", "Superintendent", "Principal",
                     "Auditor", "Accountant", "Planner", "Surveyor", "Analyst", "Specialist", "Practitioner", "Controller",
                     "Treasurer", "Registrar", "Architect", "Chief Constable", "Chief Officer", "Administrator", "Secretary",
                     "General Manager", "City Manager", "Town Manager", "Executive Officer", "Superintendent Registrar",
                     "Accounting Officer", "Chief Finance Officer", "Finance Officer", "Caretaker", "Warden", "Ranger"};
  v.member_roles = {"Cabinet Member", "Deputy Leader", "Leader", "Vice-Chair", "Vice Chair", "Vice-Chairman", "Vice-Chairperson",
                    "Chair", "Chairman", "Chairperson", "Portfolio Holder", "Lead Member", "Councillor", "Cllr", "Mayor",
                    "Executive Member", "Deputy Mayor", "Lord Mayor", "Alderman", "Cr", "Trustee", "Non-Executive Director",
                    "Governor"};
  v.generic_owners = {"officers", "the officers", "officer", "members", "all members"};
  // Owners named as a group: they own the action as written, whoever presented the item.
  v.collective_owners = {"partners", "all partners", "partner organisations", "partner agencies", "all partner organisations",
                         "partner bodies", "staff", "council staff", "the police", "all Board members", "Board members",
                         "all Committee members", "all Panel members", "all Councillors", "Group Leaders", "all Group Leaders",
                         "ward members", "ward councillors", "the applicant", "the working group", "the task and finish group"};
  // A name ending in one of these ("NHS Wealdmoor ICB", "the Environment Agency") is an organisation
  // that can be asked to act; a name starting with "NHS" is one too.
  v.organisation_words = {"ICB", "CCG", "Trust", "Foundation Trust", "Police", "Constabulary", "Agency", "University", "College",
                          "Ltd", "Limited", "plc", "PLC", "Inc", "LLP", "Association", "Federation", "Network", "Alliance",
                          "Fire and Rescue Service", "Ambulance Service", "Housing Association", "Highways", "Government",
                          "Department", "Ministry", "Office", "Inspectorate", "Ombudsman", "Partnership"};
  // Abbreviations minutes use for roles in action lines ("RFO to make the payments").
  v.role_abbreviations = {{"RFO", "Responsible Financial Officer"}, {"CEO", "Chief Executive"},
                          {"CFO", "Chief Finance Officer"},         {"DPH", "Director of Public Health"},
                          {"DSO", "Democratic Services Officer"},  {"DCS", "Director of Children's Services"},
                          {"DASS", "Director of Adult Social Services"}, {"PCC", "Police and Crime Commissioner"},
                          {"MO", "Monitoring Officer"},            {"S151 Officer", "Section 151 Officer"}};
  v.bodies = {
      {"Cabinet", {"Cabinet", "the Cabinet", "the Executive", "Executive"}},
      {"Council", {"Council", "full Council", "the Council"}},
      {"Overview and Scrutiny Management Board", {"Overview and Scrutiny Management Board", "OSMB"}},
      {"Health and Wellbeing Board", {"Health and Wellbeing Board"}},
  };
  v.no_due_phrases = {"in due course", "a future meeting", "future meeting", "future meetings", "once completed",
                      "when available", "once available", "when completed", "in future years", "future years",
                      "as appropriate", "when appropriate", "when required", "as required", "as necessary"};
  v.vague_due_phrases = {"in the spring", "in the summer", "in the autumn", "in the winter", "in the new year",
                         "early summer", "late summer", "early spring", "late spring", "early autumn", "late autumn",
                         "before the summer recess", "after the summer recess", "later in the year", "later this year",
                         "next year", "in the new municipal year", "next municipal year", "the new municipal year",
                         "as soon as possible", "at the earliest opportunity", "shortly"};
  // A promise names something to be delivered and to whom or when: "would be circulated to
  // members", "would be submitted to a future meeting". "Market stalls would be provided" does not.
  v.commitment_patterns = {
      R"(\b(would|will|was\s+to|were\s+to)\s+(then\s+)?be\s+(re-?)?(submitted|circulated|provided|presented|brought|reported|shared|sent|forwarded|fed\s+back|fed\s+into|distributed|emailed|e-mailed|made\s+available|added|included|reported\s+back|brought\s+back)\b.{0,100}\b(members?|councillors?|meetings?|commission|committee|panel|board|chair|email|e-mail|work\s+programme|scrutiny|sub-?group)\b)",
      R"(\b(would|will)\s+be\s+(monitored\s+and\s+)?reported\s+(on|back)\b)",
      R"(\b(meeting|session|visit|workshop|briefing|seminar|training)\b.{0,60}\b(would|will)\s+be\s+(held|arranged|organised|scheduled)\b)",
      R"(\b(would|will)\s+(provide|circulate|submit|present|bring|report|share|send|forward|arrange|organise|feed\s+back|write\s+to|come\s+back)\b.{0,80}\b(members|meeting|commission|committee|panel|board|chair|councillors?|email)\b)",
      R"(\b(undertook|agreed|promised|committed|offered)\s+to\s+(provide|circulate|submit|present|bring|report|share|send|forward|arrange|organise|feed\s+back|write|look\s+into|investigate|find\s+out|update)\b)",
      R"(\b(invitations?|invites?)\s+to\s+be\s+sent\b)",
  };
  v.acronyms = {"CYPS", "ILSC", "OSMB", "LAC", "SEND", "RESP", "YOT", "EHE", "COVID", "MASH", "CSE", "GRT", "SEMH",
                "NHS", "CCG", "ICB", "SENCO", "EHCP", "DfE", "LGA", "CAMHS", "PCC", "HRA", "ASB", "CPP", "RSC"};
  return v;
}

}  // namespace tracker
