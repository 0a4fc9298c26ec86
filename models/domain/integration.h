#pragma once

#include "company.h"
#include "user.h"

#include <QDateTime>
#include <QString>

// What the store keeps of the integration with KBC On Demand Financing. Never the access
// grant itself: that is a secret and lives in the system keychain (or in memory).
struct IntegrationSetup
{
    bool added = false;
    QDateTime authorizedAt; // invalid when never authorized (or revoked)
    QDateTime authorizedUntil; // authorizedAt + 60 days, as the bank said
    friend bool operator==(const IntegrationSetup &, const IntegrationSetup &) = default;
};

// Whether the company may use the integration, and if not, the first condition it fails.
enum class IntegrationAvailability {
    NotOffered, // the company is not Belgian: the page does not list it at all
    GoPlan, // the plan is Go: listed, unavailable, with the reason
    NoKbcAccount, // no KBC business current account: listed, setup stops with explanation
    Available,
};

// The account-level conditions of the integration. Plain functions, no state.
namespace IntegrationRules {

// The conditions are checked in this order and the first one that fails is the answer:
// 1. the company is Belgian: its country code is "BE" (any case, surrounding spaces ignored;
//    an empty code is not Belgian) - otherwise NotOffered;
// 2. its price plan is Move or Boost - on Go, GoPlan;
// 3. it has a KBC business current account, which the financing is paid out to - otherwise
//    NoKbcAccount.
IntegrationAvailability availability(const Company &company);

// Only administrators may add or remove the integration; everybody else sees it and why not.
bool canManage(const User &user);

// Why the integration is not available, in the user's language; empty for Available.
QString reasonText(IntegrationAvailability availability);

// The plan's product name as KBC writes it: "Go", "Move", "Boost". Names, not translated.
QString planName(PricePlan plan);

} // namespace IntegrationRules

// The access grant the bank issues when the company authorizes the integration through KBC
// Sign. It is valid for validityDays; the app warns warningDays before it runs out, and from
// then on every financing action first asks to authorize again.
namespace Authorization {

inline constexpr int validityDays = 60;
inline constexpr int warningDays = 7;

enum class State { Missing, Valid, ExpiringSoon, Expired };

// With until the moment the grant stops working (authorizedUntil):
// - Missing: until is invalid (never authorized, or revoked);
// - Expired: now >= until, so from the very moment it runs out;
// - ExpiringSoon: until - 7 days <= now < until (the days are calendar days in until's time
//   zone, so a week ahead at the same time of day);
// - Valid: before that.
State state(const QDateTime &authorizedUntil, const QDateTime &now);

// Whole days left, rounded up: any part of a day counts as a day, so "1 day" is shown until
// the very end. A day is 24 hours. 0 when expired or missing.
int daysLeft(const QDateTime &authorizedUntil, const QDateTime &now);

} // namespace Authorization
