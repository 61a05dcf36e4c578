// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QString>

namespace Protostar {

// Reads and writes the answer service's API key in the system keychain (QtKeychain: Secret Service,
// KWallet, macOS Keychain, Windows Credential Store), never in a plain-text file. Calls block the
// calling thread on a local event loop; use from any one thread at a time.
class ApiKeyStore
{
public:
    // `service` groups Protostar's entries in the keychain; `account` names one key (e.g. a base URL host).
    explicit ApiKeyStore(QString service = QStringLiteral("Protostar"));

    Result<QString> read(const QString &account) const;
    Result<void> write(const QString &account, const QString &key) const;
    Result<void> remove(const QString &account) const;

    // PROTOSTAR_API_KEY when set and non-empty, else the keychain entry for `account`.
    Result<QString> resolve(const QString &account) const;

    static constexpr const char *kEnvironmentVariable = "PROTOSTAR_API_KEY";

private:
    QString m_service;
};

} // namespace Protostar
