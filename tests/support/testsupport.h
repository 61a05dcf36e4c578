// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Protostar::Test {

// ../shared/data (PROTOSTAR_SHARED_DATA under ctest).
QString sharedDataDir();
// Writes `bytes` to `dir/name`, creating folders; fails the calling test via QFAIL-style qFatal if it cannot.
QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes);

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// Runs the built protostar-cli (PROTOSTAR_CLI) with `args`; waits up to `timeoutMs`.
CliRun runCli(const QStringList &args, int timeoutMs = 120000);
// The same in the test's environment changed by `environment`: a name mapped to a null QString is removed.
CliRun runCli(const QStringList &args, const QMap<QString, QString> &environment, int timeoutMs = 120000);
// SHA-256 of a file's bytes (empty when it cannot be read): "left byte-identical" checks.
QByteArray fileHash(const QString &path);
// Imports the bundled demo corpus (resources/demo, PROTOSTAR_SOURCE_DIR under ctest) into `db` with protostar-cli.
CliRun importDemoCorpus(const QString &db);

} // namespace Protostar::Test
