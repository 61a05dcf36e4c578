// SPDX-License-Identifier: MIT
#pragma once

#include "providers/answerprovider.h"
#include "providers/openaicompatibleprovider.h"

#include <functional>
#include <memory>

namespace Protostar {

// Which answer provider to use: "extractive" (offline, the default) or "openai". A plain value.
struct ProviderConfig {
    QString kind = QStringLiteral("extractive");
    OpenAiConfig openai;
    // With "openai": answer offline when the endpoint is down, instead of failing.
    bool fallbackToExtractive = true;
};

// Builds answer providers from a ProviderConfig. Stateless; thread-safe.
class ProviderFactory
{
public:
    // Makes the offline provider; empty means a default-constructed ExtractiveAnswerProvider.
    using ExtractiveMaker = std::function<std::unique_ptr<AnswerProvider>()>;

    // Fails with an actionable message for an unknown kind or an incomplete openai config.
    static Result<std::unique_ptr<AnswerProvider>> create(const ProviderConfig &config,
                                                          const ExtractiveMaker &makeExtractive = {});
};

} // namespace Protostar
