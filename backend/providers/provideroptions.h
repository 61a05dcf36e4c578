// SPDX-License-Identifier: MIT
#pragma once

#include "providers/providerfactory.h"

#include <QCommandLineParser>

namespace Protostar {

// The command-line face of ProviderConfig: --provider, --base-url, --model, --no-fallback and the
// timeouts, shared by protostar-cli and protostar-worker. Stateless; thread-safe.
class ProviderOptions
{
public:
    // Adds the options to `parser` (call before parse()).
    static void addTo(QCommandLineParser &parser);
    // Builds the config from a parsed `parser`. With --provider openai the key comes from
    // PROTOSTAR_API_KEY, else from the system keychain entry for the base URL's host; a missing
    // key is not an error (local servers need none), a broken keychain is only logged.
    static Result<ProviderConfig> fromParser(const QCommandLineParser &parser);
    // The same from these options alone (without the program name), for embedders and tests.
    static Result<ProviderConfig> fromArguments(const QStringList &arguments);
};

} // namespace Protostar
