// SPDX-License-Identifier: MIT
#include "benchoptions.h"

#include "engine/engineconfig.h"

namespace Protostar::Bench {

BenchOptions::BenchOptions(QCommandLineParser &parser, K k)
    : m_parser(parser)
    , m_data(QStringLiteral("data"), QStringLiteral("Shared data folder."), QStringLiteral("DIR"),
             EngineConfig::defaultSharedDataDir())
    , m_k(QStringLiteral("k"), QStringLiteral("Passages retrieved per question."), QStringLiteral("N"),
          QStringLiteral("5"))
{
    parser.addOption(m_data);
    if (k == K::With)
        parser.addOption(m_k);
}

QString BenchOptions::dataDir() const
{
    return m_parser.value(m_data);
}

int BenchOptions::k() const
{
    return m_parser.value(m_k).toInt();
}

} // namespace Protostar::Bench
