// SPDX-License-Identifier: MIT
#include "clicontext.h"

namespace Protostar::Cli {

int evalCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    if (auto stop = ctx.parse(parser, args, QStringLiteral("Not available in this build yet.")))
        return *stop;
    return ctx.fail(QStringLiteral("eval is not available in this build yet"));
}

} // namespace Protostar::Cli
