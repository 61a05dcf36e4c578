// SPDX-License-Identifier: MIT
#pragma once

#include "providers/providerfactory.h"

#include <QFuture>
#include <QString>
#include <QUrl>

namespace Protostar {

// The desktop's saved answer-provider choice: kind, base URL and model in QSettings, the API key in
// the system keychain (ApiKeyStore) keyed by the base URL's host, never in QSettings. Stateless;
// saved() reads QSettings on the calling (GUI) thread; keychain calls all run on one dedicated pool
// thread and report back through QFuture.
class ProviderSettings
{
public:
    // What a keychain call came back with; `problem` is a message the user can act on, empty on success.
    struct KeyOutcome {
        QString key;
        QString problem;
    };

    // The config the saved settings describe, with fallback to the extractive provider on. The key is
    // filled in from PROTOSTAR_API_KEY only: the keychain is never touched here, so this never blocks.
    static ProviderConfig saved();
    // True when `config` still needs its key from the keychain (readKey()).
    static bool needsKeychain(const ProviderConfig &config);
    // Reads the keychain entry for `baseUrl`'s host on a pool thread, because a hung secret service
    // would otherwise freeze the caller for the store's whole timeout. A missing entry is no problem
    // (local servers need no key).
    static QFuture<KeyOutcome> readKey(const QUrl &baseUrl);
    // Stores a non-empty `key` in the keychain for `baseUrl`'s host, on a pool thread.
    static QFuture<KeyOutcome> storeKey(const QUrl &baseUrl, const QString &key);
    // Removes the keychain entry for `baseUrl`'s host, on the keychain thread.
    static QFuture<KeyOutcome> removeKey(const QUrl &baseUrl);
    // The keychain account of a base URL: its host.
    static QString account(const QUrl &baseUrl) { return baseUrl.host(); }
};

} // namespace Protostar
