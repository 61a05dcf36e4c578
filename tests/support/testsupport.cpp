// SPDX-License-Identifier: MIT
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace Protostar::Test {

QString sharedDataDir()
{
    const QString env = qEnvironmentVariable("PROTOSTAR_SHARED_DATA");
    return env.isEmpty() ? QDir::current().filePath(QStringLiteral("../shared/data")) : env;
}

QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = QDir(dir).filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write test file %s", qPrintable(path));
    return path;
}

CliRun runCli(const QStringList &args, int timeoutMs)
{
    return runCli(args, {}, timeoutMs);
}

CliRun runCli(const QStringList &args, const QMap<QString, QString> &environment, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
        if (it.value().isNull())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("PROTOSTAR_CLI"), args);
    CliRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

CliRun importDemoCorpus(const QString &db)
{
    // The README quotes the sample questions, so it is not imported (as its own text explains).
    const QDir demo(qEnvironmentVariable("PROTOSTAR_SOURCE_DIR") + QStringLiteral("/resources/demo"));
    QStringList args{QStringLiteral("--db"), db, QStringLiteral("import")};
    for (const QString &f : demo.entryList({QStringLiteral("*-*.md"), QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        args << demo.filePath(f);
    return runCli(args);
}

} // namespace Protostar::Test
