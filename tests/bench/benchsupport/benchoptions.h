// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

namespace Protostar::Bench {

// The options the evaluation benches share: --data DIR, the shared data folder (default
// EngineConfig::defaultSharedDataDir()), and --k N, the passages retrieved per question (default 5).
// Lives on the main thread beside the QCommandLineParser it adds them to.
class BenchOptions
{
public:
    enum class K { Without, With };

    // Adds --data, then --k unless `k` is Without, to `parser`: construct it where they belong in --help.
    explicit BenchOptions(QCommandLineParser &parser, K k = K::With);

    // After parser.process():
    QString dataDir() const;
    int k() const;

private:
    const QCommandLineParser &m_parser;
    QCommandLineOption m_data;
    QCommandLineOption m_k;
};

} // namespace Protostar::Bench
