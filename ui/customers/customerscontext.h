#pragma once

#include "customers/customerlists.h"

namespace ConnectDesk::Ui {

// Where the Customers view looks and what it may do there: the link form's project and
// environment, and the profile's switch for deletions.
struct CustomersContext
{
    ProjectScope scope;
    QString profileName;
    bool allowDeletes = true;
    bool sandbox = false;

    bool isValid() const { return !scope.projectId.trimmed().isEmpty(); }
    bool operator==(const CustomersContext &) const = default;
};

} // namespace ConnectDesk::Ui
