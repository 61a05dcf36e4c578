// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Protostar::Test {

// What the keychain tests ask the private Secret Service that tests/support/with-secret-service.sh starts
// (gnome-keyring-daemon on its own D-Bus session bus, in a temporary HOME), over D-Bus rather than through
// QtKeychain, so they prove where a key went. Static calls from the test's main thread.
class SecretServiceProbe
{
public:
    // The temporary folder the wrapper put HOME, XDG_CONFIG_HOME, XDG_DATA_HOME... in.
    static QString sandbox();
    // Fails the calling initTestCase unless it runs inside the wrapper with the Secret Service up.
    static void verifySandbox();
    // Items the Secret Service holds for `service`/`account`, -1 when it cannot be asked.
    static int keychainItems(const QString &service, const QString &account);
    // Every file under the sandbox (settings, SQLite database, keyring) that holds `secret` in any plain
    // encoding QSettings, SQLite or a careless fallback would use.
    static QStringList filesHolding(const QString &secret);
    // Locks or unlocks the keyring the wrapper created; true when it ended in that state.
    static bool setLoginKeyringLocked(bool locked);
};

// QVERIFY2 builds its message even when the check passes: only ask a failed result for its error.
template<typename R>
QByteArray why(const R &result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

// A read key, or its error spelled out so that QCOMPARE shows it instead of crashing on value().
inline QString text(const Result<QString> &result)
{
    return result.ok() ? *result : QStringLiteral("<error: %1>").arg(result.error().toString());
}

// ErrorCode::None for a success, so that QCOMPARE on a code never throws either.
template<typename R>
ErrorCode codeOf(const R &result)
{
    return result.ok() ? ErrorCode::None : result.error().code;
}

} // namespace Protostar::Test
