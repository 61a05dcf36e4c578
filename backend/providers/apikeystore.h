// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QString>

namespace Protostar {

// Reads and writes the answer service's API key in the system keychain (QtKeychain: Secret Service,
// KWallet, macOS Keychain, Windows Credential Store), never in a plain-text file. Thread-safe: calls
// block the calling thread (bounded: 15 s for the keychain, 5 s per Secret Service lock check) while the
// job runs on one private keychain thread, because QtKeychain's job queue breaks when jobs come from
// more than one thread. A locked keychain is reported as locked (ErrorCode::Unauthorized), never as
// "no key stored", and remove() only succeeds when the entry is really gone.
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
