// SPDX-License-Identifier: MIT
#include "providersettings.h"

#include "providers/apikeystore.h"

#include <QSettings>

namespace Protostar {

ProviderConfig ProviderSettings::load(QString *keyProblem)
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
    const Result<QString> key = ApiKeyStore().resolve(account(config.openai.baseUrl));
    if (key)
        config.openai.apiKey = *key;
    else if (key.error().code != ErrorCode::NotFound && keyProblem)
        *keyProblem = key.error().message;
    return config;
}

Result<void> ProviderSettings::storeKey(const QUrl &baseUrl, const QString &key)
{
    return ApiKeyStore().write(account(baseUrl), key);
}

} // namespace Protostar
