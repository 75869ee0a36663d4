#pragma once
// The words of an action's lifecycle as types: where it stands (Status), what happened to it
// (EventKind) and what the body a recommendation went to said (Response). How each is written
// for the database, for JSON and for people is domain/spelling.h's one job.
#include <cstdint>

namespace tracker {

// Where an action stands. open -> scheduled -> delivered is the way the tool moves it as agendas
// and minutes come in; closed, transferred and dropped are a person's decisions ("finished").
enum class Status : uint8_t { open, scheduled, delivered, closed, transferred, dropped };

// What happened to an action, one event each. The order is the order the work happens in on
// one day: an action is created before it is scheduled, scheduled before it is delivered.
enum class EventKind : uint8_t {
  created, updated, rescheduled, scheduled, chased, responded, delivered, transferred, closed, dropped, reopened,
  not_reported, reported  // left out of the monitoring schedule by a person, and put back (domain/reporting.h)
};

// The body's answer to a recommendation.
enum class Response : uint8_t { awaiting, accepted, partially_accepted, rejected };

}  // namespace tracker
