#pragma once

#include "common/Result.h"
#include "domain/Party.h"
#include "domain/User.h"

#include <QList>

namespace casusregie {

// The one gate through which the client reaches the application: every command and query.
// The UI holds a Service and nothing below it; the local implementation runs on storage,
// a remote one will speak the wire protocol.
class Service {
public:
    virtual ~Service() = default;

    // Checks username and password. Whether the username exists, the account is inactive or the
    // password is wrong: the answer is the same, so it reveals nothing.
    virtual Result<User> login(const QString &username, const QString &password) = 0;
    virtual void logout() = 0;

    // The covenant's parties with their type and membership; needs a logged-in user.
    virtual Result<QList<Party>> parties() = 0;
};

} // namespace casusregie
