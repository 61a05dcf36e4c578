// SPDX-License-Identifier: MIT
#include "providers/provideroptions.h"

#include "core/logging.h"
#include "core/tr.h"
#include "providers/apikeystore.h"

using namespace Qt::StringLiterals;

namespace Protostar {

namespace {

Result<std::chrono::milliseconds> secondsOption(const QCommandLineParser &parser, const QString &name,
                                               std::chrono::milliseconds fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const double secs = parser.value(name).toDouble(&ok);
    if (!ok || secs <= 0)
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("--%1 needs a positive number of seconds, not \"%2\".").arg(name, parser.value(name)));
    return std::chrono::milliseconds(qint64(secs * 1000));
}

} // namespace

void ProviderOptions::addTo(QCommandLineParser &parser)
{
    parser.addOption({u"provider"_s, Tr::tr("Answer provider: extractive (offline, default) or openai."),
                      u"KIND"_s, u"extractive"_s});
    parser.addOption({u"base-url"_s, Tr::tr("Base URL of an OpenAI-compatible API, e.g. http://localhost:8000."),
                      u"URL"_s});
    parser.addOption({u"model"_s, Tr::tr("Model name for --provider openai."), u"NAME"_s});
    parser.addOption({u"no-fallback"_s,
                      Tr::tr("With --provider openai, fail instead of answering offline when the API is down.")});
    parser.addOption({u"first-token-timeout"_s, Tr::tr("Seconds to wait for the first answer text."), u"SECONDS"_s});
    parser.addOption({u"connect-timeout"_s, Tr::tr("Seconds to wait for a connection."), u"SECONDS"_s});
}

Result<ProviderConfig> ProviderOptions::fromArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    addTo(parser);
    if (!parser.parse(QStringList{QStringLiteral("protostar")} + arguments))
        return makeError(ErrorCode::InvalidArgument, parser.errorText());
    return fromParser(parser);
}

Result<ProviderConfig> ProviderOptions::fromParser(const QCommandLineParser &parser)
{
    ProviderConfig config;
    config.kind = parser.value(u"provider"_s).trimmed().toLower();
    if (config.kind.isEmpty())
        config.kind = u"extractive"_s;
    config.fallbackToExtractive = !parser.isSet(u"no-fallback"_s);
    if (config.kind != u"openai")
        return config;

    config.openai.baseUrl = QUrl::fromUserInput(parser.value(u"base-url"_s).trimmed());
    config.openai.model = parser.value(u"model"_s).trimmed();
    if (!parser.isSet(u"base-url"_s) || config.openai.baseUrl.host().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("--provider openai needs --base-url URL (for example http://localhost:8000)."));
    if (config.openai.model.isEmpty())
        return makeError(ErrorCode::InvalidArgument, Tr::tr("--provider openai needs --model NAME."));
    auto connect = secondsOption(parser, u"connect-timeout"_s, config.openai.connectTimeout);
    if (!connect)
        return connect.error();
    config.openai.connectTimeout = *connect;
    auto firstToken = secondsOption(parser, u"first-token-timeout"_s, config.openai.firstTokenTimeout);
    if (!firstToken)
        return firstToken.error();
    config.openai.firstTokenTimeout = *firstToken;

    const Result<QString> key = ApiKeyStore().resolve(config.openai.baseUrl.host());
    if (key)
        config.openai.apiKey = *key;
    else if (key.error().code != ErrorCode::NotFound)
        qCInfo(lcProvider) << "no API key from the keychain:" << key.error().toString();
    return config;
}

} // namespace Protostar
