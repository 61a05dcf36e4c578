// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "providers/providerfactory.h"

#include <QString>
#include <QUrl>

namespace Protostar {

// The desktop's saved answer-provider choice: kind, base URL and model in QSettings, the API key in
// the system keychain (ApiKeyStore) keyed by the base URL's host, never in QSettings. Stateless; use
// from the GUI thread (keychain calls run a short local event loop).
class ProviderSettings
{
public:
    // The config the saved settings describe, with fallback to the extractive provider on. The key
    // comes from PROTOSTAR_API_KEY, else the keychain; `keyProblem` receives a message the user can
    // act on when the keychain could not be read (a missing entry is fine: local servers need none).
    static ProviderConfig load(QString *keyProblem = nullptr);
    // Stores a non-empty `key` in the keychain for `baseUrl`'s host.
    static Result<void> storeKey(const QUrl &baseUrl, const QString &key);
    // The keychain account of a base URL: its host.
    static QString account(const QUrl &baseUrl) { return baseUrl.host(); }
};

} // namespace Protostar
