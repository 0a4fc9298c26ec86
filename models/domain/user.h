#pragma once

#include <QString>

// A person who works in the product for the company. Only administrators may add or remove
// the integration with the bank.
struct User
{
    QString id; // stable, e.g. "u-admin"; what the store and the current user refer to
    QString name;
    bool administrator = false;

    friend bool operator==(const User &, const User &) = default;
};
