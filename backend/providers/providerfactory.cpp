// SPDX-License-Identifier: MIT
#include "providers/providerfactory.h"

#include "core/tr.h"
#include "providers/extractiveanswerprovider.h"

using namespace Qt::StringLiterals;

namespace Protostar {

Result<std::unique_ptr<AnswerProvider>> ProviderFactory::create(const ProviderConfig &config,
                                                                const ExtractiveMaker &makeExtractive)
{
    const QString kind = config.kind.trimmed().toLower();
    const ExtractiveMaker extractive = makeExtractive ? makeExtractive : ExtractiveMaker([] {
        return std::unique_ptr<AnswerProvider>(std::make_unique<ExtractiveAnswerProvider>());
    });
    if (kind.isEmpty() || kind == u"extractive")
        return extractive();
    if (kind == u"openai") {
        const QUrl &base = config.openai.baseUrl;
        if (!base.isValid() || base.host().isEmpty()
            || (base.scheme() != u"http" && base.scheme() != u"https")) {
            return makeError(ErrorCode::InvalidArgument,
                             Tr::tr("\"%1\" is not a usable base URL for the OpenAI-compatible provider. Give an "
                                    "http or https address such as http://localhost:8000.")
                                 .arg(base.toDisplayString()));
        }
        if (config.openai.model.trimmed().isEmpty()) {
            return makeError(ErrorCode::InvalidArgument,
                             Tr::tr("The OpenAI-compatible provider needs a model name (--model NAME or Settings)."));
        }
        std::unique_ptr<AnswerProvider> fallback;
        if (config.fallbackToExtractive)
            fallback = extractive();
        return std::unique_ptr<AnswerProvider>(
            std::make_unique<OpenAiCompatibleProvider>(config.openai, std::move(fallback)));
    }
    return makeError(ErrorCode::InvalidArgument,
                     Tr::tr("Unknown answer provider \"%1\". Use \"extractive\" (offline) or \"openai\".")
                         .arg(config.kind));
}

} // namespace Protostar
