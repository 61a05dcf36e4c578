// SPDX-License-Identifier: MIT
#include "providersettings.h"

#include "providers/apikeystore.h"

#include <QSettings>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace Protostar {

namespace {

// QtKeychain keeps per-thread-unsafe global state (its job queue), so every keychain call runs on
// this one long-lived thread, one at a time, never on the GUI thread.
QThreadPool *keychainThread()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // leaked on purpose: it must outlive every window that uses it
        p->setMaxThreadCount(1);
        p->setExpiryTimeout(-1); // the same thread every time, so QtKeychain's objects stay on it
        return p;
    }();
    return pool;
}

} // namespace

ProviderConfig ProviderSettings::saved()
{
    QSettings s;
    ProviderConfig config;
    config.fallbackToExtractive = true;
    config.kind = s.value(QStringLiteral("provider/id"), QStringLiteral("extractive")).toString();
    if (config.kind != QLatin1String("openai")) {
        config.kind = QStringLiteral("extractive");
        return config;
    }
    config.openai.baseUrl = QUrl::fromUserInput(s.value(QStringLiteral("provider/openai/baseUrl")).toString());
    config.openai.model = s.value(QStringLiteral("provider/openai/model")).toString();
    config.openai.apiKey = qEnvironmentVariable(ApiKeyStore::kEnvironmentVariable);
    return config;
}

bool ProviderSettings::needsKeychain(const ProviderConfig &config)
{
    return config.kind == QLatin1String("openai") && config.openai.apiKey.isEmpty();
}

QFuture<ProviderSettings::KeyOutcome> ProviderSettings::readKey(const QUrl &baseUrl)
{
    return QtConcurrent::run(keychainThread(), [account = account(baseUrl)] {
        // ApiKeyStore's local event loop runs on this pool thread, so the GUI keeps painting meanwhile.
        const Result<QString> key = ApiKeyStore().read(account);
        KeyOutcome outcome;
        if (key)
            outcome.key = *key;
        else if (key.error().code != ErrorCode::NotFound)
            outcome.problem = key.error().message;
        return outcome;
    });
}

QFuture<ProviderSettings::KeyOutcome> ProviderSettings::storeKey(const QUrl &baseUrl, const QString &key)
{
    return QtConcurrent::run(keychainThread(), [account = account(baseUrl), key] {
        const Result<void> stored = ApiKeyStore().write(account, key);
        KeyOutcome outcome;
        if (!stored)
            outcome.problem = stored.error().message;
        return outcome;
    });
}

QFuture<ProviderSettings::KeyOutcome> ProviderSettings::removeKey(const QUrl &baseUrl)
{
    return QtConcurrent::run(keychainThread(), [account = account(baseUrl)] {
        const Result<void> removed = ApiKeyStore().remove(account);
        KeyOutcome outcome;
        if (!removed)
            outcome.problem = removed.error().message;
        return outcome;
    });
}

} // namespace Protostar
