// SPDX-License-Identifier: MIT
#include "engine/democorpus.h"

#include "core/tr.h"
#include "ingest/documentreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#if __has_include("protostarpaths.h")
#include "protostarpaths.h"
#else
// Built without installer/CMakeLists.txt (should not happen): only the environment override works.
#define PROTOSTAR_INSTALL_DEMO_DIR ""
#define PROTOSTAR_RELATIVE_DEMO_DIR "share/protostar/demo"
#define PROTOSTAR_RELATIVE_BIN_DIR "bin"
#define PROTOSTAR_SOURCE_DEMO_DIR ""
#define PROTOSTAR_BUILD_DIR ""
#endif

namespace Protostar {

namespace {

bool isDirectory(const QString &path)
{
    return !path.isEmpty() && QFileInfo(path).isDir();
}

bool runsFromBuildTree(const QString &appDir)
{
    const QString build = QDir::cleanPath(QStringLiteral(PROTOSTAR_BUILD_DIR));
    return !build.isEmpty() && !appDir.isEmpty() && (appDir == build || appDir.startsWith(build + u'/'));
}

} // namespace

QString DemoCorpus::directory()
{
    const QString fromEnv = qEnvironmentVariable("PROTOSTAR_DEMO_DIR");
    if (!fromEnv.isEmpty())
        return isDirectory(fromEnv) ? QDir(fromEnv).absolutePath() : QString();

    const QString source = QStringLiteral(PROTOSTAR_SOURCE_DEMO_DIR);
    // Without an application object there is no executable path; fall through to the fixed paths.
    const QString appDir = QCoreApplication::instance() ? QDir::cleanPath(QCoreApplication::applicationDirPath()) : QString();
    // A developer running from the build tree edits resources/demo, not a stale installed copy.
    if (runsFromBuildTree(appDir) && isDirectory(source))
        return QDir::cleanPath(source);

    if (!appDir.isEmpty()) {
        // bin/ -> ../share/protostar/demo keeps an unpacked tarball relocatable.
        const int binDepth = QStringLiteral(PROTOSTAR_RELATIVE_BIN_DIR).count(u'/') + 1;
        QString prefix = appDir;
        for (int i = 0; i < binDepth; ++i)
            prefix = QFileInfo(prefix).path();
        const QString relative = QDir(prefix).filePath(QStringLiteral(PROTOSTAR_RELATIVE_DEMO_DIR));
        if (isDirectory(relative))
            return QDir::cleanPath(relative);
    }
    for (const QString &candidate : {QStringLiteral(PROTOSTAR_INSTALL_DEMO_DIR), source}) {
        if (isDirectory(candidate))
            return QDir::cleanPath(candidate);
    }
    return {};
}

Result<QStringList> DemoCorpus::files()
{
    const QString dir = directory();
    if (dir.isEmpty()) {
        return makeError(ErrorCode::NotFound,
                         Tr::tr("The demo documents are missing. Reinstall Protostar, or set PROTOSTAR_DEMO_DIR to a folder of documents."),
                         QStringLiteral("searched $PROTOSTAR_DEMO_DIR, %1, %2")
                             .arg(QStringLiteral(PROTOSTAR_INSTALL_DEMO_DIR), QStringLiteral(PROTOSTAR_SOURCE_DEMO_DIR)));
    }
    QStringList result;
    QDirIterator it(dir, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        // The README describes the corpus; importing it would make "Protostar demo corpus" a candidate.
        if (it.fileName().compare(QLatin1String("README.md"), Qt::CaseInsensitive) == 0)
            continue;
        if (DocumentReader::isSupported(path))
            result.append(QFileInfo(path).absoluteFilePath());
    }
    if (result.isEmpty()) {
        return makeError(ErrorCode::NotFound,
                         Tr::tr("The demo folder %1 holds no documents Protostar can read. Reinstall Protostar.").arg(dir));
    }
    result.sort();
    return result;
}

} // namespace Protostar
